"""Small helpers shared by the networks' views."""

from functools import wraps

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django_ratelimit.exceptions import Ratelimited

from creativetracks.core.exceptions import DomainError
from creativetracks.core.ratelimit import limited
from creativetracks.core.views import rate_limited

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


def limited_post(action: str):
    """`core.ratelimit.limited(action)` answered with the 429 page here, since the
    project doesn't install django-ratelimit's middleware (it would otherwise be a 403)."""
    limit = limited(action)

    def decorator(view):
        limited_view = limit(view)

        @wraps(view)
        def wrapper(request: HttpRequest, *args, **kwargs) -> HttpResponse:
            try:
                return limited_view(request, *args, **kwargs)
            except Ratelimited as exception:
                return rate_limited(request, exception)

        return wrapper

    return decorator


def posted(request: HttpRequest):
    """The form data of a POST (even an empty one), None for a GET."""
    return request.POST if request.method == "POST" else None


def posted_with_files(request: HttpRequest) -> tuple:
    return (request.POST, request.FILES) if request.method == "POST" else (None, None)
