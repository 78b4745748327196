"""Mentoring programmes: cohorts, mentors, mentees, pairs and what each pair does.

A programme runs one or more cohorts one after the other; people apply to the cohort
that is open, the organisers match and publish it, and each published pair gets a
mentorship space (sessions, a session log, private notes, check-ins, closing feedback).
"""

import zoneinfo
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Programme(models.Model):
    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Everyone, including visitors")
        MEMBERS = "members", _("Signed-in members")
        NETWORK = "network", _("Members of the network only")
        PRIVATE = "private", _("Invite only: organisers and participants")

    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    description = models.TextField(
        _("description"), max_length=20000, blank=True, help_text=_("Markdown is supported.")
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    partner = models.ForeignKey(
        "core.Partner",
        verbose_name=_("running partner"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="mentoring_programmes",
    )
    # Scope: the platform (empty) or one network, whose admins also run the programme.
    network = models.ForeignKey(
        "networks.Network",
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="mentoring_programmes",
    )
    visibility = models.CharField(
        _("who can see it"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    applications_open = models.DateTimeField(_("applications open"))
    applications_close = models.DateTimeField(_("applications close"))
    mentorship_weeks = models.PositiveSmallIntegerField(
        _("length of a mentorship (weeks)"), default=12
    )
    cohort_count = models.PositiveSmallIntegerField(_("number of cohorts"), default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(applications_close__gt=models.F("applications_open")),
                name="programme_window_ordered",
            ),
            models.CheckConstraint(
                condition=Q(cohort_count__gte=1), name="programme_at_least_one_cohort"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("mentoring_programme", args=[self.slug])

    @property
    def is_accepting(self) -> bool:
        now = timezone.now()
        return self.applications_open <= now < self.applications_close


class Cohort(models.Model):
    """One round of a programme: applications, a matching, then mentorships."""

    class Status(models.TextChoices):
        MATCHING = "matching", _("Applications and matching")
        RUNNING = "running", _("Matches published: mentorships running")
        CLOSED = "closed", _("Closed")

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="cohorts")
    number = models.PositiveSmallIntegerField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.MATCHING)
    published = models.DateTimeField(null=True, blank=True)
    closed = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["programme", "number"], name="cohort_number_unique")
        ]
        ordering = ["programme", "number"]

    def __str__(self) -> str:
        return f"{self.programme} · cohort {self.number}"


class Mentor(models.Model):
    """A member offering to mentor in one cohort (applied, or invited and not answered yet)."""

    class Status(models.TextChoices):
        INVITED = "invited", _("Invited")
        ACTIVE = "active", _("Taking part")
        WITHDRAWN = "withdrawn", _("Withdrawn")

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="mentors")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentor_roles"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    expertise = models.JSONField(_("areas of expertise"), default=list, blank=True)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    countries = models.JSONField(_("countries you know"), default=list, blank=True)
    capacity = models.PositiveSmallIntegerField(_("how many mentees you can take"), default=1)
    availability = models.CharField(_("availability"), max_length=300, blank=True)
    # Optional: mentee ids in the order the mentor would like them.
    ranking = models.JSONField(default=list, blank=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="mentor_once_per_cohort"),
            models.CheckConstraint(
                condition=Q(capacity__gte=1, capacity__lte=10), name="mentor_capacity_range"
            ),
        ]

    def __str__(self) -> str:
        return f"Mentor {self.user} in {self.cohort}"


class Mentee(models.Model):
    class Mode(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PERSON = "in_person", _("In person")
        EITHER = "either", _("Either")

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="mentees")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentee_roles"
    )
    goals = models.TextField(_("what you want to achieve"), max_length=3000)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    meeting_mode = models.CharField(
        _("preferred meeting mode"), max_length=10, choices=Mode.choices, default=Mode.EITHER
    )
    # Optional: mentor ids in the order the mentee would like them.
    ranking = models.JSONField(default=list, blank=True)
    withdrawn = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["cohort", "user"], name="mentee_once_per_cohort")
        ]

    def __str__(self) -> str:
        return f"Mentee {self.user} in {self.cohort}"


