"""A conversation is for its participants only: anyone else gets 404, staff included."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conftest import make_user
from creativetracks.messaging import services
from creativetracks.messaging.models import Attachment, Message, Participant
from creativetracks.social.tests.builders import connect, member_named

from .test_attachments import PDF


@pytest.fixture
def private_chat(member, other_member):
    connect(member, other_member)
    conversation = services.start_conversation(member, [other_member], "Just between us")
    client_file = SimpleUploadedFile("plan.pdf", PDF, "application/pdf")
    from creativetracks.messaging.attachments import prepare_attachment

    services.send_message(member, conversation, "", prepare_attachment(client_file))
    return conversation


def urls_of(conversation) -> list[tuple[str, str]]:
    attachment = Attachment.objects.get(message__conversation=conversation)
    pk = conversation.pk
    return [
        ("get", reverse("conversation_detail", args=[pk])),
        ("get", reverse("conversation_updates", args=[pk])),
        ("get", reverse("message_attachment", args=[pk, attachment.pk])),
        ("post", reverse("conversation_detail", args=[pk])),
        ("post", reverse("conversation_mute", args=[pk])),
        ("post", reverse("conversation_leave", args=[pk])),
        ("post", reverse("conversation_accept", args=[pk])),
        ("post", reverse("conversation_ignore", args=[pk])),
        ("post", reverse("conversation_block", args=[pk])),
    ]


@pytest.mark.parametrize("who", ["stranger", "staff"])
def test_outsiders_get_404_everywhere(client, private_chat, who):
    outsider = (
        member_named("Nosy Neighbour")
        if who == "stranger"
        else make_user("boss@example.org", is_staff=True, is_superuser=True)
    )
    client.force_login(outsider)
    for method, url in urls_of(private_chat):
        response = getattr(client, method)(url, {"body": "sneaky"} if method == "post" else None)
        assert response.status_code == 404, (method, url)
    assert not Message.objects.filter(body="sneaky").exists()
    assert not Participant.objects.filter(user=outsider).exists()
    assert b"Just between us" not in client.get(reverse("conversation_list")).content


def test_visitors_are_sent_to_sign_in(client, private_chat):
    for method, url in urls_of(private_chat):
        response = getattr(client, method)(url)
        assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_a_member_who_left_reads_no_more(client, member, other_member):
    third = member_named("Third Person")
    connect(member, other_member)
    connect(member, third)
    group = services.start_conversation(member, [other_member, third], "Hi all", title="Trio")
    services.leave_conversation(third, group)
    client.force_login(third)
    assert client.get(group.get_absolute_url()).status_code == 404
    assert client.post(group.get_absolute_url(), {"body": "back?"}).status_code == 404
