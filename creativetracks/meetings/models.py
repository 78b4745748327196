"""B2B matchmaking at events: the organiser's slots and tables, participants'
marketplace entries and availability, meeting requests, meetings and schedules."""

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Matchmaking(models.Model):
    """An event's matchmaking: how long meetings last, how many each person may have,
    until when requests can be sent."""

    event = models.OneToOneField(
        "events.Event", on_delete=models.CASCADE, related_name="matchmaking"
    )
    is_open = models.BooleanField(
        _("open to participants"),
        default=True,
        help_text=_("Participants can join the marketplace and request meetings."),
    )
    meeting_minutes = models.PositiveSmallIntegerField(_("meeting length (minutes)"), default=20)
    max_meetings = models.PositiveSmallIntegerField(
        _("maximum meetings per participant"), default=8
    )
    requests_close = models.DateTimeField(
        _("requests close"),
        null=True,
        blank=True,
        help_text=_("After this time no new requests can be sent. Empty: when the event starts."),
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(meeting_minutes__gte=5, meeting_minutes__lte=240),
                name="matchmaking_meeting_length_plausible",
            ),
            models.CheckConstraint(
                condition=Q(max_meetings__gte=1), name="matchmaking_allows_a_meeting"
            ),
        ]

    def __str__(self) -> str:
        return f"Matchmaking at {self.event}"

    @property
    def closes(self):
        return self.requests_close or self.event.start

    @property
    def accepts_requests(self) -> bool:
        return self.is_open and timezone.now() < self.closes


class TimeWindow(models.Model):
    """A stretch of time given to meetings (one or several a day), cut into slots."""

    matchmaking = models.ForeignKey(Matchmaking, on_delete=models.CASCADE, related_name="windows")
    start = models.DateTimeField(_("from"))
    end = models.DateTimeField(_("until"))

    class Meta:
        ordering = ["start", "pk"]
        constraints = [
            models.CheckConstraint(condition=Q(end__gt=F("start")), name="window_ends_after_start")
        ]

    def __str__(self) -> str:
        return f"{self.start:%Y-%m-%d %H:%M}–{self.end:%H:%M}"


class Slot(models.Model):
    window = models.ForeignKey(TimeWindow, on_delete=models.CASCADE, related_name="slots")
    matchmaking = models.ForeignKey(Matchmaking, on_delete=models.CASCADE, related_name="slots")
    start = models.DateTimeField()
    end = models.DateTimeField()

    class Meta:
        ordering = ["start", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["matchmaking", "start"], name="slot_unique_start")
        ]

    def __str__(self) -> str:
        return f"{self.start:%Y-%m-%d %H:%M}"


class Table(models.Model):
    """Where meetings happen: a table, a room, or an online room; `capacity` meetings
    at the same time."""

    matchmaking = models.ForeignKey(Matchmaking, on_delete=models.CASCADE, related_name="tables")
    name = models.CharField(_("name"), max_length=80)
    capacity = models.PositiveSmallIntegerField(
        _("meetings at the same time"), default=1, help_text=_("1 for a table of two.")
    )
    online = models.BooleanField(_("online"), default=False)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["matchmaking", "name"], name="table_unique_name"),
            models.CheckConstraint(condition=Q(capacity__gte=1), name="table_holds_a_meeting"),
        ]

    def __str__(self) -> str:
        return self.name


FACETS = ("offers", "seeks", "sectors", "languages")


class Entry(models.Model):
    """A participant in the marketplace: what they offer and seek at this event."""

    matchmaking = models.ForeignKey(Matchmaking, on_delete=models.CASCADE, related_name="entries")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="marketplace_entries"
    )
    pitch = models.TextField(_("what I'd like to talk about"), max_length=600, blank=True)
    offers = models.JSONField(_("I offer"), default=list, blank=True)
    seeks = models.JSONField(_("I'm looking for"), default=list, blank=True)
    sectors = models.JSONField(_("sectors"), default=list, blank=True)
    languages = models.JSONField(_("languages for meetings"), default=list, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["matchmaking", "user"], name="entry_one_per_person")
        ]

    def __str__(self) -> str:
        return f"{self.user} at {self.matchmaking.event_id}"


