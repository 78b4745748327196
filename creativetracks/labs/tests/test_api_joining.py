"""Joining labs and editing them through the API: the site's forms check the input, the
site's services (ask_to_join, leave_lab, decide_request, update_lab) do the work."""

import json

import pytest

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.labs import services
from creativetracks.labs.models import Collaboration, Lab
from creativetracks.notifications.models import Notification
from creativetracks.social.tests.builders import network_of

from .conftest import make_lab

pytestmark = pytest.mark.django_db


def post(client, path, data=None, headers=None):
    body = json.dumps(data) if data is not None else ""
    return client.post(path, body, content_type="application/json", **(headers or {}))


def patch(client, path, data, headers):
    return client.patch(path, json.dumps(data), content_type="application/json", **headers)


# Joining -------------------------------------------------------------------------------


def test_a_member_asks_to_join_and_the_owner_accepts(client, member, other_member):
    lab = make_lab(other_member)
    asked = post(client, f"/api/v1/labs/{lab.pk}/join", {"note": "I record sound."}, bearer(member))
    assert asked.status_code == 201, asked.content
    body = asked.json()
    assert body["status"] == "pending" and body["note"] == "I record sound."
    assert body["person"]["handle"] == member.profile.handle
    assert Notification.objects.filter(recipient=other_member, kind="lab_join_request").exists()

    owner = bearer(other_member)
    waiting = client.get(f"/api/v1/labs/{lab.pk}/requests", **owner)
    assert waiting.status_code == 200
    [item] = waiting.json()["items"]
    assert item["id"] == body["id"] and item["person"]["handle"] == member.profile.handle

    answered = post(
        client,
        f"/api/v1/labs/{lab.pk}/requests/{body['id']}",
        {"decision": "accept", "response": "Welcome!"},
        owner,
    )
    assert answered.status_code == 200, answered.content
    assert answered.json()["status"] == "accepted" and answered.json()["decided"]
    lab.refresh_from_db()
    assert lab.collaborator_count == 1
    assert Notification.objects.filter(recipient=member, kind="lab_join_decision").exists()
    assert client.get(f"/api/v1/labs/{lab.pk}/requests", **owner).json()["items"] == []
    # answering twice is a conflict
    again = post(
        client, f"/api/v1/labs/{lab.pk}/requests/{body['id']}", {"decision": "decline"}, owner
    )
    assert again.status_code == 409

    left = post(client, f"/api/v1/labs/{lab.pk}/leave", None, bearer(member))
    assert left.status_code == 204
    lab.refresh_from_db()
    assert lab.collaborator_count == 0 and not Collaboration.objects.exists()


def test_declining_and_withdrawing(client, member, other_member):
    lab = make_lab(other_member)
    first = post(client, f"/api/v1/labs/{lab.pk}/join", {}, bearer(member)).json()
    withdrawn = post(client, f"/api/v1/labs/{lab.pk}/leave", None, bearer(member))
    assert (
        withdrawn.status_code == 204 and not Collaboration.objects.filter(pk=first["id"]).exists()
    )
    second = post(client, f"/api/v1/labs/{lab.pk}/join", {}, bearer(member)).json()
    declined = post(
        client,
        f"/api/v1/labs/{lab.pk}/requests/{second['id']}",
        {"decision": "decline"},
        bearer(other_member),
    )
    assert declined.status_code == 200 and declined.json()["status"] == "declined"
    # the site's own refusals: asking again after a no, leaving what one isn't in
    again = post(client, f"/api/v1/labs/{lab.pk}/join", {}, bearer(member))
    assert again.status_code == 409 and "declined" in error_of(again)["message"]
    assert post(client, f"/api/v1/labs/{lab.pk}/leave", None, bearer(member)).status_code == 409


def test_what_the_site_refuses_the_api_refuses(client, member, other_member):
    lab = make_lab(other_member)
    own = post(client, f"/api/v1/labs/{lab.pk}/join", {}, bearer(other_member))
    assert own.status_code == 409
    post(client, f"/api/v1/labs/{lab.pk}/join", {}, bearer(member))
    twice = post(client, f"/api/v1/labs/{lab.pk}/join", {}, bearer(member))
    assert twice.status_code == 409 and "already waiting" in error_of(twice)["message"]
    unverified = make_user("new@example.org", verified=False)
    assert post(client, f"/api/v1/labs/{lab.pk}/join", {}, bearer(unverified)).status_code == 403
    long_note = post(
        client, f"/api/v1/labs/{lab.pk}/join", {"note": "x" * 1001}, bearer(unverified)
    )
    assert long_note.status_code == 422 and "note" in error_of(long_note)["fields"]
    services.close_lab(other_member, lab)
    closed = post(client, f"/api/v1/labs/{lab.pk}/join", {}, bearer(make_user("t@example.org")))
    assert closed.status_code == 409
    assert Collaboration.objects.count() == 1


def test_only_the_owner_sees_and_answers_requests(client, member, other_member, staff_user):
    lab = make_lab(other_member)
    asked = post(client, f"/api/v1/labs/{lab.pk}/join", {}, bearer(member)).json()
    for headers in (bearer(member), bearer(staff_user)):
        assert client.get(f"/api/v1/labs/{lab.pk}/requests", **headers).status_code == 403
        answer = post(
            client, f"/api/v1/labs/{lab.pk}/requests/{asked['id']}", {"decision": "accept"}, headers
        )
        assert answer.status_code == 403
    assert client.get(f"/api/v1/labs/{lab.pk}/requests").status_code == 401
    # a request of another lab is not found through this one
    mine = make_lab(other_member, title="Second lab")
    elsewhere = post(
        client,
        f"/api/v1/labs/{mine.pk}/requests/{asked['id']}",
        {"decision": "accept"},
        bearer(other_member),
    )
    assert elsewhere.status_code == 404
    bad = post(
        client,
        f"/api/v1/labs/{lab.pk}/requests/{asked['id']}",
        {"decision": "maybe"},
        bearer(other_member),
    )
    assert bad.status_code == 422 and "decision" in error_of(bad)["fields"]
    assert Collaboration.objects.get().status == "pending"


