"""Rate limits on actions that can be abused (new conversations, connection
requests, invitations, posts, contact forms), counted in the cache (Redis in
production). Going over the limit answers 429 with a page that says so.

Usage on a view: `@limited("post")`. Rates live in settings.RATE_LIMITS.
"""

from django.conf import settings
from django_ratelimit.decorators import ratelimit


def _rate(group: str, request) -> str:
    return settings.RATE_LIMITS[group]


def limited(action: str):
    """Limit POSTs of one action per member (per IP address for visitors)."""
    if action not in settings.RATE_LIMITS:
        raise ValueError(f"No rate configured for {action!r} in settings.RATE_LIMITS")
    return ratelimit(group=action, key="user_or_ip", rate=_rate, method="POST", block=True)
