"""Conversation states and attachments through the API: message requests answered,
muting, leaving, blocking, files sent with the site's checks and read by participants
only."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.messaging import services
from creativetracks.messaging.models import Attachment, Message, Participant
from creativetracks.social.models import Block
from creativetracks.social.tests.builders import connect, member_named

from .test_attachments import PDF, jpeg

pytestmark = pytest.mark.django_db


def post(client, path, data=None, headers=None):
    body = json.dumps(data) if data is not None else ""
    return client.post(
        f"/api/v1/messages/{path}", body, content_type="application/json", **(headers or {})
    )


@pytest.fixture
def chat(member, other_member):
    connect(member, other_member)
    return services.start_conversation(other_member, [member], "Hello")


def test_a_message_request_is_accepted_or_ignored(client, member):
    stranger = member_named("Sam Stranger")
    request = services.start_conversation(stranger, [member], "Hi, we haven't met")
    mine = Participant.objects.get(conversation=request, user=member)
    assert mine.state == "requested"
    accepted = post(client, f"{request.pk}/accept", headers=bearer(member))
    assert accepted.status_code == 200 and accepted.json()["state"] == "accepted"

    other = member_named("Olga Other")
    second = services.start_conversation(other, [member], "Buy my things")
    ignored = post(client, f"{second.pk}/ignore", headers=bearer(member))
    assert ignored.status_code == 204
    assert Participant.objects.get(conversation=second, user=member).state == "ignored"
    # an accepted conversation is no request to ignore
    assert post(client, f"{request.pk}/ignore", headers=bearer(member)).status_code == 409


def test_mute_unmute_and_leave(client, member, other_member, chat):
    headers = bearer(member)
    muted = post(client, f"{chat.pk}/mute", {}, headers)
    assert muted.status_code == 200 and muted.json()["muted"] is True
    unmuted = post(client, f"{chat.pk}/mute", {"muted": False}, headers)
    assert unmuted.json()["muted"] is False
    wrong = post(client, f"{chat.pk}/mute", {"muted": "perhaps"}, headers)
    assert wrong.status_code == 422
    one_to_one = post(client, f"{chat.pk}/leave", headers=headers)
    assert one_to_one.status_code == 409

    third = member_named("Tia Third")
    connect(member, third)
    group = services.start_conversation(member, [other_member, third], "All of us", title="Trio")
    assert post(client, f"{group.pk}/leave", headers=headers).status_code == 204
    assert Message.objects.filter(conversation=group, kind="left", sender=member).exists()
    # gone: the conversation is no longer mine to read or change
    assert client.get(f"/api/v1/messages/{group.pk}", **headers).status_code == 404
    assert post(client, f"{group.pk}/mute", {}, headers).status_code == 404


def test_blocking_from_a_conversation(client, member, other_member, chat):
    blocked = post(client, f"{chat.pk}/block", headers=bearer(member))
    assert blocked.status_code == 204
    assert Block.objects.filter(blocker=member, blocked=other_member).exists()


def test_states_are_for_participants_only(client, member, chat):
    nosy = member_named("Nosy Neighbour")
    for action in ("accept", "ignore", "mute", "leave", "block"):
        assert post(client, f"{chat.pk}/{action}", {}).status_code == 401
        assert (
            post(client, f"{chat.pk}/{action}", {}, bearer(member, scope="read")).status_code == 403
        )
        assert post(client, f"{chat.pk}/{action}", {}, bearer(nosy)).status_code == 404, action
    assert not Block.objects.exists()


def upload(client, conversation, name, content, content_type, headers, body=""):
    return client.post(
        f"/api/v1/messages/{conversation.pk}/attachments",
        {"body": body, "file": SimpleUploadedFile(name, content, content_type)},
        **headers,
    )


def test_files_are_sent_and_read_by_participants_only(client, member, other_member, chat):
    sent = upload(client, chat, "poster.jpg", jpeg(), "image/jpeg", bearer(member), body="Look")
    assert sent.status_code == 201, sent.content
    [attached] = sent.json()["attachments"]
    assert attached["kind"] == "image" and sent.json()["body"] == "Look"
    attachment = Attachment.objects.get()
    assert b"SecretCam" not in attachment.file.read()  # cleaned as on the site

    path = f"/api/v1/messages/{chat.pk}/attachments/{attachment.pk}"
    read = client.get(path, **bearer(other_member, scope="read"))
    assert read.status_code == 200 and read["Content-Type"] == "image/jpeg"
    thumb = client.get(path + "?thumbnail=true", **bearer(other_member))
    assert thumb.status_code == 200
    assert client.get(path).status_code == 401
    assert client.get(path, **bearer(member_named("Nosy Neighbour"))).status_code == 404

    pdf = upload(client, chat, "brief.pdf", PDF, "application/pdf", bearer(other_member))
    assert pdf.status_code == 201
    download = client.get(
        f"/api/v1/messages/{chat.pk}/attachments/{Attachment.objects.get(kind='pdf').pk}",
        **bearer(member),
    )
    assert download["Content-Disposition"].startswith('attachment; filename="brief.pdf"')
    assert b"".join(download.streaming_content) == PDF


def test_files_are_checked_as_on_the_site(client, member, chat):
    headers = bearer(member)
    fake = upload(client, chat, "notes.jpg", b"not an image at all", "image/jpeg", headers)
    assert fake.status_code == 422 and "attachment" in error_of(fake)["fields"]
    program = upload(client, chat, "setup.exe", b"MZ\x90\x00", "application/octet-stream", headers)
    assert program.status_code == 422
    missing = client.post(f"/api/v1/messages/{chat.pk}/attachments", {"body": "x"}, **headers)
    assert missing.status_code == 422
    read_only = upload(client, chat, "a.pdf", PDF, "application/pdf", bearer(member, scope="read"))
    assert read_only.status_code == 403
    nosy = upload(client, chat, "a.pdf", PDF, "application/pdf", bearer(member_named("Nosy")))
    assert nosy.status_code == 404
    assert upload(client, chat, "a.pdf", PDF, "application/pdf", {}).status_code == 401
    assert not Attachment.objects.exists()
