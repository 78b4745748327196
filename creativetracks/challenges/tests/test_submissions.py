"""Entries through the site: draft, submit, edit, withdraw until the deadline, then locked;
teams; files checked by content and served only to those who may see them."""

import io
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from fpdf import FPDF
from PIL import Image
from pypdf import PdfReader

from conftest import make_user
from creativetracks.challenges.models import Challenge, Submission, SubmissionFile, TeamMember
from creativetracks.notifications.models import Notification

from .conftest import make_entry

XMP = (
    '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description '
    'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Ana Applicant</dc:creator>'
    "</rdf:Description></rdf:RDF></x:xmpmeta>"
)


def pdf_with_metadata() -> bytes:
    """A real one-page PDF naming its author in the document info and in XMP."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Our plan for a cross-border festival")
    pdf.set_author("Ana Applicant")
    pdf.set_title("My secret plan")
    pdf.set_xmp_metadata(XMP)
    return bytes(pdf.output())


PDF = pdf_with_metadata()


def png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "purple").save(buffer, "PNG")
    return buffer.getvalue()


def entry_url(challenge, entry, action: str = "") -> str:
    return reverse("challenge_entry", args=[challenge.slug, entry.pk]) + action


def test_draft_submit_edit_withdraw_and_submit_again(
    client, challenge, applicant, organiser, django_capture_on_commit_callbacks
):
    client.force_login(applicant)
    response = client.post(
        reverse("challenge_enter", args=[challenge.slug]),
        {
            "title": "Street Loom",
            "summary": "Weaving in public squares.",
            "description": "We *weave*.",
            "links": "https://example.org/loom\nhttps://example.org/video",
            "video_url": "https://video.example.org/1",
        },
    )
    entry = Submission.objects.get(lead=applicant)
    assert response.status_code == 302 and response["Location"] == entry.get_absolute_url()
    assert entry.state == "draft" and entry.links == [
        "https://example.org/loom",
        "https://example.org/video",
    ]
    page = client.get(entry.get_absolute_url())
    assert "Draft" in page.text and "Submit the entry" in page.text

    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(entry_url(challenge, entry, "submit/")).status_code == 302
    entry.refresh_from_db()
    assert entry.state == "submitted" and entry.submitted_at is not None
    assert Notification.objects.filter(recipient=organiser, kind="challenge_submission").exists()

    edit = client.post(
        entry_url(challenge, entry, "edit/"),
        {"title": "Street Loom II", "summary": "Better.", "description": "", "links": ""},
    )
    assert edit.status_code == 302
    entry.refresh_from_db()
    assert entry.title == "Street Loom II" and entry.state == "submitted"

    assert client.post(entry_url(challenge, entry, "withdraw/")).status_code == 302
    entry.refresh_from_db()
    assert entry.state == "withdrawn"
    assert "Withdrawn" in client.get(reverse("challenges_mine")).text

    assert client.post(entry_url(challenge, entry, "submit/")).status_code == 302
    entry.refresh_from_db()
    assert entry.state == "submitted"


def test_bad_input_keeps_what_was_typed(client, challenge, applicant):
    client.force_login(applicant)
    response = client.post(
        reverse("challenge_enter", args=[challenge.slug]),
        {"title": "Kept title", "summary": "", "links": "not a link"},
    )
    assert response.status_code == 422
    assert "Kept title" in response.text and "is not a web address" in response.text
    assert not Submission.objects.exists()


def test_one_entry_per_lead(client, challenge, applicant):
    entry = make_entry(challenge, applicant, state="draft")
    client.force_login(applicant)
    response = client.get(reverse("challenge_enter", args=[challenge.slug]))
    assert response.status_code == 302 and response["Location"] == entry.get_absolute_url()


def test_entries_lock_at_the_deadline_whatever_the_time_zone(client, partner, applicant):
    """The deadline is an instant: a second before it the entry changes, at it nothing does,
    whether the challenge lives in Tokyo or the applicant in Lisbon."""
    from .conftest import make_challenge

    challenge = make_challenge(
        partner, time_zone="Asia/Tokyo", deadline=timezone.now() + timedelta(seconds=30)
    )
    entry = make_entry(challenge, applicant, state="draft")
    applicant.time_zone = "America/Sao_Paulo"
    applicant.save()
    client.force_login(applicant)
    assert client.post(entry_url(challenge, entry, "submit/")).status_code == 302

    Challenge.objects.filter(pk=challenge.pk).update(deadline=timezone.now())
    for action, data in [
        ("withdraw/", {}),
        ("edit/", {"title": "Late", "summary": "Too late"}),
        ("team/", {"who": "someone@example.org"}),
    ]:
        response = client.post(entry_url(challenge, entry, action), data)
        assert response.status_code in (409, 422), action
        assert "deadline has passed" in response.text or "closed" in response.text
    upload = SimpleUploadedFile("late.pdf", PDF)
    response = client.post(entry_url(challenge, entry, "files/"), {"file": upload})
    assert response.status_code == 422 and "closed" in response.text
    entry.refresh_from_db()
    assert entry.state == "submitted" and entry.title == "Loom"
    page = client.get(entry.get_absolute_url())
    assert "Entries are locked" in page.text
    assert client.get(reverse("challenge_enter", args=[challenge.slug])).status_code == 302
    other = make_user("late@example.org")
    client.force_login(other)
    assert client.get(reverse("challenge_enter", args=[challenge.slug])).status_code == 409


def test_dates_typed_in_the_challenges_time_zone_are_stored_in_utc(client, organiser, partner):
    client.force_login(organiser)
    response = client.post(
        reverse("challenge_create"),
        {
            "title": "Tokyo Call",
            "brief": "Make it.",
            "organiser": f"partner:{partner.pk}",
            "visibility": "public",
            "time_zone": "Asia/Tokyo",
            "opens_at": "2027-01-01T09:00",
            "deadline": "2027-02-01T23:59",
            "review_ends_at": "2027-03-01T12:00",
            "min_team_size": 1,
            "max_team_size": 3,
        },
    )
    assert response.status_code == 302, response.text
    challenge = Challenge.objects.get(title="Tokyo Call")
    assert challenge.deadline.isoformat() == "2027-02-01T14:59:00+00:00"
    assert challenge.phase == "draft" and challenge.partner == partner
    page = client.get(challenge.get_absolute_url())
    assert "1 February 2027, 23:59" in page.text and "Asia/Tokyo" in page.text


def test_team_invitation_accepted_by_the_member(
    client, challenge, applicant, other_member, django_capture_on_commit_callbacks
):
    entry = make_entry(challenge, applicant, state="draft")
    client.force_login(applicant)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(entry_url(challenge, entry, "team/"), {"who": other_member.email})
    assert response.status_code == 302
    member = TeamMember.objects.get(submission=entry)
    assert member.status == "invited"
    assert Notification.objects.filter(
        recipient=other_member, kind="challenge_team_invitation"
    ).exists()
    unknown = client.post(entry_url(challenge, entry, "team/"), {"who": "nobody@example.org"})
    assert unknown.status_code == 422 and "No member" in unknown.text

    client.force_login(other_member)
    mine = client.get(reverse("challenges_mine"))
    assert "Join the team" in mine.text
    answer = client.post(reverse("challenge_team_answer", args=[member.pk]), {"answer": "accept"})
    assert answer.status_code == 302
    member.refresh_from_db()
    assert member.status == "accepted"
    # A team member sees the entry, but only the lead changes it.
    assert client.get(entry.get_absolute_url()).status_code == 200
    assert client.post(entry_url(challenge, entry, "submit/")).status_code == 403


def test_broken_and_locked_pdfs_are_refused_with_the_reason(client, challenge, applicant):
    from pypdf import PdfWriter

    entry = make_entry(challenge, applicant, state="draft")
    client.force_login(applicant)
    broken = SimpleUploadedFile("plan.pdf", b"%PDF-1.4\nnothing else here")
    response = client.post(entry_url(challenge, entry, "files/"), {"file": broken})
    assert response.status_code == 422 and "can&#x27;t be read" in response.text
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(PDF)))
    writer.encrypt("secret")
    locked = io.BytesIO()
    writer.write(locked)
    upload = SimpleUploadedFile("plan.pdf", locked.getvalue())
    response = client.post(entry_url(challenge, entry, "files/"), {"file": upload})
    assert response.status_code == 422 and "protected by a password" in response.text
    assert not SubmissionFile.objects.exists()


def test_files_are_checked_by_content_and_cleaned(client, challenge, applicant, other_member):
    entry = make_entry(challenge, applicant, state="draft")
    client.force_login(applicant)
    fake = SimpleUploadedFile("plan.pdf", b"MZ\x90\x00 not a pdf at all")
    response = client.post(entry_url(challenge, entry, "files/"), {"file": fake})
    assert response.status_code == 422 and "Attach a PDF or an image" in response.text
    big = SimpleUploadedFile("big.pdf", b"%PDF-1.4\n" + b"0" * (2 * 1024 * 1024 + 1))
    response = client.post(entry_url(challenge, entry, "files/"), {"file": big})
    assert response.status_code == 422 and "the limit is 2 MB" in response.text

    upload = SimpleUploadedFile("../../My Plan (final).pdf", PDF)
    assert client.post(entry_url(challenge, entry, "files/"), {"file": upload}).status_code == 302
    image = SimpleUploadedFile("sketch.png", png_bytes())
    assert client.post(entry_url(challenge, entry, "files/"), {"file": image}).status_code == 302
    pdf, png = SubmissionFile.objects.order_by("pk")
    assert pdf.original_name == "My-Plan-final-.pdf" and pdf.kind == "pdf"
    assert png.kind == "image" and png.content_type == "image/jpeg"  # re-encoded
    assert "My Plan" not in pdf.file.name and not pdf.file.name.startswith("challenges/")
    stored = pdf.file.read()
    assert b"Ana Applicant" not in stored and b"My secret plan" not in stored
    cleaned = PdfReader(io.BytesIO(stored))
    assert len(cleaned.pages) == 1 and not cleaned.metadata
    assert "/Metadata" not in cleaned.trailer["/Root"]
    assert "cross-border festival" in cleaned.pages[0].extract_text()

    download = client.get(entry_url(challenge, entry, f"files/{pdf.pk}/"))
    assert download.status_code == 200 and download["Content-Type"] == "application/pdf"
    assert "My-Plan-final-.pdf" in download["Content-Disposition"]
    client.force_login(other_member)
    assert client.get(entry_url(challenge, entry, f"files/{pdf.pk}/")).status_code == 404
    client.logout()
    assert client.get(entry_url(challenge, entry, f"files/{pdf.pk}/")).status_code == 404


def test_files_are_not_under_the_public_media_url(client, challenge, applicant, settings):
    from pathlib import Path

    entry = make_entry(challenge, applicant, state="draft")
    client.force_login(applicant)
    client.post(entry_url(challenge, entry, "files/"), {"file": SimpleUploadedFile("a.pdf", PDF)})
    stored = SubmissionFile.objects.get()
    assert not Path(stored.file.path).resolve().is_relative_to(Path(settings.MEDIA_ROOT).resolve())


def test_a_draft_cant_be_withdrawn_and_others_cant_touch_the_entry(
    client, challenge, applicant, other_member
):
    entry = make_entry(challenge, applicant, state="draft")
    client.force_login(applicant)
    response = client.post(entry_url(challenge, entry, "withdraw/"))
    assert response.status_code == 400 and "Only a submitted entry" in response.text
    client.force_login(other_member)
    assert client.get(entry.get_absolute_url()).status_code == 404
    for action in ("submit/", "withdraw/", "edit/"):
        assert (
            client.post(entry_url(challenge, entry, action), {"title": "Hijack"}).status_code == 403
        )
    entry.refresh_from_db()
    assert entry.state == "draft" and entry.title == "Loom"


def test_organisers_and_jurors_cannot_enter_their_own_challenge(
    client, challenge, organiser, juror_user, applicant
):
    from creativetracks.challenges.tests.conftest import seat

    seat(challenge, juror_user)
    enter = f"{challenge.get_absolute_url()}enter/"
    for user, reason in [
        (organiser, "You organise this challenge"),
        (juror_user, "You are on this challenge&#x27;s jury"),
    ]:
        client.force_login(user)
        assert "Enter the challenge" not in client.get(challenge.get_absolute_url()).text
        response = client.post(enter, {"title": "Mine", "summary": "x", "description": "y"})
        assert response.status_code == 403 and reason in response.text
    assert not challenge.submissions.exists()
    client.force_login(applicant)
    assert "Enter the challenge" in client.get(challenge.get_absolute_url()).text
