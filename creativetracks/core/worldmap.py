"""A server-rendered world map of members by country: an inline SVG, no JavaScript.

The map is an equirectangular projection (longitude and latitude as x and y) on a
1000 x 500 view box: a light ocean, a graticule every 30 degrees and, for each country
with members, a circle at its approximate centre (``geography.COUNTRY_CENTROID``)
whose area grows with the number of members. Each circle is a link to the directory
filtered to that country, with a ``<title>`` ("Portugal: 12 members") that screen
readers announce and browsers show on hover.

It is made for a strict Content-Security-Policy: no ``style`` attribute, no
``<style>`` or ``<script>`` element; colours are SVG presentation attributes, which
the site's stylesheet overrides through the class names (``worldmap__dots circle`` ...).
Country outlines are not drawn: no small, maintained, permissively licensed package
ships them, and the dots on a graticule are enough to place a country.

Use it with the ``components/world_map.html`` include, which shows the same numbers
as a table::

    counts = {"PT": 12, "MZ": 3}
    {% include "components/world_map.html" with map_svg=map_svg rows=rows %}

where ``map_svg = render_world_map(counts)`` and ``rows = map_rows(counts)``.
"""

import math
from urllib.parse import quote, urlsplit

from django.utils.formats import number_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django_countries import countries

from creativetracks.core.geography import COUNTRY_CENTROID

DEFAULT_LINK_TEMPLATE = "/directory/?country={code}"
DEFAULT_TITLE = gettext_lazy("Members by country")

WIDTH = 1000
HEIGHT = 500
GRATICULE_STEP = 30  # degrees
MIN_RADIUS = 4.0  # big enough to see and to hit with a pointer
MAX_RADIUS = 28.0  # the country with most members

OCEAN_FILL = "#eef1f9"
GRATICULE_STROKE = "#cfd6e8"
DOT_FILL = "#5b2bd6"  # --colour-brand
DOT_STROKE = "#ffffff"

_SAFE_SCHEMES = {"", "http", "https"}


def project(latitude: float, longitude: float) -> tuple[float, float]:
    """Equirectangular projection of a point onto the map's view box (x, y)."""
    x = (longitude + 180.0) / 360.0 * WIDTH
    y = (90.0 - latitude) / 180.0 * HEIGHT
    return x, y


def clean_counts(counts) -> dict[str, int]:
    """Counts keyed by upper-case country code, without unknown codes and without
    countries with no members. Keys may be codes in any case or django-countries
    ``Country`` objects; counts of codes that differ only in case are added up."""
    cleaned: dict[str, int] = {}
    for key, value in counts.items():
        code = str(key or "").strip().upper()
        if code not in COUNTRY_CENTROID:
            continue
        cleaned[code] = cleaned.get(code, 0) + int(value or 0)
    return {code: count for code, count in cleaned.items() if count > 0}


def country_link(link_template: str, code: str) -> str:
    """``link_template`` with every ``{code}`` replaced by the (URL-quoted) code.

    Raises ValueError for a link that is not relative or http(s), such as
    ``javascript:``: the template comes from code, never from a member."""
    url = str(link_template).replace("{code}", quote(code, safe=""))
    # Browsers ignore control characters and spaces in a scheme ("java\tscript:").
    scheme = urlsplit("".join(ch for ch in url if ord(ch) > 32)).scheme.lower()
    if scheme not in _SAFE_SCHEMES:
        raise ValueError(f"Unsafe link template for the world map: {link_template!r}")
    return url


def country_name(code: str) -> str:
    """The country's name in the active language (the code if django-countries has none)."""
    return str(countries.name(code)) or code


def members_label(name: str, count: int) -> str:
    """'Portugal: 12 members', translated."""
    return ngettext(
        "%(country)s: %(count)s member",
        "%(country)s: %(count)s members",
        count,
    ) % {"country": name, "count": number_format(count, force_grouping=True)}


def dot_radius(count: int, largest: int) -> float:
    """A circle's radius: its area is proportional to the count (the largest count
    gets MAX_RADIUS), never below MIN_RADIUS."""
    if count <= 0 or largest <= 0:
        return 0.0
    return max(MIN_RADIUS, MAX_RADIUS * math.sqrt(min(count, largest) / largest))


