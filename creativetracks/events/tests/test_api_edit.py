"""Editing an event through the API (PATCH): the site's event form checks the whole, the
site's `update_event` saves it and tells the people registered."""

import json

import pytest

from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.events import services
from creativetracks.notifications.models import Notification

from .conftest import make_event

pytestmark = pytest.mark.django_db


def patch(client, event, data, headers):
    return client.patch(
        f"/api/v1/events/{event.slug}", json.dumps(data), content_type="application/json", **headers
    )


def test_organisers_change_some_fields(client, organiser, member):
    event = make_event(organiser)
    services.register_for_event(member, event)
    response = patch(
        client, event, {"city": "Porto", "subtitle": "Now in Porto"}, bearer(organiser)
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["city"] == "Porto" and body["subtitle"] == "Now in Porto"
    event.refresh_from_db()
    assert event.city == "Porto" and event.title == "Kick-Start Lisbon"
    # what wasn't sent is kept, times included (in the event's own zone)
    assert event.capacity == 50 and event.languages == ["en", "pt"]
    assert event.time_zone == "Europe/Lisbon" and event.venue_name == "Fábrica"
    assert Notification.objects.filter(recipient=member, kind="event_change").exists()

    unlimited = patch(client, event, {"capacity": None}, bearer(organiser))
    assert unlimited.status_code == 200 and unlimited.json()["capacity"] is None
    moved = patch(
        client, event, {"start": "2031-05-02T10:00", "end": "2031-05-02T18:00"}, bearer(organiser)
    )
    assert moved.status_code == 200
    event.refresh_from_db()
    assert event.start.isoformat() == "2031-05-02T09:00:00+00:00"  # 10:00 in Lisbon


def test_the_event_forms_checks_and_the_services_refusals(client, organiser, member):
    event = make_event(organiser)
    services.register_for_event(member, event)
    late = patch(client, event, {"end": "2000-01-01T10:00"}, bearer(organiser))
    assert late.status_code == 422 and "end" in error_of(late)["fields"]
    nowhere = patch(client, event, {"city": ""}, bearer(organiser))
    assert nowhere.status_code == 422 and "city" in error_of(nowhere)["fields"]
    too_small = patch(client, event, {"capacity": 0}, bearer(organiser))
    assert too_small.status_code == 409 and "already taken" in error_of(too_small)["message"]
    someone_else = patch(client, event, {"organiser": "partner:999999"}, bearer(organiser))
    assert someone_else.status_code == 422 and "organiser" in error_of(someone_else)["fields"]
    event.refresh_from_db()
    assert event.city == "Lisbon" and event.capacity == 50


def test_who_may_edit(client, organiser, member, staff_user):
    event = make_event(organiser)
    assert patch(client, event, {"city": "Porto"}, {}).status_code == 401
    assert (
        patch(client, event, {"city": "Porto"}, bearer(organiser, scope="read")).status_code == 403
    )
    refused = patch(client, event, {"city": "Porto"}, bearer(member))
    assert refused.status_code == 403
    hidden = make_event(organiser, title="Quiet meeting", visibility="members")
    assert patch(client, hidden, {"city": "Porto"}, {}).status_code == 401
    assert patch(client, hidden, {"city": "Braga"}, bearer(staff_user)).status_code == 200
    event.refresh_from_db()
    assert event.city == "Lisbon"
