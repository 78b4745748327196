"""Event files through the API: the cover and speakers' photos (multipart, the site's
image fields and processing) and the participant export (the organisers' page's CSV and
XLSX, byte for byte), for the event's organisers only."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook
from PIL import Image

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.events import services
from creativetracks.events.models import Speaker

from .conftest import make_event

pytestmark = pytest.mark.django_db


def png(name="cover.png", size=(40, 30)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def text_file() -> SimpleUploadedFile:
    return SimpleUploadedFile("cover.txt", b"not an image", content_type="text/plain")


# The cover ------------------------------------------------------------------------------


def test_organisers_set_and_replace_the_cover(client, event, organiser):
    path = f"/api/v1/events/{event.slug}/cover"
    response = client.post(path, {"cover": png()}, **bearer(organiser))
    assert response.status_code == 200, response.content
    event.refresh_from_db()
    first = event.cover.name
    assert first and response.json()["cover_url"] == event.cover.url
    with Image.open(event.cover) as stored:
        assert stored.size == (40, 30)
    again = client.post(path, {"cover": png("second.png", (20, 20))}, **bearer(organiser))
    assert again.status_code == 200
    event.refresh_from_db()
    assert event.cover.name != first
    assert client.get(f"/api/v1/events/{event.slug}").json()["cover_url"] == event.cover.url


def test_a_cover_that_is_no_image_is_the_forms_422(client, event, organiser):
    path = f"/api/v1/events/{event.slug}/cover"
    response = client.post(path, {"cover": text_file()}, **bearer(organiser))
    assert response.status_code == 422
    assert list(error_of(response)["fields"]) == ["cover"]
    # no file at all: the upload field is required
    assert client.post(path, {}, **bearer(organiser)).status_code == 422
    event.refresh_from_db()
    assert not event.cover


def test_covers_are_for_the_events_organisers(client, event, member, staff_user):
    path = f"/api/v1/events/{event.slug}/cover"
    assert client.post(path, {"cover": png()}).status_code == 401
    assert client.post(path, {"cover": png()}, **bearer(member, scope="read")).status_code == 403
    response = client.post(path, {"cover": png()}, **bearer(member))
    assert response.status_code == 403 and error_of(response)["code"] == "forbidden"
    event.refresh_from_db()
    assert not event.cover
    # staff organise every event, as on the site
    assert client.post(path, {"cover": png()}, **bearer(staff_user)).status_code == 200
    response = client.post("/api/v1/events/nothing-here/cover", {"cover": png()}, **bearer(member))
    assert response.status_code == 404


# Speakers' photos -----------------------------------------------------------------------


def test_organisers_give_a_speaker_a_photo(client, event, organiser, member):
    speaker = services.add_speaker(organiser, event, {"name": "Ana Lopes"})
    path = f"/api/v1/events/{event.slug}/speakers/{speaker.pk}/photo"
    response = client.post(path, {"photo": png(size=(60, 40))}, **bearer(organiser))
    assert response.status_code == 200, response.content
    speaker.refresh_from_db()
    assert speaker.photo and response.json()["photo_url"] == speaker.photo.url
    with Image.open(speaker.photo) as stored:
        assert stored.size[0] == stored.size[1]  # cropped square, as on the programme page
    first = speaker.photo.name
    assert client.post(path, {"photo": png("b.png")}, **bearer(organiser)).status_code == 200
    speaker.refresh_from_db()
    assert speaker.photo.name != first
    listed = client.get(f"/api/v1/events/{event.slug}/speakers").json()["items"]
    assert listed[0]["photo_url"] == speaker.photo.url
    bad = client.post(path, {"photo": text_file()}, **bearer(organiser))
    assert bad.status_code == 422 and list(error_of(bad)["fields"]) == ["photo"]


def test_speaker_photos_are_for_the_events_organisers(client, event, organiser, member):
    speaker = services.add_speaker(organiser, event, {"name": "Ana Lopes"})
    path = f"/api/v1/events/{event.slug}/speakers/{speaker.pk}/photo"
    assert client.post(path, {"photo": png()}).status_code == 401
    assert client.post(path, {"photo": png()}, **bearer(member)).status_code == 403
    # another event's speaker is not this event's
    other = make_event(organiser, title="Other Day")
    elsewhere = Speaker.objects.create(event=other, name="Elsewhere")
    wrong = f"/api/v1/events/{event.slug}/speakers/{elsewhere.pk}/photo"
    assert client.post(wrong, {"photo": png()}, **bearer(organiser)).status_code == 404
    speaker.refresh_from_db()
    elsewhere.refresh_from_db()
    assert not speaker.photo and not elsewhere.photo


# The participant export -----------------------------------------------------------------


def test_the_export_is_the_organisers_pages_csv_and_xlsx(client, event, organiser):
    question = services.add_question(
        organiser, event, {"label": "Sector?", "kind": "text", "choices": []}
    )
    person = make_user("ana@example.org", display_name="Ana Export")
    person.profile.country = "PT"
    person.profile.save()
    services.register_for_event(person, event, {str(question.pk): "=HYPERLINK(evil)"})
    path = f"/api/v1/events/{event.slug}/participants/export"
    response = client.get(path, **bearer(organiser))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert (
        response["Content-Disposition"] == f'attachment; filename="{event.slug}-participants.csv"'
    )
    text = response.content.decode("utf-8-sig")
    assert "Ana Export,ana@example.org,Portugal" in text and "'=HYPERLINK(evil)" in text
    client.force_login(organiser)
    site = client.get(f"/events/{event.slug}/manage/participants.csv")
    assert response.content == site.content  # the same file as the page's
    xlsx = client.get(f"{path}?format=xlsx", **bearer(organiser))
    assert xlsx.status_code == 200
    values = list(load_workbook(io.BytesIO(xlsx.content)).active.values)
    assert values[1][0] == "Ana Export" and values[1][-1] == "'=HYPERLINK(evil)"
    bad = client.get(f"{path}?format=pdf", **bearer(organiser))
    assert bad.status_code == 422 and list(error_of(bad)["fields"]) == ["format"]


def test_the_export_is_for_the_events_organisers(client, event, member, staff_user):
    services.register_for_event(member, event)
    path = f"/api/v1/events/{event.slug}/participants/export"
    assert client.get(path).status_code == 401
    response = client.get(path, **bearer(member))  # a participant, not an organiser
    assert response.status_code == 403 and member.email.encode() not in response.content
    assert client.get(path, **bearer(staff_user)).status_code == 200
    assert client.get(path, **bearer(staff_user, scope="read")).status_code == 200


@pytest.mark.parametrize("size", [2, 12])
def test_the_export_costs_constant_queries(
    client, event, organiser, size, django_assert_max_num_queries
):
    for n in range(size):
        services.register_for_event(make_user(f"p{size}-{n}@example.org"), event)
    headers = bearer(organiser)
    with django_assert_max_num_queries(12):
        response = client.get(f"/api/v1/events/{event.slug}/participants/export", **headers)
    assert response.content.decode("utf-8-sig").count("\n") == size + 1
