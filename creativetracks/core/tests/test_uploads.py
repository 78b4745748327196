"""Uploaded files are served safely: only raster images inline; anything else (an SVG,
an HTML page, whatever its name) as an attachment with a type that never renders."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage

from creativetracks.core.uploads import safe_filename, served_type
from creativetracks.profiles.tests.test_photo_upload import upload

pytestmark = pytest.mark.django_db

HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'


@pytest.mark.parametrize(
    ("name", "content"), [("photo.jpg", SVG), ("photo.png", HTML), ("photo.svg", SVG)]
)
def test_a_disguised_svg_or_page_is_refused_as_a_photo(client, member, name, content):
    client.force_login(member)
    response = upload(client, name, content, "image/jpeg")
    assert response.status_code == 422
    member.profile.refresh_from_db()
    assert not member.profile.photo


@pytest.mark.parametrize(
    ("name", "body"),
    [("uploads/page.html", HTML), ("uploads/drawing.svg", SVG), ("uploads/odd.xyz", HTML)],
)
def test_media_that_could_render_is_served_as_an_attachment(client, db, name, body):
    stored = default_storage.save(name, ContentFile(body))
    response = client.get(f"/media/{stored}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/octet-stream"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_images_are_shown_inline(client, db):
    stored = default_storage.save("uploads/photo.png", ContentFile(b"\x89PNG\r\n\x1a\n"))
    response = client.get(f"/media/{stored}")
    assert response["Content-Type"] == "image/png"
    assert not response.get("Content-Disposition", "").startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"


def test_names_are_made_safe():
    assert safe_filename("../../etc/pass<wd>.HTML") == "pass-wd.html"
    assert safe_filename("C:\\Users\\x\\Résumé final.pdf") == "Resume-final.pdf"
    assert safe_filename(".htaccess") == "file.htaccess"
    assert safe_filename("") == "file"


def test_the_bucket_gets_the_same_headers():
    from creativetracks.core.storage import SafeS3Storage

    storage = SafeS3Storage(bucket_name="test", access_key="x", secret_key="y")
    svg = storage.get_object_parameters("a/drawing.svg")
    assert svg["ContentType"] == "application/octet-stream"
    assert svg["ContentDisposition"].startswith("attachment")
    assert "ContentDisposition" not in storage.get_object_parameters("a/photo.jpg")
    assert served_type("x.pdf") == ("application/pdf", False)
