"""Busy API lists answered from the cache, with the member page cache's rules
(`core.cache`): an entry is the caller's own (visitors share one per query), dropped
when any row of the project is written, when the caller makes a write of their own,
and after MEMBER_PAGE_CACHE_SECONDS.

The entry and its generations are read in the round trip that counts the call for the
rate limit (`api.limits`, through `lookup_keys` and `remember_fetched`), so a cached
list costs one round trip to Redis."""

import hashlib
import json
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from ninja import Schema
from ninja.responses import NinjaJSONEncoder

from creativetracks.core.cache import (
    GENERATION_KEY,
    MEMBER_PAGES_NAMESPACE,
    member_namespace,
    store_with_generations,
    stored_with_generations,
)

CONTENT_TYPE = "application/json; charset=utf-8"
# The operations answered through `cached_list` (their URL names).
CACHED_LISTS = frozenset({"api_profiles", "api_organisations"})


def _lookup(request: HttpRequest, viewer) -> tuple[str, tuple[str, ...]]:
    caller = viewer.pk if viewer is not None and viewer.is_authenticated else 0
    namespaces = (MEMBER_PAGES_NAMESPACE,) + ((member_namespace(caller),) if caller else ())
    parts = (request.path, request.META.get("QUERY_STRING", ""), caller)
    return "api-list:" + hashlib.sha256(repr(parts).encode()).hexdigest()[:40], namespaces


def _cache_keys(key: str, namespaces: tuple[str, ...]) -> tuple[str, ...]:
    return (key, *(GENERATION_KEY.format(namespace=n) for n in namespaces))


def lookup_keys(request: HttpRequest) -> tuple[str, ...] | None:
    """The cache keys a cached list of this request is read from (after authentication),
    or None when the request is not for one."""
    match = request.resolver_match
    if settings.MEMBER_PAGE_CACHE_SECONDS <= 0 or match is None:
        return None
    if match.url_name not in CACHED_LISTS:
        return None
    return _cache_keys(*_lookup(request, getattr(request, "auth", None)))


def remember_fetched(request: HttpRequest, keys: tuple[str, ...], found: dict) -> None:
    """What a get_many of `lookup_keys(request)` returned, for `cached_list`."""
    request._api_list_fetched = (keys, found)


def cached_list(
    request: HttpRequest, viewer, schema: type[Schema], build: Callable[[], dict]
) -> HttpResponse | dict:
    """The page `build()` makes, as `schema` renders it, from the cache when the same
    caller asked the same query since the last write. Returns `build()` itself when
    caching is off, so the operation answers as it always did."""
    seconds = settings.MEMBER_PAGE_CACHE_SECONDS
    if seconds <= 0:
        return build()
    key, namespaces = _lookup(request, viewer)
    keys, found = getattr(request, "_api_list_fetched", ((), None))
    fetched = found if keys == _cache_keys(key, namespaces) else None
    content, current = stored_with_generations(key, namespaces, fetched)
    if content is None:
        data = schema.model_validate(build()).model_dump(mode="json")
        content = json.dumps(data, cls=NinjaJSONEncoder).encode()
        store_with_generations(key, current, content, seconds)
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    response["Cache-Control"] = "private, no-cache"
    return response
