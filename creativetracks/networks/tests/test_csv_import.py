import codecs

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conftest import make_user, run_queued_tasks
from creativetracks.networks.models import Import, ImportRow, Invitation, NetworkMembership

from .conftest import make_network

HEADER = "name,email,country,sectors\n"


def upload(client, network, content: bytes | str, name: str = "people.csv"):
    data = content.encode() if isinstance(content, str) else content
    return client.post(
        reverse("network_import", args=[network.slug]),
        {"file": SimpleUploadedFile(name, data, content_type="text/csv")},
    )


def preview(client, response):
    assert response.status_code == 302, response.content[:2000]
    return client.get(response["Location"])


def problems(batch) -> dict[int, list[str]]:
    return {
        row.line: row.problems
        for row in ImportRow.objects.filter(batch=batch, valid=False).order_by("line")
    }


@pytest.fixture
def admin_client(client, network, member):
    client.force_login(member)
    return client


def test_the_preview_lists_every_row_problem_before_anything_is_sent(
    admin_client, network, member, other_member
):
    NetworkMembership.objects.create(network=network, user=other_member)
    Invitation.objects.create(network=network, email="invited@example.org")
    content = HEADER + (
        "Ana Silva,ana@example.org,Portugal,design;crafts\n"  # row 2: fine
        "Bad Email,not-an-email,PT,\n"  # 3
        "No Country,nocountry@example.org,,\n"  # 4
        "Narnian,narnia@example.org,Narnia,\n"  # 5
        "Ana Again,ANA@example.org,PT,\n"  # 6: same as row 2
        "Otto Other,other@example.org,DE,\n"  # 7: already a member
        "Ivo Invited,invited@example.org,BR,\n"  # 8: already invited
        ",noname@example.org,MZ,\n"  # 9
        "Sector Person,sector@example.org,mz,knitting\n"  # 10
        "\n"  # blank lines are skipped
        "Lee Min,lee@example.org,KOR,music|games\n"  # 12: fine (alpha-3, other separator)
    )
    page = preview(admin_client, upload(admin_client, network, content))
    batch = Import.objects.get()
    assert (batch.total_rows, batch.valid_rows) == (10, 2)
    assert problems(batch) == {
        3: ["“not-an-email” is not a valid email address."],
        4: ["The country is missing."],
        5: [
            "“Narnia” is not a country we know. Use its English name or its two-letter code (PT, MZ, BR…)."
        ],
        6: ["The same email address is already on row 2."],
        7: ["Already a member of this network."],
        8: ["Already invited to this network."],
        9: ["The name is missing."],
        10: ["“knitting” is not a sector we know."],
    }
    ana, lee = ImportRow.objects.filter(batch=batch, valid=True).order_by("line")
    assert (ana.country, ana.sectors) == ("PT", ["design", "crafts"])
    assert (lee.country, lee.sectors) == ("KR", ["music", "games"])
    text = page.content.decode()
    assert "Send 2 invitations" in text and "Narnia" in text and "8 rows with problems" in text
    assert Invitation.objects.count() == 1  # only the one made above: nothing sent yet


@pytest.mark.parametrize(
    "content, message",
    [
        ("email,country\na@example.org,PT\n", "no “name” column"),
        ("name;country\nAna;PT\n", "no “email” column"),
        ("", "file is empty"),
        (HEADER, "nobody in it"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "does not look like a CSV file"),
        ('name,email,country\n"Ana,ana@example.org,PT\n' + "x" * 200_000, "could not be read"),
    ],
)
def test_files_that_cannot_be_used_are_refused_with_the_reason(
    admin_client, network, content, message
):
    response = upload(admin_client, network, content)
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not Import.objects.exists()


def test_a_latin_1_file_is_read_and_the_preview_says_so(admin_client, network):
    content = (HEADER + "José Conceição,jose@example.org,São Tomé and Príncipe,\n").encode(
        "latin-1"
    )
    page = preview(admin_client, upload(admin_client, network, content))
    row = ImportRow.objects.get()
    assert row.name == "José Conceição" and row.country == "ST" and row.valid
    assert "not in UTF-8" in page.content.decode()


