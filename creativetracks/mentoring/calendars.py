"""A mentoring session as iCalendar (.ics), in the zone of whoever scheduled it."""

import icalendar
from django.utils import timezone

from .models import Session

PRODID = "-//Creative Tracks//Mentoring//EN"


def session_calendar(session: Session, url: str) -> bytes:
    pair = session.pair
    mentor = pair.mentor.user.profile.display_name
    mentee = pair.mentee.user.profile.display_name
    item = icalendar.Event()
    item.add("uid", f"mentoring-session-{session.pk}@creativetracks")
    item.add("dtstamp", timezone.now())
    item.add("summary", f"Mentoring: {mentor} & {mentee}")
    item.add("dtstart", session.starts.astimezone(session.zone))
    item.add("dtend", session.ends.astimezone(session.zone))
    item.add("url", url)
    item.add("description", f"{session.agenda}\n\n{url}".strip())
    if session.where:
        item.add("location", session.where)
    item.add("status", "CANCELLED" if session.cancelled else "CONFIRMED")
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add_component(item)
    cal.add_missing_timezones()
    return cal.to_ical()
