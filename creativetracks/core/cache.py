"""Caching of shared pages and fragments, invalidated by generations.

Every cached value belongs to a namespace ("home", "figures", "search"). A write that
changes what a namespace shows calls `invalidate(namespace)`, which moves the
namespace to a new generation: keys of the old generation are never read again and
expire on their own (CACHE_SECONDS at most). Nothing here caches per-user data:
`VisitorPageCacheMiddleware` only stores pages rendered for signed-out visitors,
and fragments are keyed by everything they depend on (the viewer's visibility
levels, never the viewer). `MEMBER_PAGES` are cached for signed-in members too, but per
browser session: a member's copy is only ever served back to the session it was
rendered for (see `MemberPageCacheMiddleware`).

With REDIS_URL the cache is shared by every app server, so an invalidation made by
one process is seen by all; with the local-memory cache (development) each process
has its own.
"""

import hashlib
import time
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation

GENERATION_KEY = "gen:{namespace}"
_MISSING = object()


def _first_generation() -> int:
    # The clock in microseconds: a namespace whose generation key expired or was evicted
    # starts above every generation it had before, so no value stored under an old one
    # is ever taken for current.
    return time.time_ns() // 1000


def _generation_timeout(namespace: str) -> int | None:
    # A browser session's generation is of no use once the session is over.
    if namespace.startswith(MEMBER_SESSION_PREFIX):
        return settings.SESSION_COOKIE_AGE
    return None


def generation(namespace: str) -> int:
    key = GENERATION_KEY.format(namespace=namespace)
    value = cache.get(key)
    if value is None:
        cache.add(key, _first_generation(), timeout=_generation_timeout(namespace))
        value = cache.get(key, 1)
    return value


def _bump(namespace: str) -> None:
    key = GENERATION_KEY.format(namespace=namespace)
    try:
        cache.incr(key)
    except ValueError:  # no generation yet: start one above any value stored before
        cache.add(key, _first_generation(), timeout=_generation_timeout(namespace))


def invalidate(*namespaces: str) -> None:
    """Drop what these namespaces cached, now and again when the transaction commits
    (so a reader that filled the cache from the old rows in between is dropped too)."""
    for namespace in namespaces:
        _bump(namespace)
        transaction.on_commit(lambda namespace=namespace: _bump(namespace))


def _key(namespace: str, parts: Iterable[Any]) -> str:
    digest = hashlib.sha256(repr(tuple(parts)).encode()).hexdigest()[:32]
    return f"{namespace}:{generation(namespace)}:{digest}"


def cached(namespace: str, parts: Iterable[Any], compute: Callable[[], Any], timeout=None) -> Any:
    """The value of `compute()`, shared for `CACHE_SECONDS` or until `invalidate(namespace)`.

    `parts` must name everything the value depends on (never a user's private data)."""
    seconds = settings.CACHE_SECONDS if timeout is None else timeout
    if seconds <= 0:
        return compute()
    key = _key(namespace, parts)
    value = cache.get(key, _MISSING)
    if value is _MISSING:
        value = compute()
        cache.set(key, value, seconds)
    return value


def invalidate_on_change(namespaces: Iterable[str], *models) -> None:
    """Invalidate the namespaces whenever a row of one of these models is saved or deleted."""
    namespaces = tuple(namespaces)

    def receiver(sender, update_fields=None, **kwargs):
        if update_fields and set(update_fields) <= _IGNORED_FIELDS:
            return
        invalidate(*namespaces)

    for model in models:
        uid = f"core.cache:{model._meta.label}:{','.join(namespaces)}"
        post_save.connect(receiver, sender=model, weak=False, dispatch_uid=uid + ":save")
        post_delete.connect(receiver, sender=model, weak=False, dispatch_uid=uid + ":delete")


# Namespaces to invalidate when any row of an app changes: {app_label: {namespace}}.
_WATCHED_APPS: dict[str, set[str]] = {}
# Model changes that show nothing anywhere cached (a member signing in).
_IGNORED_FIELDS = {"last_login"}


