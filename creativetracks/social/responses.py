"""Small pieces the social and messaging views share: refusals, rate limits, `next`."""

from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme

from creativetracks.core.exceptions import DomainError
from creativetracks.core.ratelimit import limited

# RatelimitMiddleware turns a refused action into the 429 page (core.ratelimit).
limited_post = limited


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
