"""The organisers' tools through the API: the programme, questions, participants,
approvals, check-in, messages and statistics, through the organiser pages' forms and
services, with their permissions (404 for an event one may not see, 403 for someone
else's)."""

import json

import pytest

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.events import services
from creativetracks.events.models import Question, Registration, Session, Speaker
from creativetracks.notifications.models import Notification

from .conftest import attendees, make_event

pytestmark = pytest.mark.django_db


def send(client, method, path, data=None, headers=None):
    body = json.dumps(data) if data is not None else ""
    return getattr(client, method)(
        f"/api/v1/events/{path}", body, content_type="application/json", **(headers or {})
    )


def session_data(**extra):
    return {"title": "Opening", "start": "2031-05-02T10:00", "end": "2031-05-02T11:00", **extra}


# The programme ---------------------------------------------------------------------------


def test_organisers_build_the_programme(client, organiser, member):
    event = make_event(organiser)
    headers = bearer(organiser)
    speaker = send(client, "post", f"{event.slug}/speakers", {"name": "Ana Lopes"}, headers)
    assert speaker.status_code == 201, speaker.content
    speaker_id = speaker.json()["id"]
    by_handle = send(
        client, "post", f"{event.slug}/speakers", {"member": member.profile.handle}, headers
    )
    assert by_handle.status_code == 201
    assert by_handle.json()["member"]["handle"] == member.profile.handle
    assert by_handle.json()["name"] == member.profile.display_name

    added = send(
        client,
        "post",
        f"{event.slug}/sessions",
        session_data(room="A", speakers=[speaker_id]),
        headers,
    )
    assert added.status_code == 201, added.content
    body = added.json()
    assert body["speakers"] == [speaker_id] and body["room"] == "A"
    session = Session.objects.get(pk=body["id"])
    assert session.start.isoformat() == "2031-05-02T09:00:00+00:00"  # 10:00 in Lisbon

    # everyone who sees the event sees the programme
    listed = send(client, "get", f"{event.slug}/sessions")
    assert [s["title"] for s in listed.json()["items"]] == ["Opening"]
    speakers = send(client, "get", f"{event.slug}/speakers").json()["items"]
    assert [s["name"] for s in speakers] == ["Ana Lopes", member.profile.display_name]

    changed = send(
        client, "patch", f"{event.slug}/sessions/{session.pk}", {"title": "Welcome"}, headers
    )
    assert changed.status_code == 200, changed.content
    session.refresh_from_db()
    assert session.title == "Welcome" and session.room == "A"
    assert session.start.isoformat() == "2031-05-02T09:00:00+00:00"  # kept as it was
    assert list(session.speakers.values_list("pk", flat=True)) == [speaker_id]

    gone = send(client, "delete", f"{event.slug}/speakers/{speaker_id}", headers=headers)
    assert gone.status_code == 204
    assert not Speaker.objects.filter(pk=speaker_id).exists()
    removed = send(client, "delete", f"{event.slug}/sessions/{session.pk}", headers=headers)
    assert removed.status_code == 204
    assert not Session.objects.filter(pk=session.pk).exists()


