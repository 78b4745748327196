"""Who sees what: events by visibility, the online link, participant lists."""

import pytest

from conftest import make_user
from creativetracks.events import services
from creativetracks.events.models import Registration
from creativetracks.networks.models import NetworkMembership
from creativetracks.networks.tests.conftest import make_network

from .conftest import attendees, make_event

pytestmark = pytest.mark.django_db

LINK = "https://meet.example.org/secret-room"


def test_the_online_link_only_reaches_confirmed_participants(client, organiser):
    event = make_event(organiser, online=True, online_url=LINK, capacity=1, city="")
    first, second = attendees(2)
    services.register_for_event(first, event)
    services.register_for_event(second, event)  # waitlisted
    url = event.get_absolute_url()
    assert LINK not in client.get(url).content.decode()
    client.force_login(make_user("nobody@example.org"))
    assert LINK not in client.get(url).content.decode()
    client.force_login(second)
    assert LINK not in client.get(url).content.decode()
    client.force_login(first)
    assert LINK in client.get(url).content.decode()
    client.force_login(organiser)
    assert LINK in client.get(url).content.decode()
    # nor in any feed or calendar
    client.logout()
    for path in ("/events/feed/rss/", "/events/feed/atom/", "/events/feed/ics/", url + "event.ics"):
        assert LINK not in client.get(path).content.decode()


def test_participant_lists_and_exports_are_for_organisers_only(client, event):
    person = make_user("visible@example.org", display_name="Zélia Participant")
    services.register_for_event(person, event)
    outsider = make_user("outsider@example.org")
    client.force_login(outsider)
    for suffix in (
        "manage/",
        "manage/participants.csv",
        "manage/participants.xlsx",
        "manage/stats/",
        "manage/check-in/",
        "manage/message/",
    ):
        response = client.get(f"/events/{event.slug}/{suffix}")
        assert response.status_code == 403
        assert b"visible@example.org" not in response.content
    client.force_login(person)  # a participant doesn't see the others either
    assert client.get(f"/events/{event.slug}/manage/").status_code == 403
    page = client.get(event.get_absolute_url()).content.decode()
    assert "visible@example.org" not in page


def test_visibility_levels(client, organiser, member):
    network_owner = make_user("owner@example.org")
    network = make_network(network_owner, "Porto Makers")
    public = make_event(organiser, "Open Day")
    members = make_event(organiser, "Members Evening", visibility="members")
    networked = make_event(organiser, "Network Night", visibility="network", network=network)
    private = make_event(organiser, "Invite Only", visibility="private")

    def listed(user=None) -> str:
        client.logout()
        if user is not None:
            client.force_login(user)
        return client.get("/events/").content.decode()

    page = listed()
    assert "Open Day" in page and "Members Evening" not in page
    assert client.get(members.get_absolute_url()).status_code == 404
    page = listed(member)
    assert "Members Evening" in page
    assert "Network Night" not in page and "Invite Only" not in page
    assert client.get(networked.get_absolute_url()).status_code == 404
    # An invite-only event is never listed, but the link is the invitation.
    assert client.get(private.get_absolute_url()).status_code == 200
    NetworkMembership.objects.create(network=network, user=member)
    assert "Network Night" in listed(member)
    Registration.objects.create(event=private, user=member, status="confirmed")
    assert "Invite Only" in listed(member)
    client.logout()
    assert client.get(private.get_absolute_url()).status_code == 404
    assert "Invite Only" in listed(organiser)
    # Feeds are public: only public events
    client.logout()
    rss = client.get("/events/feed/rss/").content.decode()
    assert "Open Day" in rss and "Members Evening" not in rss and "Invite Only" not in rss
    assert public.title in client.get("/events/feed/ics/").content.decode()


def test_month_calendar_shows_only_visible_events(client, organiser, member):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    start = datetime(2031, 3, 10, 9, 0, tzinfo=ZoneInfo("Europe/Lisbon"))
    make_event(organiser, "Spring Forum", start=start)
    make_event(organiser, "Quiet Spring", start=start, visibility="private")
    page = client.get("/events/calendar/?month=2031-03").content.decode()
    assert "Spring Forum" in page and "Quiet Spring" not in page
    assert "March 2031" in page
    page = client.get("/events/calendar/?month=2031-04").content.decode()
    assert "Spring Forum" not in page
