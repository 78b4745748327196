"""Entering a challenge and the jury's work through the API: the entry and review pages'
forms and services, their deadlines, and scores only ever seen by the juror who gave
them."""

import json
from datetime import timedelta

import pytest
from django.utils import timezone

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.challenges.models import Assignment, Challenge, Conflict, Score, Submission

from .conftest import assign, make_challenge, make_entry, seat, to_review

pytestmark = pytest.mark.django_db


def send(client, method, path, data=None, headers=None):
    body = json.dumps(data) if data is not None else ""
    return client.generic(
        method.upper(),
        f"/api/v1/challenges/{path}",
        body,
        content_type="application/json",
        **(headers or {}),
    )


ENTRY = {"title": "Loom", "summary": "A loom for everyone.", "links": ["https://loom.example"]}


# Entries ---------------------------------------------------------------------------------


def test_a_member_enters_edits_submits_and_withdraws(client, challenge, applicant, organiser):
    headers = bearer(applicant)
    started = send(client, "post", f"{challenge.slug}/entry", ENTRY, headers)
    assert started.status_code == 201, started.content
    body = started.json()
    assert body["state"] == "draft" and body["links"] == ["https://loom.example"]
    assert body["is_lead"] and body["can_edit"]
    entry = Submission.objects.get(pk=body["id"], lead=applicant)

    again = send(client, "post", f"{challenge.slug}/entry", ENTRY, headers)
    assert again.status_code == 409

    edited = send(client, "patch", f"{challenge.slug}/entry", {"title": "Big loom"}, headers)
    assert edited.status_code == 200
    entry.refresh_from_db()
    assert entry.title == "Big loom" and entry.summary == "A loom for everyone."

    submitted = send(client, "post", f"{challenge.slug}/entry/submit", None, headers)
    assert submitted.status_code == 200 and submitted.json()["state"] == "submitted"
    mine = send(client, "get", f"{challenge.slug}/entry", headers=bearer(applicant, scope="read"))
    assert mine.json()["state"] == "submitted"
    # the challenge's page knows my entry
    assert send(client, "get", challenge.slug, headers=headers).json()["my_entry"]["id"] == entry.pk

    withdrawn = send(client, "post", f"{challenge.slug}/entry/withdraw", None, headers)
    assert withdrawn.status_code == 200 and withdrawn.json()["state"] == "withdrawn"
    twice = send(client, "post", f"{challenge.slug}/entry/withdraw", None, headers)
    assert twice.status_code == 409


def test_the_entry_forms_checks(client, partner, applicant):
    challenge = make_challenge(partner, sectors=["design"])
    headers = bearer(applicant)
    untitled = send(
        client, "post", f"{challenge.slug}/entry", {"title": "", "summary": ""}, headers
    )
    assert untitled.status_code == 422
    assert {"title", "summary"} <= set(error_of(untitled)["fields"])
    wrong_sector = send(
        client, "post", f"{challenge.slug}/entry", {**ENTRY, "sector": "music"}, headers
    )
    assert wrong_sector.status_code == 422 and "sector" in error_of(wrong_sector)["fields"]
    bad_link = send(
        client,
        "post",
        f"{challenge.slug}/entry",
        {**ENTRY, "sector": "design", "links": ["javascript:alert(1)"]},
        headers,
    )
    assert bad_link.status_code == 422 and "links" in error_of(bad_link)["fields"]
    assert not Submission.objects.filter(challenge=challenge).exists()
    ok = send(client, "post", f"{challenge.slug}/entry", {**ENTRY, "sector": "design"}, headers)
    assert ok.status_code == 201
    emptied = send(client, "patch", f"{challenge.slug}/entry", {"title": ""}, headers)
    assert emptied.status_code == 422
    assert Submission.objects.get(challenge=challenge).title == "Loom"


def test_eligibility_is_checked_on_submission(client, partner, applicant):
    challenge = make_challenge(partner, countries=["MZ"])
    headers = bearer(applicant)
    assert send(client, "post", f"{challenge.slug}/entry", ENTRY, headers).status_code == 201
    draft = send(client, "get", f"{challenge.slug}/entry", headers=headers).json()
    assert draft["problems"]
    refused = send(client, "post", f"{challenge.slug}/entry/submit", None, headers)
    assert refused.status_code == 409
    assert Submission.objects.get(challenge=challenge).state == "draft"


