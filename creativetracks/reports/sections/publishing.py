"""Challenge entries, opportunities published and saved, and the ambassadors' regions."""

from collections import Counter

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from creativetracks.ambassadors.models import Region
from creativetracks.challenges.models import Challenge, Submission
from creativetracks.opportunities.models import (
    Kind,
    Opportunity,
    OpportunityFacet,
    SavedOpportunity,
)

from ..registry import Figure, Scope, SectionData, Table
from .common import in_period, trend_figure


def challenges(scope: Scope) -> SectionData:
    entries = Submission.objects.filter(
        state=Submission.State.SUBMITTED, lead__in=scope.members, submitted_at__isnull=False
    )
    if scope.filters.partner:
        entries = entries.filter(challenge__partner=scope.filters.partner)
    period = in_period("submitted_at", scope.filters)
    per_challenge = (
        entries.filter(period)
        .exclude(challenge__phase=Challenge.Phase.DRAFT)
        .values("challenge__title")
        .annotate(n=Count("pk"))
        .order_by("-n", "challenge__title")
    )
    figures = [
        trend_figure("challenge_entries", _("challenge entries"), entries, "submitted_at", scope),
        Figure(
            "challenge_entrants",
            _("members who entered a challenge"),
            entries.filter(period).values("lead").distinct().count(),
        ),
    ]
    table = Table(
        "challenge_entries",
        _("Entries per challenge"),
        [_("Challenge"), _("Entries")],
        [[row["challenge__title"], row["n"]] for row in per_challenge],
        chart="bar",
    )
    return SectionData(figures, [table])


def opportunities_in(filters):
    published = Opportunity.objects.filter(
        status=Opportunity.Status.PUBLISHED, published__isnull=False
    )
    if filters.partner:
        published = published.filter(organisation__partner=filters.partner)
    if filters.region:
        # Open to or taking place in the region's countries.
        regional = OpportunityFacet.objects.filter(
            facet__in=["destination", "residence"], value__in=filters.countries
        ).values("opportunity_id")
        published = published.filter(pk__in=regional)
    return published


def opportunities(scope: Scope) -> SectionData:
    published = opportunities_in(scope.filters)
    saves = SavedOpportunity.objects.filter(user__in=scope.members, opportunity__in=published)
    kinds = dict(Kind.choices)
    by_kind = (
        published.filter(in_period("published", scope.filters))
        .values("kind")
        .annotate(n=Count("pk"))
        .order_by("-n", "kind")
    )
    figures = [
        trend_figure(
            "opportunities_published", _("opportunities published"), published, "published", scope
        ),
        trend_figure(
            "opportunities_saved", _("times an opportunity was saved"), saves, "created", scope
        ),
    ]
    table = Table(
        "opportunities_by_kind",
        _("Opportunities published, by kind"),
        [_("Kind"), _("Opportunities")],
        [[str(kinds.get(row["kind"], row["kind"])), row["n"]] for row in by_kind],
        chart="bar",
    )
    return SectionData(figures, [table])


def ambassadors(scope: Scope) -> SectionData:
    regions = Region.objects.order_by("position", "name")
    if scope.filters.region:
        regions = regions.filter(pk=scope.filters.region.pk)
    rows = list(
        regions.annotate(
            ambassador_count=Count(
                "ambassadors__user",
                filter=Q(ambassadors__active=True, ambassadors__user__in=scope.countable),
                distinct=True,
            )
        )
    )
    members_by_country = Counter(
        dict(
            scope.members.model.objects.filter(pk__in=scope.members)
            .values_list("profile__country")
            .annotate(n=Count("pk"))
            .order_by()
        )
    )
    covered = {code for region in rows if region.ambassador_count for code in region.countries}
    figures = [
        Figure(
            "ambassador_regions",
            _("regions with ambassadors"),
            sum(1 for r in rows if r.ambassador_count),
        ),
        Figure("ambassador_countries", _("countries an ambassador covers"), len(covered)),
    ]
    table = Table(
        "ambassador_regions",
        _("Ambassador regions"),
        [_("Region"), _("Ambassadors"), _("Countries"), _("Members in the region")],
        [
            [
                region.name,
                region.ambassador_count,
                len(region.countries),
                sum(members_by_country[code] for code in region.countries),
            ]
            for region in rows
        ],
        chart="bar",
    )
    return SectionData(figures, [table])
