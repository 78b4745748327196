"""A challenge's results, public vote, criteria and prizes, feedback release and score
exports through the API, with the site's services and predicates."""

import io

import pytest
from openpyxl import load_workbook

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.challenges.models import Assignment, Criterion, Prize, Score, Vote
from creativetracks.notifications.models import Notification

from .conftest import make_entry, seat, to_review
from .test_api_entries import send

pytestmark = pytest.mark.django_db


def _shortlisted(challenge, applicant, **fields):
    entry = make_entry(challenge, applicant)
    entry.shortlisted = True
    for name, value in fields.items():
        setattr(entry, name, value)
    entry.save()
    return entry


def test_members_vote_once_for_a_shortlisted_entry(client, partner, applicant):
    from .conftest import make_challenge

    challenge = to_review(make_challenge(partner, public_vote=True))
    entry = _shortlisted(challenge, applicant)
    other = make_entry(challenge, make_user("unlisted@example.org"), title="Other")
    voter = make_user("voter@example.org")

    shown = send(client, "get", f"{challenge.slug}/results", headers=bearer(voter)).json()
    assert shown["can_vote"] and shown["my_vote"] is None and not shown["published"]
    assert [e["id"] for e in shown["shortlist"]] == [entry.pk]

    voted = send(client, "post", f"{challenge.slug}/entries/{entry.pk}/vote", None, bearer(voter))
    assert voted.status_code == 201 and voted.json() == {"entry": entry.pk}
    assert Vote.objects.filter(user=voter, submission=entry).count() == 1
    again = send(client, "post", f"{challenge.slug}/entries/{entry.pk}/vote", None, bearer(voter))
    assert again.status_code == 409 and error_of(again)["message"]
    mine = send(client, "get", f"{challenge.slug}/results", headers=bearer(voter)).json()
    assert mine["my_vote"] == entry.pk

    off_list = make_user("voter2@example.org")
    refused = send(
        client, "post", f"{challenge.slug}/entries/{other.pk}/vote", None, bearer(off_list)
    )
    assert refused.status_code == 409 and not Vote.objects.filter(user=off_list).exists()
    unverified = make_user("unverified@example.org", verified=False)
    closed = send(
        client, "post", f"{challenge.slug}/entries/{entry.pk}/vote", None, bearer(unverified)
    )
    assert closed.status_code == 403 and not Vote.objects.filter(user=unverified).exists()
    assert send(client, "post", f"{challenge.slug}/entries/{entry.pk}/vote").status_code == 401
    # visitors read the shortlist during the vote
    assert send(client, "get", f"{challenge.slug}/results").json()["can_vote"] is False


def test_results_are_hidden_until_published_then_show_the_awards(
    client, challenge, organiser, applicant
):
    prize = Prize.objects.create(challenge=challenge, title="First prize")
    entry = _shortlisted(challenge, applicant, award="winner", prize=prize)
    assert send(client, "get", f"{challenge.slug}/results").status_code == 404
    early = send(client, "get", f"{challenge.slug}/results", headers=bearer(organiser))
    assert early.status_code == 200 and early.json()["awarded"] == []

    challenge.phase = "results"
    challenge.save(update_fields=["phase"])
    shown = send(client, "get", f"{challenge.slug}/results").json()
    assert shown["published"]
    assert [(e["id"], e["award"], e["prize"]) for e in shown["awarded"]] == [
        (entry.pk, "winner", "First prize")
    ]


def test_organisers_edit_criteria_and_prizes_until_the_review(client, challenge, organiser):
    headers = bearer(organiser)
    shown = send(client, "get", f"{challenge.slug}/criteria", headers=headers).json()
    assert [c["name"] for c in shown["criteria"]] == ["Originality", "Feasibility"]
    assert shown["editable"] and shown["prizes"] == []
    originality = shown["criteria"][0]

    body = {
        "criteria": [
            {"name": "Impact", "weight": 3, "scale_min": 1, "scale_max": 5},
            {**originality, "description": "New to the field"},
        ],
        "prizes": [{"title": "Residency in Porto"}],
    }
    saved = send(client, "put", f"{challenge.slug}/criteria", body, headers)
    assert saved.status_code == 200, saved.content
    assert [c.name for c in challenge.criteria.all()] == ["Impact", "Originality"]
    kept = Criterion.objects.get(pk=originality["id"])
    assert kept.description == "New to the field" and kept.weight == 2
    assert list(challenge.prizes.values_list("title", flat=True)) == ["Residency in Porto"]
    assert saved.json()["criteria"][0]["scale_max"] == 5

    before = list(challenge.criteria.values_list("pk", "name", "scale_min", "scale_max"))
    upside_down = {"criteria": [{"name": "Upside down", "scale_min": 9, "scale_max": 1}]}
    bad = send(client, "put", f"{challenge.slug}/criteria", upside_down, headers)
    assert bad.status_code == 422 and error_of(bad)["fields"]
    stranger = {"criteria": [{"id": 999999, "name": "Not here"}]}
    unknown = send(client, "put", f"{challenge.slug}/criteria", stranger, headers)
    assert unknown.status_code == 422 and "criteria" in error_of(unknown)["fields"]
    assert list(challenge.criteria.values_list("pk", "name", "scale_min", "scale_max")) == before

    to_review(challenge)
    fixed = send(client, "put", f"{challenge.slug}/criteria", {"criteria": []}, headers)
    assert fixed.status_code == 409 and challenge.criteria.count() == 2
    shown = send(client, "get", f"{challenge.slug}/criteria", headers=headers).json()
    assert shown["editable"] is False


