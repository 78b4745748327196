"""Busy API lists answered from the cache, with the member page cache's rules
(`core.cache`): an entry is the caller's own (visitors share one per query), dropped
when any row of the project is written, when the caller makes a write of their own,
and after MEMBER_PAGE_CACHE_SECONDS."""

import hashlib
import json
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from ninja import Schema
from ninja.responses import NinjaJSONEncoder

from creativetracks.core.cache import (
    MEMBER_PAGES_NAMESPACE,
    member_namespace,
    store_with_generations,
    stored_with_generations,
)

CONTENT_TYPE = "application/json; charset=utf-8"


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
    namespaces = (MEMBER_PAGES_NAMESPACE,) + ((member_namespace(caller),) if caller else ())
    parts = (request.path, request.META.get("QUERY_STRING", ""), caller)
    key = "api-list:" + hashlib.sha256(repr(parts).encode()).hexdigest()[:40]
    content, current = stored_with_generations(key, namespaces)
    if content is None:
        data = schema.model_validate(build()).model_dump(mode="json")
        content = json.dumps(data, cls=NinjaJSONEncoder).encode()
        store_with_generations(key, current, content, seconds)
    response = HttpResponse(content, content_type=CONTENT_TYPE)
    response["Cache-Control"] = "private, no-cache"
    return response
