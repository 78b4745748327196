from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from creativetracks.core import taxonomy


def logo_path(instance, filename: str) -> str:
    return f"networks/{instance.slug}/{filename}"


class Network(models.Model):
    """A network of creative entrepreneurs: a space with members, roles and discussions."""

    class JoinPolicy(models.TextChoices):
        OPEN = "open", _("Open: anyone can join")
        REQUEST = "request", _("On request: admins approve")
        INVITATION = "invitation", _("Invitation only")

    class Listing(models.TextChoices):
        PUBLIC = "public", _("Public: listed in the directory")
        UNLISTED = "unlisted", _("Unlisted: only members and people with the link")

    name = models.CharField(_("name"), max_length=160)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    description = models.TextField(
        _("description"), max_length=10000, blank=True, help_text=_("Markdown is supported.")
    )
    logo = models.ImageField(_("logo"), upload_to=logo_path, blank=True)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    countries = models.JSONField(_("countries covered"), default=list, blank=True)
    website = models.URLField(_("website"), blank=True)
    join_policy = models.CharField(
        _("who can join"), max_length=20, choices=JoinPolicy.choices, default=JoinPolicy.REQUEST
    )
    listing = models.CharField(
        _("listing"), max_length=20, choices=Listing.choices, default=Listing.PUBLIC
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    # The name in lower case without accents, so "sao" finds "São Paulo Criativa".
    name_folded = models.CharField(max_length=160, blank=True, editable=False, db_index=True)
    organisations = models.ManyToManyField(
        "profiles.Organisation",
        verbose_name=_("affiliated organisations"),
        related_name="networks",
        blank=True,
    )

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("network_detail", args=[self.slug])

    @property
    def initials(self) -> str:
        return "".join(word[0] for word in self.name.split()[:2]).upper() or "?"

    @property
    def logo_url(self) -> str:
        return self.logo.url if self.logo else ""

    @property
    def is_public(self) -> bool:
        return self.listing == self.Listing.PUBLIC

    @property
    def join_label(self) -> str:
        labels = {
            self.JoinPolicy.OPEN: _("Open to all"),
            self.JoinPolicy.REQUEST: _("Join on request"),
            self.JoinPolicy.INVITATION: _("By invitation"),
        }
        return str(labels.get(self.join_policy, ""))


class NetworkMembership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        ADMIN = "admin", _("Admin")
        MEMBER = "member", _("Member")

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_memberships"
    )
    role = models.CharField(max_length=10, choices=Role.choices, default=Role.MEMBER)
    joined = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["network", "user"], name="network_membership_unique"),
            models.UniqueConstraint(
                fields=["network"], condition=models.Q(role="owner"), name="network_single_owner"
            ),
        ]
        indexes = [models.Index(fields=["user", "network"], name="network_membership_user")]

    def __str__(self) -> str:
        return f"{self.user} ({self.role}) in {self.network}"

    @property
    def is_admin(self) -> bool:
        return self.role in (self.Role.OWNER, self.Role.ADMIN)


