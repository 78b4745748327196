"""The API's mentoring: visible programmes, one's own mentorships, never private notes."""

import json

import pytest

from conftest import make_user
from creativetracks.api.tests.helpers import bearer
from creativetracks.mentoring import services
from creativetracks.mentoring.models import LogEntry, PrivateNote

from .conftest import add_mentee, add_mentor, person, programme_data

pytestmark = pytest.mark.django_db


def test_programmes_follow_their_visibility(client, organiser, partner, programme, member):
    hidden = services.create_programme(
        organiser, programme_data(partner, title="Quiet", visibility="members")
    )
    slugs = [p["slug"] for p in client.get("/api/v1/mentoring/programmes/").json()["items"]]
    assert slugs == [programme.slug]
    signed = client.get("/api/v1/mentoring/programmes/", **bearer(member)).json()["items"]
    assert {p["slug"] for p in signed} == {programme.slug, hidden.slug}
    assert client.get(f"/api/v1/mentoring/programmes/{hidden.slug}").status_code == 404
    detail = client.get(f"/api/v1/mentoring/programmes/{programme.slug}", **bearer(member)).json()
    assert detail["partner"] == partner.name and detail["cohort"] == 1
    assert detail["cohort_status"] == "matching" and detail["can_apply"] is True
    assert detail["my_role"] is None and detail["mentor_count"] == 0


def test_my_mentorships_and_never_private_notes(client, published_pair):
    mentor, mentee = published_pair.mentor.user, published_pair.mentee.user
    PrivateNote.objects.create(pair=published_pair, author=mentor, body="Teo seems tired")
    LogEntry.objects.create(pair=published_pair, author=mentor, body="Session log entry")
    [mine] = client.get("/api/v1/mentoring/mine", **bearer(mentor)).json()["items"]
    assert mine["role"] == "mentor" and mine["person"]["display_name"] == "Teo Mentee"
    assert mine["status"] == "active" and mine["url"] == published_pair.get_absolute_url()
    [theirs] = client.get("/api/v1/mentoring/mine", **bearer(mentee)).json()["items"]
    assert theirs["role"] == "mentee" and theirs["person"]["display_name"] == "Maria Mentor"
    detail = client.get(
        f"/api/v1/mentoring/programmes/{published_pair.cohort.programme.slug}", **bearer(mentee)
    ).json()
    assert detail["my_role"] == "mentee"
    seen = json.dumps([mine, theirs, detail])
    assert "tired" not in seen and "Session log" not in seen
    schema = json.dumps(client.get("/api/v1/openapi.json").json()).lower()
    assert "private_note" not in schema and "privatenote" not in schema


def test_nobody_else_sees_a_mentorship(client, published_pair, organiser, staff_user):
    for user in (make_user("x@example.org"), organiser, staff_user):
        assert client.get("/api/v1/mentoring/mine", **bearer(user)).json()["items"] == []
    assert client.get("/api/v1/mentoring/mine").status_code == 401


@pytest.mark.parametrize("size", [2, 12])
def test_lists_cost_constant_queries(
    client, organiser, partner, member, django_assert_max_num_queries, size
):
    for number in range(size):
        services.create_programme(
            organiser, programme_data(partner, title=f"Programme {number}", slug=f"p-{number}")
        )
    with django_assert_max_num_queries(3):
        body = client.get("/api/v1/mentoring/programmes/?limit=100").json()
    assert len(body["items"]) == size


@pytest.mark.parametrize("size", [2, 6])
def test_my_mentorships_cost_constant_queries(
    client, organiser, programme, django_assert_max_num_queries, size
):
    mentor = person("maria@example.org", "Maria Mentor", country="PT")
    add_mentor(programme, mentor, capacity=size)
    for number in range(size):
        add_mentee(programme, person(f"mentee{number}@example.org", f"Mentee {number}"))
    cohort = programme.cohorts.get()
    services.run_matching(organiser, cohort)
    services.publish_matches(organiser, cohort)
    with django_assert_max_num_queries(6):
        body = client.get("/api/v1/mentoring/mine?limit=100", **bearer(mentor)).json()
    assert len(body["items"]) == size
