"""Saved searches and their alerts, sent once per period (a day or an ISO week)."""

from datetime import timedelta

from django.utils import timezone

from creativetracks.notifications.models import Notification
from creativetracks.opportunities.models import AlertDelivery, Opportunity, SavedSearch
from creativetracks.opportunities.services import (
    create_saved_search,
    period_of,
    send_opportunity_alerts,
)

from .conftest import publish


def test_saving_a_search_from_the_listing(client, member):
    client.force_login(member)
    response = client.post(
        "/opportunities/searches/",
        {
            "name": "Music residencies",
            "frequency": "daily",
            "kind": "residency",
            "sector": "music",
            "q": "lisbon",
            "bogus": "x",
        },
    )
    assert response.status_code == 302
    search = SavedSearch.objects.get()
    assert search.params == {"kind": "residency", "sector": "music", "q": "lisbon"}
    assert "Music residencies" in client.get("/opportunities/saved/").content.decode()


def test_a_nameless_search_is_refused_and_kept(client, member):
    client.force_login(member)
    response = client.post(
        "/opportunities/searches/", {"name": "", "frequency": "daily", "kind": "job"}
    )
    assert response.status_code == 422
    assert 'value="job"' in response.content.decode()
    assert not SavedSearch.objects.exists()


def test_deleting_only_ones_own_search(client, member, other_member):
    search = create_saved_search(other_member, "Theirs", {}, "daily")
    client.force_login(member)
    assert client.post(f"/opportunities/searches/{search.pk}/delete/").status_code == 404
    client.force_login(other_member)
    client.post(f"/opportunities/searches/{search.pk}/delete/")
    assert not SavedSearch.objects.exists()


def test_daily_alert_sent_once_per_day_with_only_new_matches(member, publisher):
    start = timezone.now()
    search = create_saved_search(member, "Music", {"sector": "music"}, "daily")
    publish(publisher, title="Music grant", sectors=["music"])
    publish(publisher, title="Film grant", sectors=["audiovisual-film"])
    # 08:00 UTC tomorrow: every moment below stays inside its UTC day, whenever this runs.
    later = (start + timedelta(days=1)).replace(hour=8, minute=0, second=0, microsecond=0)
    assert send_opportunity_alerts(later) == 1
    assert send_opportunity_alerts(later + timedelta(minutes=5)) == 0  # same day
    note = Notification.objects.get(recipient=member, kind="opportunity_alert")
    assert "1 new opportunity matches “Music”" in note.text
    assert "sector=music" in note.url
    # Next day: nothing new, nothing sent, but the period is claimed.
    next_day = later + timedelta(days=1)
    assert send_opportunity_alerts(next_day) == 0
    assert AlertDelivery.objects.filter(saved_search=search).count() == 2
    # A new match after that is sent the day after.
    Opportunity.objects.filter(pk=publish(publisher, title="Music 2", sectors=["music"]).pk).update(
        published=next_day + timedelta(hours=1)
    )
    assert send_opportunity_alerts(next_day + timedelta(hours=2)) == 0
    assert send_opportunity_alerts(next_day + timedelta(days=1)) == 1


def test_weekly_alert_once_per_iso_week(member, publisher):
    now = timezone.now()
    create_saved_search(member, "All", {}, "weekly")
    publish(publisher)
    tick = now + timedelta(minutes=1)
    assert send_opportunity_alerts(tick) == 1
    for hours in (1, 24, 48):
        moment = tick + timedelta(hours=hours)
        if period_of("weekly", moment) == period_of("weekly", tick):
            assert send_opportunity_alerts(moment) == 0


def test_alerts_respect_visibility(member, publisher, other_member):
    create_saved_search(member, "All", {}, "daily")
    publish(other_member, title="Pending one")  # waits for review: not for alerts
    assert send_opportunity_alerts(timezone.now() + timedelta(minutes=1)) == 0


def test_period_names():
    from datetime import UTC, datetime

    moment = datetime(2026, 12, 31, 23, 0, tzinfo=UTC)
    assert period_of("daily", moment) == "2026-12-31"
    assert period_of("weekly", moment) == "2026-W53"
