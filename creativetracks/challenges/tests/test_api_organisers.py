"""The organisers' side of a challenge through the API: entries, the jury, the ranking,
decisions and phases, for organisers only, through the organiser pages' services."""

import pytest
from django.core import mail

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.challenges.models import Assignment, Juror, Prize, Score

from .conftest import make_entry, seat, to_review
from .test_api_entries import send

pytestmark = pytest.mark.django_db


def test_organisers_list_entries_and_others_are_refused(client, challenge, organiser, applicant):
    make_entry(challenge, applicant, title="Loom")
    make_entry(challenge, make_user("draft@example.org"), state="draft", title="Sketch")
    listed = send(client, "get", f"{challenge.slug}/entries?limit=1", headers=bearer(organiser))
    assert listed.status_code == 200
    first = listed.json()
    rest = send(
        client,
        "get",
        f"{challenge.slug}/entries?cursor={first['next_cursor']}",
        headers=bearer(organiser),
    ).json()
    titles = {e["title"] for e in first["items"] + rest["items"]}
    assert titles == {"Loom", "Sketch"} and rest["next_cursor"] is None

    refused = send(client, "get", f"{challenge.slug}/entries", headers=bearer(applicant))
    assert refused.status_code == 403 and error_of(refused)["code"]
    assert send(client, "get", f"{challenge.slug}/entries").status_code == 401


def test_the_jury_is_invited_listed_assigned_and_removed(client, challenge, organiser, applicant):
    headers = bearer(organiser)
    invited = send(
        client, "post", f"{challenge.slug}/jury", {"email": "Judge@Example.org"}, headers
    )
    assert invited.status_code == 201, invited.content
    assert invited.json()["email"] == "judge@example.org" and not invited.json()["accepted"]
    assert (
        any("judge@example.org" in m.to for m in mail.outbox)
        or Juror.objects.filter(email="judge@example.org", sent__isnull=False).exists()
    )
    bad = send(client, "post", f"{challenge.slug}/jury", {"email": "not an address"}, headers)
    assert bad.status_code == 422 and "email" in error_of(bad)["fields"]

    juror = make_user("juror2@example.org")
    seated = seat(challenge, juror)
    make_entry(challenge, applicant)
    jury = send(client, "get", f"{challenge.slug}/jury", headers=headers).json()
    assert {j["email"] for j in jury["items"]} == {"judge@example.org", "juror2@example.org"}

    to_review(challenge)
    assigned = send(client, "post", f"{challenge.slug}/jury/assign", None, headers)
    assert assigned.status_code == 200 and assigned.json()["added"] >= 1
    assert Assignment.objects.filter(juror=seated).exists()

    invitation = Juror.objects.get(email="judge@example.org")
    removed = send(client, "delete", f"{challenge.slug}/jury/{invitation.pk}", None, headers)
    assert removed.status_code == 204 and not Juror.objects.filter(pk=invitation.pk).exists()
    assert send(client, "delete", f"{challenge.slug}/jury/999999", None, headers).status_code == 404

    member = bearer(applicant)
    assert (
        send(client, "post", f"{challenge.slug}/jury", {"email": "x@y.org"}, member).status_code
        == 403
    )
    assert not Juror.objects.filter(email="x@y.org").exists()


def test_the_ranking_decisions_and_results(client, challenge, organiser, applicant):
    headers = bearer(organiser)
    entry = make_entry(challenge, applicant)
    prize = Prize.objects.create(challenge=challenge, title="First prize")
    juror = make_user("juror3@example.org")
    assignment = Assignment.objects.create(juror=seat(challenge, juror), submission=entry)
    to_review(challenge)
    for criterion in challenge.criteria.all():
        Score.objects.create(assignment=assignment, criterion=criterion, value=8)

    ranked = send(client, "get", f"{challenge.slug}/ranking", headers=headers)
    assert ranked.status_code == 200
    assert [(r["entry"], r["rank"]) for r in ranked.json()] == [(entry.pk, 1)]

    decided = send(
        client,
        "post",
        f"{challenge.slug}/entries/{entry.pk}/decision",
        {"award": "winner", "prize": prize.pk, "feedback": "Bold and clear."},
        headers,
    )
    assert decided.status_code == 200, decided.content
    entry.refresh_from_db()
    assert (entry.award, entry.prize_id, entry.shortlisted) == ("winner", prize.pk, True)
    wrong = send(
        client, "post", f"{challenge.slug}/entries/{entry.pk}/decision", {"award": "gold"}, headers
    )
    assert wrong.status_code == 422 and "award" in error_of(wrong)["fields"]

    published = send(client, "post", f"{challenge.slug}/results/publish", None, headers)
    assert published.status_code == 200 and published.json()["phase"] == "results"
    challenge.refresh_from_db()
    assert challenge.phase == "results"
    again = send(client, "post", f"{challenge.slug}/phase/advance", None, headers)
    assert again.status_code == 409


def test_read_only_tokens_and_members_change_nothing(client, challenge, organiser, applicant):
    entry = make_entry(challenge, applicant)
    read_only = bearer(organiser, scope="read")
    for method, path, body in [
        ("post", f"{challenge.slug}/phase/advance", None),
        ("post", f"{challenge.slug}/entries/{entry.pk}/decision", {"award": "winner"}),
    ]:
        assert send(client, method, path, body, read_only).status_code == 403
        assert send(client, method, path, body, bearer(applicant)).status_code == 403
    challenge.refresh_from_db()
    entry.refresh_from_db()
    assert challenge.phase == "open" and entry.award == ""
