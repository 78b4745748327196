"""Reads about opportunities. Every listing, feed and detail lookup starts from
`visible_opportunities(viewer)`; each page costs a constant number of queries."""

from dataclasses import dataclass, field
from datetime import timedelta
from types import SimpleNamespace

from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone

from creativetracks.core import taxonomy
from creativetracks.core.geography import CONTINENTS
from creativetracks.core.models import SearchDocument
from creativetracks.core.permissions import is_partner_staff_or_staff, is_signed_in
from creativetracks.core.search import matching
from creativetracks.core.withholding import without_withheld

from .eligibility import ELIGIBLE, UNKNOWN, Applicant, Criteria, Verdict, assess
from .models import Kind, Opportunity, OpportunityFacet, SavedOpportunity, SavedSearch

PER_PAGE = 20
MAX_PAGE = 10_000
SEARCH_KIND = "opportunity"
FILTERS = ["kind", "sector", "language", "destination", "region", "closing", "eligible", "past"]
CLOSING_CHOICES = {"7": 7, "30": 30}


def visible_opportunities(viewer) -> QuerySet[Opportunity]:
    """Published opportunities the viewer may see, plus their own submissions; staff
    and partner staff (the reviewers) see everything but what a moderator hid (which
    staff and moderators still see)."""
    everything = without_withheld(Opportunity.objects.all(), viewer)
    if is_partner_staff_or_staff(viewer):
        return everything
    if is_signed_in(viewer):
        return everything.filter(Q(status=Opportunity.Status.PUBLISHED) | Q(created_by=viewer))
    return everything.filter(
        status=Opportunity.Status.PUBLISHED, visibility=Opportunity.Visibility.PUBLIC
    )


def listed_opportunities(viewer) -> QuerySet[Opportunity]:
    """What the listings show: published ones only (reviewers use the review queue)."""
    return visible_opportunities(viewer).filter(status=Opportunity.Status.PUBLISHED)


def open_opportunities(queryset: QuerySet[Opportunity], now=None) -> QuerySet[Opportunity]:
    now = now or timezone.now()
    return queryset.filter(Q(deadline__isnull=True) | Q(deadline__gte=now))


def applicant_of(viewer) -> Applicant | None:
    """The viewer as an applicant (one query, kept on the user object)."""
    if not is_signed_in(viewer):
        return None
    if not hasattr(viewer, "_applicant"):
        from creativetracks.profiles.models import Profile

        profile = Profile.objects.filter(user=viewer).first()
        viewer._applicant = Applicant.from_profile(profile) if profile else Applicant()
    return viewer._applicant


def verdict_for(viewer, opportunity: Opportunity) -> Verdict:
    return assess(applicant_of(viewer), Criteria.of(opportunity), timezone.localdate())


def matching_ids(
    applicant: Applicant | None, queryset: QuerySet[Opportunity], statuses: set[str]
) -> list[int]:
    """The ids among `queryset` whose verdict for `applicant` is in `statuses`.

    The eligibility rules live in one pure function (eligibility.assess); running it
    here over the criteria of the open opportunities (one query) keeps the filter and
    the badge on each card in exact agreement."""
    today = timezone.localdate()
    ids = []
    for row in queryset.values("pk", *Criteria.FIELDS):
        pk = row.pop("pk")
        criteria = Criteria.of(SimpleNamespace(**row))
        if assess(applicant, criteria, today).status in statuses:
            ids.append(pk)
    return ids


@dataclass
class OpportunityListPage:
    query: str
    filters: dict[str, str]
    opportunities: list[Opportunity]
    total: int
    page: int
    pages: int
    options: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def filter_options() -> dict[str, list[tuple[str, str]]]:
    return {
        "kind": [(value, str(label)) for value, label in Kind.choices],
        "sector": [(slug, str(label)) for slug, label in taxonomy.SECTORS],
        "language": [(code, str(label)) for code, label in taxonomy.LANGUAGES],
        "region": [(code, str(label)) for code, label in CONTINENTS if code != "AN"],
    }


def clean_filters(raw: dict[str, str]) -> dict[str, str]:
    filters = {name: str(value)[:10] for name, value in raw.items() if name in FILTERS and value}
    if filters.get("kind") not in Kind.values:
        filters.pop("kind", None)
    if filters.get("closing") not in CLOSING_CHOICES:
        filters.pop("closing", None)
    if filters.get("eligible") not in ("yes", "maybe"):
        filters.pop("eligible", None)
    if filters.get("past") != "1":
        filters.pop("past", None)
    return filters


