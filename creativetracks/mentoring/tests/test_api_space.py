"""Applying to mentoring programmes and the mentorship space through the API: the
application and space pages' forms and services, and who may reach a space."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.mentoring import services
from creativetracks.mentoring.models import Feedback, Mentee, Mentor, Session
from creativetracks.notifications.models import Notification

pytestmark = pytest.mark.django_db


def send(client, method, path, data=None, headers=None):
    body = json.dumps(data) if data is not None else ""
    return client.generic(
        method.upper(),
        f"/api/v1/mentoring/{path}",
        body,
        content_type="application/json",
        **(headers or {}),
    )


MENTOR = {"expertise": ["funding", "export"], "languages": ["en"], "capacity": 2}
MENTEE = {"goals": "Find a distributor", "languages": ["en"], "meeting_mode": "online"}


def test_members_apply_rank_and_withdraw(client, programme, organiser, member, other_member):
    mentor = send(
        client, "post", f"programmes/{programme.slug}/apply/mentor", MENTOR, bearer(member)
    )
    assert mentor.status_code == 201, mentor.content
    assert Mentor.objects.get(user=member).expertise == ["funding", "export"]
    assert Notification.objects.filter(recipient=organiser, kind="mentoring_application").exists()
    mentors = send(
        client, "get", f"programmes/{programme.slug}/mentors", headers=bearer(other_member)
    )
    [offered] = mentors.json()
    mentee = send(
        client,
        "post",
        f"programmes/{programme.slug}/apply/mentee",
        {**MENTEE, "mentors": [offered["id"]]},
        bearer(other_member),
    )
    assert mentee.status_code == 201, mentee.content
    assert Mentee.objects.get(user=other_member).ranking == [offered["id"]]
    again = send(
        client, "post", f"programmes/{programme.slug}/apply/mentee", MENTEE, bearer(other_member)
    )
    assert again.status_code == 409
    both = send(client, "post", f"programmes/{programme.slug}/apply/mentee", MENTEE, bearer(member))
    assert both.status_code == 409

    withdrawn = send(
        client, "post", f"programmes/{programme.slug}/withdraw", None, bearer(other_member)
    )
    assert withdrawn.status_code == 204
    assert Mentee.objects.get(user=other_member).withdrawn
    nothing = send(
        client, "post", f"programmes/{programme.slug}/withdraw", None, bearer(other_member)
    )
    assert nothing.status_code == 409


def test_the_application_forms_checks(client, programme, member):
    path = f"programmes/{programme.slug}/apply"
    no_expertise = send(
        client, "post", f"{path}/mentor", {**MENTOR, "expertise": []}, bearer(member)
    )
    assert no_expertise.status_code == 422 and "expertise_text" in error_of(no_expertise)["fields"]
    too_many = send(client, "post", f"{path}/mentor", {**MENTOR, "capacity": 50}, bearer(member))
    assert too_many.status_code == 422 and "capacity" in error_of(too_many)["fields"]
    no_goals = send(client, "post", f"{path}/mentee", {**MENTEE, "goals": ""}, bearer(member))
    assert no_goals.status_code == 422 and "goals" in error_of(no_goals)["fields"]
    unknown_mentor = send(
        client, "post", f"{path}/mentee", {**MENTEE, "mentors": [999]}, bearer(member)
    )
    assert unknown_mentor.status_code == 422
    bad_mode = send(
        client, "post", f"{path}/mentee", {**MENTEE, "meeting_mode": "x"}, bearer(member)
    )
    assert bad_mode.status_code == 422
    assert not Mentor.objects.exists() and not Mentee.objects.exists()


def test_who_may_apply(client, programme, member):
    path = f"programmes/{programme.slug}/apply/mentee"
    assert send(client, "post", path, MENTEE).status_code == 401
    assert send(client, "post", path, MENTEE, bearer(member, scope="read")).status_code == 403
    unverified = make_user("unverified@example.org", verified=False)
    assert send(client, "post", path, MENTEE, bearer(unverified)).status_code == 403
    assert (
        send(client, "post", "programmes/nowhere/apply/mentee", MENTEE, bearer(member)).status_code
        == 404
    )
    assert not Mentee.objects.exists()


# The space -------------------------------------------------------------------------------


def test_the_pair_works_in_its_space(client, published_pair):
    maria, teo = published_pair.mentor.user, published_pair.mentee.user
    base = f"pairs/{published_pair.pk}"
    space = send(client, "get", base, headers=bearer(teo, scope="read"))
    assert space.status_code == 200
    assert (
        space.json()["role"] == "mentee"
        and space.json()["mentor"]["display_name"] == "Maria Mentor"
    )

    goals = send(client, "put", f"{base}/goals", {"goals": "A *distributor*"}, bearer(maria))
    assert goals.status_code == 200 and goals.json()["goals"] == "A *distributor*"

    session = send(
        client,
        "post",
        f"{base}/sessions",
        {"starts": "2031-03-01T18:00", "minutes": 45},
        bearer(maria),
    )
    assert session.status_code == 201, session.content
    assert Notification.objects.filter(recipient=teo, kind="mentoring_session").exists()
    listed = send(client, "get", f"{base}/sessions", headers=bearer(teo)).json()["items"]
    assert [s["minutes"] for s in listed] == [45]
    cancelled = send(client, "post", f"sessions/{listed[0]['id']}/cancel", None, bearer(teo))
    assert cancelled.status_code == 200 and cancelled.json()["cancelled"]
    twice = send(client, "post", f"sessions/{listed[0]['id']}/cancel", None, bearer(teo))
    assert twice.status_code == 409

    fed = send(client, "post", f"{base}/feedback", {"goals_met": "yes", "rating": 5}, bearer(teo))
    assert fed.status_code == 201 and fed.json()["my_feedback_given"]
    again = send(client, "post", f"{base}/feedback", {"goals_met": "yes", "rating": 5}, bearer(teo))
    assert again.status_code == 409
    send(client, "post", f"{base}/feedback", {"goals_met": "partly", "rating": 4}, bearer(maria))
    assert send(client, "get", base, headers=bearer(maria)).json()["status"] == "completed"
    assert Feedback.objects.filter(pair=published_pair).count() == 2


def test_the_space_forms_checks(client, published_pair):
    maria = published_pair.mentor.user
    base = f"pairs/{published_pair.pk}"
    past = send(client, "post", f"{base}/sessions", {"starts": "2001-01-01T10:00"}, bearer(maria))
    assert past.status_code == 422 and "starts" in error_of(past)["fields"]
    long = send(
        client,
        "post",
        f"{base}/sessions",
        {"starts": "2031-01-01T10:00", "minutes": 900},
        bearer(maria),
    )
    assert long.status_code == 422 and "minutes" in error_of(long)["fields"]
    blank = send(client, "put", f"{base}/goals", {"goals": ""}, bearer(maria))
    assert blank.status_code == 422
    rating = send(
        client, "post", f"{base}/feedback", {"goals_met": "yes", "rating": 9}, bearer(maria)
    )
    assert rating.status_code == 422 and "rating" in error_of(rating)["fields"]
    assert not Session.objects.exists() and not Feedback.objects.exists()


def test_nobody_else_enters_the_space(client, published_pair, organiser, member, staff_user):
    base = f"pairs/{published_pair.pk}"
    session = services.schedule_session(
        published_pair.mentor.user,
        published_pair,
        {"starts": timezone.now() + timedelta(days=3), "minutes": 60},
    )
    assert send(client, "get", base).status_code == 401
    assert send(client, "put", f"{base}/goals", {"goals": "Mine"}).status_code == 401
    assert send(client, "get", base, headers=bearer(member)).status_code == 404
    assert send(client, "get", f"{base}/sessions", headers=bearer(member)).status_code == 404
    assert (
        send(client, "put", f"{base}/goals", {"goals": "Mine"}, bearer(member)).status_code == 404
    )
    cancel = f"sessions/{session.pk}/cancel"
    assert send(client, "post", cancel, None, bearer(member)).status_code == 404
    # the programme's organisers (platform staff too) read the space, as on the site, but
    # only the pair writes in it
    for organising in (organiser, staff_user):
        organised = send(client, "get", base, headers=bearer(organising))
        assert organised.status_code == 200 and organised.json()["role"] is None
        refused = send(client, "put", f"{base}/goals", {"goals": "Ours"}, bearer(organising))
        assert refused.status_code == 403
        assert send(client, "post", cancel, None, bearer(organising)).status_code == 403
    published_pair.refresh_from_db()
    session.refresh_from_db()
    assert published_pair.goals != "Ours" and not session.cancelled


def test_sessions_list_in_constant_queries(client, published_pair, django_assert_max_num_queries):
    maria = published_pair.mentor.user
    headers = bearer(maria)
    for n in (2, 12):
        for i in range(n):
            Session.objects.create(
                pair=published_pair, starts=timezone.now() + timedelta(days=i + 1), created_by=maria
            )
        with django_assert_max_num_queries(8):
            response = send(
                client, "get", f"pairs/{published_pair.pk}/sessions?limit=100", headers=headers
            )
        assert response.status_code == 200


def test_the_pair_writes_its_log_and_organisers_read_it(client, published_pair, organiser, member):
    from creativetracks.mentoring.models import LogEntry

    maria, teo = published_pair.mentor.user, published_pair.mentee.user
    base = f"pairs/{published_pair.pk}/log"
    session = services.schedule_session(
        maria, published_pair, {"starts": timezone.now() + timedelta(days=3), "minutes": 30}
    )
    written = send(client, "post", base, {"body": "We met.", "session": session.pk}, bearer(teo))
    assert written.status_code == 201, written.content
    assert written.json()["session"] == session.pk
    entry = LogEntry.objects.get(pair=published_pair)
    assert (entry.author, entry.body) == (teo, "We met.")

    blank = send(client, "post", base, {"body": ""}, bearer(maria))
    assert blank.status_code == 422 and "body" in error_of(blank)["fields"]
    foreign = send(client, "post", base, {"body": "x", "session": 999999}, bearer(maria))
    assert foreign.status_code == 422 and "session" in error_of(foreign)["fields"]

    read = send(client, "get", base, headers=bearer(organiser, scope="read"))
    assert [e["body"] for e in read.json()["items"]] == ["We met."]
    assert send(client, "post", base, {"body": "Me too"}, bearer(organiser)).status_code == 403
    assert send(client, "get", base, headers=bearer(member)).status_code == 404
    assert LogEntry.objects.count() == 1