def invalidate_on_app_change(app_label: str, *namespaces: str) -> None:
    """Invalidate the namespaces whenever any model of this app is saved or deleted.

    Used for what other apps contribute to cached pages (home sections, figures):
    their writes are rare next to the reads, so dropping the page on each is cheap."""
    _WATCHED_APPS.setdefault(app_label, set()).update(namespaces)
    post_save.connect(_app_changed, weak=False, dispatch_uid="core.cache:app_changed:save")
    post_delete.connect(_app_changed, weak=False, dispatch_uid="core.cache:app_changed:delete")


def _app_changed(sender, update_fields=None, **kwargs) -> None:
    namespaces = _WATCHED_APPS.get(sender._meta.app_label)
    if not namespaces:
        return
    if update_fields and set(update_fields) <= _IGNORED_FIELDS:
        return
    invalidate(*sorted(namespaces))


# Pages cached whole for signed-out visitors, by URL name: the namespaces whose
# invalidation drops them, and the apps whose writes invalidate those namespaces.
# Only pages whose visitor version is the same for every visitor belong here.
VISITOR_PAGES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "home": (("home",), ()),  # apps registering figures and sections add themselves
    "directory": (("search", "page:profiles"), ()),
    "profile_detail": (("page:profiles",), ("accounts", "profiles", "networks", "social")),
    "organisation_detail": (("page:profiles",), ("accounts", "profiles", "networks", "social")),
    "event_detail": (("page:events",), ("events", "networks", "profiles")),
}


def watch_visitor_pages() -> None:
    for namespaces, app_labels in VISITOR_PAGES.values():
        for app_label in app_labels:
            invalidate_on_app_change(app_label, *namespaces)


def _cacheable_request(request: HttpRequest) -> bool:
    return (
        request.method in ("GET", "HEAD")
        and not getattr(request, "htmx", False)
        and not len(get_messages(request))
    )


def generations(namespaces: Iterable[str]) -> tuple[int, ...]:
    """The generations of several namespaces in one round trip to the cache."""
    keys = [GENERATION_KEY.format(namespace=namespace) for namespace in namespaces]
    found = cache.get_many(keys)
    return tuple(
        found[key] if key in found else generation(namespace)
        for key, namespace in zip(keys, namespaces, strict=True)
    )


def cache_keys(key: str, namespaces: Iterable[str]) -> tuple[str, ...]:
    """The keys `stored_with_generations` reads: the value's, then its generations'."""
    return (key, *(GENERATION_KEY.format(namespace=namespace) for namespace in namespaces))


def stored_with_generations(
    key: str, namespaces: Iterable[str], fetched: dict | None = None
) -> tuple[Any, tuple[int, ...]]:
    """The value stored under `key` if it was stored under the namespaces' current
    generations (else None), and those generations: one round trip to the cache
    instead of one for the generations and one for the value, or none when `fetched`
    holds what a get_many of those keys returned (see `MemberPagePrefetchMiddleware`).
    Values are stored as `(generations, value)` by `store_with_generations`."""
    namespaces = tuple(namespaces)
    keys = cache_keys(key, namespaces)
    generation_keys = keys[1:]
    found = cache.get_many(keys) if fetched is None else fetched
    current = tuple(
        found[gk] if gk in found else generation(namespace)
        for gk, namespace in zip(generation_keys, namespaces, strict=True)
    )
    stored = found.get(key)
    if stored is not None and stored[0] == current:
        return stored[1], current
    return None, current


def store_with_generations(key: str, current: tuple[int, ...], value: Any, seconds: int) -> None:
    """Store `value` as of the generations read before it was computed: a write made
    meanwhile has moved them on, so the value is never served."""
    cache.set(key, (current, value), seconds)


def _page_key(request: HttpRequest, *reader: Any) -> str:
    parts = (
        "page",
        request.path,
        request.META.get("QUERY_STRING", ""),
        translation.get_language(),
        timezone.get_current_timezone_name(),
        *reader,
    )
    return "page:" + hashlib.sha256(repr(parts).encode()).hexdigest()[:40]


def _same_csrf_secret(request: HttpRequest) -> bool:
    sent = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    return bool(sent) and request.META.get("CSRF_COOKIE") == sent