def test_closing_the_review_releasing_feedback_and_exports(
    client, challenge, organiser, applicant, django_capture_on_commit_callbacks
):
    headers = bearer(organiser)
    entry = make_entry(challenge, applicant)
    juror = make_user("scores-juror@example.org")
    assignment = Assignment.objects.create(juror=seat(challenge, juror), submission=entry)
    to_review(challenge)
    for criterion in challenge.criteria.all():
        Score.objects.create(assignment=assignment, criterion=criterion, value=7, comment="Neat")

    early = send(client, "post", f"{challenge.slug}/feedback/release", None, headers)
    assert early.status_code == 409
    closed = send(client, "post", f"{challenge.slug}/review/close", None, headers)
    assert closed.status_code == 200 and closed.json()["review_closed_at"]
    assert send(client, "post", f"{challenge.slug}/review/close", None, headers).status_code == 409
    with django_capture_on_commit_callbacks(execute=True):
        released = send(client, "post", f"{challenge.slug}/feedback/release", None, headers)
    assert released.status_code == 200 and released.json()["feedback_released_at"]
    assert Notification.objects.filter(recipient=applicant, kind="challenge_result").exists()
    again = send(client, "post", f"{challenge.slug}/feedback/release", None, headers)
    assert again.status_code == 409

    csv = send(client, "get", f"{challenge.slug}/scores", headers=headers)
    assert csv.status_code == 200 and csv["Content-Type"].startswith("text/csv")
    lines = csv.content.decode().splitlines()
    assert lines[0].startswith("entry,title") and len(lines) == 1 + challenge.criteria.count()
    xlsx = send(client, "get", f"{challenge.slug}/scores?format=xlsx", headers=headers)
    book = load_workbook(io.BytesIO(xlsx.content))
    assert book.sheetnames == ["Scores", "Ranking"] and book["Ranking"].max_row == 2
    wrong = send(client, "get", f"{challenge.slug}/scores?format=pdf", headers=headers)
    assert wrong.status_code == 422 and "format" in error_of(wrong)["fields"]

    mine = send(client, "get", f"{challenge.slug}/review/scores.csv", headers=bearer(juror))
    assert mine.status_code == 200 and "Neat" in mine.content.decode()
    assert (
        send(client, "get", f"{challenge.slug}/review/scores.csv", headers=headers).status_code
        == 403
    )
    for path in ("scores", "criteria"):
        assert (
            send(client, "get", f"{challenge.slug}/{path}", headers=bearer(applicant)).status_code
            == 403
        )


def test_read_only_tokens_and_members_change_no_criteria_or_feedback(
    client, challenge, organiser, applicant
):
    before = list(challenge.criteria.values_list("pk", "name"))
    for headers in (bearer(organiser, scope="read"), bearer(applicant)):
        body = {"criteria": [{"name": "Taken over"}]}
        assert send(client, "put", f"{challenge.slug}/criteria", body, headers).status_code == 403
        refused = send(client, "post", f"{challenge.slug}/feedback/release", None, headers)
        assert refused.status_code == 403
    assert list(challenge.criteria.values_list("pk", "name")) == before
    challenge.refresh_from_db()
    assert challenge.feedback_released_at is None


def test_the_results_cost_constant_queries(
    client, challenge, applicant, django_assert_max_num_queries
):
    prize = Prize.objects.create(challenge=challenge, title="First prize")
    _shortlisted(challenge, applicant, award="winner", prize=prize)
    challenge.phase = "results"
    challenge.save(update_fields=["phase"])
    path = f"{challenge.slug}/results"
    with django_assert_max_num_queries(30) as few:
        assert len(send(client, "get", path).json()["awarded"]) == 1
    for n in range(8):
        lead = make_user(f"lead{n}@example.org")
        _shortlisted(challenge, lead, award="mention" if n % 2 else "winner", prize=prize)
    with django_assert_max_num_queries(len(few.captured_queries)):
        assert len(send(client, "get", path).json()["awarded"]) == 9
