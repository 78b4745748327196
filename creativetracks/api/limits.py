"""The API's rate limits, counted like the site's (django-ratelimit, settings.RATE_LIMITS):
reads and writes apart, per member whether by token or session, per IP for visitors."""

import threading
import time

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


# Far from its limit, a caller's calls are added to Redis in batches: one round trip
# for BATCH calls (or after SYNC_SECONDS), where counting each call cost one of the two
# round trips of a cached read. Near the limit every call is added at once, so the
# limit is exact where it matters; a process can count up to BATCH - 1 calls of a
# caller that the others don't see yet, and loses them if it stops.
BATCH = 10
SYNC_SECONDS = 1.0
MAX_CALLERS = 10_000


class _BatchedCounts:
    def __init__(self):
        self.lock = threading.Lock()
        self.entries: dict[str, list] = {}  # key: [pending, known total, synced at]

    def count(self, cache, key: str, period: int, limit: int) -> int:
        """The caller's calls in this window, this one included."""
        now = time.monotonic()
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                if len(self.entries) >= MAX_CALLERS:
                    self.entries.clear()  # counts already added stay in Redis
                entry = self.entries[key] = [0, 0, None]
            entry[0] += 1
            pending, known, synced = entry
            if (
                synced is not None
                and pending < BATCH
                and known + pending + BATCH <= limit
                and now - synced < SYNC_SECONDS
            ):
                return known + pending
            entry[0] = 0
        pipeline = cache._cache.get_client(key, write=True).pipeline(transaction=False)
        pipeline.set(key, 0, ex=period + EXPIRATION_FUDGE, nx=True)
        pipeline.incrby(key, pending)
        total = pipeline.execute()[1]
        with self.lock:
            entry[1], entry[2] = total, now
            return total + entry[0]


_counts = _BatchedCounts()


def _over_the_limit_in_batches(request: HttpRequest, group: str) -> bool | None:
    """Whether this call is over the group's limit, counted in django-ratelimit's
    counter (same key, window and expiry) on Redis, in batches (`_BatchedCounts`).
    None where the cache is not Redis or Redis fails: django-ratelimit then counts, and
    decides as configured."""
    if not getattr(settings, "RATELIMIT_ENABLE", True):
        return None
    cache = caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")]
    if not isinstance(cache, RedisCache):
        return None
    rate = _rate(group, request)
    limit, period = _split_rate(rate)
    value = _key(group, request)
    key = cache.make_and_validate_key(
        _make_cache_key(group, _get_window(value, period), rate, value, ALL)
    )
    try:
        return _counts.count(cache, key, period, limit) > limit
    except Exception:  # Redis down
        return None


class ProjectRateLimit(BaseThrottle):
    def allow_request(self, request: HttpRequest) -> bool:
        group = "api_read" if request.method in SAFE_METHODS else "api_write"
        over = _over_the_limit_in_batches(request, group)
        if over is not None:
            return not over
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
