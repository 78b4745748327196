from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from creativetracks.core import taxonomy


def cover_path(instance, filename: str) -> str:
    return f"labs/{instance.owner_id}/{filename}"


class Lab(models.Model):
    """An Ideation Lab: a call for collaboration, a request for feedback, a poll or a meet-up."""

    class Kind(models.TextChoices):
        COLLABORATION = "collaboration", _("Call for collaboration")
        FEEDBACK = "feedback", _("Feedback request")
        POLL = "poll", _("Poll")
        MEETUP = "meetup", _("Meet-up")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Everyone, including visitors")
        MEMBERS = "members", _("Signed-in members")
        NETWORK = "network", _("Members of the network only")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=160)
    summary = models.CharField(
        _("short description"), max_length=300, help_text=_("One or two sentences.")
    )
    description = models.TextField(
        _("long description"), max_length=20000, blank=True, help_text=_("Markdown is supported.")
    )
    link = models.URLField(_("link"), max_length=500, blank=True)
    cover = models.ImageField(_("cover image"), upload_to=cover_path, blank=True)
    cover_thumbnail = models.ImageField(upload_to=cover_path, blank=True, editable=False)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    skills = models.JSONField(_("skills wanted"), default=list, blank=True)
    countries = models.JSONField(
        _("countries where collaborators are sought"), default=list, blank=True
    )
    language = models.CharField(
        _("language"), max_length=10, choices=taxonomy.LANGUAGES, default="en"
    )
    network = models.ForeignKey(
        "networks.Network",
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="labs",
    )
    visibility = models.CharField(
        _("who can see it"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="labs"
    )
    # The poster's time zone when the lab was posted: the expiry date is a day there.
    time_zone = models.CharField(max_length=64, default="UTC")
    expires = models.DateTimeField(_("open until"), null=True, blank=True)
    closed = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(default=timezone.now)
    edited = models.DateTimeField(null=True, blank=True)
    last_activity = models.DateTimeField(default=timezone.now)
    comment_count = models.PositiveIntegerField(default=0)
    collaborator_count = models.PositiveIntegerField(default=0)
    featured = models.DateTimeField(null=True, blank=True)
    featured_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=~Q(visibility="network") | Q(network__isnull=False),
                name="lab_network_visibility_has_network",
            ),
        ]
        indexes = [
            models.Index(fields=["visibility", "-created"], name="lab_visibility_created"),
            models.Index(fields=["network", "-created"], name="lab_network_created"),
            models.Index(fields=["expires"], name="lab_expires"),
            models.Index(fields=["-featured"], name="lab_featured"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("lab_detail", args=[self.pk, slugify(self.title)[:60] or "lab"])

    @property
    def is_expired(self) -> bool:
        """Closed by its owner or past its expiry: out of listings, read-only."""
        return self.closed is not None or (
            self.expires is not None and self.expires <= timezone.now()
        )

    @property
    def is_open(self) -> bool:
        return not self.is_expired

    @property
    def cover_url(self) -> str:
        return self.cover.url if self.cover else ""

    @property
    def cover_thumbnail_url(self) -> str:
        return self.cover_thumbnail.url if self.cover_thumbnail else self.cover_url


class LabFacet(models.Model):
    """A filterable value of a lab (sector, country, skill), kept in step by the services."""

    lab = models.ForeignKey(Lab, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=10)
    value = models.CharField(max_length=60)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["lab", "facet", "value"], name="lab_facet_unique")
        ]
        indexes = [models.Index(fields=["facet", "value", "lab"], name="lab_facet_lookup")]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}"