def test_a_byte_order_mark_and_semicolons_are_understood(admin_client, network):
    content = codecs.BOM_UTF8 + "name;email;country\nZoë Ndlovu;zoe@example.org;ZA\n".encode()
    preview(admin_client, upload(admin_client, network, content))
    row = ImportRow.objects.get()
    assert (row.name, row.email, row.country, row.valid) == (
        "Zoë Ndlovu",
        "zoe@example.org",
        "ZA",
        True,
    )
    assert Import.objects.get().encoding_note == ""


def test_utf_16_from_spreadsheets_is_understood(admin_client, network):
    content = (HEADER + "Wei Li,wei@example.org,China,design\n").encode("utf-16")
    preview(admin_client, upload(admin_client, network, content))
    assert ImportRow.objects.get().country == "CN"


def rows(count: int) -> str:
    return HEADER + "".join(f"Person {n},person{n}@example.org,PT,music\n" for n in range(count))


def test_a_file_of_20000_people_is_accepted_with_its_preview(admin_client, network):
    page = preview(admin_client, upload(admin_client, network, rows(20_000)))
    batch = Import.objects.get()
    assert (batch.total_rows, batch.valid_rows) == (20_000, 20_000)
    assert "Send 20,000 invitations" in page.content.decode()


def test_more_than_20000_people_or_5_mb_are_refused(admin_client, network):
    response = upload(admin_client, network, rows(20_001))
    assert response.status_code == 422 and "more than 20,000 people" in response.content.decode()
    huge = HEADER + ("x" * 1000 + ",a@example.org,PT,\n") * 5300
    response = upload(admin_client, network, huge)
    assert response.status_code == 422 and "the limit is 5 MB" in response.content.decode()
    assert not Import.objects.exists()


@pytest.mark.django_db(transaction=True)
def test_confirmed_invitations_are_sent_in_the_background_with_progress(client, smtp_inbox):
    owner = make_user("owner@example.org")
    network = make_network(owner, "Maputo Makers")
    client.force_login(owner)
    content = rows(5) + "Broken,broken,PT,\n"
    preview(client, upload(client, network, content))
    batch = Import.objects.get()
    progress_url = reverse("network_import_progress", args=[network.slug, batch.pk])
    confirm = client.post(reverse("network_import_confirm", args=[network.slug, batch.pk]))
    assert confirm.status_code == 302
    batch.refresh_from_db()
    assert batch.status == "queued" and batch.processed == 0
    waiting = client.get(progress_url, HTTP_HX_REQUEST="true")
    assert b'hx-trigger="every' in waiting.content and b"0 of 5 invitations" in waiting.content
    page = client.get(confirm["Location"])
    assert b"Refresh to see the progress" in page.content  # without JavaScript

    run_queued_tasks()
    batch.refresh_from_db()
    assert batch.status == "done" and batch.processed == 5
    done = client.get(progress_url, HTTP_HX_REQUEST="true")
    assert b"5 of 5 invitations" in done.content and b"hx-trigger" not in done.content
    run_queued_tasks()
    run_queued_tasks()
    run_queued_tasks()
    assert len(smtp_inbox.messages) == 5
    assert {m["To"] for m in smtp_inbox.messages} == {f"person{n}@example.org" for n in range(5)}
    again = client.post(reverse("network_import_confirm", args=[network.slug, batch.pk]))
    assert again.status_code == 400 and b"already on their way" in again.content


def test_the_same_file_twice_invites_nobody_twice(admin_client, network):
    from creativetracks.networks.services import process_import

    content = rows(3)
    for _attempt in range(2):
        response = upload(admin_client, network, content)
        batch = Import.objects.latest("pk")
        admin_client.post(reverse("network_import_confirm", args=[network.slug, batch.pk]))
        process_import(batch.pk)
    first, second = Import.objects.order_by("pk")
    assert (first.valid_rows, second.valid_rows) == (3, 0)
    assert Invitation.objects.filter(network=network).count() == 3
    assert response.status_code == 302