class NetworkFacet(models.Model):
    """A filterable value of a network (sector, country, region), kept in step by services."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=10)
    value = models.CharField(max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["network", "facet", "value"], name="network_facet_unique"
            )
        ]
        indexes = [models.Index(fields=["facet", "value", "network"], name="network_facet_lookup")]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}"


class JoinRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="join_requests")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="network_join_requests"
    )
    message = models.TextField(_("message to the admins"), max_length=1000, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    created = models.DateTimeField(auto_now_add=True)
    decided = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    response = models.TextField(_("answer"), max_length=1000, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["network", "user"],
                condition=models.Q(status="pending"),
                name="network_join_request_one_pending",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.network} ({self.status})"


class Import(models.Model):
    """An uploaded CSV of people to invite, kept between the preview and the confirmation."""

    class Status(models.TextChoices):
        PREVIEW = "preview", _("Waiting for confirmation")
        QUEUED = "queued", _("Sending invitations")
        DONE = "done", _("Invitations sent")

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="imports")
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    filename = models.CharField(max_length=200)
    encoding_note = models.CharField(max_length=300, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PREVIEW)
    total_rows = models.PositiveIntegerField(default=0)
    valid_rows = models.PositiveIntegerField(default=0)
    processed = models.PositiveIntegerField(default=0)
    created = models.DateTimeField(auto_now_add=True)
    confirmed = models.DateTimeField(null=True, blank=True)
    finished = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.filename} for {self.network}"

    @property
    def percent(self) -> int:
        return 100 if not self.valid_rows else round(100 * self.processed / self.valid_rows)

    @property
    def problem_rows(self) -> int:
        return self.total_rows - self.valid_rows


class ImportRow(models.Model):
    batch = models.ForeignKey(Import, on_delete=models.CASCADE, related_name="rows")
    line = models.PositiveIntegerField()
    name = models.CharField(max_length=200, blank=True)
    email = models.CharField(max_length=254, blank=True)
    country = models.CharField(max_length=2, blank=True)
    sectors = models.JSONField(default=list, blank=True)
    problems = models.JSONField(default=list, blank=True)
    valid = models.BooleanField(default=True)
    done = models.BooleanField(default=False)

    class Meta:
        indexes = [models.Index(fields=["batch", "valid", "done", "line"], name="import_row_todo")]

    def __str__(self) -> str:
        return f"line {self.line}: {self.email}"


class Invitation(models.Model):
    """An invitation by email: one per network and address, with a single-use, expiring token.

    Only a hash of the token is stored; the token itself travels in the email."""

    network = models.ForeignKey(Network, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(max_length=254)
    name = models.CharField(max_length=200, blank=True)
    country = models.CharField(max_length=2, blank=True)
    sectors = models.JSONField(default=list, blank=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    source_import = models.ForeignKey(
        Import, on_delete=models.SET_NULL, null=True, blank=True, related_name="invitations"
    )
    token_hash = models.CharField(max_length=64, unique=True, null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    sent = models.DateTimeField(null=True, blank=True)
    expires = models.DateTimeField(null=True, blank=True)
    accepted = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["network", "email"], name="network_invitation_unique")
        ]

    def __str__(self) -> str:
        return f"{self.email} to {self.network}"

    @property
    def is_expired(self) -> bool:
        return self.expires is not None and self.expires <= timezone.now()

    @property
    def state(self) -> str:
        if self.accepted:
            return "accepted"
        if self.sent is None:
            return "queued"
        return "expired" if self.is_expired else "pending"


class Topic(models.Model):
    """A platform-wide discussion space, outside any network."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    description = models.TextField(_("description"), max_length=1000, blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("topic_detail", args=[self.slug])


class Thread(models.Model):
    """A discussion, either in a network or in a platform topic."""

    network = models.ForeignKey(
        Network, on_delete=models.CASCADE, null=True, blank=True, related_name="threads"
    )
    topic = models.ForeignKey(
        Topic, on_delete=models.CASCADE, null=True, blank=True, related_name="threads"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("message"), max_length=20000, help_text=_("Markdown is supported."))
    # The language the discussion is written in (replies follow it).
    language = models.CharField(
        _("language"), max_length=10, choices=taxonomy.LANGUAGES, default="en"
    )
    created = models.DateTimeField(default=timezone.now)
    edited = models.DateTimeField(null=True, blank=True)
    last_activity = models.DateTimeField(default=timezone.now)
    reply_count = models.PositiveIntegerField(default=0)
    pinned = models.BooleanField(default=False)
    locked = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=models.Q(network__isnull=False, topic__isnull=True)
                | models.Q(network__isnull=True, topic__isnull=False),
                name="thread_in_a_network_or_a_topic",
            )
        ]
        indexes = [
            models.Index(fields=["network", "-pinned", "-last_activity"], name="thread_network"),
            models.Index(fields=["topic", "-pinned", "-last_activity"], name="thread_topic"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("thread_detail", args=[self.pk])

    @property
    def place(self) -> Network | Topic:
        return self.network if self.network_id else self.topic


class Reply(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("reply"), max_length=20000, help_text=_("Markdown is supported."))
    created = models.DateTimeField(default=timezone.now)
    edited = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["thread", "created"], name="reply_thread_created")]
        verbose_name_plural = "replies"

    def __str__(self) -> str:
        return f"Reply {self.pk} in {self.thread_id}"

    def get_absolute_url(self) -> str:
        return f"{self.thread.get_absolute_url()}#reply-{self.pk}"
