import re

import pytest
from django.urls import reverse

from creativetracks.messaging import services
from creativetracks.messaging.models import Conversation, Participant
from creativetracks.messaging.queries import unread_conversation_count
from creativetracks.social.tests.builders import connect, member_named

PROCESSOR = "creativetracks.messaging.context_processors.messaging"


@pytest.fixture
def header_counts(settings):
    """The header's unread count needs the messaging context processor (the lead adds it
    to settings; until then the template shows no count rather than failing)."""
    processors = settings.TEMPLATES[0]["OPTIONS"]["context_processors"]
    if PROCESSOR not in processors:
        settings.TEMPLATES = [
            {
                **settings.TEMPLATES[0],
                "OPTIONS": {
                    **settings.TEMPLATES[0]["OPTIONS"],
                    "context_processors": [*processors, PROCESSOR],
                },
            }
        ]


def header_count(client) -> str | None:
    html = client.get(reverse("conversation_list")).content.decode()
    match = re.search(r'href="/messages/">.*?header-icon__count">(\d+)', html, re.S)
    return match.group(1) if match else None


def chat(sender, *recipients, body="Hello"):
    for recipient in recipients:
        connect(sender, recipient)
    return services.start_conversation(sender, list(recipients), body)


def test_unread_conversations_show_in_the_header_until_read(
    client, member, other_member, header_counts
):
    conversation = chat(member, other_member)
    services.send_message(member, conversation, "Are you there?")
    client.force_login(other_member)
    assert header_count(client) == "1"
    inbox = client.get(reverse("conversation_list")).content.decode()
    assert 'count-badge">2' in inbox  # two unread messages in the row
    client.get(conversation.get_absolute_url())
    assert header_count(client) is None
    client.force_login(member)
    assert header_count(client) is None  # your own messages are never unread


def test_read_state_is_per_participant(member, other_member):
    third = member_named("Third Person")
    conversation = chat(member, other_member, third)
    services.mark_read(Participant.objects.get(user=third), conversation)
    assert unread_conversation_count(other_member) == 1
    assert unread_conversation_count(third) == 0


def test_muted_conversations_leave_the_header_alone(member, other_member):
    chat(member, other_member)
    services.set_muted(other_member, Conversation.objects.get(), True)
    assert unread_conversation_count(other_member) == 0


def test_message_requests_count_until_answered(member, other_member):
    services.start_conversation(member, [other_member], "Hi there")
    assert unread_conversation_count(other_member) == 1
    services.ignore_request(other_member, Conversation.objects.get())
    assert unread_conversation_count(other_member) == 0


def test_new_messages_arrive_through_polling_and_are_marked_read(client, member, other_member):
    conversation = chat(member, other_member)
    client.force_login(other_member)
    page = client.get(conversation.get_absolute_url())
    last_id = page.context["view"].last_id
    updates = reverse("conversation_updates", args=[conversation.pk])
    assert client.get(updates, {"after": last_id}).status_code == 204

    services.send_message(member, conversation, "Second *message*")
    assert unread_conversation_count(other_member) == 1
    response = client.get(updates, {"after": last_id}, headers={"HX-Request": "true"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Second <em>message</em>" in html
    assert 'hx-swap-oob="beforeend:#message-list"' in html
    assert f'?after={last_id + 1}"' in html or "?after=" in html
    assert unread_conversation_count(other_member) == 0


def test_sending_with_htmx_returns_an_empty_form_and_asks_for_the_new_message(
    client, member, other_member
):
    conversation = chat(member, other_member)
    client.force_login(other_member)
    response = client.post(
        conversation.get_absolute_url(), {"body": "Reply"}, headers={"HX-Request": "true"}
    )
    assert response.status_code == 200
    assert response["HX-Trigger"] == "messages-changed"
    assert b'id="compose"' in response.content and b"Reply</textarea>" not in response.content
    invalid = client.post(
        conversation.get_absolute_url(), {"body": ""}, headers={"HX-Request": "true"}
    )
    assert invalid.status_code == 422 and b"Write a message" in invalid.content


def test_earlier_messages_page(client, member, other_member):
    conversation = chat(member, other_member, body="Message 0")
    for n in range(1, 60):
        services.send_message(member, conversation, f"Message {n}")
    client.force_login(other_member)
    page = client.get(conversation.get_absolute_url())
    assert b"Message 59" in page.content and b"Message 9<" not in page.content
    earlier = page.context["view"].messages[0].pk
    older = client.get(conversation.get_absolute_url(), {"before": earlier})
    assert b"Message 9<" in older.content and b"message-poller" not in older.content


def test_the_header_link_is_there_even_without_the_context_processor(client, member, settings):
    processors = settings.TEMPLATES[0]["OPTIONS"]["context_processors"]
    settings.TEMPLATES = [
        {
            **settings.TEMPLATES[0],
            "OPTIONS": {
                **settings.TEMPLATES[0]["OPTIONS"],
                "context_processors": [p for p in processors if p != PROCESSOR],
            },
        }
    ]
    client.force_login(member)
    assert b'href="/messages/"' in client.get(reverse("home")).content


def test_messages_hidden_by_a_block_are_never_unread(client, member, other_member):
    from creativetracks.social.services import block_member

    third = member_named("Third Person")
    conversation = chat(other_member, member, third)
    services.mark_read(Participant.objects.get(user=member), conversation)
    block_member(member, third)

    services.send_message(third, conversation, "You can't see me")

    assert unread_conversation_count(member) == 0
    assert unread_conversation_count(other_member) == 1
    client.force_login(member)
    inbox = client.get(reverse("conversation_list")).content.decode()
    assert "count-badge" not in inbox
    services.send_message(other_member, conversation, "But me you can")
    assert unread_conversation_count(member) == 1
