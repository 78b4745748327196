"""schema.org JSON-LD, Open Graph and share links of resource pages (core.seo).
Courses are Course, reports Report, podcasts PodcastEpisode; guides, toolkits,
templates and recordings are CreativeWork with their kind as genre. Only resources a
visitor may see get any. Learning tracks are Course, their resources its parts."""

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest

from creativetracks.core import taxonomy
from creativetracks.core.seo import PageMeta, is_public, labels, organisation_ld, page_meta, plain

from . import queries
from .models import TOPIC_LABELS, Kind, Resource

TYPES = {Kind.COURSE: "Course", Kind.REPORT: "Report", Kind.PODCAST: "PodcastEpisode"}


def resource_meta(request: HttpRequest, resource: Resource) -> PageMeta | None:
    if resource.visibility != Resource.Visibility.PUBLIC or not is_public(
        queries.visible_resources, resource
    ):
        return None
    kind = TYPES.get(resource.kind, "CreativeWork")
    path = resource.organisation.get_absolute_url() if resource.organisation else ""
    author = organisation_ld(resource.author, path, request)
    data = {
        "@type": kind,
        "name": resource.title,
        "description": plain(resource.summary, 1000),
        "genre": str(resource.get_kind_display()) if kind == "CreativeWork" else None,
        "inLanguage": resource.language,
        "dateCreated": resource.created.isoformat(),
        "dateModified": resource.updated.isoformat(),
        ("provider" if kind == "Course" else "author"): author,
    }
    return page_meta(
        request,
        title=resource.title,
        description=plain(resource.summary, 300) or resource.author,
        path=resource.get_absolute_url(),
        og_type="article",
        json_ld=data,
        tags=labels(resource.topics, TOPIC_LABELS)
        + labels(resource.sectors, taxonomy.SECTOR_LABELS),
    )


def track_meta(request: HttpRequest, page: queries.TrackPage) -> PageMeta | None:
    """Course: a learning track is a course made of library resources, in order. Only
    published tracks, and only the steps a visitor sees (members-only resources are
    left out of the JSON-LD and the tags even when a member is looking)."""
    track = page.track
    if not is_public(queries.visible_tracks, track):
        return None
    public = set(
        queries.visible_resources(AnonymousUser())
        .filter(pk__in=[step.resource_id for step in page.steps])
        .values_list("pk", flat=True)
    )
    resources = [step.resource for step in page.steps if step.resource_id in public]
    description = plain(track.description, 1000)
    tags = [
        tag
        for resource in resources
        for tag in labels(resource.topics, TOPIC_LABELS)
        + labels(resource.sectors, taxonomy.SECTOR_LABELS)
    ]
    data = {
        "@type": "Course",
        "name": track.title,
        "description": description,
        "educationalLevel": str(track.get_level_display()),
        "dateCreated": track.created.isoformat(),
        "provider": {"@type": "Organization", "name": "Creative Tracks"},
        "inLanguage": list(dict.fromkeys(resource.language for resource in resources)),
        "hasPart": [
            {
                "@type": TYPES.get(resource.kind, "CreativeWork"),
                "name": resource.title,
                "url": request.build_absolute_uri(resource.get_absolute_url()),
                "position": position,
            }
            for position, resource in enumerate(resources, start=1)
        ],
    }
    return page_meta(
        request,
        title=track.title,
        description=plain(track.description, 300) or track.title,
        path=track.get_absolute_url(),
        og_type="article",
        json_ld=data,
        tags=tags,
    )
