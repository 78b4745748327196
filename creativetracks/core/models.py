import uuid

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField


class Partner(models.Model):
    """An organisation of the consortium that carries Creative Tracks."""

    class Role(models.TextChoices):
        LEADER = "leader", _("Consortium leader")
        PARTNER = "partner", _("Partner")

    name = models.CharField(_("name"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.PARTNER)
    country = CountryField(_("country"))
    city = models.CharField(_("city"), max_length=120, blank=True)
    summary = models.CharField(_("summary"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    contribution = models.TextField(_("role in Creative Tracks"), blank=True)
    website = models.URLField(_("website"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    staff = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        related_name="partner_organisations",
        blank=True,
        verbose_name=_("staff"),
        help_text=_("Members who organise events and publish on the partner's behalf."),
    )

    class Meta:
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("partner_detail", args=[self.slug])


class SearchDocument(models.Model):
    """One searchable thing (a person, an organisation, later labs and events).

    Apps index their objects here on every write; only what a viewer may see gets a
    document, with the visibility level it needs. The text lives folded (lower case,
    no accents) so both engines match "Sao Paulo" to "São Paulo". SQLite keeps a
    mirrored FTS5 table; PostgreSQL uses `search_vector` (GIN) and a trigram index
    on `name_folded` (created in migrations, engine by engine).
    """

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Everyone")
        MEMBERS = "members", _("Members")

    kind = models.CharField(max_length=20)
    object_id = models.PositiveBigIntegerField()
    visibility = models.CharField(max_length=10, choices=Visibility.choices)
    title = models.CharField(max_length=200)
    sort_name = models.CharField(max_length=200)
    name_folded = models.CharField(max_length=200)
    body_folded = models.TextField(blank=True)
    created = models.DateTimeField()
    search_vector = SearchVectorField(null=True, editable=False)
    # The facets again as "facet=value" strings, kept by `refresh_engine_index`: broad
    # searches check them row by row while walking an order index, without a join.
    facet_keys = models.JSONField(default=list, editable=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "object_id"], name="search_document_unique_object"
            )
        ]
        # Pages are read in name or date order across several visibility levels and
        # kinds, which the planner can't take in order from a (visibility, kind, ...)
        # index; these walk in order and filter, stopping after one page.
        indexes = [
            models.Index(fields=["sort_name", "id"], name="search_doc_name_order"),
            models.Index(fields=["-created", "id"], name="search_doc_newest_order"),
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id}: {self.title}"


class SearchFacet(models.Model):
    """A filterable value of a document: ("country", "MZ"), ("sector", "design")..."""

    document = models.ForeignKey(SearchDocument, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=20)
    value = models.CharField(max_length=60)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["document", "facet", "value"], name="search_facet_unique_value"
            )
        ]
        indexes = [models.Index(fields=["facet", "value", "document"], name="search_facet_lookup")]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}"


class SearchSample(models.Model):
    """A fixed pseudo-random 1 in 128 of the documents, copied to a small table of its own
    so that estimating the size of a broad search reads a few thousand rows, not a
    million (a sample spread through the big table would touch as many pages).
    Kept by `core.search.refresh_engine_index`."""

    document = models.OneToOneField(
        SearchDocument, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    kind = models.CharField(max_length=20)
    visibility = models.CharField(max_length=10)
    sort_name = models.CharField(max_length=200, default="")
    created = models.DateTimeField(null=True)
    facet_keys = models.JSONField(default=list)
    search_vector = SearchVectorField(null=True)

    def __str__(self) -> str:
        return f"sampled document {self.document_id}"


class SearchFacetCount(models.Model):
    """How many documents of a kind and visibility have each facet value, kept exact on
    every write, so the unfiltered listing (the directory's landing page) reads its
    counts without scanning the facets. The row with an empty facet counts documents."""

    kind = models.CharField(max_length=20)
    visibility = models.CharField(max_length=10)
    facet = models.CharField(max_length=20, blank=True)
    value = models.CharField(max_length=60, blank=True)
    n = models.BigIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "visibility", "facet", "value"], name="search_facet_count_key"
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind}/{self.visibility} {self.facet}={self.value}: {self.n}"