def test_hidden_labs_are_not_found(client, member, other_member):
    members_only = make_lab(other_member, visibility=Lab.Visibility.MEMBERS)
    network = network_of(other_member, name="Closed Circle")
    network_lab = make_lab(
        other_member, title="Circle lab", network=network, visibility=Lab.Visibility.NETWORK
    )
    assert post(client, f"/api/v1/labs/{members_only.pk}/join", {}, {}).status_code == 401
    response = post(client, f"/api/v1/labs/{network_lab.pk}/join", {}, bearer(member))
    assert response.status_code == 404
    assert (
        post(client, f"/api/v1/labs/{members_only.pk}/join", {}, bearer(member)).status_code == 201
    )


def test_joining_counts_against_the_sites_post_limit(client, member, other_member, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "post": "2/h"}
    labs = [make_lab(other_member, title=f"Lab {i}") for i in range(3)]
    headers = bearer(member)
    statuses = [
        post(client, f"/api/v1/labs/{lab.pk}/join", {}, headers).status_code for lab in labs
    ]
    assert statuses == [201, 201, 429]
    assert Collaboration.objects.count() == 2


def test_requests_cost_constant_queries(client, other_member, django_assert_max_num_queries):
    lab = make_lab(other_member)
    owner = bearer(other_member)

    def ask(n, start):
        for i in range(start, start + n):
            services.ask_to_join(make_user(f"joiner{i}@example.org"), lab, "Hi")

    ask(2, 0)
    with django_assert_max_num_queries(9):
        assert len(client.get(f"/api/v1/labs/{lab.pk}/requests", **owner).json()["items"]) == 2
    ask(15, 2)
    with django_assert_max_num_queries(9):
        response = client.get(f"/api/v1/labs/{lab.pk}/requests?limit=50", **owner)
        assert len(response.json()["items"]) == 17


# Editing -------------------------------------------------------------------------------


def test_the_owner_edits_some_fields(client, member):
    lab = make_lab(member, skills=["Sound design", "Foley"], countries=["PT", "MZ"])
    response = patch(
        client,
        f"/api/v1/labs/{lab.pk}",
        {"title": "Sound for a longer film", "expires_on": "2099-03-01"},
        bearer(member),
    )
    assert response.status_code == 200, response.content
    body = response.json()
    lab.refresh_from_db()
    assert lab.title == body["title"] == "Sound for a longer film"
    assert lab.edited is not None and lab.expires is not None
    # what wasn't sent is kept
    assert lab.skills == ["Sound design", "Foley"] and sorted(lab.countries) == ["MZ", "PT"]
    assert lab.summary == "A short film about the sea needs sound."
    cleared = patch(client, f"/api/v1/labs/{lab.pk}", {"expires_on": None}, bearer(member))
    assert cleared.status_code == 200 and cleared.json()["expires"] is None
    assert client.get("/api/v1/labs/?q=longer").json()["items"][0]["id"] == lab.pk


def test_edits_are_checked_by_the_lab_form(client, member, other_member):
    lab = make_lab(member)
    response = patch(
        client, f"/api/v1/labs/{lab.pk}", {"title": "!!!", "kind": "nonsense"}, bearer(member)
    )
    assert response.status_code == 422
    assert set(error_of(response)["fields"]) >= {"title", "kind"}
    theirs = network_of(other_member, name="Other Circle")
    elsewhere = patch(
        client,
        f"/api/v1/labs/{lab.pk}",
        {"network": theirs.slug, "visibility": "network"},
        bearer(member),
    )
    assert elsewhere.status_code == 422 and "network" in error_of(elsewhere)["fields"]
    mine = network_of(member, name="Porto Makers")
    moved = patch(
        client,
        f"/api/v1/labs/{lab.pk}",
        {"network": mine.slug, "visibility": "network"},
        bearer(member),
    )
    assert moved.status_code == 200 and moved.json()["network"] == mine.slug
    back = patch(
        client, f"/api/v1/labs/{lab.pk}", {"network": None, "visibility": "public"}, bearer(member)
    )
    assert back.status_code == 200 and back.json()["network"] is None
    lab.refresh_from_db()
    assert lab.title == "Looking for a sound designer" and lab.network is None


def test_who_may_edit(client, member, other_member, staff_user):
    lab = make_lab(member)
    path = f"/api/v1/labs/{lab.pk}"
    assert patch(client, path, {"title": "Mine"}, {}).status_code == 401
    assert patch(client, path, {"title": "Mine"}, bearer(member, scope="read")).status_code == 403
    assert patch(client, path, {"title": "Mine"}, bearer(other_member)).status_code == 403
    assert patch(client, path, {"title": "Tidied"}, bearer(staff_user)).status_code == 200
    lab.refresh_from_db()
    assert lab.title == "Tidied"
    assert patch(client, "/api/v1/labs/999999", {"title": "x"}, bearer(member)).status_code == 404
