import secrets
import zoneinfo

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from creativetracks.core import taxonomy
from creativetracks.core.timezones import ZONE_CHOICES


def cover_path(instance, filename: str) -> str:
    return f"events/{instance.slug}/{filename}"


def speaker_photo_path(instance, filename: str) -> str:
    return f"events/speakers/{instance.event_id}/{filename}"


def new_ticket_code() -> str:
    """Ten characters, easy to read out and type at the door (no 0/O, 1/I/L)."""
    alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(10))


class Event(models.Model):
    """A conference, workshop, webinar or meet-up, organised by a partner, an
    organisation or a network, with places, a waitlist and a programme."""

    class Kind(models.TextChoices):
        CONFERENCE = "conference", _("Conference")
        WORKSHOP = "workshop", _("Workshop")
        WEBINAR = "webinar", _("Webinar")
        MEETUP = "meetup", _("Meet-up")

    class Visibility(models.TextChoices):
        PUBLIC = "public", _("Everyone, including visitors")
        MEMBERS = "members", _("Signed-in members")
        NETWORK = "network", _("Members of the network only")
        PRIVATE = "private", _("Invite only: not listed; members with the link can register")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.WORKSHOP)
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("address"), max_length=80, unique=True)
    subtitle = models.CharField(_("subtitle"), max_length=300, blank=True)
    description = models.TextField(
        _("description"), max_length=20000, blank=True, help_text=_("Markdown is supported.")
    )
    # The language the page is written in; `languages` are those spoken at the event.
    language = models.CharField(
        _("language of this page"), max_length=10, choices=taxonomy.LANGUAGES, default="en"
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    organiser_partner = models.ForeignKey(
        "core.Partner",
        verbose_name=_("organising partner"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
    )
    organiser_organisation = models.ForeignKey(
        "profiles.Organisation",
        verbose_name=_("organising organisation"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="events",
    )
    organiser_network = models.ForeignKey(
        "networks.Network",
        verbose_name=_("organising network"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organised_events",
    )
    # Scope: the platform (empty) or one network, whose members see it when the
    # visibility says "network".
    network = models.ForeignKey(
        "networks.Network",
        verbose_name=_("network"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="events",
    )
    visibility = models.CharField(
        _("who can see it"), max_length=10, choices=Visibility.choices, default=Visibility.PUBLIC
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    time_zone = models.CharField(_("time zone"), max_length=64, choices=ZONE_CHOICES, default="UTC")
    online = models.BooleanField(_("online"), default=False)
    online_url = models.URLField(
        _("joining link"),
        blank=True,
        help_text=_("Shown only to confirmed participants."),
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=120, blank=True)
    country = CountryField(_("country"), blank=True)
    cover = models.ImageField(_("cover image"), upload_to=cover_path, blank=True)
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    waitlist = models.BooleanField(
        _("waitlist when full"),
        default=True,
        help_text=_("People who register once the event is full wait for a cancellation."),
    )
    requires_approval = models.BooleanField(
        _("organisers approve each registration"), default=False
    )
    registration_opens = models.DateTimeField(_("registration opens"), null=True, blank=True)
    registration_closes = models.DateTimeField(_("registration closes"), null=True, blank=True)
    # Confirmed and attended registrations, kept by the services with conditional
    # updates: it is what makes capacity hold under concurrent registrations.
    taken = models.PositiveIntegerField(default=0, editable=False)
    # Figures of past events whose participants were not all registered here.
    reported_participants = models.PositiveIntegerField(
        _("reported participants"), null=True, blank=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gte=F("start")), name="event_ends_after_it_starts"
            ),
            models.CheckConstraint(
                condition=Q(capacity__isnull=True) | Q(taken__lte=F("capacity")),
                name="event_capacity_never_exceeded",
            ),
            models.CheckConstraint(
                condition=(
                    Q(organiser_partner__isnull=False)
                    & Q(organiser_organisation__isnull=True)
                    & Q(organiser_network__isnull=True)
                )
                | (
                    Q(organiser_partner__isnull=True)
                    & Q(organiser_organisation__isnull=False)
                    & Q(organiser_network__isnull=True)
                )
                | (
                    Q(organiser_partner__isnull=True)
                    & Q(organiser_organisation__isnull=True)
                    & Q(organiser_network__isnull=False)
                ),
                name="event_has_one_organiser",
            ),
            models.CheckConstraint(
                condition=~Q(visibility="network") | Q(network__isnull=False),
                name="event_network_visibility_needs_network",
            ),
        ]
        indexes = [
            models.Index(fields=["visibility", "start"], name="event_visibility_start"),
            models.Index(fields=["end"], name="event_end"),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("event_detail", args=[self.slug])

    @property
    def organiser(self):
        return self.organiser_partner or self.organiser_organisation or self.organiser_network

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return self.start.astimezone(self.zone)

    @property
    def local_end(self):
        return self.end.astimezone(self.zone)

    @property
    def is_past(self) -> bool:
        return self.end < timezone.now()

    @property
    def is_multi_day(self) -> bool:
        return self.local_start.date() != self.local_end.date()

    @property
    def places_left(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - self.taken)

    @property
    def is_full(self) -> bool:
        return self.capacity is not None and self.taken >= self.capacity

    @property
    def place(self) -> str:
        if self.online and not self.city:
            return str(_("Online"))
        parts = [self.city, self.country.name if self.country else ""]
        return ", ".join(p for p in parts if p)

    @property
    def cover_url(self) -> str:
        return self.cover.url if self.cover else ""

    @property
    def participant_figure(self) -> int:
        """People who took part: those registered here, or the figure reported for
        events held before the platform."""
        return max(self.taken, self.reported_participants or 0)


class Speaker(models.Model):
    """Someone speaking at an event: a member, or a guest with a bio and a photo."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="speakers")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    name = models.CharField(_("name"), max_length=160)
    affiliation = models.CharField(_("organisation or role"), max_length=200, blank=True)
    bio = models.TextField(_("bio"), max_length=3000, blank=True)
    photo = models.ImageField(_("photo"), upload_to=speaker_photo_path, blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "name", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def initials(self) -> str:
        return "".join(part[0] for part in self.name.split()[:2]).upper() or "?"

    @property
    def photo_url(self) -> str:
        return self.photo.url if self.photo else ""


class Session(models.Model):
    """One slot of the programme."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), max_length=5000, blank=True)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    room = models.CharField(_("room"), max_length=120, blank=True)
    track = models.CharField(_("track"), max_length=120, blank=True)
    speakers = models.ManyToManyField(
        Speaker, verbose_name=_("speakers"), related_name="sessions", blank=True
    )

    class Meta:
        ordering = ["start", "room", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gte=F("start")), name="event_session_ends_after_it_starts"
            )
        ]

    def __str__(self) -> str:
        return self.title


class Question(models.Model):
    """A question the organisers ask everyone who registers."""

    class Kind(models.TextChoices):
        TEXT = "text", _("Text")
        SINGLE = "single", _("One choice")
        MULTIPLE = "multiple", _("Several choices")

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="questions")
    label = models.CharField(_("question"), max_length=300)
    kind = models.CharField(_("answer"), max_length=10, choices=Kind.choices, default=Kind.TEXT)
    choices = models.JSONField(_("choices"), default=list, blank=True)
    required = models.BooleanField(_("required"), default=False)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["position", "pk"]

    def __str__(self) -> str:
        return self.label


class Registration(models.Model):
    """One person's place (or place in the queue) at an event, and their ticket."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for the organisers' approval")
        CONFIRMED = "confirmed", _("Confirmed")
        WAITLISTED = "waitlisted", _("On the waitlist")
        CANCELLED = "cancelled", _("Cancelled")
        DECLINED = "declined", _("Declined by the organisers")
        ATTENDED = "attended", _("Attended")

    HOLDS_A_PLACE = (Status.CONFIRMED, Status.ATTENDED)
    ACTIVE = (Status.PENDING, Status.CONFIRMED, Status.WAITLISTED, Status.ATTENDED)

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="registrations")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_registrations"
    )
    status = models.CharField(max_length=12, choices=Status.choices)
    answers = models.JSONField(default=dict, blank=True)
    ticket_code = models.CharField(max_length=16, unique=True, default=new_ticket_code)
    created = models.DateTimeField(default=timezone.now)
    # When the person joined the queue: the waitlist is served in this order.
    waitlisted_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    cancelled_at = models.DateTimeField(null=True, blank=True)
    checked_in_at = models.DateTimeField(null=True, blank=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reminder_sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "user"], name="event_registration_unique")
        ]
        indexes = [
            models.Index(fields=["event", "status", "waitlisted_at"], name="event_reg_queue"),
            models.Index(fields=["user", "status"], name="event_reg_user"),
        ]

    def __str__(self) -> str:
        return f"{self.user} at {self.event} ({self.status})"

    @property
    def holds_a_place(self) -> bool:
        return self.status in self.HOLDS_A_PLACE

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE


class CalendarFeed(models.Model):
    """The secret address of a member's personal calendar of registrations."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_calendar"
    )
    token = models.CharField(max_length=64, unique=True)
    created = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"Calendar of {self.user}"


class EventMessage(models.Model):
    """A message the organisers sent to everyone registered."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="messages")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("message"), max_length=10000, help_text=_("Markdown is supported."))
    include_waitlist = models.BooleanField(_("also send to the waitlist"), default=False)
    recipients = models.PositiveIntegerField(default=0)
    created = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return self.subject
