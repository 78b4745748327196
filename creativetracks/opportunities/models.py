import zoneinfo

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from creativetracks.core import taxonomy
from creativetracks.core.timezones import ZONE_CHOICES


class Kind(models.TextChoices):
    GRANT = "grant", _("Grant or funding call")
    MOBILITY = "mobility", _("Mobility grant")
    RESIDENCY = "residency", _("Residency")
    CALL_FOR_PROJECTS = "call", _("Call for projects")
    COMPETITION = "competition", _("Competition")
    JOB = "job", _("Job or internship")
    PARTNERS = "partners", _("Call for partners")
    TRAINING = "training", _("Training")


class Opportunity(models.Model):
    """A funding call, residency, job, ... with its deadline and who may apply."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for review")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Not accepted")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Everyone, including visitors")
        MEMBERS = "members", _("Signed-in members only")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    organiser = models.CharField(_("organiser"), max_length=200)
    organisation = models.ForeignKey(
        "profiles.Organisation",
        verbose_name=_("organisation on Creative Tracks"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="opportunities",
    )
    description = models.TextField(
        _("description"), max_length=10000, blank=True, help_text=_("Markdown is supported.")
    )
    link = models.URLField(_("link to apply or read more"), max_length=500, blank=True)
    # None means a rolling call (no deadline).
    deadline = models.DateTimeField(_("deadline"), null=True, blank=True, db_index=True)
    deadline_time_zone = models.CharField(
        _("time zone of the deadline"), max_length=64, choices=ZONE_CHOICES, default="UTC"
    )
    amount = models.DecimalField(
        _("amount"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    currency = models.CharField(_("currency"), max_length=3, blank=True)
    # The language the call is written in; `languages` are those it accepts or works in.
    language = models.CharField(
        _("language of this page"), max_length=10, choices=taxonomy.LANGUAGES, default="en"
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    # Eligibility: an empty list means "no restriction".
    nationalities = models.JSONField(_("nationalities"), default=list, blank=True)
    residence_countries = models.JSONField(_("countries of residence"), default=list, blank=True)
    destination_countries = models.JSONField(_("destination countries"), default=list, blank=True)
    destination_regions = models.JSONField(_("destination regions"), default=list, blank=True)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    min_age = models.PositiveSmallIntegerField(_("minimum age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("maximum age"), null=True, blank=True)
    career_stages = models.JSONField(_("career stages"), default=list, blank=True)

    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    visibility = models.CharField(
        _("who can see it"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    review_note = models.TextField(_("note from the reviewer"), max_length=2000, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="opportunities",
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    source = models.ForeignKey(
        "FeedSource",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="opportunities",
    )
    guid = models.CharField(max_length=500, blank=True)
    title_folded = models.CharField(max_length=200, blank=True, editable=False, db_index=True)
    created = models.DateTimeField(auto_now_add=True)
    published = models.DateTimeField(null=True, blank=True, db_index=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name_plural = "opportunities"
        constraints = [
            models.UniqueConstraint(
                fields=["source", "guid"],
                condition=models.Q(source__isnull=False),
                name="opportunity_unique_guid_per_feed",
            ),
            models.CheckConstraint(
                condition=models.Q(min_age__isnull=True)
                | models.Q(max_age__isnull=True)
                | models.Q(min_age__lte=models.F("max_age")),
                name="opportunity_age_range_ordered",
            ),
            models.CheckConstraint(
                condition=models.Q(amount__isnull=True) | models.Q(amount__gte=0),
                name="opportunity_amount_not_negative",
            ),
        ]
        indexes = [models.Index(fields=["status", "deadline"], name="opportunity_status_deadline")]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("opportunity_detail", args=[self.pk])

    @property
    def is_rolling(self) -> bool:
        return self.deadline is None

    @property
    def is_expired(self) -> bool:
        return self.deadline is not None and self.deadline < timezone.now()

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    @property
    def local_deadline(self):
        """The deadline in the opportunity's own time zone."""
        if self.deadline is None:
            return None
        return self.deadline.astimezone(zoneinfo.ZoneInfo(self.deadline_time_zone or "UTC"))


class OpportunityFacet(models.Model):
    """A filterable value of an opportunity (sector, language, destination), kept in step
    by the services, so listings filter in SQL the same way on SQLite and PostgreSQL."""

    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=12)
    value = models.CharField(max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["opportunity", "facet", "value"], name="opportunity_facet_unique"
            )
        ]
        indexes = [
            models.Index(fields=["facet", "value", "opportunity"], name="opportunity_facet_lookup")
        ]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}"


class SavedOpportunity(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_opportunities"
    )
    opportunity = models.ForeignKey(Opportunity, on_delete=models.CASCADE, related_name="saves")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "opportunity"], name="saved_opportunity_once")
        ]

    def __str__(self) -> str:
        return f"{self.user} saved {self.opportunity}"


class DeadlineReminder(models.Model):
    """A reminder sent (or claimed) for one saved opportunity: at most one of each."""

    class Before(models.TextChoices):
        WEEK = "7d", _("7 days before")
        DAY = "1d", _("1 day before")

    saved = models.ForeignKey(SavedOpportunity, on_delete=models.CASCADE, related_name="reminders")
    before = models.CharField(max_length=2, choices=Before.choices)
    sent = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["saved", "before"], name="deadline_reminder_once")
        ]

    def __str__(self) -> str:
        return f"{self.saved} ({self.before})"


class SavedSearch(models.Model):
    class Frequency(models.TextChoices):
        DAILY = "daily", _("Daily")
        WEEKLY = "weekly", _("Weekly")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="opportunity_searches"
    )
    name = models.CharField(_("name"), max_length=120)
    params = models.JSONField(default=dict, blank=True)
    frequency = models.CharField(
        _("email me"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    created = models.DateTimeField(auto_now_add=True)
    # New opportunities are those published after this moment.
    checked_until = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name_plural = "saved searches"

    def __str__(self) -> str:
        return self.name


class AlertDelivery(models.Model):
    """The claim of one saved search's alert for one period (a day or an ISO week)."""

    saved_search = models.ForeignKey(SavedSearch, on_delete=models.CASCADE, related_name="alerts")
    period = models.CharField(max_length=10)
    matches = models.PositiveIntegerField(default=0)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["saved_search", "period"], name="alert_once_per_period")
        ]

    def __str__(self) -> str:
        return f"{self.saved_search} {self.period}"


class FeedSource(models.Model):
    """An RSS or Atom feed staff configure; its entries become published opportunities."""

    name = models.CharField(_("name"), max_length=160)
    url = models.URLField(_("feed address"), max_length=500, unique=True)
    kind = models.CharField(
        _("kind of its entries"), max_length=20, choices=Kind.choices, default=Kind.GRANT
    )
    organiser = models.CharField(_("organiser"), max_length=200)
    active = models.BooleanField(_("active"), default=True)
    created = models.DateTimeField(auto_now_add=True)
    last_fetched = models.DateTimeField(null=True, blank=True)
    last_success = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    imported_count = models.PositiveIntegerField(default=0)

    def __str__(self) -> str:
        return self.name