def test_entries_lock_at_the_deadline(client, partner, applicant):
    challenge = make_challenge(partner)
    headers = bearer(applicant)
    assert send(client, "post", f"{challenge.slug}/entry", ENTRY, headers).status_code == 201
    assert send(client, "post", f"{challenge.slug}/entry/submit", None, headers).status_code == 200
    Challenge.objects.filter(pk=challenge.pk).update(deadline=timezone.now() - timedelta(minutes=1))
    late_edit = send(client, "patch", f"{challenge.slug}/entry", {"title": "Late"}, headers)
    assert late_edit.status_code == 409
    late_withdraw = send(client, "post", f"{challenge.slug}/entry/withdraw", None, headers)
    assert late_withdraw.status_code == 409
    newcomer = send(
        client, "post", f"{challenge.slug}/entry", ENTRY, bearer(make_user("n@example.org"))
    )
    assert newcomer.status_code == 409
    assert Submission.objects.get(challenge=challenge).title == "Loom"
    upcoming = make_challenge(partner, phase="upcoming")
    assert send(client, "post", f"{upcoming.slug}/entry", ENTRY, headers).status_code == 409


def test_who_may_enter(client, challenge, applicant, member):
    path = f"{challenge.slug}/entry"
    assert send(client, "post", path, ENTRY).status_code == 401
    assert send(client, "get", path).status_code == 401
    assert send(client, "post", path, ENTRY, bearer(applicant, scope="read")).status_code == 403
    unverified = make_user("unverified@example.org", verified=False)
    assert send(client, "post", path, ENTRY, bearer(unverified)).status_code == 403
    # nobody else's entry is reachable: a member without one gets 404
    make_entry(challenge, applicant)
    assert send(client, "get", path, headers=bearer(member)).status_code == 404
    assert send(client, "patch", path, {"title": "Mine now"}, bearer(member)).status_code == 404
    assert Submission.objects.get(challenge=challenge).title == "Loom"
    hidden = make_challenge(challenge.partner, phase="draft")
    assert send(client, "post", f"{hidden.slug}/entry", ENTRY, bearer(member)).status_code == 404


# The jury --------------------------------------------------------------------------------


@pytest.fixture
def review(partner, applicant, juror_user):
    challenge = make_challenge(partner)
    entry = make_entry(challenge, applicant)
    challenge = to_review(challenge)
    place = seat(challenge, juror_user)
    assign(place, entry)
    return challenge, entry, place


def scores_for(challenge, values, **extra):
    criteria = list(challenge.criteria.order_by("position"))
    return {
        "scores": {
            str(c.pk): {"value": v, "comment": f"on {c.name}"}
            for c, v in zip(criteria, values, strict=False)
        },
        **extra,
    }


def test_a_juror_scores_and_changes_their_scores(client, review, juror_user):
    challenge, entry, place = review
    headers = bearer(juror_user)
    queue = send(client, "get", f"{challenge.slug}/review", headers=headers)
    assert queue.status_code == 200
    [item] = queue.json()["items"]
    assert item["entry"] == entry.pk and item["applicant"] == "Ana Applicant"
    detail = send(client, "get", f"{challenge.slug}/review/{entry.pk}", headers=headers).json()
    assert [c["name"] for c in detail["criteria"]] == ["Originality", "Feasibility"]
    assert detail["my_scores"] == [] and detail["open_for_scoring"]

    saved = send(
        client,
        "put",
        f"{challenge.slug}/review/{entry.pk}/scores",
        scores_for(challenge, [7, 5], comment="Good", complete=True),
        headers,
    )
    assert saved.status_code == 200, saved.content
    assert saved.json()["completed"] and len(saved.json()["my_scores"]) == 2
    assert sorted(Score.objects.values_list("value", flat=True)) == [5, 7]
    changed = send(
        client,
        "put",
        f"{challenge.slug}/review/{entry.pk}/scores",
        scores_for(challenge, [9, 5], complete=True),
        headers,
    )
    assert changed.status_code == 200
    assert sorted(Score.objects.values_list("value", flat=True)) == [5, 9]


def test_scores_are_checked_against_the_criteria(client, review, juror_user):
    challenge, entry, _place = review
    headers = bearer(juror_user)
    path = f"{challenge.slug}/review/{entry.pk}/scores"
    too_high = send(client, "put", path, scores_for(challenge, [11, 5]), headers)
    assert too_high.status_code == 422 and error_of(too_high)["fields"]
    unknown = send(client, "put", path, {"scores": {"999999": {"value": 1}}}, headers)
    assert unknown.status_code == 422
    garbage = send(client, "put", path, {"scores": {"x": {"value": "high"}}}, headers)
    assert garbage.status_code == 422
    incomplete = send(client, "put", path, scores_for(challenge, [5], complete=True), headers)
    assert incomplete.status_code == 422 and error_of(incomplete)["fields"]
    assert not Score.objects.exists()