def _storable(request: HttpRequest, response: HttpResponse, *, member: bool = False) -> bool:
    session = getattr(request, "session", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        # A visitor's page must carry no CSRF token; a member's copy carries the token of
        # the secret their browser sent (Django flags every use of it for renewal), and is
        # served back to that browser only. A secret made for this response: not stored.
        and (
            _same_csrf_secret(request)
            if member
            else not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not request.META.get("CSRF_COOKIE_USED")
        )
        and not (session is not None and session.modified)
        and not len(get_messages(request))
    )


# Pages also cached for signed-in members, per session (URL names). A member's page shows
# their own state (badges, follow and registration buttons, private counts), so its
# copy is keyed by the session and the browser's CSRF secret, and it is dropped when
# anything in the project is written (MEMBER_PAGES_NAMESPACE, bumped by every write of
# a project model), when the member does anything in that browser (every unsafe request
# bumps the session's generation, whatever it writes and however), or after
# MEMBER_PAGE_CACHE_SECONDS (relative times, writes that skip model signals, an action
# in another browser that wrote no row).
MEMBER_PAGES = frozenset(
    {"home", "directory", "profile_detail", "organisation_detail", "event_detail"}
)
MEMBER_PAGES_NAMESPACE = "member-pages"
MEMBER_SESSION_PREFIX = "member-session:"
# Apps whose rows no member page shows: sessions, task results, the admin's log.
_UNSHOWN_APPS = {"sessions", "django_tasks_database", "django_tasks_db", "admin", "contenttypes"}


def member_namespace(user_id: int) -> str:
    """What one member's own writes drop (the API lists cached for them)."""
    return f"member:{user_id}"


def member_session_namespace(session_key: str) -> str:
    """What a member's own writes in one browser session drop: that session's pages."""
    return MEMBER_SESSION_PREFIX + session_key


def _any_model_changed(sender, update_fields=None, **kwargs) -> None:
    if sender._meta.app_label in _UNSHOWN_APPS:
        return
    if update_fields and set(update_fields) <= _IGNORED_FIELDS:
        return
    invalidate(MEMBER_PAGES_NAMESPACE)


def watch_member_pages() -> None:
    from django.db.models.signals import m2m_changed

    uid = "core.cache:member_pages"
    post_save.connect(_any_model_changed, weak=False, dispatch_uid=uid + ":save")
    post_delete.connect(_any_model_changed, weak=False, dispatch_uid=uid + ":delete")
    m2m_changed.connect(_any_model_changed, weak=False, dispatch_uid=uid + ":m2m")


class MemberPageLookup(NamedTuple):
    session_key: str
    key: str
    namespaces: tuple[str, str]

    @property
    def cache_keys(self) -> tuple[str, ...]:
        return cache_keys(self.key, self.namespaces)


def member_page_lookup(request: HttpRequest) -> MemberPageLookup | None:
    """Where this request's member page would be cached, from the request as it came
    in, before its session is read: the session and CSRF cookies, the path and query,
    the language LocaleMiddleware chose from the browser, and the language and time
    zone cookies. With the member's own settings (read from the user row after the
    session) these decide the page's language and zone; a change to those settings is
    a write, which drops the page. None when the request can't be served a member page.
    """
    session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    csrf_secret = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    if (
        not session_key
        or not csrf_secret
        or request.method not in ("GET", "HEAD")
        or "HTTP_HX_REQUEST" in request.META
        or settings.MEMBER_PAGE_CACHE_SECONDS <= 0
    ):
        return None
    key = _page_key(
        request,
        "member",
        session_key,
        csrf_secret,
        request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, ""),
        request.COOKIES.get(settings.TIME_ZONE_COOKIE_NAME, ""),
    )
    namespaces = (MEMBER_PAGES_NAMESPACE, member_session_namespace(session_key))
    return MemberPageLookup(session_key, key, namespaces)


# Other values a request may read with its session: functions of the request that
# return cache keys, or None (`prefetch_with_session`).
_SESSION_PREFETCHES: list[Callable[[HttpRequest], tuple[str, ...] | None]] = []