def test_the_programme_forms_checks(client, organiser):
    event = make_event(organiser)
    other = make_event(organiser, title="Another day")
    stranger = Speaker.objects.create(event=other, name="Elsewhere")
    headers = bearer(organiser)
    backwards = send(
        client, "post", f"{event.slug}/sessions", session_data(end="2031-05-02T09:00"), headers
    )
    assert backwards.status_code == 422 and "end" in error_of(backwards)["fields"]
    garbled = send(client, "post", f"{event.slug}/sessions", session_data(start="soon"), headers)
    assert garbled.status_code == 422 and "start" in error_of(garbled)["fields"]
    foreign = send(
        client, "post", f"{event.slug}/sessions", session_data(speakers=[stranger.pk]), headers
    )
    assert foreign.status_code == 422 and "speakers" in error_of(foreign)["fields"]
    nameless = send(client, "post", f"{event.slug}/speakers", {}, headers)
    assert nameless.status_code == 422 and "name" in error_of(nameless)["fields"]
    nobody = send(client, "post", f"{event.slug}/speakers", {"member": "no-one-here"}, headers)
    assert nobody.status_code == 422 and "member" in error_of(nobody)["fields"]
    assert not Session.objects.filter(event=event).exists()
    assert not Speaker.objects.filter(event=event).exists()

    session = services.add_session(
        organiser,
        event,
        {"title": "T", "start": event.start, "end": event.start, "speakers": []},
    )
    late = send(
        client,
        "patch",
        f"{event.slug}/sessions/{session.pk}",
        {"end": "2000-01-01T10:00"},
        headers,
    )
    assert late.status_code == 422
    # another event's session is not found through this one
    other_session = services.add_session(
        organiser, other, {"title": "O", "start": other.start, "end": other.end, "speakers": []}
    )
    assert (
        send(client, "delete", f"{event.slug}/sessions/{other_session.pk}", headers=headers)
    ).status_code == 404
    assert Session.objects.filter(pk=other_session.pk).exists()


def test_who_may_change_the_programme(client, organiser, member, staff_user):
    event = make_event(organiser)
    session = services.add_session(
        organiser, event, {"title": "T", "start": event.start, "end": event.end, "speakers": []}
    )
    paths = [
        ("post", f"{event.slug}/sessions", session_data()),
        ("patch", f"{event.slug}/sessions/{session.pk}", {"title": "X"}),
        ("post", f"{event.slug}/speakers", {"name": "X"}),
        ("post", f"{event.slug}/questions", {"label": "X"}),
        ("delete", f"{event.slug}/sessions/{session.pk}", None),
    ]
    for method, path, data in paths:
        assert send(client, method, path, data).status_code == 401, path
        assert send(client, method, path, data, bearer(member, scope="read")).status_code == 403
        refused = send(client, method, path, data, bearer(member))
        assert refused.status_code == 403, path
        assert error_of(refused)["code"] == "forbidden"
    session.refresh_from_db()
    assert session.title == "T"
    hidden = make_event(organiser, title="Quiet day", visibility="members")
    assert send(client, "get", f"{hidden.slug}/sessions").status_code == 404
    assert send(client, "post", f"{hidden.slug}/sessions", session_data()).status_code == 401
    # platform staff organise every event, as on the site
    staffed = send(client, "post", f"{hidden.slug}/sessions", session_data(), bearer(staff_user))
    assert staffed.status_code == 201


def test_programme_lists_cost_constant_queries(client, organiser, django_assert_max_num_queries):
    event = make_event(organiser)
    for n in (1, 12):
        for i in range(n):
            speaker = services.add_speaker(organiser, event, {"name": f"S {n}-{i}"})
            services.add_session(
                organiser,
                event,
                {"title": f"T{i}", "start": event.start, "end": event.end, "speakers": [speaker]},
            )
        for what in ("sessions", "speakers", "questions"):
            with django_assert_max_num_queries(8):
                assert send(client, "get", f"{event.slug}/{what}?limit=100").status_code == 200


# Questions -------------------------------------------------------------------------------


def test_organisers_ask_questions_and_members_answer_them(client, organiser, member):
    event = make_event(organiser)
    headers = bearer(organiser)
    asked = send(
        client,
        "post",
        f"{event.slug}/questions",
        {
            "label": "Your sector?",
            "kind": "single",
            "choices": ["Design", "Music"],
            "required": True,
        },
        headers,
    )
    assert asked.status_code == 201, asked.content
    question = asked.json()
    assert question["choices"] == ["Design", "Music"] and question["required"]
    listed = send(client, "get", f"{event.slug}/questions").json()["items"]
    assert [q["label"] for q in listed] == ["Your sector?"]

    unanswered = send(client, "post", f"{event.slug}/registration", {}, bearer(member))
    assert unanswered.status_code == 409  # the service refuses a missing required answer
    answered = send(
        client,
        "post",
        f"{event.slug}/registration",
        {"answers": {str(question["id"]): "Music"}},
        bearer(member),
    )
    assert answered.status_code == 201

    one_choice = send(
        client,
        "post",
        f"{event.slug}/questions",
        {"label": "Which?", "kind": "multiple", "choices": ["A"]},
        headers,
    )
    assert one_choice.status_code == 422 and "choices_text" in error_of(one_choice)["fields"]
    wrong_kind = send(
        client, "post", f"{event.slug}/questions", {"label": "?", "kind": "x"}, headers
    )
    assert wrong_kind.status_code == 422 and "kind" in error_of(wrong_kind)["fields"]

    gone = send(client, "delete", f"{event.slug}/questions/{question['id']}", headers=headers)
    assert gone.status_code == 204
    assert not Question.objects.filter(event=event).exists()
    again = send(client, "delete", f"{event.slug}/questions/{question['id']}", headers=headers)
    assert again.status_code == 404