class Pair(models.Model):
    """A mentee with a mentor: suggested by the matching, edited and locked by the
    organisers, then published; the mentorship space belongs to it."""

    class Status(models.TextChoices):
        SUGGESTED = "suggested", _("Suggested")
        ACTIVE = "active", _("Running")
        COMPLETED = "completed", _("Completed")

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="pairs")
    mentor = models.ForeignKey(Mentor, on_delete=models.CASCADE, related_name="pairs")
    mentee = models.OneToOneField(Mentee, on_delete=models.CASCADE, related_name="pair")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SUGGESTED)
    locked = models.BooleanField(default=False)
    score = models.FloatField(default=0)
    reasons = models.JSONField(default=list, blank=True)
    goals = models.TextField(
        _("agreed goals"), max_length=5000, blank=True, help_text=_("Markdown is supported.")
    )
    created = models.DateTimeField(auto_now_add=True)
    published = models.DateTimeField(null=True, blank=True)
    completed = models.DateTimeField(null=True, blank=True)

    class Meta:
        indexes = [models.Index(fields=["cohort", "status"], name="pair_cohort_status")]

    def __str__(self) -> str:
        return f"{self.mentor.user} → {self.mentee.user}"

    def get_absolute_url(self) -> str:
        return reverse("mentoring_space", args=[self.pk])

    @property
    def is_published(self) -> bool:
        return self.status != self.Status.SUGGESTED


class Session(models.Model):
    class Mode(models.TextChoices):
        ONLINE = "online", _("Online")
        IN_PERSON = "in_person", _("In person")

    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="sessions")
    starts = models.DateTimeField(_("starts"))
    minutes = models.PositiveSmallIntegerField(_("length (minutes)"), default=60)
    time_zone = models.CharField(_("time zone"), max_length=64, default="UTC")
    mode = models.CharField(_("mode"), max_length=10, choices=Mode.choices, default=Mode.ONLINE)
    where = models.CharField(_("link or place"), max_length=300, blank=True)
    agenda = models.CharField(_("agenda"), max_length=500, blank=True)
    cancelled = models.BooleanField(default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    reminder_sent = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["starts", "pk"]
        indexes = [models.Index(fields=["reminder_sent", "starts"], name="session_reminder_due")]
        constraints = [
            models.CheckConstraint(
                condition=Q(minutes__gte=15, minutes__lte=480), name="session_length_range"
            )
        ]

    def __str__(self) -> str:
        return f"Session {self.starts:%Y-%m-%d %H:%M} of pair {self.pair_id}"

    @property
    def ends(self):
        return self.starts + timedelta(minutes=self.minutes)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        try:
            return zoneinfo.ZoneInfo(self.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return zoneinfo.ZoneInfo("UTC")

    @property
    def held(self) -> bool:
        return not self.cancelled and self.starts <= timezone.now()


class LogEntry(models.Model):
    """What happened in a session: visible to the pair and the programme's organisers."""

    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="log")
    session = models.ForeignKey(
        Session, on_delete=models.SET_NULL, null=True, blank=True, related_name="log"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("what happened"), max_length=5000)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return f"Log {self.pk} of pair {self.pair_id}"


class PrivateNote(models.Model):
    """A note only the mentor and the mentee read: never organisers, exports or anyone else."""

    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="private_notes")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    body = models.TextField(_("note"), max_length=5000)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return f"Private note {self.pk}"


class CheckIn(models.Model):
    """An organiser asks how the mentorship goes; one of the pair answers."""

    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="check_ins")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    message = models.TextField(_("message to the pair"), max_length=2000)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return f"Check-in {self.pk} of pair {self.pair_id}"


class Feedback(models.Model):
    """Closing feedback from one side of a pair; feeds the programme's figures."""

    class GoalsMet(models.TextChoices):
        YES = "yes", _("Yes")
        PARTLY = "partly", _("Partly")
        NO = "no", _("No")

    pair = models.ForeignKey(Pair, on_delete=models.CASCADE, related_name="feedback")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    goals_met = models.CharField(_("were the goals met?"), max_length=10, choices=GoalsMet.choices)
    rating = models.PositiveSmallIntegerField(_("rating (1 to 5)"))
    what_next = models.TextField(_("what next?"), max_length=3000, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["pair", "author"], name="feedback_once_per_person"),
            models.CheckConstraint(
                condition=Q(rating__gte=1, rating__lte=5), name="feedback_rating_range"
            ),
        ]

    def __str__(self) -> str:
        return f"Feedback by {self.author_id} on pair {self.pair_id}"
