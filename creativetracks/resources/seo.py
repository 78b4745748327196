"""schema.org JSON-LD, Open Graph and share links of resource pages (core.seo).
Courses are Course, reports Report, podcasts PodcastEpisode; guides, toolkits,
templates and recordings are CreativeWork with their kind as genre. Only resources a
visitor may see get any."""

from django.http import HttpRequest

from creativetracks.core.seo import PageMeta, is_public, organisation_ld, page_meta, plain

from . import queries
from .models import Kind, Resource

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
        "keywords": ", ".join(resource.topics) if resource.topics else None,
    }
    return page_meta(
        request,
        title=resource.title,
        description=plain(resource.summary, 300) or resource.author,
        path=resource.get_absolute_url(),
        og_type="article",
        json_ld=data,
    )
