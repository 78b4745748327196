"""Busy API lists answered from the cache, with the member page cache's rules
(`core.cache`): an entry is the caller's own (visitors share one per query), dropped
when any row of the project is written, when the caller makes a write of their own,
and after MEMBER_PAGE_CACHE_SECONDS.

A member calling with their browser session gets entries keyed by the session, read in
the round trip that reads the session: with the rate limit counted in batches
(`api.limits`), a cached list then costs one round trip to Redis. (Such an entry is
dropped by a write of any member and by the member's requests in that browser; a
token's own writes that change no row reach it within MEMBER_PAGE_CACHE_SECONDS.)"""

import functools
import hashlib
import json
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from ninja import Schema
from ninja.responses import NinjaJSONEncoder

from creativetracks.core.cache import (
    MEMBER_PAGES_NAMESPACE,
    cache_keys,
    fetched_with_session,
    member_namespace,
    member_session_namespace,
    store_with_generations,
    stored_with_generations,
)

CONTENT_TYPE = "application/json; charset=utf-8"


@functools.cache
def _cached_list_paths() -> frozenset[str]:
    return frozenset({reverse("api:api_profiles"), reverse("api:api_organisations")})


def _session_lookup(request: HttpRequest) -> tuple[str, tuple[str, ...]] | None:
    """Where a list is cached for a member calling with their browser session: keyed by
    the session (like their pages), so that it is read in the session's own round trip
    (`core.cache.prefetch_with_session`). None for other calls."""
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    if (
        not session_key
        or request.method != "GET"
        or "HTTP_AUTHORIZATION" in request.META
        or settings.MEMBER_PAGE_CACHE_SECONDS <= 0
        or request.path not in _cached_list_paths()
    ):
        return None
    namespaces = (MEMBER_PAGES_NAMESPACE, member_session_namespace(session_key))
    return _list_key(request, "session", session_key), namespaces


def _caller_lookup(request: HttpRequest, caller: int) -> tuple[str, tuple[str, ...]]:
    """Where a list is cached for a token's member, or for visitors (caller 0)."""
    namespaces = (MEMBER_PAGES_NAMESPACE,) + ((member_namespace(caller),) if caller else ())
    return _list_key(request, caller), namespaces


def _list_key(request: HttpRequest, *reader) -> str:
    parts = (request.path, request.META.get("QUERY_STRING", ""), *reader)
    return "api-list:" + hashlib.sha256(repr(parts).encode()).hexdigest()[:40]


def session_prefetch_keys(request: HttpRequest) -> tuple[str, ...] | None:
    lookup = _session_lookup(request)
    return cache_keys(*lookup) if lookup else None


def cached_list(
    request: HttpRequest, viewer, schema: type[Schema], build: Callable[[], dict]
) -> HttpResponse | dict:
    """The page `build()` makes, as `schema` renders it, from the cache when the same
    caller asked the same query since the last write. Returns `build()` itself when
    caching is off, so the operation answers as it always did."""
    seconds = settings.MEMBER_PAGE_CACHE_SECONDS
    if seconds <= 0:
        return build()
    caller = viewer.pk if viewer is not None and viewer.is_authenticated else 0
    by_session = caller and getattr(getattr(request, "user", None), "pk", None) == caller
    lookup = _session_lookup(request) if by_session else None
    fetched = None
    if lookup is not None:
        fetched = fetched_with_session(request, cache_keys(*lookup))
    else:
        lookup = _caller_lookup(request, caller)
    key, namespaces = lookup
    stored, current = stored_with_generations(key, namespaces, fetched)
    if stored is not None and stored[1] == caller:
        content = stored[0]
    else:
        data = schema.model_validate(build()).model_dump(mode="json")
        content = json.dumps(data, cls=NinjaJSONEncoder).encode()
        store_with_generations(key, current, (content, caller), seconds)
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    response["Cache-Control"] = "private, no-cache"
    return response
