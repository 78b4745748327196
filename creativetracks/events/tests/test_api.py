"""The API's events: listings and details with the site's visibility (members, network,
invite-only), the online link only for those with a place, and registering and cancelling
through the same services (capacity, waitlist)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.events import services
from creativetracks.events.models import Registration

from .conftest import attendees, make_event

pytestmark = pytest.mark.django_db


def slugs(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["slug"] for item in response.json()["items"]]


def test_listings_follow_visibility(client, organiser, member):
    public = make_event(organiser, "Open Day")
    members = make_event(organiser, "Members Day", visibility="members")
    private = make_event(organiser, "Private Dinner", visibility="private")
    assert slugs(client.get("/api/v1/events/")) == [public.slug]
    assert set(slugs(client.get("/api/v1/events/", **bearer(member)))) == {
        public.slug,
        members.slug,
    }
    # The private event's address is its invitation, as on the site, but it is never listed.
    assert client.get(f"/api/v1/events/{private.slug}", **bearer(member)).status_code == 200
    assert client.get(f"/api/v1/events/{private.slug}").status_code == 404
    assert client.get(f"/api/v1/events/{members.slug}").status_code == 404


def test_upcoming_and_past_in_order(client, organiser):
    later = make_event(organiser, "Later", start=timezone.now() + timedelta(days=20))
    sooner = make_event(organiser, "Sooner", start=timezone.now() + timedelta(days=2))
    over = make_event(organiser, "Over", start=timezone.now() - timedelta(days=20))
    assert slugs(client.get("/api/v1/events/")) == [sooner.slug, later.slug]
    assert slugs(client.get("/api/v1/events/?when=past")) == [over.slug]


def test_filters_match_the_listing(client, organiser):
    online = make_event(
        organiser,
        "Webinar",
        online=True,
        online_url="https://meet.example.org/x",
        kind="webinar",
        city="",
        country="",
    )
    porto = make_event(organiser, "Workshop Porto", city="Porto")
    assert slugs(client.get("/api/v1/events/?mode=online")) == [online.slug]
    assert slugs(client.get("/api/v1/events/?kind=webinar")) == [online.slug]
    assert slugs(client.get("/api/v1/events/?q=porto")) == [porto.slug]


def test_the_online_link_is_for_those_with_a_place(client, organiser, member):
    event = make_event(
        organiser, "Webinar", online=True, online_url="https://meet.example.org/secret"
    )
    assert client.get(f"/api/v1/events/{event.slug}").json()["online_url"] is None
    headers = bearer(member)
    assert client.get(f"/api/v1/events/{event.slug}", **headers).json()["online_url"] is None
    client.post(
        f"/api/v1/events/{event.slug}/registration", {}, content_type="application/json", **headers
    )
    detail = client.get(f"/api/v1/events/{event.slug}", **headers).json()
    assert detail["online_url"] == "https://meet.example.org/secret"
    assert detail["my_registration"] == "confirmed"


def test_register_waitlist_and_cancel(client, organiser):
    event = make_event(organiser, "Tiny", capacity=1)
    first, second = attendees(2)
    one = client.post(
        f"/api/v1/events/{event.slug}/registration",
        {},
        content_type="application/json",
        **bearer(first),
    )
    assert one.status_code == 201 and one.json()["status"] == "confirmed"
    two = client.post(
        f"/api/v1/events/{event.slug}/registration",
        {},
        content_type="application/json",
        **bearer(second),
    )
    assert two.json()["status"] == "waitlisted"
    again = client.post(
        f"/api/v1/events/{event.slug}/registration",
        {},
        content_type="application/json",
        **bearer(first),
    )
    assert again.status_code == 409
    assert error_of(again)["code"] == "conflict"
    cancelled = client.delete(f"/api/v1/events/{event.slug}/registration", **bearer(first))
    assert cancelled.status_code == 200 and cancelled.json()["status"] == "cancelled"
    # The first person waiting got the place.
    assert Registration.objects.get(user=second).status == "confirmed"
    mine = client.get(f"/api/v1/events/{event.slug}/registration", **bearer(second))
    assert mine.json()["status"] == "confirmed"


def test_cancelling_without_a_registration_is_a_404(client, event, member):
    response = client.delete(f"/api/v1/events/{event.slug}/registration", **bearer(member))
    assert response.status_code == 404


def test_nobody_cancels_anothers_registration(client, event, member, other_member):
    services.register_for_event(member, event)
    # A member's token only ever reaches their own registration.
    response = client.delete(f"/api/v1/events/{event.slug}/registration", **bearer(other_member))
    assert response.status_code == 404
    assert Registration.objects.get(user=member).status == "confirmed"


def test_closed_registration_and_read_tokens_are_refused(client, organiser, member):
    closed = make_event(
        organiser, "Closed", registration_closes=timezone.now() - timedelta(hours=1)
    )
    response = client.post(
        f"/api/v1/events/{closed.slug}/registration",
        {},
        content_type="application/json",
        **bearer(member),
    )
    assert response.status_code == 409
    open_event = make_event(organiser, "Open")
    read = bearer(member, scope="read")
    assert (
        client.post(
            f"/api/v1/events/{open_event.slug}/registration",
            {},
            content_type="application/json",
            **read,
        ).status_code
        == 403
    )
    assert (
        client.post(
            f"/api/v1/events/{open_event.slug}/registration", {}, content_type="application/json"
        ).status_code
        == 401
    )
    assert not Registration.objects.filter(user=member).exists()


def test_my_registrations(client, organiser, member, other_member):
    event = make_event(organiser, "Mine")
    services.register_for_event(member, event)
    services.register_for_event(other_member, make_event(organiser, "Theirs"))
    body = client.get("/api/v1/me/registrations", **bearer(member)).json()
    assert [r["event"] for r in body["items"]] == [event.slug]
    assert client.get("/api/v1/me/registrations").status_code == 401


def test_event_list_costs_constant_queries(client, organiser, django_assert_max_num_queries):
    for i in range(2):
        make_event(organiser, f"Few {i}")
    with django_assert_max_num_queries(6):
        assert len(client.get("/api/v1/events/").json()["items"]) == 2
    for i in range(20):
        make_event(organiser, f"Many {i}")
    with django_assert_max_num_queries(6):
        assert len(client.get("/api/v1/events/?limit=50").json()["items"]) == 22


def test_my_registrations_cost_constant_queries(
    client, organiser, member, django_assert_max_num_queries
):
    services.register_for_event(member, make_event(organiser, "One"))
    headers = bearer(member)
    with django_assert_max_num_queries(6):
        client.get("/api/v1/me/registrations", **headers)
    for i in range(15):
        services.register_for_event(member, make_event(organiser, f"More {i}"))
    with django_assert_max_num_queries(6):
        assert len(client.get("/api/v1/me/registrations?limit=50", **headers).json()["items"]) == 16
