"""Reads about events, shared by the pages, feeds, exports and the home page.

`visible_events(viewer)` is the one place that decides who sees which event: every
listing, feed, calendar, export and detail lookup starts from it. Every list here
costs a constant number of queries whatever its length."""

import calendar
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.core.paginator import Page, Paginator
from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils import timezone
from django_countries import countries

from creativetracks.core import taxonomy
from creativetracks.core.permissions import is_platform_staff, is_signed_in, partner_ids_of
from creativetracks.core.text import fold
from creativetracks.core.withholding import without_withheld, without_withheld_in
from creativetracks.networks.queries import network_ids_of

from . import permissions
from .models import Event, EventMessage, Registration, Session, Speaker

EVENTS_PER_PAGE = 20
PARTICIPANTS_PER_PAGE = 100
MAX_PAGE = 10_000
FILTERS = ["q", "kind", "country", "language", "organiser", "mode"]
Status = Registration.Status


def visible_events(viewer, *, with_link: bool = False) -> QuerySet[Event]:
    """Public events for everyone; members-only events for signed-in members; network
    events for the network's members; invite-only events for the people registered
    (and, `with_link`, for any signed-in member who has the event's address: the link
    is the invitation). Organisers always see their own events, staff everything. An
    event hidden by a moderator is seen by staff and moderators only."""
    events = Event.objects.all()
    if is_platform_staff(viewer):
        return events
    events = without_withheld(events, viewer)
    if not is_signed_in(viewer):
        return events.filter(visibility=Event.Visibility.PUBLIC)
    seen = Q(visibility__in=[Event.Visibility.PUBLIC, Event.Visibility.MEMBERS])
    if with_link:
        seen |= Q(visibility=Event.Visibility.PRIVATE)
    seen |= Q(visibility=Event.Visibility.NETWORK, network_id__in=network_ids_of(viewer))
    seen |= Q(organiser_partner_id__in=partner_ids_of(viewer))
    seen |= Q(organiser_organisation_id__in=permissions.admin_organisation_ids_of(viewer))
    seen |= Q(organiser_network_id__in=permissions.admin_network_ids_of(viewer))
    seen |= Q(
        pk__in=Registration.objects.filter(user=viewer, status__in=Registration.ACTIVE).values(
            "event_id"
        )
    )
    return events.filter(seen)


def with_organisers(events: QuerySet[Event]) -> QuerySet[Event]:
    return events.select_related(
        "organiser_partner", "organiser_organisation", "organiser_network", "network"
    )


def upcoming(events: QuerySet[Event], now=None) -> QuerySet[Event]:
    return events.filter(end__gte=now or timezone.now()).order_by("start", "pk")


def past(events: QuerySet[Event], now=None) -> QuerySet[Event]:
    return events.filter(end__lt=now or timezone.now()).order_by("-start", "-pk")


# The listings ------------------------------------------------------------------------


@dataclass
class EventListPage:
    when: str  # "upcoming" or "past"
    filters: dict[str, str]
    events: list[Event]
    total: int
    page: int
    pages: int
    options: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def _organiser_options(events: QuerySet[Event]) -> list[tuple[str, str]]:
    rows = (
        events.order_by()
        .values_list(
            "organiser_partner_id",
            "organiser_partner__name",
            "organiser_organisation_id",
            "organiser_organisation__name",
            "organiser_network_id",
            "organiser_network__name",
        )
        .distinct()
    )
    options = set()
    for partner, partner_name, organisation, organisation_name, network, network_name in rows:
        if partner:
            options.add((f"partner:{partner}", partner_name))
        elif organisation:
            options.add((f"organisation:{organisation}", organisation_name))
        elif network:
            options.add((f"network:{network}", network_name))
    return sorted(options, key=lambda o: fold(o[1]))


def filter_options(events: QuerySet[Event]) -> dict[str, list[tuple[str, str]]]:
    used_countries = set(
        events.exclude(country="").order_by().values_list("country", flat=True).distinct()
    )
    return {
        "kind": [(value, str(label)) for value, label in Event.Kind.choices],
        "country": sorted(
            ((code, str(countries.name(code))) for code in used_countries),
            key=lambda o: fold(o[1]),
        ),
        "language": [(code, str(label)) for code, label in taxonomy.LANGUAGES],
        "organiser": _organiser_options(events),
        "mode": [("online", "Online"), ("in_person", "In person")],
    }


