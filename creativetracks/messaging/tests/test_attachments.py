import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from creativetracks.messaging import services
from creativetracks.messaging.models import Attachment, Message
from creativetracks.social.tests.builders import connect, member_named

PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def jpeg(width=640, height=480) -> bytes:
    buffer = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"
    Image.new("RGB", (width, height), (40, 120, 200)).save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def stored_files(settings) -> list:
    root = settings.MEDIA_ROOT
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


@pytest.fixture
def conversation(member, other_member):
    connect(member, other_member)
    return services.start_conversation(member, [other_member], "Files coming")


def send_file(client, conversation, name, content, content_type="application/octet-stream"):
    return client.post(
        conversation.get_absolute_url(),
        {"body": "", "attachment": SimpleUploadedFile(name, content, content_type)},
    )


def test_an_image_is_stored_clean_and_shown_to_participants_only(
    client, member, other_member, conversation
):
    client.force_login(member)
    assert send_file(client, conversation, "poster.jpg", jpeg(), "image/jpeg").status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.kind == "image" and attachment.name == "poster.jpg"
    assert b"SecretCam" not in attachment.file.read()
    url = reverse("message_attachment", args=[conversation.pk, attachment.pk])
    client.force_login(other_member)
    page = client.get(conversation.get_absolute_url())
    assert url.encode() in page.content
    response = client.get(url + "?size=thumbnail")
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    with Image.open(io.BytesIO(b"".join(response.streaming_content))) as thumb:
        assert max(thumb.size) <= 480
    client.force_login(member_named("Nosy Neighbour"))
    assert client.get(url).status_code == 404


def test_a_pdf_is_downloaded(client, member, other_member, conversation):
    client.force_login(member)
    assert send_file(client, conversation, "brief.pdf", PDF, "application/pdf").status_code == 302
    attachment = Attachment.objects.get()
    client.force_login(other_member)
    response = client.get(reverse("message_attachment", args=[conversation.pk, attachment.pk]))
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="brief.pdf"')
    assert b"".join(response.streaming_content) == PDF


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("notes.jpg", b"this is not an image at all", b"not an image we can read"),
        ("fake.pdf", b"MZ\x90\x00 this is an executable", b"not a PDF document"),
        ("truncated.pdf", b"%PDF-1.4 but nothing after", b"not a PDF document"),
        ("setup.exe", b"MZ\x90\x00", b"Attach an image (JPEG, PNG, WebP or GIF) or a PDF"),
        (
            "page.html",
            b"<script>alert(1)</script>",
            b"Attach an image (JPEG, PNG, WebP or GIF) or a PDF",
        ),
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(
    client, member, conversation, settings, name, content, message
):
    client.force_login(member)
    response = send_file(client, conversation, name, content)
    assert response.status_code == 422
    assert message in response.content
    assert Message.objects.count() == 1 and not Attachment.objects.exists()
    assert stored_files(settings) == []


@pytest.mark.parametrize(
    "name, size, message",
    [
        ("huge.jpg", 9 * 1024 * 1024, b"the limit is 8 MB"),
        ("huge.pdf", 11 * 1024 * 1024, b"the limit is 10 MB"),
    ],
)
def test_files_over_the_limit_are_refused(
    client, member, conversation, settings, name, size, message
):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 30 * 1024 * 1024
    client.force_login(member)
    response = send_file(client, conversation, name, b"%PDF-" + b"0" * size)
    assert response.status_code == 422
    assert message in response.content
    assert not Attachment.objects.exists() and stored_files(settings) == []


def test_a_new_conversation_with_a_bad_file_creates_nothing(client, member, other_member, settings):
    client.force_login(member)
    response = client.post(
        reverse("conversation_new"),
        {
            "to": other_member.profile.handle,
            "body": "See attached",
            "attachment": SimpleUploadedFile("cv.pdf", b"not really", "application/pdf"),
        },
    )
    assert response.status_code == 422
    assert b"See attached" in response.content  # what was typed is kept
    assert not Message.objects.exists() and stored_files(settings) == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("invoice.pdf", b"<html><script>alert(1)</script></html>"),
        ("cat.png", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>'),
    ],
)
def test_a_disguised_page_or_svg_is_refused_as_an_attachment(
    client, member, conversation, settings, name, content
):
    client.force_login(member)
    response = send_file(client, conversation, name, content)
    assert response.status_code == 422
    assert not Attachment.objects.exists() and stored_files(settings) == []
