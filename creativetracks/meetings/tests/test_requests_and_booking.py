"""Requesting, answering, booking and cancelling meetings through the site."""

from django.urls import reverse

from conftest import make_user
from creativetracks.meetings.models import Meeting, MeetingRequest, Seat
from creativetracks.notifications.models import Notification
from creativetracks.social.models import Block

from .factories import accepted_request


def url(name, matchmaking, *args):
    return reverse(name, args=[matchmaking.event.slug, *args])


def test_a_participant_requests_and_the_other_accepts_then_books(client, matchmaking, ana, ben):
    entry = ben.marketplace_entries.get()
    client.force_login(ana)
    response = client.post(
        url("meetings_request_create", matchmaking, entry.pk),
        {"message": "Co-producing an album?", "priority": "2"},
    )
    request = MeetingRequest.objects.get(requester=ana, recipient=ben)
    assert response.status_code == 302
    assert request.status == "pending" and request.priority == 2
    assert Notification.objects.filter(recipient=ben, kind="meeting_request").exists()

    client.force_login(ben)
    response = client.post(
        url("meeting_request_answer", matchmaking, request.pk),
        {"decision": "accept", "priority": "1"},
    )
    request.refresh_from_db()
    assert request.status == "accepted" and request.weight == 3

    page = client.get(url("meeting_request_detail", matchmaking, request.pk))
    first_slot = matchmaking.slots.order_by("start").first()
    assert page.status_code == 200
    assert 'name="slot"' in page.content.decode()
    response = client.post(
        url("meeting_request_book", matchmaking, request.pk), {"slot": first_slot.pk}
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get(request=request)
    assert meeting.slot == first_slot
    assert set(Seat.objects.filter(meeting=meeting).values_list("user_id", flat=True)) == {
        ana.pk,
        ben.pk,
    }
    agenda = client.get(url("meetings_agenda", matchmaking))
    assert "Ana Lisboa" in agenda.content.decode()


def test_decline_with_a_reason_is_shown_to_the_requester(client, matchmaking, ana, ben):
    client.force_login(ana)
    client.post(
        url("meetings_request_create", matchmaking, ben.marketplace_entries.get().pk),
        {"priority": "1"},
    )
    request = MeetingRequest.objects.get()
    client.force_login(ben)
    client.post(
        url("meeting_request_answer", matchmaking, request.pk),
        {"decision": "decline", "reason": "Fully booked"},
    )
    request.refresh_from_db()
    assert request.status == "declined" and request.reason == "Fully booked"
    client.force_login(ana)
    assert (
        "Fully booked"
        in client.get(url("meeting_request_detail", matchmaking, request.pk)).content.decode()
    )


def test_a_second_request_between_the_same_people_is_refused(client, matchmaking, ana, ben):
    client.force_login(ana)
    target = url("meetings_request_create", matchmaking, ben.marketplace_entries.get().pk)
    client.post(target, {"priority": "1"})
    response = client.post(target, {"priority": "1", "message": "again"})
    assert response.status_code == 400
    assert "already asked" in response.content.decode()
    client.force_login(ben)
    back = client.post(
        url("meetings_request_create", matchmaking, ana.marketplace_entries.get().pk),
        {"priority": "1"},
    )
    assert back.status_code == 400 and "answer their request" in back.content.decode()
    assert MeetingRequest.objects.count() == 1


def test_bad_input_keeps_the_message_and_answers_422(client, matchmaking, ana, ben):
    client.force_login(ana)
    response = client.post(
        url("meetings_request_create", matchmaking, ben.marketplace_entries.get().pk),
        {"priority": "7", "message": "My carefully written note"},
    )
    assert response.status_code == 422
    assert "My carefully written note" in response.content.decode()
    assert not MeetingRequest.objects.exists()


def test_blocked_members_cannot_request(client, matchmaking, ana, ben):
    Block.objects.create(blocker=ben, blocked=ana)
    client.force_login(ana)
    response = client.post(
        url("meetings_request_create", matchmaking, ben.marketplace_entries.get().pk),
        {"priority": "1"},
    )
    assert response.status_code == 404  # ben's entry is hidden from ana altogether
    assert not MeetingRequest.objects.exists()


def test_requests_close_at_the_deadline(client, matchmaking, ana, ben):
    from django.utils import timezone

    matchmaking.requests_close = timezone.now()
    matchmaking.save()
    client.force_login(ana)
    response = client.post(
        url("meetings_request_create", matchmaking, ben.marketplace_entries.get().pk),
        {"priority": "1"},
    )
    assert response.status_code == 400 and "closed" in response.content.decode()


def test_booking_a_taken_slot_is_refused_and_nothing_is_lost(client, matchmaking, ana, ben, chen):
    first = accepted_request(matchmaking, ana, ben)
    second = accepted_request(matchmaking, chen, ana)
    slot = matchmaking.slots.order_by("start").first()
    client.force_login(ana)
    client.post(url("meeting_request_book", matchmaking, first.pk), {"slot": slot.pk})
    response = client.post(url("meeting_request_book", matchmaking, second.pk), {"slot": slot.pk})
    assert response.status_code == 422
    assert "no longer free" in response.content.decode()
    assert Meeting.objects.count() == 1


def test_cancelling_after_scheduling_frees_the_slot(client, matchmaking, ana, ben, chen):
    first = accepted_request(matchmaking, ana, ben)
    slot = matchmaking.slots.order_by("start").first()
    client.force_login(ben)
    client.post(url("meeting_request_book", matchmaking, first.pk), {"slot": slot.pk})
    assert Seat.objects.filter(slot=slot, user=ana).exists()
    client.post(
        url("meeting_request_cancel", matchmaking, first.pk), {"reason": "Flight cancelled"}
    )
    first.refresh_from_db()
    assert first.status == "cancelled" and first.cancelled_by == ben
    assert not Seat.objects.filter(slot=slot).exists()
    second = accepted_request(matchmaking, chen, ana)
    client.force_login(chen)
    response = client.post(url("meeting_request_book", matchmaking, second.pk), {"slot": slot.pk})
    assert response.status_code == 302
    assert Meeting.objects.get().request == second


def test_unbooking_keeps_the_request_accepted(client, matchmaking, ana, ben):
    request = accepted_request(matchmaking, ana, ben)
    slot = matchmaking.slots.order_by("start").first()
    client.force_login(ana)
    client.post(url("meeting_request_book", matchmaking, request.pk), {"slot": slot.pk})
    meeting = Meeting.objects.get()
    client.post(url("meeting_unbook", matchmaking, meeting.pk))
    request.refresh_from_db()
    assert request.status == "accepted" and not Meeting.objects.exists()


def test_only_the_two_people_may_answer_book_or_cancel(client, matchmaking, ana, ben, chen):
    request = accepted_request(matchmaking, ana, ben)
    slot = matchmaking.slots.order_by("start").first()
    client.force_login(chen)
    assert client.get(url("meeting_request_detail", matchmaking, request.pk)).status_code == 404
    assert (
        client.post(
            url("meeting_request_book", matchmaking, request.pk), {"slot": slot.pk}
        ).status_code
        == 404
    )
    assert client.post(url("meeting_request_cancel", matchmaking, request.pk)).status_code == 404
    request.refresh_from_db()
    assert request.status == "accepted" and not Meeting.objects.exists()


def test_unavailable_slots_cannot_be_booked(client, matchmaking, ana, ben):
    request = accepted_request(matchmaking, ana, ben)
    slot = matchmaking.slots.order_by("start").first()
    client.force_login(ben)
    client.post(url("meetings_availability", matchmaking), {"unavailable": [slot.pk]})
    assert ben.marketplace_entries.get().unavailable.filter(slot=slot).exists()
    client.force_login(ana)
    response = client.post(url("meeting_request_book", matchmaking, request.pk), {"slot": slot.pk})
    assert response.status_code == 422
    assert not Meeting.objects.exists()


def test_the_per_person_maximum_holds(client, matchmaking, ana, ben, chen):
    matchmaking.max_meetings = 1
    matchmaking.save()
    first = accepted_request(matchmaking, ana, ben)
    second = accepted_request(matchmaking, ana, chen)
    slots = list(matchmaking.slots.order_by("start"))
    client.force_login(ana)
    client.post(url("meeting_request_book", matchmaking, first.pk), {"slot": slots[0].pk})
    response = client.post(
        url("meeting_request_book", matchmaking, second.pk), {"slot": slots[1].pk}
    )
    assert response.status_code in (409, 422)
    assert Meeting.objects.count() == 1


def test_leaving_the_marketplace_cancels_my_requests(client, matchmaking, ana, ben):
    request = accepted_request(matchmaking, ana, ben)
    client.force_login(ben)
    client.post(url("meetings_leave", matchmaking))
    request.refresh_from_db()
    assert request.status == "cancelled"
    assert not ben.marketplace_entries.exists()


def test_a_member_not_registered_cannot_join(client, matchmaking):
    outsider = make_user("outsider@example.org")
    client.force_login(outsider)
    assert client.get(url("meetings_marketplace", matchmaking)).status_code == 403
    assert client.get(url("meetings_entry", matchmaking)).status_code == 403
