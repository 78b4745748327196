"""The API's challenges: the pages' visibility, the caller's own entry, and nothing of
other entries, jurors or scores."""

import json

import pytest

from creativetracks.api.tests.helpers import bearer
from creativetracks.challenges.models import Score

from .conftest import assign, make_challenge, make_entry, seat, to_review

pytestmark = pytest.mark.django_db


def test_list_and_detail_follow_the_pages(client, partner, member):
    public = make_challenge(partner, title="Open call", summary="Ideas")
    make_challenge(partner, phase="draft", title="Draft")
    members = make_challenge(partner, title="Members call", visibility="members")
    titles = [c["title"] for c in client.get("/api/v1/challenges/").json()["items"]]
    assert titles == ["Open call"]
    member_titles = {
        c["title"] for c in client.get("/api/v1/challenges/", **bearer(member)).json()["items"]
    }
    assert member_titles == {"Open call", "Members call"}
    assert client.get(f"/api/v1/challenges/{members.slug}").status_code == 404
    detail = client.get(f"/api/v1/challenges/{public.slug}").json()
    assert detail["organiser"]["name"] == "INOVA+"
    assert [c["name"] for c in detail["criteria"]] == ["Originality", "Feasibility"]
    assert detail["phase"] == "open" and detail["my_entry"] is None and detail["can_enter"] is False
    mine = client.get(f"/api/v1/challenges/{public.slug}", **bearer(member)).json()
    assert mine["can_enter"] is True
    open_only = client.get("/api/v1/challenges/?phase=review").json()["items"]
    assert open_only == []


def test_own_entry_only_and_never_scores(client, partner, member, other_member, juror_user):
    challenge = make_challenge(partner)
    mine = make_entry(challenge, member, title="My loom")
    theirs = make_entry(challenge, other_member, title="Secret idea")
    to_review(challenge)
    assignment = assign(seat(challenge, juror_user), theirs)
    Score.objects.create(
        assignment=assignment, criterion=challenge.criteria.first(), value=9, comment="Brilliant"
    )
    body = client.get(f"/api/v1/challenges/{challenge.slug}", **bearer(member)).json()
    assert body["my_entry"] == {
        "id": mine.pk,
        "title": "My loom",
        "state": "submitted",
        "url": mine.get_absolute_url(),
    }
    assert body["entry_count"] == 2
    text = json.dumps(body) + json.dumps(
        client.get("/api/v1/challenges/", **bearer(juror_user)).json()
    )
    assert "Secret idea" not in text and "Brilliant" not in text and juror_user.email not in text
    # Scores are only in the jurors' own review endpoints (challenges/api_entries.py):
    # what applicants and visitors read has no place for them.
    components = client.get("/api/v1/openapi.json").json()["components"]["schemas"]
    for name in ("ChallengeOut", "ChallengeDetailOut", "MyEntryOut", "EntryOut"):
        fields = json.dumps(components[name]["properties"]).lower()
        assert "juror" not in fields, name
        assert "score" not in fields.replace("normalise_scores", "").replace("normalise scores", "")


@pytest.mark.parametrize("size", [2, 12])
def test_list_costs_constant_queries(client, partner, member, django_assert_max_num_queries, size):
    for number in range(size):
        challenge = make_challenge(partner, title=f"Call {number}")
        make_entry(challenge, member)
    with django_assert_max_num_queries(4):
        body = client.get("/api/v1/challenges/?limit=100").json()
    assert len(body["items"]) == size and all(c["entry_count"] == 1 for c in body["items"])