class Unavailability(models.Model):
    """A slot a participant cannot meet in."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="unavailable")
    slot = models.ForeignKey(Slot, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "slot"], name="unavailability_unique")
        ]

    def __str__(self) -> str:
        return f"{self.entry} unavailable at {self.slot}"


class MeetingRequest(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        CANCELLED = "cancelled", _("Cancelled")

    class Priority(models.IntegerChoices):
        HAPPY = 1, _("Happy to meet")
        MUST = 2, _("Must meet")

    OPEN = (Status.PENDING, Status.ACCEPTED)

    matchmaking = models.ForeignKey(Matchmaking, on_delete=models.CASCADE, related_name="requests")
    requester = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meeting_requests_sent"
    )
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="meeting_requests_received",
    )
    message = models.TextField(_("message"), max_length=1000, blank=True)
    priority = models.PositiveSmallIntegerField(
        _("how much I want this meeting"), choices=Priority.choices, default=Priority.HAPPY
    )
    recipient_priority = models.PositiveSmallIntegerField(
        choices=Priority.choices, default=Priority.HAPPY
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    created = models.DateTimeField(default=timezone.now)
    answered = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(requester=F("recipient")), name="meeting_request_not_to_oneself"
            ),
            models.UniqueConstraint(
                fields=["matchmaking", "requester", "recipient"],
                condition=Q(status__in=["pending", "accepted"]),
                name="meeting_request_one_open_per_pair",
            ),
        ]
        indexes = [
            models.Index(fields=["matchmaking", "status"], name="meeting_request_status"),
        ]

    def __str__(self) -> str:
        return f"{self.requester} → {self.recipient} ({self.status})"

    @property
    def weight(self) -> int:
        """The scheduler's priority: each side's wish counts."""
        return self.priority + self.recipient_priority

    def other(self, user):
        return self.recipient if user.pk == self.requester_id else self.requester


class ScheduleRun(models.Model):
    """One run of the scheduler: queued, running, done (proposals to review),
    published or discarded."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        RUNNING = "running", _("Running")
        DONE = "done", _("Ready to review")
        PUBLISHED = "published", _("Published")
        DISCARDED = "discarded", _("Discarded")
        FAILED = "failed", _("Failed")

    matchmaking = models.ForeignKey(Matchmaking, on_delete=models.CASCADE, related_name="runs")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    weighted = models.BooleanField(_("favour 'must meet' requests"), default=True)
    time_limit = models.PositiveSmallIntegerField(_("time limit (seconds)"), default=20)
    phase = models.CharField(max_length=20, blank=True)
    percent = models.PositiveSmallIntegerField(default=0)
    requests_considered = models.PositiveIntegerField(default=0)
    placed = models.PositiveIntegerField(default=0)
    objective = models.PositiveIntegerField(default=0)
    bound = models.PositiveIntegerField(default=0)
    greedy_placed = models.PositiveIntegerField(default=0)
    method = models.CharField(max_length=10, blank=True)
    seconds = models.FloatField(default=0)
    note = models.CharField(max_length=300, blank=True)
    published_count = models.PositiveIntegerField(default=0)
    skipped_count = models.PositiveIntegerField(default=0)
    created = models.DateTimeField(default=timezone.now)
    finished = models.DateTimeField(null=True, blank=True)
    published = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return f"Schedule run {self.pk} ({self.status})"

    @property
    def gap_percent(self) -> float:
        if not self.bound:
            return 0.0
        return round(100 * max(0, self.bound - self.objective) / self.bound, 2)

    @property
    def is_working(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)


class ProposedMeeting(models.Model):
    """A placement the scheduler proposes; it becomes a meeting when published."""

    run = models.ForeignKey(ScheduleRun, on_delete=models.CASCADE, related_name="proposals")
    request = models.ForeignKey(MeetingRequest, on_delete=models.CASCADE, related_name="+")
    slot = models.ForeignKey(Slot, on_delete=models.CASCADE, related_name="+")
    table = models.ForeignKey(Table, on_delete=models.CASCADE, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["run", "request"], name="proposal_once_per_run")
        ]

    def __str__(self) -> str:
        return f"Proposal for request {self.request_id} in run {self.run_id}"


class Meeting(models.Model):
    """An accepted request placed in a slot at a table."""

    class Source(models.TextChoices):
        BOOKED = "booked", _("Booked by a participant")
        SCHEDULED = "scheduled", _("Placed by the scheduler")

    request = models.OneToOneField(MeetingRequest, on_delete=models.CASCADE, related_name="meeting")
    matchmaking = models.ForeignKey(Matchmaking, on_delete=models.CASCADE, related_name="meetings")
    slot = models.ForeignKey(Slot, on_delete=models.PROTECT, related_name="meetings")
    table = models.ForeignKey(Table, on_delete=models.PROTECT, related_name="meetings")
    source = models.CharField(max_length=10, choices=Source.choices, default=Source.BOOKED)
    run = models.ForeignKey(
        ScheduleRun, on_delete=models.SET_NULL, null=True, blank=True, related_name="meetings"
    )
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["slot__start", "table__position", "pk"]
        indexes = [models.Index(fields=["slot", "table"], name="meeting_slot_table")]

    def __str__(self) -> str:
        return f"Meeting {self.pk} in {self.slot}"


class Seat(models.Model):
    """One person's place in a meeting: the database guarantees nobody sits in two
    meetings in one slot. Their feedback and the organiser's no-show mark live here."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="seats")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="meeting_seats"
    )
    slot = models.ForeignKey(Slot, on_delete=models.CASCADE, related_name="+")
    no_show = models.BooleanField(default=False)
    happened = models.BooleanField(_("the meeting took place"), null=True, blank=True)
    useful = models.BooleanField(_("it was useful"), null=True, blank=True)
    follow_up = models.BooleanField(_("we plan to follow up"), null=True, blank=True)
    comment = models.TextField(_("comment for the organisers"), max_length=1000, blank=True)
    feedback_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["slot", "user"], name="seat_one_meeting_per_slot"),
            models.UniqueConstraint(fields=["meeting", "user"], name="seat_once_per_meeting"),
        ]
        indexes = [models.Index(fields=["user", "slot"], name="seat_user_slot")]

    def __str__(self) -> str:
        return f"{self.user} in meeting {self.meeting_id}"


class EntryFacet(models.Model):
    """One value of an entry's sectors, offers, seeks or languages, so the marketplace
    filters with an index on SQLite and PostgreSQL alike (kept by join_marketplace)."""

    entry = models.ForeignKey(Entry, on_delete=models.CASCADE, related_name="facets")
    facet = models.CharField(max_length=10)
    value = models.CharField(max_length=40)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["entry", "facet", "value"], name="entry_facet_unique")
        ]
        indexes = [models.Index(fields=["facet", "value", "entry"], name="entry_facet_lookup")]

    def __str__(self) -> str:
        return f"{self.facet}={self.value}"
