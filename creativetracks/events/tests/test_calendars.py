"""iCalendar files and feeds, parsed back with the icalendar library."""

from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest

from creativetracks.events import services

from .conftest import make_event

pytestmark = pytest.mark.django_db
SHANGHAI = ZoneInfo("Asia/Shanghai")


@pytest.fixture
def shanghai(organiser):
    start = datetime(2031, 11, 15, 9, 30, tzinfo=SHANGHAI)
    return make_event(
        organiser,
        "b.creative Shanghai",
        start=start,
        end=datetime(2031, 11, 15, 18, 0, tzinfo=SHANGHAI),
        time_zone="Asia/Shanghai",
        city="Shanghai",
        country="CN",
        venue_name="Expo Centre",
    )


def test_the_event_ics_keeps_the_time_zone(client, shanghai):
    response = client.get(f"/events/{shanghai.slug}/event.ics")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "b.creative Shanghai"
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    assert start == datetime(2031, 11, 15, 1, 30, tzinfo=ZoneInfo("UTC"))
    assert (start.hour, end.hour) == (9, 18)
    assert str(start.tzinfo) == "Asia/Shanghai"
    assert vevent["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Asia/Shanghai"]
    assert "Expo Centre" in str(vevent["LOCATION"]) and "Shanghai" in str(vevent["LOCATION"])
    assert str(vevent["URL"]).endswith(f"/events/{shanghai.slug}/")


def test_the_personal_feed_lists_my_registrations_and_can_be_reset(
    client, shanghai, organiser, member
):
    lisbon = make_event(organiser, "Lisbon Meet-up")
    make_event(organiser, "Not mine")
    services.register_for_event(member, shanghai)
    services.register_for_event(member, lisbon)
    client.force_login(member)
    page = client.get("/events/mine/").content.decode()
    feed = services.calendar_feed_of(member)
    assert f"/events/calendar/{feed.token}.ics" in page
    client.logout()
    response = client.get(f"/events/calendar/{feed.token}.ics")
    calendar = icalendar.Calendar.from_ical(response.content)
    titles = sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
    assert titles == ["Lisbon Meet-up", "b.creative Shanghai"]
    assert {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")} == {
        "Asia/Shanghai",
        "Europe/Lisbon",
    }
    client.force_login(member)
    response = client.post("/events/mine/calendar/reset/")
    assert response.status_code == 302
    client.logout()
    assert client.get(f"/events/calendar/{feed.token}.ics").status_code == 404
    feed.refresh_from_db()
    assert client.get(f"/events/calendar/{feed.token}.ics").status_code == 200


def test_public_feeds(client, shanghai):
    rss = client.get("/events/feed/rss/")
    assert rss.status_code == 200 and b"<rss" in rss.content
    assert b"b.creative Shanghai" in rss.content
    atom = client.get("/events/feed/atom/")
    assert b"http://www.w3.org/2005/Atom" in atom.content
    assert b"b.creative Shanghai" in atom.content
    ics = icalendar.Calendar.from_ical(client.get("/events/feed/ics/").content)
    assert [str(e["SUMMARY"]) for e in ics.walk("VEVENT")] == ["b.creative Shanghai"]


def test_event_page_has_json_ld_and_add_to_calendar_links(client, shanghai):
    import json
    import re

    page = client.get(shanghai.get_absolute_url()).content.decode()
    data = json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)[1]
    )
    assert data["@type"] == "Event"
    assert data["name"] == "b.creative Shanghai"
    assert data["startDate"] == "2031-11-15T09:30:00+08:00"
    assert data["location"]["address"]["addressCountry"] == "CN"
    assert "calendar.google.com" in page and f"/events/{shanghai.slug}/event.ics" in page
    # shown in the event's zone, and in the viewer's (UTC for visitors)
    assert "09:30–18:00" in page and "01:30–10:00" in page


def test_json_ld_cannot_break_out_of_its_script(client, organiser):
    event = make_event(organiser, "Hack </script><script>alert(1)</script>")
    page = client.get(event.get_absolute_url()).content.decode()
    assert "<script>alert(1)" not in page