# Participants, approvals and check-in ----------------------------------------------------


def test_participants_are_for_organisers_only(client, organiser, member, other_member):
    event = make_event(organiser)
    services.register_for_event(member, event)
    path = f"{event.slug}/participants"
    assert send(client, "get", path).status_code == 401
    assert send(client, "get", path, headers=bearer(other_member)).status_code == 403
    assert send(client, "get", path, headers=bearer(member)).status_code == 403
    listed = send(client, "get", path, headers=bearer(organiser, scope="read"))
    assert listed.status_code == 200
    [row] = listed.json()["items"]
    assert row["email"] == member.email and row["status"] == "confirmed"
    assert row["person"]["display_name"] == member.profile.display_name
    assert "ticket_code" not in row
    filtered = send(client, "get", f"{path}?status=waitlisted", headers=bearer(organiser))
    assert filtered.json()["items"] == []


def test_hidden_profiles_stay_hidden_in_the_participant_list(client, organiser, member):
    event = make_event(organiser)
    member.profile.visibility = "hidden"
    member.profile.save()
    services.register_for_event(member, event)
    [row] = send(client, "get", f"{event.slug}/participants", headers=bearer(organiser)).json()[
        "items"
    ]
    # the name and email as on the participants page; the profile only for those who may see it
    assert row["person"]["handle"] is None and row["email"] == member.email


def test_participants_list_pages_in_constant_queries(
    client, organiser, django_assert_max_num_queries
):
    event = make_event(organiser, capacity=None)
    seen = set()
    headers = bearer(organiser)
    for n in (2, 25):
        for person in attendees(n, prefix=f"p{n}-"):
            services.register_for_event(person, event)
        with django_assert_max_num_queries(12):
            response = send(client, "get", f"{event.slug}/participants?limit=10", headers=headers)
        assert response.status_code == 200
    cursor, pages = None, 0
    while True:
        page = send(
            client,
            "get",
            f"{event.slug}/participants?limit=10" + (f"&cursor={cursor}" if cursor else ""),
            headers=headers,
        ).json()
        seen.update(r["id"] for r in page["items"])
        pages += 1
        cursor = page["next_cursor"]
        if not cursor:
            break
    assert len(seen) == 27 and pages == 3


def test_organisers_approve_and_decline(client, organiser, member, other_member):
    event = make_event(organiser, requires_approval=True)
    pending = services.register_for_event(member, event)
    declined = services.register_for_event(other_member, event)
    headers = bearer(organiser)
    path = f"{event.slug}/participants"
    approved = send(
        client, "post", f"{path}/{pending.pk}/decision", {"decision": "approve"}, headers
    )
    assert approved.status_code == 200 and approved.json()["status"] == "confirmed"
    assert Notification.objects.filter(recipient=member, kind="event_registration").exists()
    again = send(client, "post", f"{path}/{pending.pk}/decision", {"decision": "decline"}, headers)
    assert again.status_code == 409
    unclear = send(client, "post", f"{path}/{declined.pk}/decision", {"decision": "maybe"}, headers)
    assert unclear.status_code == 422 and "decision" in error_of(unclear)["fields"]
    no = send(client, "post", f"{path}/{declined.pk}/decision", {"decision": "decline"}, headers)
    assert no.status_code == 200 and no.json()["status"] == "declined"
    self_approval = send(
        client, "post", f"{path}/{declined.pk}/decision", {"decision": "approve"}, bearer(member)
    )
    assert self_approval.status_code == 403
    assert (
        send(
            client, "post", f"{path}/999999/decision", {"decision": "approve"}, headers
        ).status_code
        == 404
    )


