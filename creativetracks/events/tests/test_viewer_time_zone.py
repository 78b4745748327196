"""Every time in the viewer's time zone: a member's setting, else the zone a visitor's
browser reported (a cookie set by static/js/time-zone.js), else UTC. Events are shown
in their own zone too, with the viewer's beside it when it is another clock."""

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse

from conftest import DEFAULT_PASSWORD, make_user
from creativetracks.labs import services as lab_services
from creativetracks.labs.models import Comment
from creativetracks.labs.tests.conftest import make_lab
from creativetracks.meetings import services as meeting_services
from creativetracks.meetings.tests.factories import (
    accepted_request,
    make_matchmaking,
    make_organiser,
    make_participant,
)

from .conftest import make_event

pytestmark = pytest.mark.django_db

# 14:00 in Lisbon on a winter day is 14:00 UTC and 22:00 in Shanghai.
START = datetime(2031, 1, 15, 14, 0, tzinfo=UTC)


def in_zone(email: str, zone: str):
    return make_user(email, display_name=email.split("@")[0].title(), time_zone=zone)


@pytest.fixture
def lisbon_event(organiser):
    return make_event(organiser, start=START, time_zone="Europe/Lisbon")


def test_two_members_see_an_event_in_its_zone_and_their_own(client, lisbon_event):
    client.force_login(in_zone("chen@example.org", "Asia/Shanghai"))
    page = client.get(lisbon_event.get_absolute_url()).content.decode()
    assert "Wed 15 Jan 2031, 14:00–20:00" in page  # the event's own time
    assert "Your time: Wed 15 Jan 2031 22:00 – Thu 16 Jan 2031 04:00 (Asia/Shanghai)" in page

    client.force_login(in_zone("ana@example.org", "Europe/Lisbon"))
    page = client.get(lisbon_event.get_absolute_url()).content.decode()
    assert "Wed 15 Jan 2031, 14:00–20:00" in page and "Your time:" not in page


def test_event_cards_add_the_viewers_time(client, lisbon_event):
    client.force_login(in_zone("chen@example.org", "Asia/Shanghai"))
    listing = client.get(reverse("events")).content.decode()
    assert (
        "Wed 15 Jan 2031, 14:00–20:00 in Lisbon "
        "(Wed 15 Jan 2031 22:00 – Thu 16 Jan 2031 04:00 your time)"
    ) in listing
    client.force_login(in_zone("ana@example.org", "Europe/Lisbon"))
    listing = client.get(reverse("events")).content.decode()
    assert "Wed 15 Jan 2031, 14:00–20:00" in listing and "your time" not in listing


def test_a_lab_comment_is_dated_in_each_members_zone(client, member):
    lab = make_lab(member)
    comment = lab_services.post_comment(member, lab, "Count me in")
    Comment.objects.filter(pk=comment.pk).update(created=datetime(2030, 3, 1, 23, 30, tzinfo=UTC))
    client.force_login(in_zone("sp@example.org", "America/Sao_Paulo"))
    assert "1 Mar 2030, 20:30" in client.get(lab.get_absolute_url()).content.decode()
    client.force_login(in_zone("tokyo@example.org", "Asia/Tokyo"))
    assert "2 Mar 2030, 08:30" in client.get(lab.get_absolute_url()).content.decode()


def test_the_meetings_agenda_adds_the_viewers_time(client):
    organiser = make_organiser()
    matchmaking = make_matchmaking(organiser, start=START, time_zone="Europe/Lisbon")
    ana = make_participant(matchmaking, "ana@example.org", "Ana Lisboa", offers=["co-production"])
    ben = make_participant(matchmaking, "ben@example.org", "Ben Shanghai", seeks=["co-production"])
    get_user_model().objects.filter(pk=ben.pk).update(time_zone="Asia/Shanghai")
    get_user_model().objects.filter(pk=ana.pk).update(time_zone="Europe/Lisbon")
    slot = matchmaking.slots.order_by("start").first()
    meeting_services.book_meeting(ana, accepted_request(matchmaking, ana, ben), slot)
    agenda = reverse("meetings_agenda", args=[matchmaking.event.slug])
    own = slot.start.astimezone(ZoneInfo("Europe/Lisbon"))
    theirs = slot.start.astimezone(ZoneInfo("Asia/Shanghai"))

    client.force_login(ben)
    page = client.get(agenda).content.decode()
    assert f"{own:%H:%M}–" in page and f"in Lisbon ({theirs:%H:%M}–" in page
    assert "In brackets: your time (Asia/Shanghai)." in page
    requests = client.get(reverse("meetings_requests", args=[matchmaking.event.slug]))
    assert f"({theirs:%H:%M}–" in requests.content.decode()

    client.force_login(ana)
    page = client.get(agenda).content.decode()
    assert f"{own:%H:%M}–" in page and "your time" not in page


