"""Reads of the reports: the dashboard's report and the public impact figures.

Privacy: a member whose profile is hidden (or whose account is closed) is never
counted, in any figure, table, chart or export: every section starts from
`countable_members()`. What remains are counts of members who chose to be listed,
and names only of what is public anyway (listed networks, public and members-only
events, challenges)."""

import math
from collections.abc import Callable
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone, translation

from creativetracks.challenges.models import Submission
from creativetracks.core import cache
from creativetracks.core.models import Partner
from creativetracks.events.models import Event, Registration
from creativetracks.networks.models import Network, NetworkMembership
from creativetracks.profiles.models import Organisation, Visibility

from .filters import EARLIEST, ReportFilters
from .registry import Scope, Section, Table, report_sections

IMPACT = "impact"
# Apps whose writes change the public impact figures.
IMPACT_DEPENDS_ON = ("accounts", "profiles", "networks", "events", "social", "labs", "challenges")


def countable_members() -> QuerySet:
    """Users a report may count: active, with a profile that is not hidden."""
    return get_user_model().objects.filter(
        is_active=True, profile__visibility__in=[Visibility.PUBLIC, Visibility.MEMBERS]
    )


def members_in(filters: ReportFilters) -> QuerySet:
    """Countable members inside the filters: living in the region, members of the
    network, reached by the partner (its staff, the people who held a place at its
    events and the leads of entries to its challenges)."""
    users = countable_members()
    if filters.region is not None:
        users = users.filter(profile__country__in=filters.countries)
    if filters.network is not None:
        users = users.filter(
            pk__in=NetworkMembership.objects.filter(network=filters.network).values("user_id")
        )
    if filters.partner is not None:
        partner = filters.partner
        reached = Registration.objects.filter(
            event__organiser_partner=partner, status__in=Registration.HOLDS_A_PLACE
        ).values("user_id")
        entrants = Submission.objects.filter(
            challenge__partner=partner, state=Submission.State.SUBMITTED
        ).values("lead_id")
        staff = Partner.staff.through.objects.filter(partner=partner).values("user_id")
        users = users.filter(Q(pk__in=reached) | Q(pk__in=entrants) | Q(pk__in=staff))
    return users


def report_scope(filters: ReportFilters) -> Scope:
    return Scope(
        filters=filters,
        previous=filters.previous(),
        members=members_in(filters).values("pk"),
        countable=countable_members().values("pk"),
    )


@dataclass
class Report:
    filters: ReportFilters
    sections: list[Section]
    generated: object

    @property
    def tables(self) -> list[Table]:
        return [table for section in self.sections for table in section.tables]

    def table(self, key: str) -> Table | None:
        return next((table for table in self.tables if table.key == key), None)


def build_report(
    filters: ReportFilters, progress: Callable[[int, int], None] | None = None
) -> Report:
    """Every registered section for these filters: a constant number of queries,
    whatever the number of members, events or connections."""
    scope = report_scope(filters)
    entries = report_sections()
    sections = []
    for done, entry in enumerate(entries, start=1):
        data = entry.build(scope)
        sections.append(Section(entry.key, str(entry.title), data.figures, data.tables, data.note))
        if progress is not None:
            progress(done, len(entries))
    return Report(filters, sections, timezone.now())


# The public impact page -------------------------------------------------------------


@dataclass(frozen=True)
class Impact:
    people: int
    organisations: int
    networks: int
    countries: int
    events: int
    participants: int
    labs: int
    connections: int
    across_borders: int  # percent of connections
    challenge_entries: int
    by_country: dict[str, int]

    @property
    def community(self) -> int:
        """Entrepreneurs, networks and organisations together (the original site's figure)."""
        return self.people + self.organisations + self.networks


def rounded_down(value: int) -> int:
    """A headline figure as the original site quoted them: 1,834 → 1,800; 157 → 150;
    below 100 the number itself."""
    if value < 100:
        return value
    step = 10 ** (int(math.log10(value)) - 1)
    return value // step * step


def _count_impact() -> Impact:
    from creativetracks.labs.models import Lab

    from .sections.activity import connections_in

    members = countable_members()
    member_ids = members.values("pk")
    by_country = dict(
        members.exclude(profile__country="")
        .values_list("profile__country")
        .annotate(n=Count("pk"))
        .order_by()
    )
    organisation_countries = set(
        Organisation.objects.exclude(country="").values_list("country", flat=True).distinct()
    )
    today = timezone.localdate()
    everyone = report_scope(ReportFilters(EARLIEST, today))
    known = ~Q(user_low__profile__country="") & ~Q(user_high__profile__country="")
    connections = connections_in(everyone).aggregate(
        total=Count("pk"),
        across=Count(
            "pk", filter=known & ~Q(user_low__profile__country=F("user_high__profile__country"))
        ),
    )
    now = timezone.now()
    participants = (
        Registration.objects.filter(
            event__start__lt=now, status__in=Registration.HOLDS_A_PLACE, user__in=member_ids
        )
        .values("user")
        .distinct()
        .count()
    )
    return Impact(
        people=members.count(),
        organisations=Organisation.objects.count(),
        networks=Network.objects.filter(listing=Network.Listing.PUBLIC).count(),
        countries=len(set(by_country) | organisation_countries),
        events=Event.objects.filter(start__lt=now).count(),
        participants=participants,
        labs=Lab.objects.filter(owner__in=member_ids).count(),
        connections=connections["total"],
        across_borders=round(100 * connections["across"] / connections["total"])
        if connections["total"]
        else 0,
        challenge_entries=Submission.objects.filter(
            state=Submission.State.SUBMITTED, lead__in=member_ids
        ).count(),
        by_country=by_country,
    )


def impact_figures() -> Impact:
    """The public impact page's figures, counted live and shared (core.cache) until one
    of the apps they count writes something."""
    return cache.cached(IMPACT, ("impact", translation.get_language()), _count_impact)