class Comment(models.Model):
    """A comment on a lab, or a reply to one (one level only)."""

    lab = models.ForeignKey(Lab, on_delete=models.CASCADE, related_name="comments")
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="replies"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("comment"), max_length=5000, help_text=_("Markdown is supported."))
    created = models.DateTimeField(default=timezone.now)
    edited = models.DateTimeField(null=True, blank=True)
    # A deleted comment that has replies stays as a placeholder so the replies keep their place.
    deleted = models.BooleanField(default=False)
    hidden = models.DateTimeField(null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        indexes = [
            models.Index(fields=["lab", "parent", "created"], name="lab_comment_thread"),
            models.Index(fields=["lab", "-created"], name="lab_comment_recent"),
        ]

    def __str__(self) -> str:
        return f"Comment {self.pk} on lab {self.lab_id}"

    def get_absolute_url(self) -> str:
        return f"{self.lab.get_absolute_url()}#comment-{self.pk}"


class Collaboration(models.Model):
    """A member's request to join a lab, and the owner's answer."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Collaborator")
        DECLINED = "declined", _("Declined")

    lab = models.ForeignKey(Lab, on_delete=models.CASCADE, related_name="collaborations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lab_collaborations"
    )
    note = models.TextField(_("a note to the owner"), max_length=1000, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created = models.DateTimeField(default=timezone.now)
    decided = models.DateTimeField(null=True, blank=True)
    response = models.TextField(_("answer"), max_length=1000, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["lab", "user"], name="lab_collaboration_unique")
        ]
        indexes = [models.Index(fields=["lab", "status", "created"], name="lab_collab_status")]

    def __str__(self) -> str:
        return f"{self.user} in {self.lab} ({self.status})"


class LabUpdate(models.Model):
    """News from the owner or a collaborator, sent to everyone working on the lab."""

    lab = models.ForeignKey(Lab, on_delete=models.CASCADE, related_name="updates")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("update"), max_length=5000, help_text=_("Markdown is supported."))
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["lab", "-created"], name="lab_update_recent")]

    def __str__(self) -> str:
        return f"Update {self.pk} on lab {self.lab_id}"


class Poll(models.Model):
    class Results(models.TextChoices):
        AFTER_VOTE = "after_vote", _("To each member once they have voted, to all once closed")
        AFTER_CLOSE = "after_close", _("Only once the poll is closed")

    lab = models.ForeignKey(Lab, on_delete=models.CASCADE, related_name="polls")
    question = models.CharField(_("question"), max_length=300)
    multiple = models.BooleanField(_("several answers allowed"), default=False)
    closes = models.DateTimeField(_("closes"), null=True, blank=True)
    results = models.CharField(
        _("show the results"),
        max_length=12,
        choices=Results.choices,
        default=Results.AFTER_VOTE,
    )
    created = models.DateTimeField(default=timezone.now)
    voter_count = models.PositiveIntegerField(default=0)

    class Meta:
        indexes = [models.Index(fields=["lab", "created"], name="lab_poll_lab")]

    def __str__(self) -> str:
        return self.question

    @property
    def is_closed(self) -> bool:
        """Past its closing date, or its lab is closed or expired."""
        return (self.closes is not None and self.closes <= timezone.now()) or self.lab.is_expired


class PollOption(models.Model):
    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="options")
    label = models.CharField(max_length=200)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.label


class Ballot(models.Model):
    """One member's vote in a poll: the database holds one per member and poll."""

    poll = models.ForeignKey(Poll, on_delete=models.CASCADE, related_name="ballots")
    voter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lab_ballots"
    )
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["poll", "voter"], name="lab_ballot_one_per_member")
        ]

    def __str__(self) -> str:
        return f"{self.voter} in {self.poll_id}"


class BallotChoice(models.Model):
    ballot = models.ForeignKey(Ballot, on_delete=models.CASCADE, related_name="choices")
    option = models.ForeignKey(PollOption, on_delete=models.CASCADE, related_name="choices")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["ballot", "option"], name="lab_ballot_choice_unique")
        ]
        indexes = [models.Index(fields=["option"], name="lab_ballot_choice_option")]

    def __str__(self) -> str:
        return f"{self.ballot_id} → {self.option_id}"
