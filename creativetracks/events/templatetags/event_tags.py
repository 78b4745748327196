import zoneinfo

from django import template
from django.utils import formats

register = template.Library()


@register.simple_tag
def when(start, end, zone) -> str:
    """A date-and-time range in a time zone: one day shows its date once."""
    if isinstance(zone, str):
        zone = zoneinfo.ZoneInfo(zone)
    start, end = start.astimezone(zone), end.astimezone(zone)
    day = formats.date_format(start, "D j M Y")
    if start.date() == end.date():
        return f"{day}, {start:%H:%M}–{end:%H:%M}"
    return f"{day} {start:%H:%M} – {formats.date_format(end, 'D j M Y')} {end:%H:%M}"


@register.simple_tag
def day_range(start, end, zone) -> str:
    """The dates only: "15 Nov 2017" or "21 Oct – 29 Oct 2017"."""
    if isinstance(zone, str):
        zone = zoneinfo.ZoneInfo(zone)
    start, end = start.astimezone(zone), end.astimezone(zone)
    if start.date() == end.date():
        return formats.date_format(start, "j M Y")
    if start.year == end.year:
        return f"{formats.date_format(start, 'j M')} – {formats.date_format(end, 'j M Y')}"
    return f"{formats.date_format(start, 'j M Y')} – {formats.date_format(end, 'j M Y')}"


@register.simple_tag
def same_zone(event, zone) -> bool:
    return str(zone) == event.time_zone


@register.filter
def language_names(codes, labels) -> str:
    return ", ".join(str(labels.get(code, code)) for code in codes or [])


@register.simple_tag
def extra_manage_tabs(event) -> list:
    """Tabs other apps add to the organisers' navigation (events.panels)."""
    from ..panels import manage_tabs

    return manage_tabs(event)
