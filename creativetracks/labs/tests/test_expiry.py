"""Expiry: a day in the poster's time zone, the boundary, extending and closing."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.utils import timezone

from conftest import make_user
from creativetracks.labs import queries, services
from creativetracks.labs.models import Lab
from creativetracks.labs.tasks import forget_expired_labs
from creativetracks.social.queries import feed_activities
from creativetracks.social.services import follow_member

from .conftest import lab_form_data, make_lab

pytestmark = pytest.mark.django_db

DAY = date(2026, 12, 1)


def at(monkeypatch, moment: datetime) -> None:
    monkeypatch.setattr(timezone, "now", lambda: moment)


@pytest.mark.parametrize(
    "zone, end",
    [
        ("Pacific/Auckland", datetime(2026, 12, 1, 11, 0, tzinfo=UTC)),  # UTC+13 in summer
        ("Europe/Lisbon", datetime(2026, 12, 2, 0, 0, tzinfo=UTC)),
        ("America/Los_Angeles", datetime(2026, 12, 2, 8, 0, tzinfo=UTC)),
        ("Asia/Kathmandu", datetime(2026, 12, 1, 18, 15, tzinfo=UTC)),  # UTC+5:45
    ],
)
def test_a_day_ends_at_the_next_local_midnight(zone, end):
    assert queries.end_of_day(DAY, zone) == end
    assert queries.last_day(end, zone) == DAY


def test_the_expiry_is_the_end_of_the_day_in_the_posters_zone(client, monkeypatch):
    at(monkeypatch, datetime(2026, 11, 20, tzinfo=UTC))
    kiwi = make_user("kiwi@example.org", time_zone="Pacific/Auckland")
    angeleno = make_user("la@example.org", time_zone="America/Los_Angeles")
    for user, title in [(kiwi, "Auckland call"), (angeleno, "Los Angeles call")]:
        client.force_login(user)
        client.post("/labs/new/", lab_form_data(title=title, expires_on="2026-12-01"))
    auckland = Lab.objects.get(title="Auckland call")
    assert auckland.time_zone == "Pacific/Auckland"
    assert auckland.expires == datetime(2026, 12, 1, 11, 0, tzinfo=UTC)
    client.logout()

    at(monkeypatch, datetime(2026, 12, 1, 10, 59, 59, tzinfo=UTC))
    listing = client.get("/labs/").content
    assert b"Auckland call" in listing and b"Los Angeles call" in listing

    at(monkeypatch, datetime(2026, 12, 1, 11, 0, tzinfo=UTC))
    listing = client.get("/labs/").content
    assert b"Auckland call" not in listing
    assert b"Los Angeles call" in listing
    assert b"Auckland call" in client.get("/labs/?status=expired").content
    page = client.get(auckland.get_absolute_url())
    assert page.status_code == 200
    assert b"This lab has expired" in page.content
    assert b"Pacific/Auckland time" in page.content


def test_today_is_judged_in_the_posters_zone(client, monkeypatch):
    # 12:00 UTC on 30 November is already 1 December in Auckland, still 30 November in LA.
    at(monkeypatch, datetime(2026, 11, 30, 12, 0, tzinfo=UTC))
    kiwi = make_user("kiwi@example.org", time_zone="Pacific/Auckland")
    angeleno = make_user("la@example.org", time_zone="America/Los_Angeles")
    client.force_login(kiwi)
    response = client.post("/labs/new/", lab_form_data(expires_on="2026-11-30"))
    assert response.status_code == 422
    client.force_login(angeleno)
    assert client.post("/labs/new/", lab_form_data(expires_on="2026-11-30")).status_code == 302


def test_an_expired_lab_takes_no_comments_joins_or_votes(client, member, other_member):
    lab = make_lab(member)
    poll = services.add_poll(member, lab, question="Which day?", options=["Mon", "Fri"])
    Lab.objects.filter(pk=lab.pk).update(expires=timezone.now() - timedelta(seconds=1))
    client.force_login(other_member)
    response = client.post(f"/labs/{lab.pk}/comments/", {"body": "Too late?"})
    assert response.status_code == 409
    assert b"This lab is closed" in response.content
    assert client.get(f"/labs/{lab.pk}/join/").status_code == 409
    option = poll.options.first()
    response = client.post(f"/labs/{lab.pk}/polls/{poll.pk}/vote/", {"option": option.pk})
    assert response.status_code == 409
    assert not lab.comments.exists() and not poll.ballots.exists()


def test_expired_labs_leave_the_feed(member):
    follower = make_user("follower@example.org")
    follow_member(follower, member)
    lab = make_lab(member)
    make_lab(member, "Still open")
    Lab.objects.filter(pk=lab.pk).update(expires=timezone.now() - timedelta(minutes=1))
    forget_expired_labs.call()
    forget_expired_labs.call()  # idempotent
    assert [a.text for a in feed_activities(follower).filter(verb="posted_lab")] == ["Still open"]


def test_the_owner_closes_and_extends_a_lab(client, member, other_member):
    lab = make_lab(member, expires_on=timezone.now().date() + timedelta(days=3))
    follower = make_user("follower@example.org")
    follow_member(follower, member)
    client.force_login(other_member)
    assert client.post(f"/labs/{lab.pk}/expiry/", {"action": "close"}).status_code == 403
    client.force_login(member)
    response = client.post(f"/labs/{lab.pk}/expiry/", {"action": "close"})
    assert response.status_code == 302
    lab.refresh_from_db()
    assert lab.closed is not None and lab.is_expired
    assert not feed_activities(follower).filter(verb="posted_lab").exists()
    assert b"Looking for a sound designer" not in client.get("/labs/").content
    assert b"This lab is closed" in client.get(lab.get_absolute_url()).content

    response = client.post(f"/labs/{lab.pk}/expiry/", {"action": "extend", "until": "2001-01-01"})
    assert response.status_code == 422
    assert b"Choose today or a later day" in response.content
    later = timezone.now().date() + timedelta(days=30)
    response = client.post(f"/labs/{lab.pk}/expiry/", {"action": "extend", "until": later})
    assert response.status_code == 302
    lab.refresh_from_db()
    assert lab.closed is None and lab.is_open
    assert queries.last_day(lab.expires, lab.time_zone) == later
    assert feed_activities(follower).filter(verb="posted_lab").exists()
