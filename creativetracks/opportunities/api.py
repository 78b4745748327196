"""The API's opportunities: the listing's own search (`search_opportunities`, from
`visible_opportunities(viewer)`), the detail as its page finds it, and the caller's
saved opportunities (saving goes through the same services as the page's button)."""

from django.http import Http404
from ninja import Query, Router, Schema

from creativetracks.api.auth import viewer_of
from creativetracks.api.errors import responses
from creativetracks.api.marks import Marks
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate

from . import queries, services
from .models import SavedOpportunity

router = Router()


class OpportunityOut(Schema):
    id: int
    kind: str
    title: str
    organiser: str
    description: str
    link: str
    deadline: str | None
    deadline_time_zone: str
    amount: str | None
    currency: str
    language: str  # the language the call is written in (ISO 639-1)
    languages: list[str]
    sectors: list[str]
    nationalities: list[str]
    residence_countries: list[str]
    destination_countries: list[str]
    destination_regions: list[str]
    min_age: int | None
    max_age: int | None
    career_stages: list[str]
    visibility: str
    status: str
    url: str
    created: str


class OpportunityDetailOut(OpportunityOut):
    eligibility: str  # for the viewer: "eligible", "not_eligible" or "unknown"
    reasons: list[str]
    saved: bool  # by the caller (reminders 7 days and 1 day before the deadline)


class SavedOut(Schema):
    opportunity: int
    saved: bool


class OpportunityFilters(Schema):
    q: str = ""
    kind: str = ""
    sector: str = ""
    language: str = ""
    destination: str = ""
    region: str = ""
    closing: str = ""
    eligible: str = ""
    past: str = ""
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


def opportunity_out(o, cls=OpportunityOut, **extra) -> OpportunityOut:
    return cls(
        id=o.pk,
        kind=o.kind,
        title=o.title,
        organiser=o.organiser,
        description=o.description,
        link=o.link,
        deadline=o.deadline.isoformat() if o.deadline else None,
        deadline_time_zone=o.deadline_time_zone,
        amount=str(o.amount) if o.amount is not None else None,
        currency=o.currency,
        language=o.language,
        languages=list(o.languages or []),
        sectors=list(o.sectors or []),
        nationalities=list(o.nationalities or []),
        residence_countries=list(o.residence_countries or []),
        destination_countries=list(o.destination_countries or []),
        destination_regions=list(o.destination_regions or []),
        min_age=o.min_age,
        max_age=o.max_age,
        career_stages=list(o.career_stages or []),
        visibility=o.visibility,
        status=o.status,
        url=o.get_absolute_url(),
        created=o.created.isoformat(),
        **extra,
    )


@router.get("/", response=responses({200: page_of(OpportunityOut)}), url_name="api_opportunities")
def list_opportunities(request, filters: Query[OpportunityFilters]):
    """Published opportunities, open ones unless `past=1`, newest first, filtered as on
    /opportunities/ (`eligible=yes|maybe` against the caller's profile)."""
    raw = filters.dict(exclude={"q", "cursor", "limit"})
    opportunities = queries.search_opportunities(viewer_of(request), filters.q[:200], raw)
    rows, cursor = paginate(opportunities, filters.cursor, filters.limit, ("-id",))
    return {"items": [opportunity_out(o) for o in rows], "next_cursor": cursor}


@router.get(
    "/{int:opportunity_id}",
    response=responses({200: OpportunityDetailOut}),
    url_name="api_opportunity",
)
def get_opportunity(request, opportunity_id: int):
    viewer = viewer_of(request)
    opportunity = queries.opportunity_for_page(viewer, opportunity_id)
    if opportunity is None:
        raise Http404
    verdict = queries.verdict_for(viewer, opportunity)
    return opportunity_out(
        opportunity,
        OpportunityDetailOut,
        eligibility=verdict.status,
        reasons=[str(r) for r in verdict.reasons],
        saved=queries.is_saved(viewer, opportunity),
    )


SAVED = Marks(
    SavedOpportunity,
    "opportunity",
    queries.visible_opportunities,
    queries.opportunity_for_page,
    services.save_opportunity,
    services.unsave_opportunity,
)


@router.get(
    "/saved", response=responses({200: page_of(OpportunityOut)}), url_name="api_saved_opportunities"
)
def list_saved(request, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """The opportunities I saved (those I may still see), latest saved first."""
    return SAVED.page(request, cursor, limit, opportunity_out)


@router.post(
    "/{int:opportunity_id}/save",
    response=responses({200: SavedOut}),
    url_name="api_save_opportunity",
)
def save_opportunity(request, opportunity_id: int):
    """Save an opportunity (saving it again changes nothing)."""
    SAVED.set(request, opportunity_id, True)
    return SavedOut(opportunity=opportunity_id, saved=True)


@router.delete(
    "/{int:opportunity_id}/save",
    response=responses({200: SavedOut}),
    url_name="api_save_opportunity",
)
def unsave_opportunity(request, opportunity_id: int):
    SAVED.set(request, opportunity_id, False)
    return SavedOut(opportunity=opportunity_id, saved=False)
