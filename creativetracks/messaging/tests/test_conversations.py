import pytest
from django.db import connection
from django.urls import reverse

from creativetracks.messaging import services
from creativetracks.messaging.models import Conversation, Message, Participant
from creativetracks.notifications.models import Notification
from creativetracks.social.tests.builders import connect, member_named, network_of, race


def start(client, sender, *recipients, body="Hello!", title=""):
    client.force_login(sender)
    return client.post(
        reverse("conversation_new"),
        {"to": ", ".join(r.profile.handle for r in recipients), "body": body, "title": title},
    )


def state_of(user, conversation) -> str:
    return Participant.objects.get(user=user, conversation=conversation).state


def test_connected_members_land_in_each_others_inbox(client, member, other_member):
    connect(member, other_member)
    response = start(client, member, other_member, body="Shall we meet in *Porto*?")
    conversation = Conversation.objects.get()
    assert response["Location"] == conversation.get_absolute_url()
    assert state_of(other_member, conversation) == "accepted"
    client.force_login(other_member)
    inbox = client.get(reverse("conversation_list"))
    assert b"Mia Member" in inbox.content and b"Shall we meet" in inbox.content
    page = client.get(conversation.get_absolute_url())
    assert b"<em>Porto</em>" in page.content


def test_members_of_one_network_write_directly(client, member, other_member):
    network_of(member, other_member)
    start(client, member, other_member)
    assert state_of(other_member, Conversation.objects.get()) == "accepted"


def test_anyone_else_sends_a_request_that_can_be_accepted(client, member, other_member):
    start(client, member, other_member, body="Hi, I loved your film.")
    conversation = Conversation.objects.get()
    assert state_of(other_member, conversation) == "requested"
    assert Notification.objects.filter(recipient=other_member, kind="message_request").exists()

    # The asker waits: a second message is refused until the request is accepted.
    response = client.post(conversation.get_absolute_url(), {"body": "Hello??"})
    assert response.status_code == 422
    assert b"has not been accepted yet" in response.content
    assert Message.objects.count() == 1

    client.force_login(other_member)
    assert b"Mia Member" not in client.get(reverse("conversation_list")).content
    requests = client.get(reverse("message_requests"))
    assert b"Mia Member" in requests.content and b"I loved your film" in requests.content
    client.post(reverse("conversation_accept", args=[conversation.pk]))
    assert state_of(other_member, conversation) == "accepted"
    assert b"Mia Member" in client.get(reverse("conversation_list")).content
    client.force_login(member)
    assert client.post(conversation.get_absolute_url(), {"body": "Thanks!"}).status_code == 302


def test_replying_to_a_request_accepts_it(client, member, other_member):
    start(client, member, other_member)
    conversation = Conversation.objects.get()
    client.force_login(other_member)
    client.post(conversation.get_absolute_url(), {"body": "Hello to you"})
    assert state_of(other_member, conversation) == "accepted"


def test_an_ignored_request_disappears_and_the_sender_cannot_insist(client, member, other_member):
    start(client, member, other_member)
    conversation = Conversation.objects.get()
    client.force_login(other_member)
    client.post(reverse("conversation_ignore", args=[conversation.pk]))
    assert state_of(other_member, conversation) == "ignored"
    assert b"Mia Member" not in client.get(reverse("message_requests")).content
    response = start(client, member, other_member, body="Again")
    assert response.status_code == 422  # not told it was ignored: just "not accepted yet"
    assert b"not been accepted yet" in response.content
    assert Message.objects.count() == 1


def test_one_conversation_per_pair_and_starting_from_a_profile(client, member, other_member):
    connect(member, other_member)
    start(client, member, other_member, body="First")
    conversation = Conversation.objects.get()
    new = reverse("conversation_new") + f"?to={other_member.profile.handle}"
    client.force_login(other_member)
    assert client.get(reverse("conversation_new") + "?to=mia-member")["Location"] == (
        conversation.get_absolute_url()
    )
    start(client, other_member, member, body="Second")
    assert Conversation.objects.count() == 1 and conversation.messages.count() == 2
    client.force_login(member_named("Third Person"))
    page = client.get(new)
    assert page.status_code == 200 and b'value="otto-other"' in page.content


