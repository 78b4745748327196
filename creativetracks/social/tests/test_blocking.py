"""A block works in both directions: neither member can message, connect with, follow or
mention the other, and neither sees the other's activity."""

import pytest
from django.urls import reverse

from creativetracks.messaging.models import Conversation, Message
from creativetracks.notifications.models import Notification
from creativetracks.social import services
from creativetracks.social.models import Block, Connection, Follow
from creativetracks.social.permissions import can_mention
from creativetracks.social.queries import feed_for, mentioned_members

from .builders import connect


@pytest.fixture(params=["blocker acts", "blocked acts"])
def pair(request, member, other_member):
    """(actor, target) after `member` blocked `other_member`, in both directions."""
    services.block_member(member, other_member)
    return (member, other_member) if request.param == "blocker acts" else (other_member, member)


def test_blocking_removes_connections_and_follows(client, member, other_member):
    connect(member, other_member)
    Follow.objects.create(follower=member, followed_user=other_member)
    Follow.objects.create(follower=other_member, followed_user=member)
    client.force_login(member)
    response = client.post(reverse("block_person", args=[other_member.profile.handle]))
    assert response.status_code == 302
    assert Block.objects.filter(blocker=member, blocked=other_member).exists()
    assert not Connection.objects.exists() and not Follow.objects.exists()
    assert not Notification.objects.filter(recipient=other_member, kind__contains="block").exists()


def test_no_following(client, pair):
    actor, target = pair
    client.force_login(actor)
    response = client.post(reverse("follow_person", args=[target.profile.handle]))
    assert response.status_code == 403
    assert not Follow.objects.exists()


def test_no_connecting(client, pair):
    actor, target = pair
    client.force_login(actor)
    response = client.post(reverse("connection_request", args=[target.profile.handle]))
    assert response.status_code == 422
    assert b"You can&#x27;t connect with this member." in response.content
    assert not Connection.objects.exists()


def test_no_new_conversation(client, pair):
    actor, target = pair
    client.force_login(actor)
    response = client.post(
        reverse("conversation_new"), {"to": target.profile.handle, "body": "Hello?"}
    )
    assert response.status_code == 422
    assert b"You can&#x27;t send messages to" in response.content
    assert not Message.objects.exists()


def test_no_message_in_an_existing_conversation(client, member, other_member):
    from creativetracks.messaging import services as messaging

    connect(member, other_member)
    conversation = messaging.start_conversation(member, [other_member], "Before the block")
    services.block_member(other_member, member)
    for sender in (member, other_member):
        client.force_login(sender)
        page = client.get(conversation.get_absolute_url())
        assert (
            b"You can&#x27;t send messages to" in page.content
            and b'id="compose"' not in page.content
        )
        response = client.post(conversation.get_absolute_url(), {"body": "After the block"})
        assert response.status_code == 422
    assert not Message.objects.filter(body="After the block").exists()


def test_in_a_group_their_messages_are_hidden_from_each_other(client, member, other_member):
    from creativetracks.messaging import services as messaging

    from .builders import member_named

    third = member_named("Third Person")
    connect(member, other_member)
    connect(member, third)
    group = messaging.start_conversation(member, [other_member, third], "Hi all", title="Trio")
    messaging.send_message(other_member, group, "Otto here")
    services.block_member(member, other_member)
    client.force_login(member)
    assert b"Otto here" not in client.get(group.get_absolute_url()).content
    client.force_login(third)
    assert b"Otto here" in client.get(group.get_absolute_url()).content


def test_no_mentions(pair):
    actor, target = pair
    assert mentioned_members(actor, f"Thanks @{target.profile.handle}!") == []
    assert not can_mention(actor, target)


def test_mentions_reach_visible_unblocked_members(member, other_member):
    text = (
        f"Thanks @{other_member.profile.handle} and @nobody-at-all, and me @{member.profile.handle}"
    )
    assert mentioned_members(member, text) == [other_member]
    assert can_mention(member, other_member) and not can_mention(member, member)
    assert services.notify_mentions(member, text, url="/x/", where="a discussion") == [other_member]
    assert Notification.objects.get(recipient=other_member, kind="mention").text == (
        "Mia Member mentioned you in a discussion"
    )


def test_no_activity_either_way(pair):
    actor, target = pair
    services.record_activity(target, "posted_thread", text="Target's thread", audience="members")
    assert "Target's thread" not in {a.text for a in feed_for(actor).object_list}
    assert target not in {a.actor for a in feed_for(actor).object_list}


def test_block_from_a_conversation_and_unblock(client, member, other_member):
    from creativetracks.messaging import services as messaging

    messaging.start_conversation(other_member, [member], "Buy my course")
    conversation = Conversation.objects.get()
    client.force_login(member)
    response = client.post(reverse("conversation_block", args=[conversation.pk]))
    assert response.status_code == 302
    block = Block.objects.get(blocker=member, blocked=other_member)
    assert b"Otto Other" in client.get(reverse("block_list")).content
    client.post(reverse("block_remove", args=[block.pk]))
    assert not Block.objects.exists()


def test_only_your_own_blocks_can_be_lifted(client, member, other_member):
    block = services.block_member(member, other_member)
    client.force_login(other_member)
    assert client.post(reverse("block_remove", args=[block.pk])).status_code == 404
    assert Block.objects.exists()


def test_nobody_blocks_themself(client, member):
    client.force_login(member)
    assert client.post(reverse("block_person", args=[member.profile.handle])).status_code == 400
