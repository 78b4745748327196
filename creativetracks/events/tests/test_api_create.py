"""Publishing an event through the API: the site's form checks it, its service makes it."""

import json

import pytest

from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.events.models import Event

pytestmark = pytest.mark.django_db


def create(client, headers, **fields):
    data = {
        "kind": "workshop",
        "title": "Pricing clinic",
        "organiser": "",
        "start": "2031-05-10T10:00",
        "end": "2031-05-10T13:00",
        "time_zone": "Europe/Lisbon",
        "city": "Lisbon",
        "country": "PT",
        "capacity": 20,
        **fields,
    }
    return client.post(
        "/api/v1/events/", json.dumps(data), content_type="application/json", **headers
    )


def test_partner_staff_publish_an_event(client, organiser, partner):
    headers = bearer(organiser)
    [choice] = client.get("/api/v1/events/organisers", **headers).json()
    assert choice == {"key": f"partner:{partner.pk}", "name": partner.name}
    response = create(client, headers, organiser=choice["key"], languages=["en", "pt"])
    assert response.status_code == 201
    body = response.json()
    event = Event.objects.get()
    assert body["slug"] == event.slug and body["organiser"]["name"] == partner.name
    assert (
        body["start"] == "2031-05-10T09:00:00+00:00"
    )  # 10:00 in Lisbon and body["capacity"] == 20
    assert event.languages == ["en", "pt"]
    assert client.get(f"/api/v1/events/{event.slug}").status_code == 200


def test_invalid_events_get_the_forms_messages(client, organiser, partner):
    key = f"partner:{partner.pk}"
    response = create(client, bearer(organiser), organiser=key, end="2031-05-10T09:00", city="")
    assert response.status_code == 422
    assert set(error_of(response)["fields"]) >= {"end", "city"}
    other = create(client, bearer(organiser), organiser="partner:999999")
    assert other.status_code == 422 and "organiser" in error_of(other)["fields"]
    assert not Event.objects.exists()


def test_members_who_run_nothing_may_not_publish(client, member, organiser, partner):
    assert client.get("/api/v1/events/organisers", **bearer(member)).json() == []
    response = create(client, bearer(member), organiser=f"partner:{partner.pk}")
    assert response.status_code == 403
    assert create(client, {}, organiser=f"partner:{partner.pk}").status_code == 401
    read_only = create(client, bearer(organiser, scope="read"), organiser=f"partner:{partner.pk}")
    assert read_only.status_code == 403
    assert not Event.objects.exists()
