"""The API's ambassadors (read only): regions and their active ambassadors with what the
ambassadors page shows everyone (name, country, headline, welcome message). Nothing of
contact requests, verifications or the regional dashboards."""

from django.http import Http404
from ninja import Router, Schema

from creativetracks.api.common import PersonRef, person_ref
from creativetracks.api.errors import responses
from creativetracks.api.pagination import DEFAULT_LIMIT, MAX_LIMIT, page_of, paginate

from . import queries

router = Router()


class AmbassadorOut(Schema):
    person: PersonRef | None
    country: str
    headline: str
    message: str
    since: str | None


class RegionOut(Schema):
    slug: str
    name: str
    description: str
    countries: list[str]
    ambassadors: list[AmbassadorOut]
    url: str


def region_out(region) -> RegionOut:
    return RegionOut(
        slug=region.slug,
        name=region.name,
        description=region.description,
        countries=list(region.countries or []),
        ambassadors=[
            AmbassadorOut(
                person=person_ref(a.user),
                country=str(a.user.profile.country or ""),
                headline=a.user.profile.headline,
                message=a.message,
                since=a.since.isoformat() if a.since else None,
            )
            for a in region.active_ambassadors
        ],
        url=region.get_absolute_url(),
    )


@router.get("/", response=responses({200: page_of(RegionOut)}), url_name="api_regions")
def list_regions(request, country: str = "", cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """Regions in the page's order with their ambassadors; `country` (ISO code) keeps the
    regions that cover it (whom a member there can contact)."""
    regions = queries.regions_with_ambassadors()
    code = country.strip().upper()[:2]
    if code:
        regions = regions.filter(pk__in=[r.pk for r in queries.regions_for_country(code)])
    rows, next_cursor = paginate(regions, cursor, min(max(limit, 1), MAX_LIMIT), ("position", "id"))
    return {"items": [region_out(r) for r in rows], "next_cursor": next_cursor}


@router.get("/{slug}", response=responses({200: RegionOut}), url_name="api_region")
def get_region(request, slug: str):
    region = queries.regions_with_ambassadors().filter(slug=slug[:80]).first()
    if region is None:
        raise Http404
    return region_out(region)