def test_visitors_see_utc_or_the_zone_their_browser_reported(client, lisbon_event):
    url = lisbon_event.get_absolute_url()
    page = client.get(url).content.decode()
    assert "Your time: Wed 15 Jan 2031, 14:00–20:00 (UTC)" in page
    client.cookies[settings.TIME_ZONE_COOKIE_NAME] = "Asia/Tokyo"
    page = client.get(url).content.decode()
    assert "(Asia/Tokyo)" in page and "23:00" in page
    client.cookies[settings.TIME_ZONE_COOKIE_NAME] = "Mars/Olympus_Mons"
    assert "(UTC)" in client.get(url).content.decode()


@override_settings(CACHE_SECONDS=60)
def test_the_visitor_page_cache_keeps_zones_apart(client, lisbon_event):
    url = lisbon_event.get_absolute_url()
    client.cookies[settings.TIME_ZONE_COOKIE_NAME] = "Asia/Tokyo"
    assert "(Asia/Tokyo)" in client.get(url).content.decode()
    del client.cookies[settings.TIME_ZONE_COOKIE_NAME]
    again = client.get(url)
    assert "(UTC)" in again.content.decode() and "Asia/Tokyo" not in again.content.decode()


def test_a_members_setting_wins_over_the_browser(client, lisbon_event):
    client.force_login(in_zone("chen@example.org", "Asia/Shanghai"))
    client.cookies[settings.TIME_ZONE_COOKIE_NAME] = "America/New_York"
    page = client.get(lisbon_event.get_absolute_url()).content.decode()
    assert "(Asia/Shanghai)" in page and "New_York" not in page


def _sign_up(client, email, **extra):
    return client.post(
        "/accounts/signup/",
        {
            "email": email,
            "password1": DEFAULT_PASSWORD,
            "password2": DEFAULT_PASSWORD,
            "accept_terms": "on",
            **extra,
        },
    )


def test_sign_up_takes_the_browsers_zone(client):
    form = client.get("/accounts/signup/").content.decode()
    assert 'name="time_zone"' in form and "data-guess-time-zone" in form
    assert _sign_up(client, "new@example.org", time_zone="America/Sao_Paulo").status_code == 302
    assert get_user_model().objects.get(email="new@example.org").time_zone == "America/Sao_Paulo"


def test_sign_up_without_javascript_uses_the_cookie_else_utc(client):
    client.cookies[settings.TIME_ZONE_COOKIE_NAME] = "Africa/Maputo"
    _sign_up(client, "cookie@example.org", time_zone="")
    assert get_user_model().objects.get(email="cookie@example.org").time_zone == "Africa/Maputo"
    del client.cookies[settings.TIME_ZONE_COOKIE_NAME]
    client.logout()
    _sign_up(client, "plain@example.org", time_zone="Not/A_Zone")
    assert get_user_model().objects.get(email="plain@example.org").time_zone == "UTC"


def test_the_script_is_a_static_file_not_inline(client):
    page = client.get("/").content.decode()
    assert "js/time-zone.js" in page
    assert "<script>" not in page


def test_members_change_their_zone_in_settings(client, member):
    client.force_login(member)
    response = client.post(
        reverse("account_settings"),
        {"display_name": "Mia", "time_zone": "Asia/Kolkata", "language": "en"},
    )
    assert response.status_code == 302
    member.refresh_from_db()
    assert member.time_zone == "Asia/Kolkata"
    assert timedelta(0) != datetime.now(ZoneInfo(member.time_zone)).utcoffset()