def search_opportunities(
    viewer, query: str, filters: dict[str, str], now=None
) -> QuerySet[Opportunity]:
    """The opportunities a listing (or a saved search, or a feed) shows for these filters."""
    now = now or timezone.now()
    filters = clean_filters(filters)
    opportunities = listed_opportunities(viewer)
    if filters.get("past"):
        opportunities = opportunities.filter(deadline__lt=now)
    else:
        opportunities = open_opportunities(opportunities, now)
    if query.strip():
        documents, _rank = matching(query, SearchDocument.objects.filter(kind=SEARCH_KIND))
        opportunities = opportunities.filter(pk__in=documents.values("object_id"))
    if "kind" in filters:
        opportunities = opportunities.filter(kind=filters["kind"])
    for name in ("sector", "language", "destination", "region"):
        if name in filters:
            value = filters[name].upper() if name in ("destination", "region") else filters[name]
            opportunities = opportunities.filter(
                pk__in=OpportunityFacet.objects.filter(facet=name, value=value).values(
                    "opportunity_id"
                )
            )
    if "closing" in filters:
        opportunities = opportunities.filter(
            deadline__lte=now + timedelta(days=CLOSING_CHOICES[filters["closing"]])
        )
    if "eligible" in filters:
        statuses = {ELIGIBLE} if filters["eligible"] == "yes" else {ELIGIBLE, UNKNOWN}
        ids = matching_ids(applicant_of(viewer), opportunities, statuses)
        opportunities = opportunities.filter(pk__in=ids)
    return opportunities


def with_saved_flag(queryset: QuerySet[Opportunity], viewer) -> QuerySet[Opportunity]:
    if not is_signed_in(viewer):
        return queryset
    return queryset.annotate(
        is_saved=Exists(SavedOpportunity.objects.filter(user=viewer, opportunity=OuterRef("pk")))
    )


def opportunity_list_page(
    viewer, query: str, filters: dict[str, str], page: int
) -> OpportunityListPage:
    filters = clean_filters(filters)
    opportunities = search_opportunities(viewer, query, filters)
    total = opportunities.count()
    pages = max(1, -(-total // PER_PAGE))
    page = min(max(page, 1), pages)
    start = (page - 1) * PER_PAGE
    if filters.get("past"):
        ordering = [F("deadline").desc(), "-pk"]
    else:
        ordering = [F("deadline").asc(nulls_last=True), "-published", "-pk"]
    rows = list(
        with_saved_flag(opportunities, viewer)
        .select_related("organisation")
        .order_by(*ordering)[start : start + PER_PAGE]
    )
    applicant = applicant_of(viewer)
    today = timezone.localdate()
    for row in rows:
        row.verdict = assess(applicant, Criteria.of(row), today)
    return OpportunityListPage(
        query=query,
        filters=filters,
        opportunities=rows,
        total=total,
        page=page,
        pages=pages,
        options=filter_options(),
    )


def opportunity_for_page(viewer, pk: int) -> Opportunity | None:
    return (
        visible_opportunities(viewer)
        .select_related("organisation", "created_by", "source")
        .filter(pk=pk)
        .first()
    )


def is_saved(viewer, opportunity: Opportunity) -> bool:
    return (
        is_signed_in(viewer)
        and SavedOpportunity.objects.filter(user=viewer, opportunity=opportunity).exists()
    )


def saved_opportunities(viewer) -> list[Opportunity]:
    rows = list(
        with_saved_flag(visible_opportunities(viewer).filter(saves__user=viewer), viewer)
        .select_related("organisation")
        .order_by(F("deadline").asc(nulls_last=True), "-pk")
    )
    applicant = applicant_of(viewer)
    today = timezone.localdate()
    for row in rows:
        row.verdict = assess(applicant, Criteria.of(row), today)
    return rows


def pending_review() -> list[Opportunity]:
    return list(
        Opportunity.objects.filter(status=Opportunity.Status.PENDING)
        .select_related("created_by", "organisation")
        .order_by("created", "pk")
    )


def saved_searches_of(user) -> list[SavedSearch]:
    return list(SavedSearch.objects.filter(user=user).order_by("name", "pk"))


def deadlines_feed(viewer, limit: int = 500) -> list[Opportunity]:
    """Open opportunities with a deadline, soonest first, for the calendar feed."""
    return list(
        open_opportunities(listed_opportunities(viewer))
        .filter(deadline__isnull=False)
        .order_by("deadline", "pk")[:limit]
    )


def latest_published(viewer, limit: int = 50) -> list[Opportunity]:
    return list(
        open_opportunities(listed_opportunities(viewer))
        .filter(published__isnull=False)
        .order_by("-published", "-pk")[:limit]
    )
