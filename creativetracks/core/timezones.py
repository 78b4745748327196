"""The viewer's time zone: a member's setting, else the zone their browser reported
(the cookie static/js/time-zone.js sets), else UTC. `ViewerTimeZoneMiddleware`
activates it for each request, so every aware datetime a template renders with
`|date`/`|time` is in the viewer's zone; events add their own zone where it matters."""

import zoneinfo
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest

UTC = zoneinfo.ZoneInfo("UTC")


@lru_cache(maxsize=512)
def _known_zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def zone_named(name: str | None) -> zoneinfo.ZoneInfo | None:
    """The zone of an IANA name, or None for anything else (a tampered cookie included)."""
    name = (name or "").strip()
    if not name or len(name) > 64 or name not in _known_zones():
        return None
    return zoneinfo.ZoneInfo(name)


def guessed_zone_name(request: HttpRequest) -> str:
    """The zone the browser reported, if it is a real one; else ""."""
    zone = zone_named(request.COOKIES.get(settings.TIME_ZONE_COOKIE_NAME))
    return str(zone) if zone else ""


def viewer_zone(request: HttpRequest) -> zoneinfo.ZoneInfo:
    user = getattr(request, "user", None)
    if getattr(user, "is_authenticated", False):
        zone = zone_named(getattr(user, "time_zone", ""))
        if zone is not None:
            return zone
    return zone_named(guessed_zone_name(request)) or UTC
