"""The API's rate limits, counted like the site's (django-ratelimit, settings.RATE_LIMITS):
reads and writes apart, per member whether by token or session, per IP for visitors."""

from django.conf import settings
from django.http import HttpRequest
from django_ratelimit import ALL
from django_ratelimit.core import _SIMPLE_KEYS, is_ratelimited
from ninja.throttling import BaseThrottle

from .auth import SAFE_METHODS


def _key(group: str, request: HttpRequest) -> str:
    user = getattr(request, "auth", None)
    if getattr(user, "is_authenticated", False):
        return f"member:{user.pk}"
    if not request.META.get("REMOTE_ADDR"):
        return "ip:unknown"
    return "ip:" + _SIMPLE_KEYS["ip"](request)


def _rate(group: str, request: HttpRequest) -> str:
    return settings.RATE_LIMITS[group]


class ProjectRateLimit(BaseThrottle):
    def allow_request(self, request: HttpRequest) -> bool:
        group = "api_read" if request.method in SAFE_METHODS else "api_write"
        return not is_ratelimited(
            request, group=group, key=_key, rate=_rate, method=ALL, increment=True
        )

    def wait(self) -> float | None:
        return None


def _member_key(group: str, request: HttpRequest) -> str:
    # The value the site's "user_or_ip" key gives a member: the API and the site's
    # forms share one count per member.
    return str(request.auth.pk)


def limit_action(request: HttpRequest, group: str) -> None:
    """The site's own limit on an action that can be abused (new conversations,
    messages, connection requests, posts: settings.RATE_LIMITS[group]), counted with
    the site's forms: over it, a 429 like the site's."""
    from .errors import ApiError

    if is_ratelimited(
        request, group=group, key=_member_key, rate=_rate, method="POST", increment=True
    ):
        raise ApiError(429)
