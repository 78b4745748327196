"""Small helpers shared by the networks' views."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from creativetracks.core.exceptions import DomainError
from creativetracks.core.ratelimit import limited

from .. import permissions, queries
from ..models import Network

MAX_QUERY_LENGTH = 200


def page_number(request: HttpRequest) -> int:
    try:
        return max(1, min(int(request.GET.get("page", "1")), queries.MAX_PAGE))
    except ValueError:
        return 1


def search_text(request: HttpRequest) -> str:
    return request.GET.get("q", "")[:MAX_QUERY_LENGTH].strip()


def network_or_404(slug: str) -> Network:
    network = queries.network_for_page(slug)
    if network is None:
        raise Http404
    return network


def network_for_admin(request: HttpRequest, slug: str) -> Network:
    network = network_or_404(slug)
    if not permissions.can_manage_network(request.user, network):
        raise PermissionDenied
    return network


def refused(request: HttpRequest, refusal: DomainError, back: str = "") -> HttpResponse:
    """A refusal from a service, shown with its message and its 4xx status."""
    return TemplateResponse(
        request,
        "networks/refused.html",
        {"message": refusal.message, "back": back},
        status=refusal.status,
    )


# RatelimitMiddleware turns a refused action into the 429 page (core.ratelimit).
limited_post = limited


def posted(request: HttpRequest):
    """The form data of a POST (even an empty one), None for a GET."""
    return request.POST if request.method == "POST" else None


def posted_with_files(request: HttpRequest) -> tuple:
    return (request.POST, request.FILES) if request.method == "POST" else (None, None)