def test_small_groups_of_up_to_twenty(client, member):
    people = [member_named(f"Group Member {n}") for n in range(20)]
    response = start(client, member, *people, title="Too many")
    assert response.status_code == 422
    assert b"at most 20 people" in response.content
    start(client, member, *people[:19], title="Porto crew")
    conversation = Conversation.objects.get()
    assert conversation.is_group and conversation.participants.count() == 20
    assert b"Porto crew" in client.get(reverse("conversation_list")).content


def test_leaving_a_group(client, member, other_member):
    third = member_named("Third Person")
    for person in (other_member, third):
        connect(member, person)
    start(client, member, other_member, third, title="Trio")
    conversation = Conversation.objects.get()
    client.force_login(other_member)
    assert client.post(reverse("conversation_leave", args=[conversation.pk])).status_code == 302
    assert client.get(conversation.get_absolute_url()).status_code == 404
    assert b"Trio" not in client.get(reverse("conversation_list")).content
    client.force_login(member)
    assert (
        b"Otto Other left the conversation" in client.get(conversation.get_absolute_url()).content
    )


def test_one_to_one_conversations_cannot_be_left(client, member, other_member):
    connect(member, other_member)
    start(client, member, other_member)
    conversation = Conversation.objects.get()
    assert client.post(reverse("conversation_leave", args=[conversation.pk])).status_code == 400


def test_unknown_and_hidden_handles_are_refused_alike(client, member):
    hidden = member_named("Hugo Hidden", visibility="hidden")
    for handle in (hidden.profile.handle, "nobody-here"):
        client.force_login(member)
        response = client.post(reverse("conversation_new"), {"to": handle, "body": "Hi"})
        assert response.status_code == 422
        assert b"No member has the handle" in response.content
    assert not Conversation.objects.exists()


def test_a_hidden_member_can_write_and_be_answered(client, member):
    hidden = member_named("Hugo Hidden", visibility="hidden")
    start(client, hidden, member, body="Psst")
    conversation = Conversation.objects.get()
    client.force_login(member)
    page = client.get(conversation.get_absolute_url())
    assert b"Hugo Hidden" in page.content
    assert hidden.profile.get_absolute_url().encode() not in page.content  # no link to 404
    assert client.post(conversation.get_absolute_url(), {"body": "Hi"}).status_code == 302


def test_message_text_is_markdown_light_and_sanitised(client, member, other_member):
    connect(member, other_member)
    start(client, member, other_member, body="line one\nline two <script>alert(1)</script>")
    client.force_login(other_member)
    page = client.get(Conversation.objects.get().get_absolute_url()).content.decode()
    assert "line one<br" in page
    assert "<script>alert(1)" not in page


def test_an_empty_message_is_refused(client, member, other_member):
    connect(member, other_member)
    response = start(client, member, other_member, body="   ")
    assert response.status_code == 422
    assert b"Write a message or attach a file." in response.content
    assert not Conversation.objects.exists()


def test_mute_and_unmute(client, member, other_member):
    connect(member, other_member)
    start(client, member, other_member)
    conversation = Conversation.objects.get()
    client.force_login(other_member)
    client.post(reverse("conversation_mute", args=[conversation.pk]), {"muted": "1"})
    assert Participant.objects.get(user=other_member).muted
    client.post(reverse("conversation_mute", args=[conversation.pk]), {"muted": "0"})
    assert not Participant.objects.get(user=other_member).muted


@pytest.mark.django_db(transaction=True)
def test_two_members_starting_a_conversation_at_once_share_one():
    if connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers, so two starts cannot race; run on PostgreSQL")
    first = member_named("Ana Race", email="ana@example.org")
    second = member_named("Rui Race", email="rui@example.org")
    connect(first, second)
    outcomes = race(
        Conversation,
        [
            lambda: services.start_conversation(first, [second], "Hi Rui"),
            lambda: services.start_conversation(second, [first], "Hi Ana"),
        ],
    )
    [conversation] = Conversation.objects.all()
    assert all(o == conversation for o in outcomes), outcomes
    assert conversation.participants.count() == 2
    assert sorted(conversation.messages.values_list("body", flat=True)) == ["Hi Ana", "Hi Rui"]