def apply_filters(events: QuerySet[Event], filters: dict[str, str]) -> QuerySet[Event]:
    for word in filters.get("q", "").split()[:8]:
        events = events.filter(
            Q(title__icontains=word) | Q(subtitle__icontains=word) | Q(city__icontains=word)
        )
    if filters.get("kind"):
        events = events.filter(kind=filters["kind"])
    if filters.get("country"):
        events = events.filter(country=filters["country"].upper())
    if filters.get("language"):
        events = events.filter(
            Q(language=filters["language"]) | Q(languages__icontains=f'"{filters["language"]}"')
        )
    organiser = filters.get("organiser", "")
    if ":" in organiser:
        kind, _sep, pk = organiser.partition(":")
        if pk.isdigit() and kind in ("partner", "organisation", "network"):
            events = events.filter(**{f"organiser_{kind}_id": int(pk)})
    if filters.get("mode") == "online":
        events = events.filter(online=True)
    elif filters.get("mode") == "in_person":
        events = events.filter(online=False)
    return events


def event_list_page(viewer, when: str, filters: dict[str, str], page: int) -> EventListPage:
    visible = visible_events(viewer)
    filters = {name: value for name, value in filters.items() if name in FILTERS and value}
    events = apply_filters(visible, filters)
    events = past(events) if when == "past" else upcoming(events)
    total = events.count()
    pages = max(1, -(-total // EVENTS_PER_PAGE))
    page = min(max(page, 1), pages)
    start = (page - 1) * EVENTS_PER_PAGE
    rows = list(with_organisers(events)[start : start + EVENTS_PER_PAGE])
    timed = upcoming(visible) if when != "past" else past(visible)
    return EventListPage(
        when=when,
        filters=filters,
        events=rows,
        total=total,
        page=page,
        pages=pages,
        options=filter_options(timed),
    )


# One event -------------------------------------------------------------------------


def event_for_page(viewer, slug: str) -> Event | None:
    return (
        with_organisers(visible_events(viewer, with_link=True))
        .prefetch_related(
            Prefetch(
                "sessions",
                queryset=Session.objects.prefetch_related(
                    Prefetch("speakers", queryset=Speaker.objects.order_by("position", "pk"))
                ),
            ),
            "speakers__user__profile",
            "questions",
        )
        .filter(slug=slug)
        .first()
    )


def registration_of(user, event: Event) -> Registration | None:
    if not is_signed_in(user):
        return None
    return Registration.objects.filter(event=event, user=user).first()


def waitlist_length(event: Event) -> int:
    return Registration.objects.filter(event=event, status=Status.WAITLISTED).count()


def waitlist_position(registration: Registration) -> int | None:
    if registration.status != Status.WAITLISTED:
        return None
    ahead = Registration.objects.filter(
        Q(waitlisted_at__lt=registration.waitlisted_at)
        | Q(waitlisted_at=registration.waitlisted_at, pk__lt=registration.pk),
        event_id=registration.event_id,
        status=Status.WAITLISTED,
    ).count()
    return ahead + 1


def messages_for(event: Event) -> list[EventMessage]:
    return list(EventMessage.objects.filter(event=event).select_related("author__profile")[:20])


def organisers_of(event: Event) -> list:
    """The people who run the event (not platform staff), to tell about pending registrations."""
    from django.contrib.auth import get_user_model

    from creativetracks.networks.models import NetworkMembership
    from creativetracks.networks.permissions import ADMIN_ROLES
    from creativetracks.profiles.models import OrganisationMembership

    users = get_user_model().objects.filter(is_active=True)
    if event.organiser_partner_id:
        return list(users.filter(partner_organisations=event.organiser_partner_id))
    if event.organiser_organisation_id:
        admins = OrganisationMembership.objects.filter(
            organisation_id=event.organiser_organisation_id,
            role=OrganisationMembership.Role.ADMIN,
        ).values("user_id")
        return list(users.filter(pk__in=admins))
    admins = NetworkMembership.objects.filter(
        network_id=event.organiser_network_id, role__in=ADMIN_ROLES
    ).values("user_id")
    return list(users.filter(pk__in=admins))


# Organisers' tools -------------------------------------------------------------------


def participants(event: Event, status: str = "") -> QuerySet[Registration]:
    registrations = Registration.objects.filter(event=event)
    if status in Status.values:
        registrations = registrations.filter(status=status)
    return registrations.select_related("user__profile").order_by(
        "status", "waitlisted_at", "created", "pk"
    )


def participants_page(event: Event, status: str, page: int) -> Page:
    return Paginator(participants(event, status), PARTICIPANTS_PER_PAGE).get_page(page)


def status_counts(event: Event) -> dict[str, int]:
    counts = dict(
        Registration.objects.filter(event=event)
        .order_by()
        .values_list("status")
        .annotate(n=Count("pk"))
        .values_list("status", "n")
    )
    return {value: counts.get(value, 0) for value in Status.values}


@dataclass
class AttendanceStats:
    counts: dict[str, int]
    by_country: list[tuple[str, int, int]]  # (country name, registered, attended)
    by_sector: list[tuple[str, int, int]]
    countries: int


def attendance_stats(event: Event) -> AttendanceStats:
    """Who took a place (confirmed or attended) and who came, by country and sector."""
    rows = Registration.objects.filter(
        event=event, status__in=Registration.HOLDS_A_PLACE
    ).values_list("status", "user__profile__country", "user__profile__sectors")
    registered_c, attended_c = Counter(), Counter()
    registered_s, attended_s = Counter(), Counter()
    for status, country, sectors in rows:
        country = country or "—"
        registered_c[country] += 1
        for sector in sectors or ["—"]:
            registered_s[sector] += 1
        if status == Status.ATTENDED:
            attended_c[country] += 1
            for sector in sectors or ["—"]:
                attended_s[sector] += 1

    def name(code: str) -> str:
        return str(countries.name(code)) if code != "—" else "—"

    by_country = sorted(
        ((name(c), n, attended_c[c]) for c, n in registered_c.items()), key=lambda r: (-r[1], r[0])
    )
    by_sector = sorted(
        (
            (str(taxonomy.SECTOR_LABELS.get(s, s)), n, attended_s[s])
            for s, n in registered_s.items()
        ),
        key=lambda r: (-r[1], r[0]),
    )
    return AttendanceStats(
        counts=status_counts(event),
        by_country=by_country,
        by_sector=by_sector,
        countries=len([c for c in registered_c if c != "—"]),
    )


# Members' own events and calendars ------------------------------------------------------


def _active_registrations(user) -> QuerySet[Registration]:
    registrations = Registration.objects.filter(user=user, status__in=Registration.ACTIVE)
    return without_withheld_in(registrations, "event", Event, user)


def my_registrations(user) -> list[Registration]:
    return list(_active_registrations(user).select_related("event").order_by("-event__start", "pk"))


def calendar_events_of(user) -> list[Registration]:
    """What goes into a member's personal calendar feed: events they hold a place at
    or are waiting for."""
    return list(_active_registrations(user).select_related("event").order_by("event__start"))


def feed_events(limit: int = 50) -> list[Event]:
    """The public feeds: upcoming public events, soonest first."""
    from django.contrib.auth.models import AnonymousUser

    return list(with_organisers(upcoming(visible_events(AnonymousUser())))[:limit])


@dataclass
class MonthDay:
    day: date
    in_month: bool
    events: list[Event]


@dataclass
class Month:
    first: date
    weeks: list[list[MonthDay]]
    previous: date
    next: date


def month_calendar(viewer, year: int, month: int, zone) -> Month:
    """The viewer's events of one month, day by day in the viewer's time zone
    (a multi-day event shows on each of its days)."""
    first = date(year, month, 1)
    weeks_dates = calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    grid_start, grid_end = weeks_dates[0][0], weeks_dates[-1][-1]
    start = datetime.combine(grid_start, datetime.min.time(), tzinfo=zone)
    end = datetime.combine(grid_end + timedelta(days=1), datetime.min.time(), tzinfo=zone)
    events = list(
        with_organisers(visible_events(viewer))
        .filter(start__lt=end, end__gte=start)
        .order_by("start", "pk")[:500]
    )
    by_day: dict[date, list[Event]] = {}
    for event in events:
        day = max(event.start.astimezone(zone).date(), grid_start)
        last = min(event.end.astimezone(zone).date(), grid_end)
        while day <= last:
            by_day.setdefault(day, []).append(event)
            day += timedelta(days=1)
    weeks = [
        [MonthDay(d, d.month == month, by_day.get(d, [])) for d in week] for week in weeks_dates
    ]
    previous = (first - timedelta(days=1)).replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    return Month(first=first, weeks=weeks, previous=previous, next=following)


# The home page ---------------------------------------------------------------------------


def held_event_count() -> int:
    """Events that took place (public ones, as the figure is public; hidden ones not)."""
    return (
        without_withheld(Event.objects.all(), None)
        .filter(
            end__lt=timezone.now(),
            visibility__in=[Event.Visibility.PUBLIC, Event.Visibility.MEMBERS],
        )
        .count()
    )


def home_upcoming(request) -> dict | None:
    events = list(with_organisers(upcoming(visible_events(request.user)))[:3])
    return {"events": events} if events else None
