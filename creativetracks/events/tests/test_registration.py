"""Registering through the pages: places, the waitlist, windows and clear refusals."""

from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import make_user
from creativetracks.events import services
from creativetracks.events.models import Event, Registration
from creativetracks.notifications.models import Notification

from .conftest import attendees, make_event

pytestmark = pytest.mark.django_db


def register(client, user, event, data=None):
    client.force_login(user)
    return client.post(f"/events/{event.slug}/register/", data or {})


def test_registering_takes_a_place_and_shows_the_ticket(client, event, member):
    response = register(client, member, event)
    assert response.status_code == 302
    assert response["Location"] == f"/events/{event.slug}/ticket/"
    registration = Registration.objects.get(event=event, user=member)
    assert registration.status == "confirmed"
    event.refresh_from_db()
    assert event.taken == 1
    page = client.get(f"/events/{event.slug}/ticket/")
    assert registration.ticket_code in page.content.decode()
    assert Notification.objects.filter(recipient=member, kind="event_registration").exists()
    detail = client.get(event.get_absolute_url()).content.decode()
    assert "1 / 50 places" in detail


def test_the_last_place_then_the_waitlist(client, organiser):
    event = make_event(organiser, capacity=1)
    first, second = attendees(2)
    register(client, first, event)
    response = register(client, second, event)
    assert response.status_code == 302
    assert Registration.objects.get(user=second).status == "waitlisted"
    event.refresh_from_db()
    assert event.taken == 1
    page = client.get(event.get_absolute_url()).content.decode()
    assert "waitlist (number 1)" in page
    assert "1 / 1 places" in page and "1 on the waitlist" in page


def test_registering_twice_is_refused_with_a_message(client, event, member):
    register(client, member, event)
    response = register(client, member, event)
    assert response.status_code == 409
    assert "already registered" in response.content.decode()
    assert Registration.objects.filter(user=member).count() == 1
    event.refresh_from_db()
    assert event.taken == 1


def test_a_full_event_without_waitlist_refuses(client, organiser):
    event = make_event(organiser, capacity=1, waitlist=False)
    first, second = attendees(2)
    register(client, first, event)
    response = register(client, second, event)
    assert response.status_code == 409
    assert "full and has no waitlist" in response.content.decode()
    assert not Registration.objects.filter(user=second).exists()


def test_registration_before_it_opens_and_after_it_closes(client, organiser, member):
    now = timezone.now()
    early = make_event(
        organiser,
        "Early",
        registration_opens=now + timedelta(days=2),
        start=now + timedelta(days=5),
    )
    response = register(client, member, early)
    assert response.status_code == 409
    assert "Registration opens on" in response.content.decode()
    late = make_event(
        organiser,
        "Late",
        registration_opens=now - timedelta(days=5),
        registration_closes=now - timedelta(days=1),
    )
    response = register(client, member, late)
    assert response.status_code == 409
    assert "Registration closed on" in response.content.decode()
    past = make_event(organiser, "Over", start=now - timedelta(days=3))
    response = register(client, member, past)
    assert response.status_code == 409
    assert "over" in response.content.decode()
    assert not Registration.objects.filter(user=member).exists()


def test_an_unverified_member_is_asked_to_confirm(client, event):
    user = make_user("new@example.org", verified=False)
    response = register(client, user, event)
    assert response.status_code == 403
    assert "Confirm your email address" in response.content.decode()


def test_cancelling_promotes_the_waitlist_in_order_and_tells_them(client, organiser):
    event = make_event(organiser, capacity=2)
    people = attendees(5)
    for person in people:
        register(client, person, event)
    assert [
        r.user
        for r in Registration.objects.filter(status="waitlisted").order_by("waitlisted_at", "pk")
    ] == people[2:]
    client.force_login(people[0])
    response = client.post(f"/events/{event.slug}/cancel/")
    assert response.status_code == 302
    statuses = dict(Registration.objects.values_list("user__email", "status"))
    assert statuses[people[0].email] == "cancelled"
    assert statuses[people[2].email] == "confirmed"
    assert statuses[people[3].email] == "waitlisted"
    assert Notification.objects.filter(
        recipient=people[2], kind="event_waitlist_promotion"
    ).exists()
    assert not Notification.objects.filter(
        recipient=people[3], kind="event_waitlist_promotion"
    ).exists()
    client.force_login(people[1])
    client.post(f"/events/{event.slug}/cancel/")
    assert Registration.objects.get(user=people[3]).status == "confirmed"
    assert Registration.objects.get(user=people[4]).status == "waitlisted"
    event.refresh_from_db()
    assert event.taken == 2


