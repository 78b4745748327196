import zoneinfo

from django import template
from django.utils import formats
from django.utils.translation import gettext as _

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


def place_of(event) -> str:
    """Where the event's clock is: its city, else the city of its time zone's name."""
    return event.city or event.time_zone.rsplit("/", 1)[-1].replace("_", " ")


@register.simple_tag(takes_context=True)
def event_time(context, start, end, event) -> str:
    """A time of an event in its own zone and, when the viewer's differs, theirs too:
    "Sat 10 May 2031, 14:00–15:00 in Lisbon (15:00–16:00 your time)"."""
    own = when(start, end, event.zone)
    request = context.get("request")
    viewer = getattr(request, "time_zone", None)
    if viewer is None or str(viewer) == event.time_zone:
        return own
    local_start, local_end = start.astimezone(viewer), end.astimezone(viewer)
    same_days = (
        local_start.date() == start.astimezone(event.zone).date()
        and local_end.date() == local_start.date()
    )
    yours = f"{local_start:%H:%M}–{local_end:%H:%M}" if same_days else when(start, end, viewer)
    if local_start.utcoffset() == start.astimezone(event.zone).utcoffset():
        return own  # another name for the same clock (Europe/Lisbon and Europe/London in summer)
    return _("%(time)s in %(place)s (%(yours)s your time)") % {
        "time": own,
        "place": place_of(event),
        "yours": yours,
    }


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
