"""A participant's B2B agenda as a calendar file and as a printable PDF."""

import icalendar
from django.utils import timezone
from fpdf import FPDF

from creativetracks.core.text import latin1
from creativetracks.events.calendars import PRODID

from .models import Matchmaking, Seat


def _where(seat: Seat) -> str:
    table = seat.meeting.table
    return f"{table.name} (online)" if table.online else table.name


def agenda_ics(matchmaking: Matchmaking, seats: list[Seat], site: str) -> bytes:
    event = matchmaking.event
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("x-wr-calname", f"{event.title}: my meetings")
    for seat in seats:
        other = seat.other_person.profile
        item = icalendar.Event()
        item.add("uid", f"meeting-{seat.meeting_id}-{seat.user_id}@creativetracks")
        item.add("dtstamp", timezone.now())
        item.add("summary", f"Meeting with {other.display_name}")
        item.add("dtstart", seat.slot.start.astimezone(event.zone))
        item.add("dtend", seat.slot.end.astimezone(event.zone))
        location = ", ".join(p for p in (_where(seat), event.venue_name, event.city) if p)
        item.add("location", location)
        item.add("description", f"{event.title}\n{site.rstrip('/')}{other.get_absolute_url()}")
        cal.add_component(item)
    cal.add_missing_timezones()
    return cal.to_ical()


def agenda_pdf(matchmaking: Matchmaking, user, seats: list[Seat]) -> bytes:
    """One A4 page (or more) to print: time, table, who, and their headline."""
    event = matchmaking.event
    pdf = FPDF(format="A4")
    pdf.set_title(latin1(f"{event.title}: meetings of {user.profile.display_name}"))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 10, latin1(event.title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 12)
    pdf.cell(
        0,
        8,
        latin1(f"B2B meetings of {user.profile.display_name} - times in {event.time_zone}"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    if not seats:
        pdf.cell(0, 8, "No meetings yet.", new_x="LMARGIN", new_y="NEXT")
    widths = (38, 38, 114)
    pdf.set_font("Helvetica", "B", 11)
    for width, title in zip(widths, ("When", "Where", "Who"), strict=True):
        pdf.cell(width, 8, title, border="B")
    pdf.ln()
    pdf.set_font("Helvetica", "", 11)
    for seat in seats:
        start = seat.slot.start.astimezone(event.zone)
        end = seat.slot.end.astimezone(event.zone)
        other = seat.other_person.profile
        who = other.display_name + (f" - {other.headline}" if other.headline else "")
        pdf.cell(widths[0], 8, f"{start:%a %d %b %H:%M}-{end:%H:%M}")
        pdf.cell(widths[1], 8, latin1(_where(seat))[:24])
        pdf.multi_cell(widths[2], 8, latin1(who), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())