class Withheld(models.Model):
    """A piece of content kept from view: hidden by a moderator, or held for review
    because its author's account is flagged for spam.

    It lives here, below every content app, so each app's visibility helper can
    consult it (`core.withholding`) while moderation, above them, writes it. `kind` is
    the model's label ("labs.comment"), `object_id` its primary key."""

    class State(models.TextChoices):
        HIDDEN = "hidden", _("Hidden by a moderator")
        HELD = "held", _("Held for review")

    kind = models.CharField(max_length=60)
    object_id = models.PositiveBigIntegerField()
    state = models.CharField(max_length=10, choices=State.choices)
    # The author still sees a held post. SET_NULL: erasing the author must not
    # bring hidden content back.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="withheld_unique_object")
        ]

    def __str__(self) -> str:
        return f"{self.kind} {self.object_id} ({self.state})"


class AppendOnly(Exception):
    pass


AUDIT_FORMER_MEMBER = "A former member"  # the only label a redaction may write


class AuditEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AppendOnly("The audit log is append-only.")

    def redact(self, *, text: bool = False, actor: bool = False) -> int:
        """The one allowed change (see migration core 0009, whose trigger enforces it):
        after a member's erasure, drop the text that identified them (`text`: the
        target's label and the reason) and/or mark that the actor was a member who
        has since been erased (`actor`). What was done and when stays."""
        changes: dict = {"redacted": timezone.now()}
        if text:
            changes.update(target_label=AUDIT_FORMER_MEMBER, reason="")
        if actor:
            changes["actor_erased"] = True
        return super().update(**changes)

    def delete(self):
        raise AppendOnly("The audit log is append-only.")


class AuditEntry(models.Model):
    """One moderation or staff action: who did what to what, when and why.

    Append-only: the model refuses updates and deletes, and a database trigger
    (migration core 0008) refuses any UPDATE of the recorded columns. Only `actor`
    may become NULL, when that account is erased, and a member's erasure may redact
    the text about them through `redact()` (migration core 0009)."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    action = models.CharField(max_length=60)
    target_kind = models.CharField(max_length=60, blank=True)
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    target_label = models.CharField(max_length=200, blank=True)
    reason = models.TextField(blank=True)
    created = models.DateTimeField(auto_now_add=True)
    # Set when a member's erasure redacted the entry (`AuditEntryQuerySet.redact`).
    redacted = models.DateTimeField(null=True, blank=True)
    # The actor was a member whose account has since been erased (actor is NULL).
    actor_erased = models.BooleanField(default=False, db_default=False)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=["-created"], name="audit_recent"),
            models.Index(fields=["action", "-created"], name="audit_action"),
            models.Index(fields=["actor", "-created"], name="audit_actor"),
        ]

    def __str__(self) -> str:
        return f"{self.created:%Y-%m-%d %H:%M} {self.action} {self.target_kind} {self.target_id}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise AppendOnly("The audit log is append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise AppendOnly("The audit log is append-only.")


class BackgroundJob(models.Model):
    """A file made by a background task for one person (a report PDF, a data archive):
    its progress in steps, and the time it finished. Subclasses add the owner and the
    file, kept in the database so it never has a public address."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting to start")
        RUNNING = "running", _("Being made")
        DONE = "done", _("Ready")
        FAILED = "failed", _("Failed")

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    steps_done = models.PositiveIntegerField(default=0)
    steps_total = models.PositiveIntegerField(default=1)
    error = models.CharField(max_length=300, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)

    class Meta:
        abstract = True

    @property
    def percent(self) -> int:
        if self.status == self.Status.DONE:
            return 100
        return min(100, round(100 * self.steps_done / self.steps_total)) if self.steps_total else 0

    @property
    def in_progress(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)
