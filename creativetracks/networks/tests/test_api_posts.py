"""Editing, deleting, pinning and locking discussion posts through the API, in networks
and platform topics alike: the site's predicates decide who may, its services do it."""

import json

import pytest

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.networks import services
from creativetracks.networks.models import Reply, Thread
from creativetracks.social import services as social

from .conftest import add_member, make_network

pytestmark = pytest.mark.django_db


def send(client, method, path, data=None, headers=None):
    body = json.dumps(data) if data is not None else ""
    return getattr(client, method)(path, body, content_type="application/json", **(headers or {}))


@pytest.fixture(params=["network", "topic"])
def place(request, member, other_member, topic):
    """A discussion started by `other_member`, in a network `member` runs or in a topic,
    with its base path."""
    if request.param == "network":
        network = make_network(member, "Makers")
        add_member(network, other_member)
        thread = services.start_thread(other_member, network=network, title="Kilns", body="Who?")
        return thread, f"/api/v1/networks/{network.slug}/threads/{thread.pk}"
    thread = services.start_thread(other_member, topic=topic, title="Kilns", body="Who?")
    return thread, f"/api/v1/topics/{topic.slug}/threads/{thread.pk}"


def test_the_author_edits_a_discussion_and_a_reply(client, place, other_member):
    thread, path = place
    headers = bearer(other_member)
    edited = send(client, "patch", path, {"body": "Who has a kiln?"}, headers)
    assert edited.status_code == 200, edited.content
    assert edited.json()["title"] == "Kilns" and edited.json()["body"] == "Who has a kiln?"
    renamed = send(client, "patch", path, {"title": "  Shared   kilns "}, headers)
    assert renamed.json()["title"] == "Shared kilns"
    thread.refresh_from_db()
    assert thread.title == "Shared kilns" and thread.body == "Who has a kiln?" and thread.edited
    reply = services.post_reply(other_member, thread, "Me")
    changed = send(client, "patch", f"{path}/replies/{reply.pk}", {"body": "Me too"}, headers)
    assert changed.status_code == 200 and changed.json()["edited"]
    reply.refresh_from_db()
    assert reply.body == "Me too"


def test_editing_refusals(client, place, member, other_member, staff_user):
    thread, path = place
    reply = services.post_reply(other_member, thread, "Mine")
    for user in (member, staff_user):  # admins and staff moderate, they don't edit
        assert send(client, "patch", path, {"body": "X"}, bearer(user)).status_code == 403
        replied = send(client, "patch", f"{path}/replies/{reply.pk}", {"body": "X"}, bearer(user))
        assert replied.status_code == 403
    empty = send(client, "patch", path, {"title": " "}, bearer(other_member))
    assert empty.status_code == 422 and "title" in error_of(empty)["fields"]
    blank = send(client, "patch", f"{path}/replies/{reply.pk}", {"body": ""}, bearer(other_member))
    assert blank.status_code == 422 and "body" in error_of(blank)["fields"]
    assert send(client, "patch", path, {"body": "X"}).status_code == 401
    read = bearer(other_member, scope="read")
    assert send(client, "patch", path, {"body": "X"}, read).status_code == 403
    missing = f"{path}/replies/999999"
    assert send(client, "patch", missing, {"body": "X"}, bearer(other_member)).status_code == 404
    thread.refresh_from_db()
    reply.refresh_from_db()
    assert thread.body == "Who?" and reply.body == "Mine"


def test_deleting_posts(client, place, member, other_member):
    thread, path = place
    stranger = make_user("stranger@example.org")
    first = services.post_reply(other_member, thread, "One")
    second = services.post_reply(other_member, thread, "Two")
    assert (
        send(client, "delete", f"{path}/replies/{first.pk}", None, bearer(stranger)).status_code
        == 403
    )
    assert send(client, "delete", f"{path}/replies/{first.pk}").status_code == 401
    assert (
        send(client, "delete", f"{path}/replies/{first.pk}", None, bearer(other_member)).status_code
        == 204
    )
    thread.refresh_from_db()
    assert thread.reply_count == 1 and not Reply.objects.filter(pk=first.pk).exists()
    assert send(client, "delete", path, None, bearer(stranger)).status_code == 403
    # the network's owner (or staff, in a topic) deletes for moderation
    moderator = member if thread.network_id else make_user("mod@example.org", is_staff=True)
    assert (
        send(client, "delete", f"{path}/replies/{second.pk}", None, bearer(moderator)).status_code
        == 204
    )
    assert send(client, "delete", path, None, bearer(moderator)).status_code == 204
    assert not Thread.objects.filter(pk=thread.pk).exists()
    assert send(client, "delete", path, None, bearer(other_member)).status_code == 404


def test_pinning_and_locking(client, place, member, other_member):
    thread, path = place
    moderator = member if thread.network_id else make_user("mod@example.org", is_staff=True)
    assert (
        send(
            client, "post", f"{path}/moderate", {"action": "pin"}, bearer(other_member)
        ).status_code
        == 403
    )
    assert send(client, "post", f"{path}/moderate", {"action": "pin"}).status_code == 401
    bad = send(client, "post", f"{path}/moderate", {"action": "burn"}, bearer(moderator))
    assert bad.status_code == 422 and "action" in error_of(bad)["fields"]
    pinned = send(client, "post", f"{path}/moderate", {"action": "pin"}, bearer(moderator))
    assert pinned.status_code == 200 and pinned.json()["pinned"] is True
    locked = send(client, "post", f"{path}/moderate", {"action": "lock"}, bearer(moderator))
    assert locked.json()["locked"] is True
    late = send(client, "post", f"{path}/replies", {"body": "Late"}, bearer(other_member))
    assert late.status_code == 409
    send(client, "post", f"{path}/moderate", {"action": "unlock"}, bearer(moderator))
    send(client, "post", f"{path}/moderate", {"action": "unpin"}, bearer(moderator))
    thread.refresh_from_db()
    assert not thread.pinned and not thread.locked


def test_blocked_members_replies_are_out_of_reach(client, place, member, other_member):
    thread, path = place
    third = make_user("third@example.org")
    if thread.network_id:
        add_member(thread.network, third)
    reply = services.post_reply(third, thread, "Hello")
    social.block_member(other_member, third)
    gone = send(client, "delete", f"{path}/replies/{reply.pk}", None, bearer(other_member))
    assert gone.status_code == 404
