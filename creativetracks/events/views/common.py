"""Small helpers shared by the events' views."""

import zoneinfo

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from creativetracks.core import timezones
from creativetracks.core.exceptions import DomainError

from .. import permissions, queries
from ..models import Event


def page_number(request: HttpRequest) -> int:
    try:
        return max(1, min(int(request.GET.get("page", "1")), queries.MAX_PAGE))
    except ValueError:
        return 1


def viewer_zone(request: HttpRequest) -> zoneinfo.ZoneInfo:
    """The member's zone, or the one a visitor's browser reported (core.timezones)."""
    return getattr(request, "time_zone", None) or timezones.viewer_zone(request)


def event_or_404(request: HttpRequest, slug: str) -> Event:
    """The event if the viewer may see it; 404 otherwise (nothing tells it exists)."""
    event = queries.event_for_page(request.user, slug)
    if event is None:
        raise Http404
    return event


def event_for_organiser(request: HttpRequest, slug: str) -> Event:
    event = event_or_404(request, slug)
    if not permissions.is_organiser(request.user, event):
        raise PermissionDenied
    return event


def refused(request: HttpRequest, refusal: DomainError, back: str = "") -> HttpResponse:
    """A refusal from a service, shown with its message and its 4xx status."""
    return TemplateResponse(
        request,
        "events/refused.html",
        {"message": refusal.message, "back": back},
        status=refusal.status,
    )


def posted(request: HttpRequest):
    return request.POST if request.method == "POST" else None


def posted_with_files(request: HttpRequest) -> tuple:
    return (request.POST, request.FILES) if request.method == "POST" else (None, None)
