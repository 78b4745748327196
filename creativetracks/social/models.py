from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .activity import VERBS


class Connection(models.Model):
    """A two-way link between members: requested by one, accepted by the other.

    The pair is stored in a fixed order (`user_low` < `user_high`) so the database
    refuses a second row for the same two people, whoever asked first, also under
    two concurrent clicks."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        ACCEPTED = "accepted", _("Connected")

    user_low = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    user_high = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    note = models.CharField(_("note"), max_length=500, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    responded = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user_low", "user_high"], name="connection_unique_pair"
            ),
            models.CheckConstraint(
                condition=Q(user_low__lt=F("user_high")), name="connection_ordered_pair"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_low_id}–{self.user_high_id} ({self.status})"


class Block(models.Model):
    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_made"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks_received"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="block_unique"),
            models.CheckConstraint(condition=~Q(blocker=F("blocked")), name="block_not_self"),
        ]

    def __str__(self) -> str:
        return f"{self.blocker_id} blocks {self.blocked_id}"


class Follow(models.Model):
    """A member follows exactly one person, organisation or network.

    One partial unique constraint per kind of target keeps follows single, whatever
    the number of clicks."""

    follower = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="follows_made"
    )
    followed_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows_received",
    )
    followed_organisation = models.ForeignKey(
        "profiles.Organisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows_received",
    )
    followed_network = models.ForeignKey(
        "networks.Network",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows_received",
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(
                        followed_user__isnull=False,
                        followed_organisation__isnull=True,
                        followed_network__isnull=True,
                    )
                    | Q(
                        followed_user__isnull=True,
                        followed_organisation__isnull=False,
                        followed_network__isnull=True,
                    )
                    | Q(
                        followed_user__isnull=True,
                        followed_organisation__isnull=True,
                        followed_network__isnull=False,
                    )
                ),
                name="follow_exactly_one_target",
            ),
            models.CheckConstraint(
                condition=~Q(follower=F("followed_user")), name="follow_not_self"
            ),
            models.UniqueConstraint(
                fields=["follower", "followed_user"],
                condition=Q(followed_user__isnull=False),
                name="follow_unique_user",
            ),
            models.UniqueConstraint(
                fields=["follower", "followed_organisation"],
                condition=Q(followed_organisation__isnull=False),
                name="follow_unique_organisation",
            ),
            models.UniqueConstraint(
                fields=["follower", "followed_network"],
                condition=Q(followed_network__isnull=False),
                name="follow_unique_network",
            ),
        ]
        indexes = [
            models.Index(fields=["followed_user", "-created"], name="follow_followers"),
            models.Index(fields=["follower", "-created"], name="follow_following"),
        ]

    def __str__(self) -> str:
        target = self.followed_user_id or self.followed_organisation_id or self.followed_network_id
        return f"{self.follower_id} follows {target}"


class Activity(models.Model):
    """Something a member did that others may see in their feed.

    Written by `services.record_activity` (other apps call it); read through
    `queries.feed_for`, which applies follows, networks, blocks and profile
    visibility. `text` and `url` are kept so a feed page never loads the targets."""

    class Audience(models.TextChoices):
        MEMBERS = "members", _("Every signed-in member")
        FOLLOWERS = "followers", _("Followers, and members of the network")
        NETWORK = "network", _("Members of the network only")

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="activities"
    )
    verb = models.CharField(max_length=40)
    target_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    text = models.CharField(max_length=300, blank=True)
    url = models.CharField(max_length=500, blank=True)
    network = models.ForeignKey(
        "networks.Network", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    organisation = models.ForeignKey(
        "profiles.Organisation",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    audience = models.CharField(max_length=10, choices=Audience.choices, default=Audience.FOLLOWERS)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name_plural = "activities"
        constraints = [
            models.CheckConstraint(
                condition=~Q(audience="network") | Q(network__isnull=False),
                name="activity_network_audience_has_network",
            )
        ]
        indexes = [
            models.Index(fields=["-created", "-id"], name="activity_recent"),
            models.Index(fields=["actor", "-created"], name="activity_actor"),
            models.Index(fields=["network", "-created"], name="activity_network"),
            models.Index(fields=["target_type", "target_id"], name="activity_target"),
        ]

    def __str__(self) -> str:
        return f"{self.actor_id} {self.verb} {self.text}"

    @property
    def sentence(self) -> str:
        return str(VERBS.get(self.verb, self.verb))
