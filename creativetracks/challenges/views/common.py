"""Small helpers shared by the challenges' views."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from creativetracks.core.exceptions import DomainError

from .. import permissions, queries
from ..models import Challenge


def page_number(request: HttpRequest) -> int:
    try:
        return max(1, min(int(request.GET.get("page", "1")), queries.MAX_PAGE))
    except ValueError:
        return 1


def viewer_tz(request: HttpRequest) -> str:
    return getattr(request.user, "time_zone", "") or "UTC"


def challenge_or_404(request: HttpRequest, slug: str) -> Challenge:
    challenge = queries.challenge_for_page(request.user, slug)
    if challenge is None:
        raise Http404
    return challenge


def challenge_for_organiser(request: HttpRequest, slug: str) -> Challenge:
    challenge = challenge_or_404(request, slug)
    if not permissions.is_organiser(request.user, challenge):
        raise PermissionDenied
    return challenge


def refused(request: HttpRequest, refusal: DomainError, back: str = "") -> HttpResponse:
    """A refusal from a service, shown with its message and its 4xx status."""
    return TemplateResponse(
        request,
        "challenges/refused.html",
        {"message": refusal.message, "back": back},
        status=refusal.status,
    )


def posted(request: HttpRequest):
    return request.POST if request.method == "POST" else None


def posted_with_files(request: HttpRequest) -> tuple:
    return (request.POST, request.FILES) if request.method == "POST" else (None, None)