def prefetch_with_session(lookup: Callable[[HttpRequest], tuple[str, ...] | None]) -> None:
    """Read the keys `lookup(request)` names in the round trip that reads the session;
    `fetched_with_session` then has them."""
    if lookup not in _SESSION_PREFETCHES:
        _SESSION_PREFETCHES.append(lookup)


class MemberPagePrefetchMiddleware:
    """Has the session engine fetch this request's member page, and the generations
    it is checked against (and what `prefetch_with_session` asked for), in the round
    trip that reads the session (`accounts.sessions`): a page served from a member's
    cache then costs one round trip to the cache, as a bare page with a session does.
    Before anything reads the session or the user, after LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        keys: tuple[str, ...] = ()
        lookup = member_page_lookup(request)
        if lookup is not None:
            request._member_page_lookup = lookup
            keys = lookup.cache_keys
        for prefetch in _SESSION_PREFETCHES:
            keys += prefetch(request) or ()
        session = getattr(request, "session", None)
        if keys and session is not None:
            session.prefetch_keys = keys
        return self.get_response(request)


def fetched_with_session(request: HttpRequest, keys: tuple[str, ...]) -> dict | None:
    """What the session engine fetched with the session, if it fetched all of `keys`."""
    session = getattr(request, "session", None)
    fetched = getattr(session, "prefetched", None)
    if fetched is None or not set(keys) <= getattr(session, "prefetched_keys", set()):
        return None
    return fetched


class VisitorPageCacheMiddleware:
    """Serves the pages of VISITOR_PAGES to signed-out visitors from the cache, and
    MEMBER_PAGES to the member session they were rendered for.

    Last in MIDDLEWARE, so security headers, the CSP, the session and language
    middleware still run on every response, cached or not. A visitor's page is stored
    only when nothing in it is personal: no message waiting, no CSRF token or cookie,
    no session written. A member's page is stored under their session (never served to
    anyone else) when no message is waiting and nothing was written to the session."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if (
            request.method not in ("GET", "HEAD", "OPTIONS", "TRACE")
            and user is not None
            and user.is_authenticated
        ):
            # Whatever the member just did, the pages cached for this browser and the
            # API lists cached for them may show the old state. (Their other browsers'
            # pages go when the action writes a row, or within MEMBER_PAGE_CACHE_SECONDS.)
            namespaces = [member_namespace(user.pk)]
            session_key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
            if session_key:
                namespaces.append(member_session_namespace(session_key))
            invalidate(*namespaces)
        key = getattr(request, "_page_cache_key", None)
        if key:
            member, seconds = request._page_cache_member, request._page_cache_seconds
            if _storable(request, response, member=member):
                page = (response.content, response["Content-Type"], getattr(user, "pk", None))
                store_with_generations(key, request._page_cache_generations, page, seconds)
                response["X-Page-Cache"] = "miss"
        return response

    def process_view(self, request: HttpRequest, view, args, kwargs):
        match = request.resolver_match
        if match is None or not _cacheable_request(request):
            return None
        fetched = None
        if request.user.is_authenticated:
            seconds = settings.MEMBER_PAGE_CACHE_SECONDS
            lookup = getattr(request, "_member_page_lookup", None)
            if (
                match.view_name not in MEMBER_PAGES
                or seconds <= 0
                or lookup is None
                or lookup.session_key != request.session.session_key
            ):
                return None
            key, namespaces = lookup.key, lookup.namespaces
            fetched = fetched_with_session(request, lookup.cache_keys)
        else:
            page = VISITOR_PAGES.get(match.view_name)
            seconds = settings.CACHE_SECONDS
            if page is None or seconds <= 0:
                return None
            key, namespaces = _page_key(request), page[0]
        stored, current = stored_with_generations(key, namespaces, fetched)
        if stored is not None and stored[2] != request.user.pk:
            stored = None  # a page of another account of this session (never stored so)
        if stored is None:
            # Rendered as usual, then stored by __call__.
            request._page_cache_key = key
            request._page_cache_generations = current
            request._page_cache_member = request.user.is_authenticated
            request._page_cache_seconds = seconds
            return None
        content, content_type, _ = stored
        response = HttpResponse(content, content_type=content_type)
        response["X-Page-Cache"] = "hit"
        return response