def test_check_in_by_code_and_by_registration(client, organiser, member, other_member):
    event = make_event(organiser)
    first = services.register_for_event(member, event)
    second = services.register_for_event(other_member, event)
    headers = bearer(organiser)
    code = first.ticket_code.lower()  # typed loosely, as at the door
    checked = send(client, "post", f"{event.slug}/check-in", {"code": f" {code} "}, headers)
    assert checked.status_code == 200, checked.content
    assert checked.json()["participant"]["status"] == "attended"
    assert checked.json()["already_checked_in"] is False
    twice = send(client, "post", f"{event.slug}/check-in", {"code": first.ticket_code}, headers)
    assert twice.status_code == 200 and twice.json()["already_checked_in"] is True

    by_id = send(client, "post", f"{event.slug}/participants/{second.pk}/check-in", None, headers)
    assert by_id.status_code == 200 and by_id.json()["participant"]["id"] == second.pk
    second.refresh_from_db()
    assert second.status == "attended" and second.checked_in_by == organiser

    unknown = send(client, "post", f"{event.slug}/check-in", {"code": "NOPE"}, headers)
    assert unknown.status_code == 404 and "Unknown ticket" in error_of(unknown)["message"]
    empty = send(client, "post", f"{event.slug}/check-in", {"code": ""}, headers)
    assert empty.status_code == 422
    elsewhere = make_event(organiser, title="Another day")
    wrong = send(client, "post", f"{elsewhere.slug}/check-in", {"code": first.ticket_code}, headers)
    assert wrong.status_code == 409
    cancelled = services.register_for_event(make_user("c@example.org"), event)
    services.cancel_registration(cancelled.user, cancelled)
    no_place = send(
        client, "post", f"{event.slug}/participants/{cancelled.pk}/check-in", None, headers
    )
    assert no_place.status_code == 409
    # members can't check themselves in
    refused = send(client, "post", f"{event.slug}/check-in", {"code": "X"}, bearer(member))
    assert refused.status_code == 403


def test_organisers_write_to_participants_and_read_the_stats(client, organiser, member):
    event = make_event(organiser)
    services.register_for_event(member, event)
    headers = bearer(organiser)
    sent = send(
        client,
        "post",
        f"{event.slug}/announcements",
        {"subject": "Doors at 9", "body": "See you *soon*."},
        headers,
    )
    assert sent.status_code == 201, sent.content
    assert sent.json()["recipients"] == 1
    assert event.messages.get().subject == "Doors at 9"
    blank = send(
        client, "post", f"{event.slug}/announcements", {"subject": "", "body": ""}, headers
    )
    assert blank.status_code == 422 and {"subject", "body"} <= set(error_of(blank)["fields"])
    assert (
        send(
            client,
            "post",
            f"{event.slug}/announcements",
            {"subject": "S", "body": "B"},
            bearer(member),
        ).status_code
        == 403
    )

    stats = send(client, "get", f"{event.slug}/stats", headers=headers)
    assert stats.status_code == 200
    assert stats.json()["counts"]["confirmed"] == 1
    assert send(client, "get", f"{event.slug}/stats", headers=bearer(member)).status_code == 403
    assert send(client, "get", f"{event.slug}/stats").status_code == 401
    assert Registration.objects.filter(event=event).count() == 1


def test_members_get_403_on_every_organiser_write(client, member):
    from .api_authorization import writes

    headers = bearer(member)
    for method, path, data in writes(member):
        response = client.generic(
            method.upper(),
            path,
            json.dumps(data) if data is not None else "",
            content_type="application/json",
            **headers,
        )
        assert response.status_code == 403, (method, path, response.content)
