"""The API's resource library, from `visible_resources(viewer)` like the site: reads, and
bookmarks and helpful votes through the same services as the page's buttons."""

from django.http import Http404
from ninja import Query, Router, Schema

from creativetracks.api.auth import member_of, viewer_of, writer_of
from creativetracks.api.errors import responses
from creativetracks.api.pagination import DEFAULT_LIMIT, MAX_LIMIT, page_of, paginate
from creativetracks.core.models import SearchDocument
from creativetracks.core.search import matching

from . import queries, services
from .models import Bookmark, Resource, ResourceFacet

router = Router()


class ResourceOut(Schema):
    id: int
    kind: str
    title: str
    summary: str
    topics: list[str]
    language: str
    level: str
    sectors: list[str]
    file_url: str
    link: str
    author: str
    visibility: str
    helpful_count: int
    url: str
    created: str


class BookmarkOut(Schema):
    resource: int
    bookmarked: bool


class HelpfulOut(Schema):
    resource: int
    helpful: bool
    helpful_count: int


class ResourceFilters(Schema):
    q: str = ""
    kind: str = ""
    topic: str = ""
    language: str = ""
    level: str = ""
    sector: str = ""
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


def resource_out(r) -> ResourceOut:
    return ResourceOut(
        id=r.pk,
        kind=r.kind,
        title=r.title,
        summary=r.summary,
        topics=list(r.topics or []),
        language=r.language,
        level=r.level,
        sectors=list(r.sectors or []),
        file_url=r.file.url if r.file else "",
        link=r.link,
        author=r.author,
        visibility=r.visibility,
        helpful_count=r.helpful_count,
        url=r.get_absolute_url(),
        created=r.created.isoformat(),
    )


@router.get("/", response=responses({200: page_of(ResourceOut)}), url_name="api_resources")
def list_resources(request, filters: Query[ResourceFilters]):
    """Resources newest first, filtered as in the library."""
    resources = queries.visible_resources(viewer_of(request))
    if filters.q.strip():
        documents, _rank = matching(
            filters.q[:200], SearchDocument.objects.filter(kind=queries.SEARCH_KIND)
        )
        resources = resources.filter(pk__in=documents.values("object_id"))
    for name in ("kind", "language", "level"):
        if getattr(filters, name):
            resources = resources.filter(**{name: getattr(filters, name)[:40]})
    for name in ("topic", "sector"):
        if getattr(filters, name):
            resources = resources.filter(
                pk__in=ResourceFacet.objects.filter(
                    facet=name, value=getattr(filters, name)[:40]
                ).values("resource_id")
            )
    limit = min(max(filters.limit, 1), MAX_LIMIT)
    rows, cursor = paginate(resources, filters.cursor, limit, ("-created", "-id"))
    return {"items": [resource_out(r) for r in rows], "next_cursor": cursor}


@router.get("/{int:resource_id}", response=responses({200: ResourceOut}), url_name="api_resource")
def get_resource(request, resource_id: int):
    resource = queries.resource_for_page(viewer_of(request), resource_id)
    if resource is None:
        raise Http404
    return resource_out(resource)


@router.get(
    "/bookmarks", response=responses({200: page_of(ResourceOut)}), url_name="api_resource_bookmarks"
)
def list_bookmarks(request, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """The resources I bookmarked (those I may still see), latest bookmarked first."""
    user = member_of(request)
    bookmarks = Bookmark.objects.filter(
        user=user, resource__in=queries.visible_resources(user)
    ).select_related("resource")
    rows, next_cursor = paginate(
        bookmarks, cursor, min(max(limit, 1), MAX_LIMIT), ("-created", "-id")
    )
    return {"items": [resource_out(b.resource) for b in rows], "next_cursor": next_cursor}


def _visible(user, resource_id: int):
    resource = queries.resource_for_page(user, resource_id)
    if resource is None:
        raise Http404
    return resource


@router.post(
    "/{int:resource_id}/bookmark",
    response=responses({200: BookmarkOut}),
    url_name="api_resource_bookmark",
)
def bookmark(request, resource_id: int):
    """Bookmark a resource (again: no change)."""
    user = writer_of(request)
    services.bookmark_resource(user, _visible(user, resource_id))
    return BookmarkOut(resource=resource_id, bookmarked=True)


@router.delete(
    "/{int:resource_id}/bookmark",
    response=responses({200: BookmarkOut}),
    url_name="api_resource_bookmark",
)
def remove_bookmark(request, resource_id: int):
    user = writer_of(request)
    services.remove_bookmark(user, _visible(user, resource_id))
    return BookmarkOut(resource=resource_id, bookmarked=False)


def _helpful_out(resource_id: int, helpful: bool) -> HelpfulOut:
    count = Resource.objects.values_list("helpful_count", flat=True).get(pk=resource_id)
    return HelpfulOut(resource=resource_id, helpful=helpful, helpful_count=count)


@router.post(
    "/{int:resource_id}/helpful",
    response=responses({200: HelpfulOut}),
    url_name="api_resource_helpful",
)
def vote_helpful(request, resource_id: int):
    """Say a resource helped (one vote per member: again, no change)."""
    user = writer_of(request)
    services.vote_helpful(user, _visible(user, resource_id))
    return _helpful_out(resource_id, True)


@router.delete(
    "/{int:resource_id}/helpful",
    response=responses({200: HelpfulOut}),
    url_name="api_resource_helpful",
)
def withdraw_helpful(request, resource_id: int):
    user = writer_of(request)
    services.withdraw_helpful(user, _visible(user, resource_id))
    return _helpful_out(resource_id, False)
