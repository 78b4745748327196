"""Tickets with a QR code and the check-in desk."""

import pytest

from creativetracks.events import services
from creativetracks.events.models import Registration

from .conftest import attendees, make_event

pytestmark = pytest.mark.django_db


def test_the_ticket_has_a_qr_code_drawn_here(client, event, member):
    registration = services.register_for_event(member, event)
    client.force_login(member)
    response = client.get(f"/events/{event.slug}/ticket/qr.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    assert response.content.startswith(b"<svg")
    page = client.get(f"/events/{event.slug}/ticket/").content.decode()
    assert registration.ticket_code in page
    assert f"/events/{event.slug}/ticket/qr.svg" in page


def test_a_waitlisted_person_has_no_ticket(client, organiser):
    event = make_event(organiser, capacity=1)
    a, b = attendees(2)
    services.register_for_event(a, event)
    services.register_for_event(b, event)
    client.force_login(b)
    assert client.get(f"/events/{event.slug}/ticket/").status_code == 404


def test_check_in_accepts_a_code_then_warns_on_a_second_scan(client, event, organiser, member):
    registration = services.register_for_event(member, event)
    client.force_login(organiser)
    url = f"/events/{event.slug}/manage/check-in/"
    typed = " " + registration.ticket_code.lower()[:5] + "-" + registration.ticket_code[5:]
    response = client.post(url, {"code": typed})
    assert response.status_code == 200
    assert "Welcome, Mia Member! Checked in." in response.content.decode()
    registration.refresh_from_db()
    assert registration.status == "attended"
    assert registration.checked_in_by == organiser
    response = client.post(url, {"code": registration.ticket_code})
    assert response.status_code == 200
    assert "Already checked in: Mia Member" in response.content.decode()


def test_check_in_refuses_unknown_and_other_events_codes(client, event, organiser, member):
    other = make_event(organiser, "Another Workshop")
    foreign = services.register_for_event(member, other)
    client.force_login(organiser)
    url = f"/events/{event.slug}/manage/check-in/"
    response = client.post(url, {"code": "NOPE12345"})
    assert response.status_code == 404
    assert "Unknown ticket code: NOPE12345" in response.content.decode()
    response = client.post(url, {"code": foreign.ticket_code})
    assert response.status_code == 409
    assert "This ticket is for another event: Another Workshop" in response.content.decode()
    assert Registration.objects.get(pk=foreign.pk).status == "confirmed"
    response = client.post(url, {"code": ""})
    assert response.status_code == 422


def test_check_in_refuses_someone_without_a_place(client, organiser):
    event = make_event(organiser, capacity=1)
    a, b = attendees(2)
    services.register_for_event(a, event)
    waiting = services.register_for_event(b, event)
    client.force_login(organiser)
    response = client.post(f"/events/{event.slug}/manage/check-in/", {"code": waiting.ticket_code})
    assert response.status_code == 409
    assert "has no place" in response.content.decode()


def test_only_organisers_check_in(client, event, member):
    registration = services.register_for_event(member, event)
    client.force_login(member)
    response = client.post(
        f"/events/{event.slug}/manage/check-in/", {"code": registration.ticket_code}
    )
    assert response.status_code == 403
    assert Registration.objects.get(pk=registration.pk).status == "confirmed"
