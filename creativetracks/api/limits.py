"""The API's rate limits, counted like the site's (django-ratelimit, settings.RATE_LIMITS):
reads and writes apart, per member whether by token or session, per IP for visitors."""

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.http import HttpRequest
from django_ratelimit import ALL
from django_ratelimit.core import (
    _SIMPLE_KEYS,
    EXPIRATION_FUDGE,
    _get_window,
    _make_cache_key,
    _split_rate,
    is_ratelimited,
)
from ninja.throttling import BaseThrottle

from . import caching
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


def _counted_in_one_round_trip(request: HttpRequest, group: str) -> int | None:
    """The request counted in django-ratelimit's counter (same key, window and expiry),
    with one round trip to Redis where django-ratelimit makes three (add, exists,
    incr): every API call is counted, so this is a third of a cached read's cost. The
    same round trip reads the cached list the request is for, if any (`api.caching`).
    None where the cache is not Redis or Redis fails (django-ratelimit then decides)."""
    if not getattr(settings, "RATELIMIT_ENABLE", True):
        return None
    cache = caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")]
    if not isinstance(cache, RedisCache):
        return None
    rate = _rate(group, request)
    period = _split_rate(rate)[1]
    value = _key(group, request)
    key = cache.make_and_validate_key(
        _make_cache_key(group, _get_window(value, period), rate, value, ALL)
    )
    list_keys = caching.lookup_keys(request) if cache is caches["default"] else None
    try:
        pipeline = cache._cache.get_client(key, write=True).pipeline(transaction=False)
        pipeline.set(key, 0, ex=period + EXPIRATION_FUDGE, nx=True)
        pipeline.incr(key)
        if list_keys:
            pipeline.mget([cache.make_and_validate_key(k) for k in list_keys])
        results = pipeline.execute()
    except Exception:  # Redis down: django-ratelimit's own handling decides
        return None
    if list_keys:
        # As RedisCache.get_many decodes what MGET returns.
        loads = cache._cache._serializer.loads
        found = {k: loads(v) for k, v in zip(list_keys, results[2], strict=True) if v is not None}
        caching.remember_fetched(request, list_keys, found)
    return results[1]


class ProjectRateLimit(BaseThrottle):
    def allow_request(self, request: HttpRequest) -> bool:
        group = "api_read" if request.method in SAFE_METHODS else "api_write"
        count = _counted_in_one_round_trip(request, group)
        if count is not None:
            return count <= _split_rate(_rate(group, request))[0]
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
