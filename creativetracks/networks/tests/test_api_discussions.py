"""A network's discussions through the API: read as the site lets the caller read them,
posted through the discussion services."""

import json

import pytest

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.networks import services
from creativetracks.networks.models import Reply, Thread
from creativetracks.social import services as social

from .conftest import add_member, make_network

pytestmark = pytest.mark.django_db


def post(client, path, data, headers):
    return client.post(path, json.dumps(data), content_type="application/json", **headers)


def test_members_read_and_post(client, network, member, other_member):
    add_member(network, other_member)
    base = f"/api/v1/networks/{network.slug}/threads"
    started = post(
        client, base, {"title": "  Kiln  share ", "body": "Who has a *kiln*?"}, bearer(other_member)
    )
    assert started.status_code == 201
    thread = started.json()
    assert thread["title"] == "Kiln share" and thread["author"]["display_name"] == "Otto Other"
    reply = post(client, f"{base}/{thread['id']}/replies", {"body": "I do"}, bearer(member))
    assert reply.status_code == 201 and reply.json()["body"] == "I do"
    [row] = client.get(base, **bearer(member)).json()["items"]
    assert row["id"] == thread["id"] and row["reply_count"] == 1
    detail = client.get(f"{base}/{thread['id']}", **bearer(member)).json()
    assert detail["body"] == "Who has a *kiln*?" and detail["can_reply"] is True
    replies = client.get(f"{base}/{thread['id']}/replies", **bearer(other_member)).json()["items"]
    assert [r["body"] for r in replies] == ["I do"]


def test_who_may_read_and_post(client, member, other_member):
    public = make_network(member, "Open Makers")
    unlisted = make_network(member, "Quiet Circle", listing="unlisted")
    services.start_thread(member, network=public, title="Hello", body="Hi")
    secret = services.start_thread(member, network=unlisted, title="Psst", body="Secret")
    # visitors never read discussions
    assert client.get(f"/api/v1/networks/{public.slug}/threads").status_code == 401
    # any signed-in member reads a public network's discussions, but only members post
    headers = bearer(other_member)
    assert (
        len(client.get(f"/api/v1/networks/{public.slug}/threads", **headers).json()["items"]) == 1
    )
    refused = post(
        client, f"/api/v1/networks/{public.slug}/threads", {"title": "x", "body": "y"}, headers
    )
    assert refused.status_code == 403
    # an unlisted network's discussions are for its members
    assert client.get(f"/api/v1/networks/{unlisted.slug}/threads", **headers).status_code == 403
    assert (
        client.get(f"/api/v1/networks/{unlisted.slug}/threads/{secret.pk}", **headers).status_code
        == 403
    )
    # a thread is only found under its own network
    assert (
        client.get(f"/api/v1/networks/{public.slug}/threads/{secret.pk}", **headers).status_code
        == 404
    )
    assert Thread.objects.count() == 2


def test_blocks_locks_and_bad_input(client, network, member, other_member):
    add_member(network, other_member)
    thread = services.start_thread(other_member, network=network, title="Hi", body="Hello")
    services.post_reply(member, thread, "Owner reply")
    base = f"/api/v1/networks/{network.slug}/threads"
    empty = post(client, f"{base}/{thread.pk}/replies", {"body": "   "}, bearer(member))
    assert empty.status_code == 422 and error_of(empty)["fields"] == {
        "body": ["This field is required."]
    }
    services.set_thread_flags(member, thread, locked=True)
    locked = post(client, f"{base}/{thread.pk}/replies", {"body": "More"}, bearer(member))
    assert locked.status_code == 409 and "locked" in error_of(locked)["message"]
    social.block_member(member, other_member)
    assert client.get(base, **bearer(member)).json()["items"] == []
    assert client.get(f"{base}/{thread.pk}", **bearer(member)).status_code == 404
    # the thread's author still reads it, without the replies of the member who blocked them
    replies = client.get(f"{base}/{thread.pk}/replies", **bearer(other_member)).json()
    assert replies["items"] == []
    assert Reply.objects.count() == 1


def test_read_only_tokens_and_unverified_members(client, network, member):
    base = f"/api/v1/networks/{network.slug}/threads"
    assert (
        post(client, base, {"title": "x", "body": "y"}, bearer(member, scope="read")).status_code
        == 403
    )
    unverified = make_user("new@example.org", verified=False)
    add_member(network, unverified)
    assert post(client, base, {"title": "x", "body": "y"}, bearer(unverified)).status_code == 403


@pytest.mark.parametrize("size", [2, 12])
def test_lists_cost_constant_queries(client, network, member, django_assert_max_num_queries, size):
    thread = services.start_thread(member, network=network, title="First", body="x")
    for number in range(size):
        author = make_user(f"m{number}@example.org", display_name=f"M {number}")
        add_member(network, author)
        services.start_thread(author, network=network, title=f"T {number}", body="x")
        services.post_reply(author, thread, f"Reply {number}")
    headers = bearer(member)
    with django_assert_max_num_queries(9):
        body = client.get(f"/api/v1/networks/{network.slug}/threads?limit=100", **headers).json()
    assert len(body["items"]) == size + 1
    with django_assert_max_num_queries(10):
        path = f"/api/v1/networks/{network.slug}/threads/{thread.pk}/replies?limit=100"
        body = client.get(path, **headers).json()
    assert len(body["items"]) == size