def test_leaving_the_waitlist_gives_no_place_away(client, organiser):
    event = make_event(organiser, capacity=1)
    a, b, c = attendees(3)
    for person in (a, b, c):
        register(client, person, event)
    client.force_login(b)
    client.post(f"/events/{event.slug}/cancel/")
    assert Registration.objects.get(user=b).status == "cancelled"
    assert Registration.objects.get(user=c).status == "waitlisted"
    event.refresh_from_db()
    assert event.taken == 1


def test_cancelling_without_a_registration_is_refused(client, event, member):
    client.force_login(member)
    response = client.post(f"/events/{event.slug}/cancel/")
    assert response.status_code == 400
    assert "not registered" in response.content.decode()


def test_registering_again_after_cancelling(client, event, member):
    register(client, member, event)
    client.post(f"/events/{event.slug}/cancel/")
    response = register(client, member, event)
    assert response.status_code == 302
    assert Registration.objects.get(user=member).status == "confirmed"
    event.refresh_from_db()
    assert event.taken == 1


def test_a_larger_capacity_promotes_the_waitlist(organiser):
    event = make_event(organiser, capacity=1)
    a, b = attendees(2)
    services.register_for_event(a, event)
    services.register_for_event(b, event)
    services.update_event(organiser, event, {"capacity": 2})
    assert Registration.objects.get(user=b).status == "confirmed"


def test_capacity_can_not_go_below_the_places_taken(client, organiser):
    event = make_event(organiser, capacity=2)
    a, b = attendees(2)
    services.register_for_event(a, event)
    services.register_for_event(b, event)
    with pytest.raises(services.registration.DomainError, match="2 places are already taken"):
        services.update_event(organiser, event, {"capacity": 1})


def test_questions_are_asked_and_required_answers_enforced(client, event, organiser, member):
    client.force_login(organiser)
    client.post(
        f"/events/{event.slug}/manage/questions/",
        {
            "label": "Your sector?",
            "kind": "single",
            "choices_text": "Design\nMusic",
            "required": "on",
        },
    )
    client.post(
        f"/events/{event.slug}/manage/questions/",
        {"label": "Dietary needs", "kind": "text", "choices_text": ""},
    )
    questions = list(event.questions.all())
    assert [q.label for q in questions] == ["Your sector?", "Dietary needs"]
    client.force_login(member)
    page = client.get(f"/events/{event.slug}/register/")
    assert "Your sector?" in page.content.decode()
    response = client.post(f"/events/{event.slug}/register/", {f"q{questions[1].pk}": "Vegan"})
    assert response.status_code == 422
    assert "Vegan" in response.content.decode()  # nothing typed is lost
    assert not Registration.objects.filter(user=member).exists()
    response = client.post(
        f"/events/{event.slug}/register/",
        {f"q{questions[0].pk}": "Music", f"q{questions[1].pk}": "Vegan"},
    )
    assert response.status_code == 302
    answers = Registration.objects.get(user=member).answers
    assert answers == {str(questions[0].pk): "Music", str(questions[1].pk): "Vegan"}


def test_organisers_approve_or_decline_when_required(client, organiser):
    event = make_event(organiser, capacity=1, requires_approval=True)
    a, b, c = attendees(3)
    for person in (a, b, c):
        register(client, person, event)
    assert set(Registration.objects.values_list("status", flat=True)) == {"pending"}
    assert (
        Notification.objects.filter(recipient=organiser, kind="event_registration_pending").count()
        == 3
    )
    event.refresh_from_db()
    assert event.taken == 0
    client.force_login(organiser)
    url = f"/events/{event.slug}/manage/registrations/%d/decide/"
    ra, rb, rc = (Registration.objects.get(user=u) for u in (a, b, c))
    client.post(url % ra.pk, {"decision": "approve"})
    client.post(url % rb.pk, {"decision": "approve"})
    client.post(url % rc.pk, {"decision": "decline"})
    assert Registration.objects.get(pk=ra.pk).status == "confirmed"
    assert Registration.objects.get(pk=rb.pk).status == "waitlisted"
    assert Registration.objects.get(pk=rc.pk).status == "declined"
    response = client.post(url % rc.pk, {"decision": "approve"})
    assert response.status_code == 400
    assert "already answered" in response.content.decode()
    response = register(client, c, event)  # declined is final
    assert response.status_code == 403
    assert "declined your registration" in response.content.decode()
    client.force_login(organiser)
    client.force_login(a)
    response = client.post(url % rb.pk, {"decision": "approve"})
    assert response.status_code == 403


def test_capacity_is_never_exceeded_by_the_database_either(organiser):
    event = make_event(organiser, capacity=1)
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Event.objects.filter(pk=event.pk).update(taken=2)
