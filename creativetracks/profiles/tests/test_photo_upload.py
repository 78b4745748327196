import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from creativetracks.profiles.models import Profile


def jpeg_with_gps(width=1200, height=900) -> bytes:
    image = Image.new("RGB", (width, height), (200, 80, 40))
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x8825] = {2: (38.0, 42.0, 0.0)}  # GPS info
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


def upload(client, name, content, content_type="image/jpeg"):
    return client.post(
        reverse("profile_photo"), {"photo": SimpleUploadedFile(name, content, content_type)}
    )


def stored_files(settings) -> list:
    root = settings.MEDIA_ROOT
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_photo_is_stored_without_metadata_and_with_a_thumbnail(client, member, settings):
    client.force_login(member)
    original = jpeg_with_gps()
    assert b"SecretCam" in original
    response = upload(client, "me.jpg", original)
    assert response.status_code == 302
    profile = Profile.objects.get(user=member)
    stored = profile.photo.read()
    assert b"SecretCam" not in stored
    assert not Image.open(io.BytesIO(stored)).getexif()
    with Image.open(profile.photo_thumbnail) as thumb:
        assert thumb.size == (256, 256)
    assert client.get(profile.get_absolute_url()).status_code == 200


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("notes.jpg", b"this is not an image at all", b"not an image we can read"),
        ("photo.exe", jpeg_with_gps(10, 10), b"Upload a JPEG, PNG, WebP or GIF image"),
        ("photo.pdf", b"%PDF-1.4 fake", b"Upload a JPEG, PNG, WebP or GIF image"),
    ],
)
def test_bad_files_are_refused_and_nothing_is_stored(
    client, member, settings, name, content, message
):
    client.force_login(member)
    response = upload(client, name, content)
    assert response.status_code == 422
    assert message in response.content
    assert not Profile.objects.get(user=member).photo
    assert stored_files(settings) == []


def test_twenty_megabyte_file_is_refused(client, member, settings):
    client.force_login(member)
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 30 * 1024 * 1024
    response = upload(client, "huge.jpg", b"\xff\xd8" + b"0" * (20 * 1024 * 1024))
    assert response.status_code == 422
    assert b"the limit is 8 MB" in response.content
    assert stored_files(settings) == []


def test_decompression_bomb_is_refused(client, member, settings):
    # A tiny PNG that claims 20,000 x 20,000 pixels (400 megapixels).
    image = Image.new("1", (20_000, 20_000))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    assert len(buffer.getvalue()) < 2 * 1024 * 1024
    client.force_login(member)
    response = upload(client, "bomb.png", buffer.getvalue(), "image/png")
    assert response.status_code == 422
    assert b"too many pixels" in response.content
    assert stored_files(settings) == []


def test_photo_can_be_removed(client, member, settings):
    client.force_login(member)
    upload(client, "me.jpg", jpeg_with_gps(300, 300))
    assert Profile.objects.get(user=member).photo
    assert client.post(reverse("profile_photo"), {"remove": "1"}).status_code == 302
    assert not Profile.objects.get(user=member).photo
    assert stored_files(settings) == []


def test_a_new_photo_leaves_nothing_of_the_old_one(
    client, member, settings, django_capture_on_commit_callbacks
):
    client.force_login(member)
    upload(client, "first.jpg", jpeg_with_gps(400, 400))
    first = Profile.objects.get(user=member)
    old = {first.photo.name, first.photo_thumbnail.name}

    with django_capture_on_commit_callbacks(execute=True):
        assert upload(client, "second.jpg", jpeg_with_gps(500, 500)).status_code == 302

    profile = Profile.objects.get(user=member)
    kept = {str(p.relative_to(settings.MEDIA_ROOT)) for p in stored_files(settings)}
    assert kept == {profile.photo.name, profile.photo_thumbnail.name}
    assert not old & kept


def add_work(client, picture: bytes, item=None):
    url = reverse("portfolio_item_edit", args=[item.pk]) if item else reverse("portfolio_item_add")
    return client.post(
        url,
        {"title": "Capulana prints", "year": "2017", "image": SimpleUploadedFile("w.jpg", picture)},
    )


def test_a_portfolio_picture_gets_a_card_crop_that_profile_pages_show(
    client, member, settings, django_capture_on_commit_callbacks
):
    from creativetracks.profiles.models import PORTFOLIO_THUMBNAIL, PortfolioItem

    client.force_login(member)
    assert add_work(client, jpeg_with_gps(1200, 500)).status_code == 302
    item = PortfolioItem.objects.get(profile__user=member)
    with Image.open(item.thumbnail) as card:
        assert card.size == PORTFOLIO_THUMBNAIL
    assert b"SecretCam" not in item.thumbnail.read()
    Profile.objects.filter(user=member).update(visibility="public")
    page = client.get(member.profile.get_absolute_url()).content.decode()
    assert f'<img src="{item.thumbnail.url}" alt="" width="400" height="300"' in page
    assert item.image.url not in page

    old = {item.image.name, item.thumbnail.name}
    with django_capture_on_commit_callbacks(execute=True):
        assert add_work(client, jpeg_with_gps(800, 600), item).status_code == 302
    item.refresh_from_db()
    kept = {str(p.relative_to(settings.MEDIA_ROOT)) for p in stored_files(settings)}
    assert kept == {item.image.name, item.thumbnail.name} and not old & kept

    assert client.post(reverse("portfolio_item_delete", args=[item.pk])).status_code == 302
    assert stored_files(settings) == []
