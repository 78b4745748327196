"""Events as iCalendar (.ics), "add to calendar" links and schema.org JSON-LD."""

from datetime import UTC
from urllib.parse import urlencode

import icalendar
from django.utils import timezone
from django.utils.html import strip_tags

from creativetracks.core.text import render_markdown

from .models import Event

PRODID = "-//Creative Tracks//Events//EN"


def _plain(markdown: str, limit: int = 2000) -> str:
    return strip_tags(str(render_markdown(markdown))).strip()[:limit]


def location_of(event: Event) -> str:
    parts = [
        event.venue_name,
        event.address,
        event.city,
        event.country.name if event.country else "",
    ]
    location = ", ".join(p for p in parts if p)
    return location or ("Online" if event.online else "")


def ical_event(event: Event, url: str, *, status: str = "CONFIRMED") -> icalendar.Event:
    """One VEVENT, its times in the event's own time zone (with its VTIMEZONE)."""
    item = icalendar.Event()
    item.add("uid", f"event-{event.pk}@creativetracks")
    item.add("dtstamp", timezone.now())
    item.add("summary", event.title)
    item.add("dtstart", event.local_start)
    item.add("dtend", event.local_end)
    item.add("url", url)
    item.add("description", f"{event.subtitle}\n\n{_plain(event.description)}\n\n{url}".strip())
    location = location_of(event)
    if location:
        item.add("location", location)
    item.add("status", status)
    return item


def calendar_of(items: list[icalendar.Event], name: str) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    for item in items:
        cal.add_component(item)
    cal.add_missing_timezones()
    return cal.to_ical()


def _utc_stamp(moment) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def add_to_calendar_links(event: Event, url: str) -> dict[str, str]:
    details = f"{event.subtitle}\n{url}".strip()
    google = "https://calendar.google.com/calendar/render?" + urlencode(
        {
            "action": "TEMPLATE",
            "text": event.title,
            "dates": f"{_utc_stamp(event.start)}/{_utc_stamp(event.end)}",
            "details": details,
            "location": location_of(event),
            "ctz": event.time_zone,
        }
    )
    outlook = "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(
        {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": event.title,
            "startdt": event.start.astimezone(UTC).isoformat(),
            "enddt": event.end.astimezone(UTC).isoformat(),
            "body": details,
            "location": location_of(event),
        }
    )
    return {"google": google, "outlook": outlook}


def schema_event(event: Event, url: str) -> dict:
    """schema.org Event (core.seo adds @context, url and image and escapes it)."""
    data = {
        "@type": "Event",
        "name": event.title,
        "description": _plain(event.description, 500) or event.subtitle,
        "startDate": event.local_start.isoformat(),
        "endDate": event.local_end.isoformat(),
        "eventAttendanceMode": (
            "https://schema.org/OnlineEventAttendanceMode"
            if event.online
            else "https://schema.org/OfflineEventAttendanceMode"
        ),
        "eventStatus": "https://schema.org/EventScheduled",
    }
    if event.languages:
        data["inLanguage"] = event.languages
    if event.online:
        data["location"] = {"@type": "VirtualLocation", "url": url}
    else:
        data["location"] = {
            "@type": "Place",
            "name": event.venue_name or event.city,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": event.address,
                "addressLocality": event.city,
                "addressCountry": event.country.code if event.country else "",
            },
        }
    organiser = event.organiser
    if organiser is not None:
        data["organizer"] = {"@type": "Organization", "name": str(organiser)}
    if event.capacity is not None:
        data["maximumAttendeeCapacity"] = event.capacity
    return data
