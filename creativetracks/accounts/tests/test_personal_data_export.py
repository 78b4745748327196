import io
import json
import zipfile
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from conftest import make_user, run_queued_tasks
from creativetracks.accounts import services
from creativetracks.accounts.models import PersonalDataExport
from creativetracks.messaging.services import start_conversation
from creativetracks.profiles.tests.test_photo_upload import jpeg_with_gps, upload

PAGE = reverse("personal_data")
REQUEST = reverse("personal_data_export_request")


def ask_for_export(client):
    response = client.post(REQUEST)
    assert response.status_code == 302
    return PersonalDataExport.objects.get(pk=response["Location"].rstrip("/").split("/")[-1])


def archive_of(client, export) -> zipfile.ZipFile:
    response = client.get(reverse("personal_data_export_download", args=[export.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    return zipfile.ZipFile(io.BytesIO(response.content))


@pytest.mark.django_db(transaction=True)
def test_member_downloads_a_zip_of_their_data_made_in_the_background(
    client, member, other_member, smtp_inbox
):
    client.force_login(member)
    services.accept_terms(member)
    profile = member.profile
    profile.bio = "Designs sound for small theatres."
    profile.save()
    profile.skills.add("sound design")
    assert upload(client, "me.jpg", jpeg_with_gps()).status_code == 302
    start_conversation(member, [other_member], body="Hello from Mia, the sender")
    start_conversation(other_member, [member], body="A reply Otto wrote")

    export = ask_for_export(client)
    progress = client.get(export.get_absolute_url())
    assert progress.status_code == 200
    assert "Preparing your archive" in progress.text
    assert "Download the archive" not in progress.text

    run_queued_tasks()
    progress = client.get(export.get_absolute_url())
    assert "Your archive is ready" in progress.text and "100%" in progress.text

    archive = archive_of(client, export)
    names = archive.namelist()
    account = json.loads(archive.read("data/account.json"))
    assert account["user"][0]["fields"]["email"] == "member@example.org"
    assert "password" not in account["user"][0]["fields"]
    assert [c["fields"]["version"] for c in account["consents"]] == ["2026-12"]
    profiles = json.loads(archive.read("data/profiles.json"))
    assert profiles["profile"][0]["fields"]["bio"] == "Designs sound for small theatres."
    assert profiles["skills"] == ["sound design"]
    messaging = json.loads(archive.read("data/messaging.json"))
    # Messages the member sent, not the ones they received.
    assert [m["fields"]["body"] for m in messaging["messages_sent"]] == [
        "Hello from Mia, the sender"
    ]
    photo = profiles["profile"][0]["fields"]["photo"]
    assert f"files/profiles/{photo}" in names
    assert archive.read(f"files/profiles/{photo}")[:2] == b"\xff\xd8"  # a JPEG
    for app in ("networks", "labs", "events", "challenges", "resources", "notifications"):
        assert f"data/{app}.json" in names

    [email] = smtp_inbox.to("member@example.org")
    assert "ready" in email["Subject"]
    assert export.get_absolute_url() in email.get_body().get_content()


@pytest.mark.django_db(transaction=True)
def test_asking_twice_while_it_is_made_gives_the_same_export(client, member):
    client.force_login(member)
    first = ask_for_export(client)
    second = ask_for_export(client)
    assert first.pk == second.pk
    run_queued_tasks()
    assert PersonalDataExport.objects.get(pk=first.pk).status == "done"
    # Once done, a new request makes a new archive.
    assert ask_for_export(client).pk != first.pk


def test_another_members_archive_is_not_found(client, member, other_member):
    export = PersonalDataExport.objects.create(
        user=other_member, status="done", steps_done=1, steps_total=1, archive=b"PK"
    )
    client.force_login(member)
    assert client.get(export.get_absolute_url()).status_code == 404
    download = reverse("personal_data_export_download", args=[export.pk])
    assert client.get(download).status_code == 404


def test_an_archive_not_ready_cannot_be_downloaded(client, member):
    export = PersonalDataExport.objects.create(user=member)
    client.force_login(member)
    page = client.get(export.get_absolute_url())
    assert "Refresh to see the progress" in page.text
    assert 'hx-get="' in page.text  # htmx polls while it is being made
    partial = client.get(export.get_absolute_url(), headers={"HX-Request": "true"})
    assert partial.text.lstrip().startswith("<div")
    assert client.get(reverse("personal_data_export_download", args=[export.pk])).status_code == 404


def test_old_archives_are_discarded(member):
    old = PersonalDataExport.objects.create(user=member, status="done")
    PersonalDataExport.objects.filter(pk=old.pk).update(created=timezone.now() - timedelta(days=8))
    recent = PersonalDataExport.objects.create(user=member, status="done")
    assert services.discard_old_personal_data_exports() == 1
    assert list(PersonalDataExport.objects.values_list("pk", flat=True)) == [recent.pk]


def test_page_lists_recent_archives(client, member):
    PersonalDataExport.objects.create(user=member, status="done")
    client.force_login(member)
    page = client.get(PAGE)
    assert page.status_code == 200
    assert "Prepare my archive" in page.text and "Ready" in page.text


def test_anonymous_visitor_cannot_ask_for_an_archive(client, db):
    response = client.post(REQUEST)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not PersonalDataExport.objects.exists()


def test_the_archive_of_one_member_holds_nothing_of_another(client, member, other_member):
    make_user("third@example.org", display_name="Third Person")
    export = services.request_personal_data_export(member)
    services.make_personal_data_export(str(export.pk))
    client.force_login(member)
    content = b"".join(
        archive_of(client, export).read(name) for name in archive_of(client, export).namelist()
    )
    assert b"other@example.org" not in content and b"third@example.org" not in content
