"""A library file is checked by content, stored under a safe name and downloaded as an
attachment: a web page or an SVG renamed to look like a document never renders."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from creativetracks.resources.models import Resource

from .test_library import FORM

HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'
PDF = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"


def add(client, name, content, content_type="application/pdf"):
    upload = SimpleUploadedFile(name, content, content_type=content_type)
    return client.post("/resources/new/", {**FORM, "link": "", "upload": upload})


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("guide.pdf", HTML),
        ("slides.pptx", SVG),
        ("notes.txt", HTML),
        ("data.csv", SVG),
        ("song.mp3", HTML),
    ],
)
def test_a_disguised_web_page_or_svg_is_refused(client, publisher, name, content):
    client.force_login(publisher)
    response = add(client, name, content)
    assert response.status_code == 422
    text = response.content.decode()
    assert "is not a" in text or "looks like a web page" in text
    assert not Resource.objects.exists()


def test_the_stored_name_is_safe_and_the_download_an_attachment(client, publisher):
    client.force_login(publisher)
    assert add(client, "../../Guía <final>.PDF", PDF).status_code == 302
    resource = Resource.objects.get()
    stored = resource.file.name.rsplit("/", 1)[-1]
    assert stored == "Guia-final.pdf"
    response = client.get(resource.file.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
