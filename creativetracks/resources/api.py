"""The API's resource library, from `visible_resources(viewer)` like the site: reads,
learning tracks with the caller's progress, and bookmarks, helpful votes and "done" marks
through the same services as the page's buttons."""

from django.http import Http404
from ninja import Query, Router, Schema

from creativetracks.api.auth import member_of, viewer_of, writer_of
from creativetracks.api.errors import responses
from creativetracks.api.marks import Marks
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate
from creativetracks.core.models import SearchDocument
from creativetracks.core.permissions import is_signed_in
from creativetracks.core.search import matching

from . import queries, services
from .models import Bookmark, Completion, Resource, ResourceFacet

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
    # The caller's own marks, as the library's cards show them (null for visitors).
    bookmarked: bool | None = None
    helpful: bool | None = None
    done: bool | None = None


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
        bookmarked=getattr(r, "is_bookmarked", None),
        helpful=getattr(r, "is_helpful", None),
        done=getattr(r, "is_done", None),
    )


@router.get("/", response=responses({200: page_of(ResourceOut)}), url_name="api_resources")
def list_resources(request, filters: Query[ResourceFilters]):
    """Resources newest first, filtered as in the library."""
    viewer = viewer_of(request)
    resources = queries.with_viewer_flags(queries.visible_resources(viewer), viewer)
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
    rows, cursor = paginate(resources, filters.cursor, filters.limit, ("-created", "-id"))
    return {"items": [resource_out(r) for r in rows], "next_cursor": cursor}


@router.get("/{int:resource_id}", response=responses({200: ResourceOut}), url_name="api_resource")
def get_resource(request, resource_id: int):
    resource = queries.resource_for_page(viewer_of(request), resource_id)
    if resource is None:
        raise Http404
    return resource_out(resource)


BOOKMARKS = Marks(
    Bookmark,
    "resource",
    queries.visible_resources,
    queries.resource_for_page,
    services.bookmark_resource,
    services.remove_bookmark,
)


@router.get(
    "/bookmarks", response=responses({200: page_of(ResourceOut)}), url_name="api_resource_bookmarks"
)
def list_bookmarks(request, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """The resources I bookmarked (those I may still see), latest bookmarked first."""
    return BOOKMARKS.page(request, cursor, limit, resource_out)


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
    BOOKMARKS.set(request, resource_id, True)
    return BookmarkOut(resource=resource_id, bookmarked=True)


@router.delete(
    "/{int:resource_id}/bookmark",
    response=responses({200: BookmarkOut}),
    url_name="api_resource_bookmark",
)
def remove_bookmark(request, resource_id: int):
    BOOKMARKS.set(request, resource_id, False)
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


# "Done" marks and learning tracks -----------------------------------------------------


class DoneOut(Schema):
    resource: int
    done: bool


@router.post(
    "/{int:resource_id}/done", response=responses({200: DoneOut}), url_name="api_resource_done"
)
def mark_done(request, resource_id: int):
    """Mark a resource done (again: no change); tracks holding it count it as progress."""
    user = writer_of(request)
    services.mark_done(user, _visible(user, resource_id))
    return DoneOut(resource=resource_id, done=True)


@router.delete(
    "/{int:resource_id}/done", response=responses({200: DoneOut}), url_name="api_resource_done"
)
def mark_not_done(request, resource_id: int):
    user = writer_of(request)
    services.mark_not_done(user, _visible(user, resource_id))
    return DoneOut(resource=resource_id, done=False)


@router.get("/done", response=responses({200: page_of(ResourceOut)}), url_name="api_resources_done")
def list_done(request, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """The resources I marked done (those I may still see), latest first."""
    user = member_of(request)
    completions = Completion.objects.filter(
        user=user, resource__in=queries.visible_resources(user)
    ).select_related("resource")
    rows, next_cursor = paginate(completions, cursor, limit, ("-created", "-id"))
    items = []
    for completion in rows:
        completion.resource.is_done = True
        items.append(resource_out(completion.resource))
    return {"items": items, "next_cursor": next_cursor}


class TrackOut(Schema):
    slug: str
    title: str
    description: str
    level: str
    step_count: int  # the steps the caller may see
    done_count: int | None  # of those, the ones the caller marked done (null for visitors)
    url: str


class TrackStepOut(Schema):
    number: int  # 1, 2, 3… in the track's order
    note: str
    resource: ResourceOut


class TrackDetailOut(TrackOut):
    percent: int | None
    next_step: int | None  # the first step not done yet (its number)
    steps: list[TrackStepOut]


def _track_out(track, cls=TrackOut, signed_in: bool = False, **extra) -> TrackOut:
    return cls(
        slug=track.slug,
        title=track.title,
        description=track.description,
        level=track.level,
        step_count=track.step_count,
        done_count=getattr(track, "done_count", 0) if signed_in else None,
        url=track.get_absolute_url(),
        **extra,
    )


@router.get("/tracks/", response=responses({200: page_of(TrackOut)}), url_name="api_tracks")
def list_tracks(request, cursor: str | None = None, limit: int = DEFAULT_LIMIT):
    """Published learning tracks by title, as on /resources/tracks/, with my progress."""
    viewer = viewer_of(request)
    tracks = queries.tracks_with_progress(viewer)
    rows, next_cursor = paginate(tracks, cursor, limit, ("title", "id"))
    signed_in = is_signed_in(viewer)
    return {"items": [_track_out(t, signed_in=signed_in) for t in rows], "next_cursor": next_cursor}


@router.get("/tracks/{slug}", response=responses({200: TrackDetailOut}), url_name="api_track")
def get_track(request, slug: str):
    """A track's steps in order (those the caller may see), each with its resource and,
    for members, whether they marked it done; the progress and the next step."""
    viewer = viewer_of(request)
    page = queries.track_page(viewer, slug[:80])
    if page is None:
        raise Http404
    signed_in = is_signed_in(viewer)
    steps = []
    for number, step in enumerate(page.steps, start=1):
        resource = resource_out(step.resource)
        if not signed_in:
            resource.done = None
        steps.append(TrackStepOut(number=number, note=step.note, resource=resource))
    next_step = next((s.number for s in steps if not s.resource.done), None)
    page.track.step_count = page.total
    page.track.done_count = page.done
    return _track_out(
        page.track,
        TrackDetailOut,
        signed_in=signed_in,
        percent=page.percent if signed_in else None,
        next_step=next_step if signed_in else None,
        steps=steps,
    )
