"""An entry's team and files through the API: the lead invites and attaches, the invitee
answers, the lead removes or the member leaves; nobody else reaches any of it."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.challenges.models import SubmissionFile, TeamMember

from .conftest import make_entry
from .test_api_entries import send

pytestmark = pytest.mark.django_db


def png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (10, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


def test_the_lead_builds_a_team_and_the_invitee_answers(client, challenge, applicant):
    entry = make_entry(challenge, applicant, state="draft")
    mate = make_user("mate@example.org", display_name="Mo Mate")
    invited = send(
        client, "post", f"{challenge.slug}/entry/team", {"who": mate.email}, bearer(applicant)
    )
    assert invited.status_code == 201, invited.content
    assert invited.json()["status"] == "invited" and invited.json()["entry"] == entry.pk
    member = TeamMember.objects.get(submission=entry, user=mate)

    nobody = send(
        client, "post", f"{challenge.slug}/entry/team", {"who": "@no-one"}, bearer(applicant)
    )
    assert nobody.status_code == 422 and "who" in error_of(nobody)["fields"]
    twice = send(
        client, "post", f"{challenge.slug}/entry/team", {"who": mate.email}, bearer(applicant)
    )
    assert twice.status_code == 409

    # only the invitee answers
    outsider = make_user("outsider@example.org")
    path = f"team/{member.pk}/answer"
    assert send(client, "post", path, {"accept": True}, bearer(outsider)).status_code == 404
    accepted = send(client, "post", path, {"accept": True}, bearer(mate))
    assert accepted.status_code == 200 and accepted.json()["status"] == "accepted"
    team = send(client, "get", f"{challenge.slug}/entry/team", headers=bearer(applicant))
    assert [m["status"] for m in team.json()] == ["accepted"]

    # the member leaves; an outsider can't remove anyone
    assert send(client, "delete", f"team/{member.pk}", None, bearer(outsider)).status_code == 404
    assert send(client, "delete", f"team/{member.pk}", None, bearer(mate)).status_code == 204
    assert not TeamMember.objects.filter(pk=member.pk).exists()


def test_the_lead_attaches_and_removes_files(client, challenge, applicant, settings):
    entry = make_entry(challenge, applicant, state="draft")
    path = f"/api/v1/challenges/{challenge.slug}/entry/files"
    headers = bearer(applicant)
    added = client.post(
        path, {"file": SimpleUploadedFile("board.png", png(), "image/png")}, **headers
    )
    assert added.status_code == 201, added.content
    body = added.json()
    assert body["kind"] == "image" and body["name"] == "board.png"
    attachment = SubmissionFile.objects.get(submission=entry)
    assert body["url"].endswith(f"/files/{attachment.pk}/")

    fake = client.post(
        path, {"file": SimpleUploadedFile("cv.pdf", b"not a pdf", "application/pdf")}, **headers
    )
    assert fake.status_code == 422 and "file" in error_of(fake)["fields"]
    assert SubmissionFile.objects.filter(submission=entry).count() == 1

    listed = send(client, "get", f"{challenge.slug}/entry/files", headers=headers)
    assert [f["id"] for f in listed.json()] == [attachment.pk]
    # another member has no entry here: nothing to reach
    other = bearer(make_user("other@example.org"))
    assert (
        send(
            client, "delete", f"{challenge.slug}/entry/files/{attachment.pk}", None, other
        ).status_code
        == 404
    )
    removed = send(client, "delete", f"{challenge.slug}/entry/files/{attachment.pk}", None, headers)
    assert removed.status_code == 204 and not SubmissionFile.objects.exists()
