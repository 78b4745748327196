"""Reads about the resource library. Every listing, track and detail lookup starts
from `visible_resources(viewer)`; each page costs a constant number of queries."""

from dataclasses import dataclass, field

from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from creativetracks.core import taxonomy
from creativetracks.core.models import SearchDocument
from creativetracks.core.permissions import is_signed_in
from creativetracks.core.search import matching

from .models import (
    TOPICS,
    Bookmark,
    Completion,
    HelpfulVote,
    Kind,
    LearningTrack,
    Level,
    Resource,
    ResourceFacet,
    TrackStep,
)

PER_PAGE = 24
MAX_PAGE = 10_000
SEARCH_KIND = "resource"
FILTERS = ["kind", "topic", "language", "level", "sector", "sort"]
SORTS = {
    "newest": ["-created", "-pk"],
    "helpful": ["-helpful_count", "-created", "-pk"],
    "title": ["title", "pk"],
}


def visible_resources(viewer) -> QuerySet[Resource]:
    if is_signed_in(viewer):
        return Resource.objects.all()
    return Resource.objects.filter(visibility=Resource.Visibility.PUBLIC)


def with_viewer_flags(queryset: QuerySet[Resource], viewer) -> QuerySet[Resource]:
    if not is_signed_in(viewer):
        return queryset
    return queryset.annotate(
        is_bookmarked=Exists(Bookmark.objects.filter(user=viewer, resource=OuterRef("pk"))),
        is_helpful=Exists(HelpfulVote.objects.filter(user=viewer, resource=OuterRef("pk"))),
        is_done=Exists(Completion.objects.filter(user=viewer, resource=OuterRef("pk"))),
    )


@dataclass
class ResourceListPage:
    query: str
    filters: dict[str, str]
    resources: list[Resource]
    total: int
    page: int
    pages: int
    options: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def filter_options() -> dict[str, list[tuple[str, str]]]:
    return {
        "kind": [(v, str(label)) for v, label in Kind.choices],
        "topic": [(v, str(label)) for v, label in TOPICS],
        "language": [(v, str(label)) for v, label in taxonomy.LANGUAGES],
        "level": [(v, str(label)) for v, label in Level.choices],
        "sector": [(v, str(label)) for v, label in taxonomy.SECTORS],
    }


def clean_filters(raw: dict[str, str]) -> dict[str, str]:
    filters = {name: str(value)[:40] for name, value in raw.items() if name in FILTERS and value}
    if filters.get("sort") not in SORTS:
        filters.pop("sort", None)
    return filters


def resource_list_page(viewer, query: str, filters: dict[str, str], page: int) -> ResourceListPage:
    filters = clean_filters(filters)
    resources = visible_resources(viewer)
    if query.strip():
        documents, _rank = matching(query, SearchDocument.objects.filter(kind=SEARCH_KIND))
        resources = resources.filter(pk__in=documents.values("object_id"))
    for name in ("kind", "language", "level"):
        if name in filters:
            resources = resources.filter(**{name: filters[name]})
    for name in ("topic", "sector"):
        if name in filters:
            resources = resources.filter(
                pk__in=ResourceFacet.objects.filter(facet=name, value=filters[name]).values(
                    "resource_id"
                )
            )
    total = resources.count()
    pages = max(1, -(-total // PER_PAGE))
    page = min(max(page, 1), pages)
    start = (page - 1) * PER_PAGE
    ordering = SORTS[filters.get("sort", "newest")]
    rows = list(with_viewer_flags(resources, viewer).order_by(*ordering)[start : start + PER_PAGE])
    return ResourceListPage(query, filters, rows, total, page, pages, filter_options())


def resource_for_page(viewer, pk: int) -> Resource | None:
    return (
        with_viewer_flags(visible_resources(viewer), viewer)
        .select_related("organisation")
        .filter(pk=pk)
        .first()
    )


def tracks_of_resource(viewer, resource: Resource) -> list[LearningTrack]:
    return list(
        visible_tracks(viewer).filter(steps__resource=resource).order_by("title").distinct()
    )


def bookmarked_resources(viewer) -> list[Resource]:
    return list(
        with_viewer_flags(
            visible_resources(viewer).filter(bookmarks__user=viewer), viewer
        ).order_by("-bookmarks__created", "-pk")
    )


# Learning tracks -------------------------------------------------------------------


def visible_tracks(viewer) -> QuerySet[LearningTrack]:
    return LearningTrack.objects.filter(published=True)


def track_list(viewer) -> list[LearningTrack]:
    """Published tracks with their number of visible steps and the viewer's progress."""
    return list(tracks_with_progress(viewer).order_by("title", "pk"))


def tracks_with_progress(viewer) -> QuerySet[LearningTrack]:
    """Published tracks annotated with `step_count` (visible steps) and, for members,
    `done_count` (the steps they marked done)."""
    visible = visible_resources(viewer)
    tracks = visible_tracks(viewer).annotate(
        step_count=Count("steps", filter=Q(steps__resource__in=visible.values("pk")), distinct=True)
    )
    if is_signed_in(viewer):
        tracks = tracks.annotate(
            done_count=Count(
                "steps",
                filter=Q(
                    steps__resource__in=visible.values("pk"),
                    steps__resource__completions__user=viewer,
                ),
                distinct=True,
            )
        )
    return tracks


@dataclass
class TrackPage:
    track: LearningTrack
    steps: list[TrackStep]
    done: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def next_step(self) -> TrackStep | None:
        return next((step for step in self.steps if not step.resource.is_done), None)


def track_page(viewer, slug: str) -> TrackPage | None:
    track = visible_tracks(viewer).filter(slug=slug).first()
    if track is None:
        return None
    resources = with_viewer_flags(visible_resources(viewer), viewer)
    steps = list(
        TrackStep.objects.filter(track=track, resource__in=visible_resources(viewer))
        .prefetch_related(Prefetch("resource", queryset=resources))
        .order_by("position", "pk")
    )
    for step in steps:
        if not hasattr(step.resource, "is_done"):
            step.resource.is_done = False
    done = sum(1 for step in steps if step.resource.is_done)
    return TrackPage(track=track, steps=steps, done=done, total=len(steps))
