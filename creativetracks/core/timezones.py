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


# Every IANA name, for the models' choices (a stored legacy alias such as "US/Pacific"
# stays valid); forms offer the shorter list below.
ZONE_CHOICES = sorted((name, name) for name in zoneinfo.available_timezones())

# The regions of the IANA database's canonical names; the rest are aliases kept for old
# systems ("US/Pacific", "Etc/GMT+5", "Japan"), the same places again.
_AREAS = ("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic", "Australia",
          "Europe", "Indian", "Pacific")  # fmt: skip


@lru_cache(maxsize=1)
def grouped_zone_choices() -> list:
    """UTC, then the canonical zones grouped by region and labelled by place
    ("Sao Paulo" under "America"): a third lighter than every alias spelled in full."""
    groups: dict[str, list] = {area: [] for area in _AREAS}
    for name in sorted(_known_zones()):
        area, _, place = name.partition("/")
        if area in groups and place:
            groups[area].append((name, place.replace("_", " ")))
    return [("UTC", "UTC")] + [(area, zones) for area, zones in groups.items() if zones]


@lru_cache(maxsize=1)
def offered_zone_names() -> frozenset[str]:
    return frozenset(
        name
        for value, zones in grouped_zone_choices()
        for name, _ in (zones if isinstance(zones, list) else [(value, zones)])
    )
