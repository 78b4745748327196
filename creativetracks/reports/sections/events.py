"""Events held in the period, with their participants by country. The filters choose
events (in the region's countries, organised by the partner, of the network); their
participants are every countable member who held a place, wherever they live."""

from django.db.models import Count, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.worldmap import country_name
from creativetracks.events.models import Event, Registration

from ..registry import Figure, Scope, SectionData, Table
from .common import in_period

NAMED = (Event.Visibility.PUBLIC, Event.Visibility.MEMBERS)


def events_in(filters):
    """The events the filters choose, whenever they happen."""
    events = Event.objects.all()
    if filters.region:
        events = events.filter(country__in=filters.countries)
    if filters.partner:
        events = events.filter(organiser_partner=filters.partner)
    if filters.network:
        events = events.filter(Q(network=filters.network) | Q(organiser_network=filters.network))
    return events


def held_in(filters):
    return events_in(filters).filter(in_period("start", filters), start__lt=timezone.now())


def participations(scope: Scope):
    return Registration.objects.filter(
        status__in=Registration.HOLDS_A_PLACE, user__in=scope.countable
    )


def build(scope: Scope) -> SectionData:
    filters, now = scope.filters, timezone.now()
    held = held_in(filters)
    counts = events_in(filters).aggregate(
        current=Count("pk", filter=in_period("start", filters) & Q(start__lt=now)),
        previous=Count("pk", filter=in_period("start", scope.previous) & Q(start__lt=now)),
        reported=Sum(
            "reported_participants", filter=in_period("start", filters) & Q(start__lt=now)
        ),
    )
    people = participations(scope).aggregate(
        current=Count("user", distinct=True, filter=Q(event__in=held)),
        previous=Count("user", distinct=True, filter=Q(event__in=held_in(scope.previous))),
    )
    by_country = (
        participations(scope)
        .filter(event__in=held)
        .values("user__profile__country")
        .annotate(n=Count("user", distinct=True))
        .order_by("-n", "user__profile__country")
    )
    events = list(
        held.annotate(
            participants=Count(
                "registrations",
                filter=Q(
                    registrations__status__in=Registration.HOLDS_A_PLACE,
                    registrations__user__in=scope.countable,
                ),
            )
        )
        .values("title", "start", "country", "visibility", "participants", "reported_participants")
        .order_by("start", "title")
    )
    figures = [
        Figure("events", _("events held"), counts["current"], counts["previous"]),
        Figure("participants", _("participants registered"), people["current"], people["previous"]),
        Figure(
            "reported_participants",
            _("participants reported by organisers"),
            counts["reported"] or 0,
        ),
    ]
    named = [e for e in events if e["visibility"] in NAMED]
    others = [e for e in events if e["visibility"] not in NAMED]
    event_rows = [
        [
            e["title"],
            e["participants"],
            e["reported_participants"] or 0,
            timezone.localtime(e["start"]).date().isoformat(),
            country_name(e["country"]) if e["country"] else _("Online"),
        ]
        for e in named
    ]
    if others:
        event_rows.append(
            [
                _("Network and invite-only events (%(count)s)") % {"count": len(others)},
                sum(e["participants"] for e in others),
                sum(e["reported_participants"] or 0 for e in others),
                "",
                "",
            ]
        )
    tables = [
        Table(
            "events_held",
            _("Events held"),
            [
                _("Event"),
                _("Participants registered"),
                _("Participants reported"),
                _("Date"),
                _("Country"),
            ],
            event_rows,
            chart="bar",
            note=_(
                "Participants registered on the platform; organisers report the figures of events whose participants did not all register here."
            ),
        ),
        Table(
            "participants_by_country",
            _("Participants by country"),
            [_("Country"), _("Participants")],
            [
                [
                    country_name(row["user__profile__country"])
                    if row["user__profile__country"]
                    else _("Not given"),
                    row["n"],
                ]
                for row in by_country
            ],
            chart="bar",
        ),
    ]
    return SectionData(figures, tables)