def test_two_confirmed_uploads_racing_still_invite_each_address_once(admin_client, network, member):
    """Both previews were made before either was sent: the database keeps one per address."""
    from creativetracks.networks.services import confirm_import, process_import, upload_import

    first = upload_import(member, network, "a.csv", rows(4).encode())
    second = upload_import(make_admin(network), network, "b.csv", rows(6).encode())
    for batch in (first, second):
        confirm_import(member, batch)
        process_import(batch.pk)
    assert Invitation.objects.filter(network=network).count() == 6
    assert Invitation.objects.filter(source_import=first).count() == 4
    assert Invitation.objects.filter(source_import=second).count() == 2
    second.refresh_from_db()
    assert second.status == "done" and second.processed == 6


def make_admin(network):
    admin = make_user("co-admin@example.org")
    NetworkMembership.objects.create(network=network, user=admin, role="admin")
    return admin


def test_a_preview_can_be_discarded(admin_client, network):
    preview(admin_client, upload(admin_client, network, rows(2)))
    batch = Import.objects.get()
    response = admin_client.post(reverse("network_import_cancel", args=[network.slug, batch.pk]))
    assert response.status_code == 302
    assert not Import.objects.exists() and not ImportRow.objects.exists()


def test_a_new_upload_replaces_the_previous_preview(admin_client, network):
    upload(admin_client, network, rows(2))
    upload(admin_client, network, rows(3))
    assert Import.objects.get().total_rows == 3


def test_only_admins_import(client, network, other_member):
    NetworkMembership.objects.create(network=network, user=other_member)
    client.force_login(other_member)
    assert upload(client, network, rows(2)).status_code == 403
    assert not Import.objects.exists()


def test_another_networks_import_is_not_found(admin_client, network, other_member):
    elsewhere = make_network(other_member, "Elsewhere")
    from creativetracks.networks.services import upload_import

    theirs = upload_import(other_member, elsewhere, "x.csv", rows(1).encode())
    url = reverse("network_import_detail", args=[network.slug, theirs.pk])
    assert admin_client.get(url).status_code == 404
    confirm = reverse("network_import_confirm", args=[network.slug, theirs.pk])
    assert admin_client.post(confirm).status_code == 404


def test_confirming_is_rate_limited(admin_client, network, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "invitation": "1/m"}
    upload(admin_client, network, rows(2))
    batch = Import.objects.get()
    confirm = reverse("network_import_confirm", args=[network.slug, batch.pk])
    assert admin_client.post(confirm).status_code == 302
    upload(admin_client, network, HEADER + "Zed,zed@example.org,PT,\n")
    batch = Import.objects.latest("pk")
    response = admin_client.post(reverse("network_import_confirm", args=[network.slug, batch.pk]))
    assert response.status_code == 429
    batch.refresh_from_db()
    assert batch.status == "preview"


@pytest.mark.django_db(transaction=True)  # the real worker checks its connection between tasks
def test_previews_left_unconfirmed_for_a_week_are_forgotten(admin_client, network):
    from datetime import timedelta

    from django.utils import timezone

    from creativetracks.networks.tasks import discard_stale_previews

    upload(admin_client, network, rows(2))
    stale = Import.objects.get()
    Import.objects.filter(pk=stale.pk).update(created=timezone.now() - timedelta(days=8))
    other = make_network(make_user("fresh-owner@example.org"), "Fresh previews")
    fresh = Import.objects.create(network=other, filename="new.csv")
    confirmed = Import.objects.create(network=other, filename="old.csv", status=Import.Status.DONE)
    Import.objects.filter(pk=confirmed.pk).update(created=timezone.now() - timedelta(days=30))

    discard_stale_previews.enqueue()
    run_queued_tasks()

    assert set(Import.objects.values_list("pk", flat=True)) == {fresh.pk, confirmed.pk}
    assert not ImportRow.objects.filter(batch=stale).exists()
