"""The API's messages: only one's own conversations, written through the messaging
services (message requests, blocks, rate limits as on the site)."""

import json

import pytest

from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.messaging import services
from creativetracks.messaging.models import Message, Participant
from creativetracks.social import services as social
from creativetracks.social.tests.builders import connect, member_named, network_of

pytestmark = pytest.mark.django_db


def post(client, path, data, headers):
    return client.post(path, json.dumps(data), content_type="application/json", **headers)


@pytest.fixture
def chat(member, other_member):
    connect(member, other_member)
    conversation = services.start_conversation(other_member, [member], "Hello *Mia*")
    services.send_message(member, conversation, "Hi Otto")
    return conversation


def test_my_conversations_and_their_messages(client, member, other_member, chat):
    headers = bearer(member)
    body = client.get("/api/v1/messages/", **headers).json()
    [row] = body["items"]
    assert row["id"] == chat.pk and row["state"] == "accepted" and not row["is_group"]
    assert row["participants"] == [
        {
            "display_name": "Otto Other",
            "handle": other_member.profile.handle,
            "url": row["participants"][0]["url"],
        }
    ]
    assert row["title"] == "Otto Other" and row["unread"] == 0
    messages = client.get(f"/api/v1/messages/{chat.pk}/messages", **headers).json()["items"]
    assert [m["body"] for m in messages] == ["Hi Otto", "Hello *Mia*"]  # newest first
    assert messages[1]["sender"]["display_name"] == "Otto Other"


def test_sending_goes_through_the_service_and_counts_as_unread(client, member, other_member, chat):
    response = post(
        client, f"/api/v1/messages/{chat.pk}/messages", {"body": "See you"}, bearer(other_member)
    )
    assert response.status_code == 201 and response.json()["body"] == "See you"
    assert Message.objects.filter(conversation=chat).count() == 3
    headers = bearer(member)
    assert client.get(f"/api/v1/messages/{chat.pk}", **headers).json()["unread"] == 1
    assert post(client, f"/api/v1/messages/{chat.pk}/read", {}, headers).json()["unread"] == 0


def test_empty_messages_are_refused_with_the_sites_message(client, member, chat):
    response = post(client, f"/api/v1/messages/{chat.pk}/messages", {"body": "  "}, bearer(member))
    assert response.status_code == 422
    assert error_of(response)["fields"] == {"__all__": ["Write a message or attach a file."]}


def test_nobody_else_reads_or_writes_a_conversation(client, chat, staff_user):
    outsider = member_named("Olga Outsider")
    for user in (outsider, staff_user):
        headers = bearer(user)
        assert client.get(f"/api/v1/messages/{chat.pk}", **headers).status_code == 404
        assert client.get(f"/api/v1/messages/{chat.pk}/messages", **headers).status_code == 404
        response = post(client, f"/api/v1/messages/{chat.pk}/messages", {"body": "x"}, headers)
        assert response.status_code == 404
        assert client.get("/api/v1/messages/", **headers).json()["items"] == []
    assert client.get("/api/v1/messages/").status_code == 401


def test_strangers_send_a_message_request(client, member):
    stranger = member_named("Sal Stranger", visibility="public")
    response = post(
        client,
        "/api/v1/messages/",
        {"to": [stranger.profile.handle], "body": "Hi!"},
        bearer(member),
    )
    assert response.status_code == 201
    conversation_id = response.json()["id"]
    assert (
        Participant.objects.get(user=stranger, conversation_id=conversation_id).state == "requested"
    )
    headers = bearer(stranger)
    assert client.get("/api/v1/messages/", **headers).json()["items"] == []
    [request] = client.get("/api/v1/messages/?requests=true", **headers).json()["items"]
    assert request["id"] == conversation_id and request["state"] == "requested"
    # the sender waits for an answer; answering accepts the request
    again = post(
        client, f"/api/v1/messages/{conversation_id}/messages", {"body": "Hello?"}, bearer(member)
    )
    assert again.status_code == 403
    assert (
        post(
            client, f"/api/v1/messages/{conversation_id}/messages", {"body": "Hi"}, headers
        ).status_code
        == 201
    )
    assert (
        Participant.objects.get(user=stranger, conversation_id=conversation_id).state == "accepted"
    )


def test_blocks_and_hidden_profiles_are_respected(client, member, other_member, chat):
    hidden = member_named("Hu Hidden", visibility="hidden")
    response = post(
        client, "/api/v1/messages/", {"to": [hidden.profile.handle], "body": "x"}, bearer(member)
    )
    assert response.status_code == 422
    assert "No member has the handle" in error_of(response)["fields"]["to"][0]
    social.block_member(other_member, member)
    response = post(client, f"/api/v1/messages/{chat.pk}/messages", {"body": "x"}, bearer(member))
    assert response.status_code == 403
    assert "can't send messages" in error_of(response)["message"]
    response = post(
        client,
        "/api/v1/messages/",
        {"to": [other_member.profile.handle], "body": "x"},
        bearer(member),
    )
    assert response.status_code in (403, 422)


def test_group_conversation_hides_blocked_members_messages(client, member, other_member):
    third = member_named("Tia Third")
    network_of(member, other_member, third)
    group = services.start_conversation(member, [other_member, third], "Welcome", title="Crew")
    services.send_message(third, group, "From Tia")
    social.block_member(member, third)
    bodies = [
        m["body"]
        for m in client.get(f"/api/v1/messages/{group.pk}/messages", **bearer(member)).json()[
            "items"
        ]
    ]
    assert "From Tia" not in bodies and "Welcome" in bodies


def test_new_conversations_share_the_sites_rate_limit(client, member, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "conversation": "2/h"}
    headers = bearer(member)
    statuses = []
    for number in range(3):
        person = member_named(f"Pat {number}", visibility="public")
        statuses.append(
            post(
                client, "/api/v1/messages/", {"to": [person.profile.handle], "body": "Hi"}, headers
            ).status_code
        )
    assert statuses == [201, 201, 429]


def test_read_only_tokens_cannot_send(client, member, chat):
    response = post(
        client, f"/api/v1/messages/{chat.pk}/messages", {"body": "x"}, bearer(member, scope="read")
    )
    assert response.status_code == 403


@pytest.mark.parametrize("size", [2, 12])
def test_lists_cost_constant_queries(client, member, django_assert_max_num_queries, size):
    others = [member_named(f"Friend {n}") for n in range(size)]
    network_of(member, *others)
    for other in others:
        conversation = services.start_conversation(other, [member], "Hi")
        services.send_message(member, conversation, "Hello")
    group = services.start_conversation(member, others, "All of you", title="All")
    for other in others:
        services.send_message(other, group, f"From {other.pk}")
    headers = bearer(member)
    with django_assert_max_num_queries(7):
        body = client.get("/api/v1/messages/?limit=100", **headers).json()
    assert len(body["items"]) == size + 1
    with django_assert_max_num_queries(7):
        body = client.get(f"/api/v1/messages/{group.pk}/messages?limit=100", **headers).json()
    assert len(body["items"]) == size + 1