def map_rows(counts, *, link_template: str = DEFAULT_LINK_TEMPLATE) -> list[dict]:
    """The rows of the table shown beside the map: one dict per country with members
    (``code``, ``name``, ``count``, ``url``), most members first, then by name."""
    rows = [
        {
            "code": code,
            "name": country_name(code),
            "count": count,
            "url": country_link(link_template, code),
        }
        for code, count in clean_counts(counts).items()
    ]
    rows.sort(key=lambda row: (-row["count"], row["name"].casefold(), row["code"]))
    return rows


def _num(value: float) -> str:
    """A coordinate with at most one decimal, without a trailing '.0'."""
    text = f"{value:.1f}"
    return text[:-2] if text.endswith(".0") else text


def _graticule_path() -> str:
    parts = []
    for longitude in range(-180 + GRATICULE_STEP, 180, GRATICULE_STEP):
        x, _y = project(0, longitude)
        parts.append(f"M{_num(x)} 0V{HEIGHT}")
    for latitude in range(90 - GRATICULE_STEP, -90, -GRATICULE_STEP):
        _x, y = project(latitude, 0)
        parts.append(f"M0 {_num(y)}H{WIDTH}")
    return "".join(parts)


def render_world_map(
    counts: dict[str, int],
    *,
    link_template: str = DEFAULT_LINK_TEMPLATE,
    title: str = DEFAULT_TITLE,
) -> SafeString:
    """An accessible inline SVG world map with a linked circle per country with members.

    ``counts`` maps ISO 3166-1 alpha-2 codes to member counts; unknown codes and
    counts of zero or less are left out. ``link_template`` is the URL of a circle,
    with ``{code}`` standing for the country code. The output is the same for the
    same input and active language, and everything in it is escaped. ``title``
    (translated "Members by country" by default) names the map for screen readers."""
    cleaned = clean_counts(counts)
    largest = max(cleaned.values(), default=0)
    total = sum(cleaned.values())
    title_text = escape(str(title))
    if cleaned:
        description = ngettext(
            "%(members)s members in %(count)s country. Each circle is a link to "
            "the directory; a larger circle means more members.",
            "%(members)s members in %(count)s countries. Each circle is a link to "
            "the directory; a larger circle means more members.",
            len(cleaned),
        ) % {
            "members": number_format(total, force_grouping=True),
            "count": number_format(len(cleaned), force_grouping=True),
        }
    else:
        description = _("No members to show on the map yet.")

    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="worldmap__svg" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" '
        f'role="group" aria-label="{title_text}">',
        f"<title>{title_text}</title>",
        f"<desc>{escape(description)}</desc>",
        f'<rect class="worldmap__ocean" width="{WIDTH}" height="{HEIGHT}" fill="{OCEAN_FILL}"/>',
        f'<path class="worldmap__graticule" d="{_graticule_path()}" fill="none" '
        f'stroke="{GRATICULE_STROKE}" stroke-width="0.6"/>',
        f'<g class="worldmap__dots" fill="{DOT_FILL}" fill-opacity="0.7" '
        f'stroke="{DOT_STROKE}" stroke-width="1">',
    ]
    # Largest first, so that small circles are drawn on top and stay clickable.
    for code, count in sorted(cleaned.items(), key=lambda item: (-item[1], item[0])):
        latitude, longitude = COUNTRY_CENTROID[code]
        x, y = project(latitude, longitude)
        r = dot_radius(count, largest)
        # Keep circles near the antimeridian or the poles whole.
        x = min(max(x, r), WIDTH - r)
        y = min(max(y, r), HEIGHT - r)
        href = escape(country_link(link_template, code))
        label = escape(members_label(country_name(code), count))
        # No class per circle: the group's class styles them, and 190 countries of
        # repeated attributes would weigh on the page budget (docs/accessibility.md).
        parts.append(
            f'<a href="{href}"><title>{label}</title>'
            f'<circle cx="{_num(x)}" cy="{_num(y)}" r="{_num(r)}"/></a>'
        )
    parts.append("</g></svg>")
    return mark_safe("".join(parts))  # every value above is escaped
