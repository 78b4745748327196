from django.urls import reverse

from creativetracks.messaging import services
from creativetracks.messaging.models import Conversation, Message
from creativetracks.social.tests.builders import connect, member_named


def test_new_conversations_are_rate_limited(client, member, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "conversation": "2/d"}
    people = [member_named(f"Person {n}") for n in range(3)]
    client.force_login(member)
    statuses = [
        client.post(reverse("conversation_new"), {"to": p.profile.handle, "body": "Hi"}).status_code
        for p in people
    ]
    assert statuses == [302, 302, 429]
    assert Conversation.objects.count() == 2
    assert client.get(reverse("conversation_new")).status_code == 200  # reading is not limited


def test_sending_is_rate_limited(client, member, other_member, settings):
    connect(member, other_member)
    conversation = services.start_conversation(member, [other_member], "Hi")
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "message": "3/d"}
    client.force_login(member)
    statuses = [
        client.post(conversation.get_absolute_url(), {"body": f"Message {n}"}).status_code
        for n in range(4)
    ]
    assert statuses == [302, 302, 302, 429]
    response = client.post(conversation.get_absolute_url(), {"body": "again"})
    assert b"Too many attempts" in response.content
    assert Message.objects.count() == 4