def test_scoring_closes_with_the_review(client, review, juror_user):
    challenge, entry, _place = review
    Challenge.objects.filter(pk=challenge.pk).update(review_closed_at=timezone.now())
    headers = bearer(juror_user)
    late = send(
        client,
        "put",
        f"{challenge.slug}/review/{entry.pk}/scores",
        scores_for(challenge, [5, 5]),
        headers,
    )
    assert late.status_code == 409
    assert not Score.objects.exists()


def test_nobody_else_reviews_or_sees_scores(
    client, review, juror_user, applicant, member, organiser
):
    challenge, entry, place = review
    send(
        client,
        "put",
        f"{challenge.slug}/review/{entry.pk}/scores",
        scores_for(challenge, [7, 5]),
        bearer(juror_user),
    )
    other_juror = make_user("other-juror@example.org")
    seat(challenge, other_juror)  # on the jury, but not assigned this entry
    for path in (f"{challenge.slug}/review", f"{challenge.slug}/review/{entry.pk}"):
        assert send(client, "get", path).status_code == 401
        for outsider in (applicant, member, organiser):
            assert send(client, "get", path, headers=bearer(outsider)).status_code == 403, path
    assert (
        send(client, "get", f"{challenge.slug}/review", headers=bearer(other_juror)).json()["items"]
        == []
    )
    unassigned = send(
        client, "get", f"{challenge.slug}/review/{entry.pk}", headers=bearer(other_juror)
    )
    assert unassigned.status_code == 404
    meddling = send(
        client,
        "put",
        f"{challenge.slug}/review/{entry.pk}/scores",
        scores_for(challenge, [1, 1]),
        bearer(other_juror),
    )
    assert meddling.status_code == 404
    assert (
        send(
            client,
            "put",
            f"{challenge.slug}/review/{entry.pk}/scores",
            scores_for(challenge, [1, 1]),
            bearer(juror_user, scope="read"),
        ).status_code
        == 403
    )
    assert sorted(Score.objects.values_list("value", flat=True)) == [5, 7]
    # the challenge and the entry read by the applicant carry no scores
    public = json.dumps(send(client, "get", challenge.slug, headers=bearer(applicant)).json())
    mine = json.dumps(
        send(client, "get", f"{challenge.slug}/entry", headers=bearer(applicant)).json()
    )
    assert '"value"' not in public and '"value"' not in mine and "Good" not in mine


def test_blind_reviews_hide_the_applicant(client, partner, applicant, juror_user):
    challenge = make_challenge(partner, blind_review=True)
    entry = make_entry(challenge, applicant)
    challenge = to_review(challenge)
    assign(seat(challenge, juror_user), entry)
    headers = bearer(juror_user)
    [item] = send(client, "get", f"{challenge.slug}/review", headers=headers).json()["items"]
    assert item["applicant"] is None
    detail = send(client, "get", f"{challenge.slug}/review/{entry.pk}", headers=headers)
    assert detail.json()["applicant"] is None and "Ana" not in detail.content.decode()


def test_a_juror_declares_a_conflict(client, review, juror_user):
    challenge, entry, place = review
    headers = bearer(juror_user)
    path = f"{challenge.slug}/review/{entry.pk}/conflict"
    blank = send(client, "post", path, {"reason": ""}, headers)
    assert blank.status_code == 422 and "reason" in error_of(blank)["fields"]
    declared = send(client, "post", path, {"reason": "My cousin"}, headers)
    assert declared.status_code == 204
    assert Conflict.objects.get(juror=place).reason == "My cousin"
    assert not Assignment.objects.filter(juror=place).exists()
    assert send(client, "get", f"{challenge.slug}/review", headers=headers).json()["items"] == []


def test_the_review_queue_costs_constant_queries(
    client, partner, juror_user, django_assert_max_num_queries
):
    challenge = make_challenge(partner)
    place = None
    headers = bearer(juror_user)
    for n in (2, 15):
        challenge = Challenge.objects.get(pk=challenge.pk)
        Challenge.objects.filter(pk=challenge.pk).update(phase="open")
        for i in range(n):
            lead = make_user(f"lead{n}-{i}@example.org")
            entry = make_entry(challenge, lead, title=f"E{n}-{i}")
            if place is not None:
                assign(place, entry)
        challenge = to_review(challenge)
        if place is None:
            place = seat(challenge, juror_user)
            for entry in challenge.submissions.all():
                assign(place, entry)
        with django_assert_max_num_queries(10):
            response = send(client, "get", f"{challenge.slug}/review?limit=100", headers=headers)
        assert len(response.json()["items"]) == Assignment.objects.filter(juror=place).count()


def test_members_get_403_on_the_jurys_writes(client, member):
    from .api_authorization import writes

    for method, path, data in writes(member):
        if "/review/" in path:
            response = send(
                client, method, path.removeprefix("/api/v1/challenges/"), data, bearer(member)
            )
            assert response.status_code == 403, path
