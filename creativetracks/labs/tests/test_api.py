"""The API's labs: the same visibility as the site (members-only, network-only, blocked
members, closed accounts), comments as the lab page shows them, and commenting."""

import pytest

from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.labs import services
from creativetracks.labs.models import Comment, Lab
from creativetracks.networks.tests.conftest import add_member, make_network
from creativetracks.social.services import block_member

from .conftest import make_lab

pytestmark = pytest.mark.django_db


def ids(response) -> set[int]:
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def test_visibility_is_the_sites(client, member, other_member, third_member, staff_user):
    network = make_network(member, "Lab Network", join_policy="open")
    public = make_lab(member, "Public lab")
    for_members = make_lab(member, "Members lab", visibility=Lab.Visibility.MEMBERS)
    for_network = make_lab(
        member, "Network lab", visibility=Lab.Visibility.NETWORK, network=network
    )
    add_member(network, third_member)
    assert ids(client.get("/api/v1/labs/")) == {public.pk}
    assert ids(client.get("/api/v1/labs/", **bearer(other_member))) == {public.pk, for_members.pk}
    assert ids(client.get("/api/v1/labs/", **bearer(third_member))) == {
        public.pk,
        for_members.pk,
        for_network.pk,
    }
    assert len(ids(client.get("/api/v1/labs/", **bearer(staff_user)))) == 3
    # The detail answers 404 to those who may not see it, whatever the reason.
    assert client.get(f"/api/v1/labs/{for_members.pk}").status_code == 404
    response = client.get(f"/api/v1/labs/{for_network.pk}", **bearer(other_member))
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"
    assert client.get(f"/api/v1/labs/{for_network.pk}", **bearer(third_member)).status_code == 200


def test_blocked_members_labs_and_comments_stay_out(client, member, other_member, third_member):
    lab = make_lab(member, "Blocker's lab")
    theirs = make_lab(other_member, "Blocked lab")
    services.post_comment(other_member, lab, "From the blocked one")
    services.post_comment(third_member, lab, "From a friend")
    block_member(member, other_member)
    headers = bearer(member)
    assert theirs.pk not in ids(client.get("/api/v1/labs/", **headers))
    assert client.get(f"/api/v1/labs/{theirs.pk}", **headers).status_code == 404
    bodies = [
        c["body"] for c in client.get(f"/api/v1/labs/{lab.pk}/comments", **headers).json()["items"]
    ]
    assert bodies == ["From a friend"]


def test_filters_match_the_listing(client, member):
    poll = make_lab(member, "Which colour?", kind=Lab.Kind.POLL, language="pt", countries=["BR"])
    make_lab(member, "Sound wanted")
    assert ids(client.get("/api/v1/labs/?kind=poll")) == {poll.pk}
    assert ids(client.get("/api/v1/labs/?language=pt")) == {poll.pk}
    assert ids(client.get("/api/v1/labs/?country=br")) == {poll.pk}
    assert ids(client.get("/api/v1/labs/?q=colour")) == {poll.pk}
    assert ids(client.get("/api/v1/labs/?status=expired")) == set()


def test_a_member_comments_and_replies(client, member, other_member):
    lab = make_lab(member)
    headers = bearer(other_member)
    response = client.post(
        f"/api/v1/labs/{lab.pk}/comments",
        {"body": "Count me in"},
        content_type="application/json",
        **headers,
    )
    assert response.status_code == 201, response.content
    comment = Comment.objects.get()
    assert (comment.author, comment.body) == (other_member, "Count me in")
    reply = client.post(
        f"/api/v1/labs/{lab.pk}/comments",
        {"body": "Welcome", "parent": comment.pk},
        content_type="application/json",
        **bearer(member),
    )
    assert reply.status_code == 201
    listed = client.get(f"/api/v1/labs/{lab.pk}/comments").json()["items"]
    assert [c["body"] for c in listed] == ["Count me in"]
    assert [r["body"] for r in listed[0]["replies"]] == ["Welcome"]


def test_bad_comments_are_refused(client, member, other_member):
    lab = make_lab(member)
    headers = bearer(other_member)
    empty = client.post(
        f"/api/v1/labs/{lab.pk}/comments", {"body": ""}, content_type="application/json", **headers
    )
    assert empty.status_code == 422
    assert "body" in error_of(empty)["fields"]
    elsewhere = make_lab(member, "Another")
    foreign = services.post_comment(member, elsewhere, "Elsewhere")
    wrong_parent = client.post(
        f"/api/v1/labs/{lab.pk}/comments",
        {"body": "Hi", "parent": foreign.pk},
        content_type="application/json",
        **headers,
    )
    assert wrong_parent.status_code == 404
    services.close_lab(member, lab)
    closed = client.post(
        f"/api/v1/labs/{lab.pk}/comments",
        {"body": "Late"},
        content_type="application/json",
        **headers,
    )
    assert closed.status_code == 409


def test_no_comment_on_a_lab_one_cannot_see(client, member, other_member):
    hidden = make_lab(member, "Members lab", visibility=Lab.Visibility.MEMBERS)
    assert (
        client.post(
            f"/api/v1/labs/{hidden.pk}/comments", {"body": "x"}, content_type="application/json"
        ).status_code
        == 401
    )
    read_only = bearer(other_member, scope="read")
    assert (
        client.post(
            f"/api/v1/labs/{hidden.pk}/comments",
            {"body": "x"},
            content_type="application/json",
            **read_only,
        ).status_code
        == 403
    )
    assert not Comment.objects.exists()


def test_hidden_comments_lose_their_text_for_others(client, member, other_member, third_member):
    lab = make_lab(member)
    comment = services.post_comment(other_member, lab, "Something rude")
    services.hide_comment(member, comment)
    seen_by_visitor = client.get(f"/api/v1/labs/{lab.pk}/comments").json()["items"][0]
    assert seen_by_visitor["body"] is None and seen_by_visitor["hidden"] is True
    seen_by_author = client.get(f"/api/v1/labs/{lab.pk}/comments", **bearer(other_member)).json()
    assert seen_by_author["items"][0]["body"] == "Something rude"


def test_lab_list_costs_constant_queries(client, member, django_assert_max_num_queries):
    for i in range(2):
        make_lab(member, f"Few {i}")
    with django_assert_max_num_queries(6):
        assert len(client.get("/api/v1/labs/").json()["items"]) == 2
    for i in range(20):
        make_lab(member, f"Many {i}")
    with django_assert_max_num_queries(6):
        assert len(client.get("/api/v1/labs/?limit=50").json()["items"]) == 22


def test_comment_list_costs_constant_queries(
    client, member, other_member, django_assert_max_num_queries
):
    lab = make_lab(member)
    services.post_comment(other_member, lab, "First")
    with django_assert_max_num_queries(8):
        client.get(f"/api/v1/labs/{lab.pk}/comments", **bearer(member))
    for i in range(15):
        top = services.post_comment(other_member, lab, f"Comment {i}")
        services.post_comment(member, lab, f"Reply {i}", top)
    with django_assert_max_num_queries(8):
        body = client.get(f"/api/v1/labs/{lab.pk}/comments?limit=50", **bearer(member)).json()
    assert len(body["items"]) == 16
