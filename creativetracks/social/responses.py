"""Small pieces the social and messaging views share: refusals, rate limits, `next`."""

from functools import wraps

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django_ratelimit.exceptions import Ratelimited

from creativetracks.core.exceptions import DomainError
from creativetracks.core.ratelimit import limited
from creativetracks.core.views import rate_limited


def limited_post(action: str):
    """`core.ratelimit.limited(action)`, answered with the 429 page right here, so the
    limit shows as 429 whether or not RatelimitMiddleware is installed."""
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


def refused(request: HttpRequest, error: DomainError) -> TemplateResponse:
    """A page that says why an action was refused, with the error's status (403 or 400)."""
    return TemplateResponse(
        request, "social/refused.html", {"message": error.message}, status=error.status
    )


def next_url(request: HttpRequest, default: str) -> str:
    """Where to go after a POST: the form's `next` when it is on this site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return default
