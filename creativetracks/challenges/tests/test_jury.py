"""The jury: invitations, assignment, scoring, conflicts of interest and blind review."""

import csv
import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conftest import DEFAULT_PASSWORD, body_of, make_user, run_queued_tasks
from creativetracks.challenges import services
from creativetracks.challenges.models import Assignment, Conflict, Juror, Score
from creativetracks.profiles.models import Organisation, OrganisationMembership

from .conftest import assign, make_challenge, make_entry, seat, to_review
from .test_submissions import PDF


def review_url(challenge, entry, action: str = "") -> str:
    return reverse("challenge_review_entry", args=[challenge.slug, entry.pk]) + action


def scores_post(challenge, **values) -> dict:
    data = {}
    for criterion in challenge.criteria.all():
        if criterion.name in values:
            data[f"score_{criterion.pk}"] = values[criterion.name]
            data[f"note_{criterion.pk}"] = f"About {criterion.name}"
    return data


def test_drafts_and_withdrawn_entries_never_reach_jurors(client, challenge, applicant, juror_user):
    submitted = make_entry(challenge, applicant, title="Submitted")
    draft = make_entry(challenge, make_user("d@example.org"), state="draft", title="Drafty")
    withdrawn = make_entry(challenge, make_user("w@example.org"), state="withdrawn", title="Gone")
    seat(challenge, juror_user)
    to_review(challenge)
    services.assign_entries(None, challenge)
    assert set(Assignment.objects.values_list("submission_id", flat=True)) == {submitted.pk}
    # Even an assignment made by hand stays out of reach.
    sneaky = Juror.objects.get(user=juror_user)
    assign(sneaky, draft)
    assign(sneaky, withdrawn)
    client.force_login(juror_user)
    queue = client.get(reverse("challenge_review", args=[challenge.slug]))
    assert "Submitted" in queue.text and "Drafty" not in queue.text and "Gone" not in queue.text
    for entry in (draft, withdrawn):
        assert client.get(review_url(challenge, entry)).status_code == 404
        assert client.get(entry.get_absolute_url()).status_code == 404
        assert (
            client.post(
                review_url(challenge, entry), scores_post(challenge, Originality=5)
            ).status_code
            == 404
        )


def test_a_juror_scores_each_criterion_with_comments(client, challenge, applicant, juror_user):
    entry = make_entry(challenge, applicant)
    seat(challenge, juror_user)
    to_review(challenge)
    services.assign_entries(None, challenge)
    client.force_login(juror_user)
    page = client.get(review_url(challenge, entry))
    assert page.status_code == 200 and "Originality" in page.text and "Ana Applicant" in page.text

    out_of_scale = client.post(review_url(challenge, entry), scores_post(challenge, Originality=11))
    assert out_of_scale.status_code == 422
    incomplete = client.post(
        review_url(challenge, entry), {**scores_post(challenge, Originality=7), "complete": "on"}
    )
    assert incomplete.status_code == 422 and "Score every criterion" in incomplete.text
    done = client.post(
        review_url(challenge, entry),
        {
            **scores_post(challenge, Originality=7, Feasibility=4),
            "comment": "Strong.",
            "complete": "on",
        },
    )
    assert done.status_code == 302
    assignment = Assignment.objects.get()
    assert assignment.completed and assignment.comment == "Strong."
    assert sorted(Score.objects.values_list("value", "comment")) == [
        (4, "About Feasibility"),
        (7, "About Originality"),
    ]


def test_jurors_never_see_each_others_scores_until_review_closes(
    client, challenge, applicant, organiser
):
    entry = make_entry(challenge, applicant)
    first, second = (
        make_user("j1@example.org", display_name="Juror One"),
        make_user("j2@example.org"),
    )
    seat(challenge, first)
    seat(challenge, second)
    to_review(challenge)
    services.assign_entries(None, challenge)
    client.force_login(first)
    client.post(
        review_url(challenge, entry),
        {**scores_post(challenge, Originality=9, Feasibility=9), "comment": "Secret praise"},
    )
    client.force_login(second)
    page = client.get(review_url(challenge, entry))
    assert "Secret praise" not in page.text and "Other jurors" not in page.text

    client.force_login(organiser)
    assert client.post(reverse("challenge_close_review", args=[challenge.slug])).status_code == 302
    client.force_login(second)
    page = client.get(review_url(challenge, entry))
    assert (
        "Other jurors" in page.text
        and "Juror One" in page.text
        and "Scoring is closed" in page.text
    )
    late = client.post(review_url(challenge, entry), scores_post(challenge, Originality=1))
    assert late.status_code == 400
    assert not Score.objects.filter(assignment__juror__user=second).exists()


def test_balanced_assignment_gives_each_entry_k_reviews(client, partner, organiser):
    challenge = make_challenge(partner, reviews_per_entry=2)
    entries = [
        make_entry(challenge, make_user(f"a{i}@example.org"), title=f"E{i}") for i in range(6)
    ]
    jurors = [seat(challenge, make_user(f"j{i}@example.org")) for i in range(3)]
    to_review(challenge)
    client.force_login(organiser)
    assert client.post(reverse("challenge_jury_assign", args=[challenge.slug])).status_code == 302
    for entry in entries:
        assert Assignment.objects.filter(submission=entry).count() == 2
    assert [Assignment.objects.filter(juror=j).count() for j in jurors] == [4, 4, 4]


def test_a_juror_with_a_declared_conflict_cant_open_score_or_export_the_entry(
    client, challenge, applicant, juror_user, organiser
):
    entry = make_entry(challenge, applicant, title="Conflicted")
    other = make_entry(challenge, make_user("b@example.org"), title="Fine")
    seat(challenge, juror_user)
    to_review(challenge)
    services.assign_entries(None, challenge)
    client.force_login(juror_user)
    for target in (entry, other):
        client.post(
            review_url(challenge, target), scores_post(challenge, Originality=5, Feasibility=5)
        )
    refused = client.post(review_url(challenge, entry, "conflict/"), {"reason": ""})
    assert refused.status_code == 400
    response = client.post(review_url(challenge, entry, "conflict/"), {"reason": "My cousin"})
    assert response.status_code == 302
    conflict = Conflict.objects.get()
    assert conflict.source == "declared" and conflict.reason == "My cousin"

    assert client.get(review_url(challenge, entry)).status_code == 404
    assert (
        client.post(review_url(challenge, entry), scores_post(challenge, Originality=1)).status_code
        == 404
    )
    assert client.get(entry.get_absolute_url()).status_code == 404
    queue = client.get(reverse("challenge_review", args=[challenge.slug]))
    assert "Conflicted" not in queue.text and "Fine" in queue.text
    export = client.get(reverse("challenge_review_export", args=[challenge.slug]))
    rows = list(csv.DictReader(io.StringIO(export.content.decode())))
    assert {r["title"] for r in rows} == {"Fine"}
    # Re-running the assignment never gives it back.
    client.force_login(organiser)
    client.post(reverse("challenge_jury_assign", args=[challenge.slug]))
    assert not Assignment.objects.filter(juror__user=juror_user, submission=entry).exists()
    jury_page = client.get(reverse("challenge_jury", args=[challenge.slug]))
    assert "My cousin" in jury_page.text


def test_a_juror_with_a_conflict_cant_download_the_entrys_files(
    client, partner, applicant, juror_user
):
    challenge = make_challenge(partner)
    entry = make_entry(challenge, applicant, state="draft")
    attachment = services.attach_file(applicant, entry, SimpleUploadedFile("plan.pdf", PDF))
    entry.state = "submitted"
    entry.save()
    juror = seat(challenge, juror_user)
    to_review(challenge)
    services.assign_entries(None, challenge)
    client.force_login(juror_user)
    url = reverse("challenge_entry_file", args=[challenge.slug, entry.pk, attachment.pk])
    assert client.get(url).status_code == 200
    Conflict.objects.create(juror=juror, submission=entry, source="declared", reason="Friend")
    assert client.get(url).status_code == 404


def test_conflicts_are_detected_from_organisations_and_teams(
    client, challenge, applicant, juror_user, organiser
):
    colleague_entry = make_entry(challenge, applicant, title="Colleague")
    teammate = make_user("mate@example.org")
    teammate_entry = make_entry(challenge, teammate, title="Teammate")
    stranger_entry = make_entry(challenge, make_user("s@example.org"), title="Stranger")
    studio = Organisation.objects.create(
        name="Studio", slug="studio", kind="collective", country="PT"
    )
    OrganisationMembership.objects.create(organisation=studio, user=applicant)
    OrganisationMembership.objects.create(organisation=studio, user=juror_user)
    # The juror and the teammate were on one team in another challenge.
    earlier = make_challenge(challenge.partner, slug="earlier")
    old = make_entry(earlier, teammate, title="Old")
    old.team.create(user=juror_user, status="accepted")
    seat(challenge, juror_user)
    to_review(challenge)
    services.assign_entries(None, challenge)
    sources = dict(Conflict.objects.values_list("submission__title", "source"))
    assert sources == {"Colleague": "organisation", "Teammate": "team"}
    assigned = set(Assignment.objects.values_list("submission__title", flat=True))
    assert assigned == {"Stranger"}
    client.force_login(juror_user)
    assert client.get(review_url(challenge, colleague_entry)).status_code == 404
    assert client.get(review_url(challenge, teammate_entry)).status_code == 404
    assert client.get(review_url(challenge, stranger_entry)).status_code == 200


def test_blind_review_hides_identities_everywhere_a_juror_looks(
    client, partner, applicant, juror_user
):
    challenge = make_challenge(partner, blind_review=True)
    entry = make_entry(challenge, applicant, state="draft", title="Hidden Hand")
    teammate = make_user("tm@example.org", display_name="Tomas Teammate")
    entry.team.create(user=teammate, status="accepted")
    attachment = services.attach_file(
        applicant, entry, SimpleUploadedFile("Ana-Applicant-CV.pdf", PDF)
    )
    entry.state = "submitted"
    entry.save()
    seat(challenge, juror_user)
    to_review(challenge)
    services.assign_entries(None, challenge)
    client.force_login(juror_user)
    client.post(review_url(challenge, entry), scores_post(challenge, Originality=5, Feasibility=5))
    pages = [
        client.get(reverse("challenge_review", args=[challenge.slug])),
        client.get(review_url(challenge, entry)),
    ]
    for page in pages:
        assert page.status_code == 200 and "Hidden Hand" in page.text
        for secret in (
            "Ana Applicant",
            "Tomas Teammate",
            "applicant@example.org",
            "Ana-Applicant-CV",
        ):
            assert secret not in page.text
    download = client.get(
        reverse("challenge_entry_file", args=[challenge.slug, entry.pk, attachment.pk])
    )
    assert "Ana-Applicant" not in download["Content-Disposition"]
    assert f"entry-{entry.pk}-attachment-1.pdf" in download["Content-Disposition"]
    body = b"".join(download.streaming_content)
    assert b"Ana Applicant" not in body and body.startswith(b"%PDF-")
    export = client.get(reverse("challenge_review_export", args=[challenge.slug])).content.decode()
    assert "Ana Applicant" not in export and "Hidden Hand" in export
    # The entry's own page sends the juror to the blind review page.
    assert client.get(entry.get_absolute_url())["Location"] == review_url(challenge, entry)


@pytest.mark.django_db(transaction=True)
def test_a_juror_without_an_account_is_invited_and_accepts_after_signing_up(
    client, smtp_inbox, partner
):
    organiser = make_user("org@example.org", display_name="Olga Organiser")
    partner.staff.add(organiser)
    challenge = make_challenge(partner)
    client.force_login(organiser)
    response = client.post(
        reverse("challenge_jury", args=[challenge.slug]),
        {"email": "Newjuror@Example.org", "name": "Nia"},
    )
    assert response.status_code == 302
    run_queued_tasks()
    [email] = smtp_inbox.to("newjuror@example.org")
    assert "Olga Organiser invites you to the jury of Creative Futures" in email["Subject"]
    link = (
        "/"
        + re.search(r"https?://\S+/challenges/jury/\S+/", body_of(email)).group(0).split("/", 3)[3]
    )

    client.logout()
    page = client.get(link)
    assert page.status_code == 200 and "Create an account" in page.text
    signup_url = re.search(r'href="(/accounts/signup/\?next=[^"]+)"', page.text).group(1)
    client.post(
        signup_url.replace("&amp;", "&"),
        {
            "email": "newjuror@example.org",
            "password1": DEFAULT_PASSWORD,
            "password2": DEFAULT_PASSWORD,
            "accept_terms": "on",
        },
    )
    run_queued_tasks()
    [confirmation] = [m for m in smtp_inbox.to("newjuror@example.org") if "Confirm" in m["Subject"]]
    confirm = re.search(r"https?://\S+/accounts/confirm-email/\S+/", body_of(confirmation)).group(0)
    assert client.post("/" + confirm.split("/", 3)[3]).status_code == 302
    juror = Juror.objects.get()
    assert juror.user.email == "newjuror@example.org" and juror.accepted
    assert client.get(reverse("challenge_review", args=[challenge.slug])).status_code == 200
    client.logout()
    assert client.get(link).status_code == 410


def test_blind_review_drops_an_images_metadata(client, partner, applicant, juror_user):
    from PIL import Image

    image = Image.new("RGB", (32, 32), "orange")
    exif = Image.Exif()
    exif[0x013B] = "Ana Applicant"  # Artist
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", exif=exif)
    assert b"Ana Applicant" in buffer.getvalue()
    challenge = make_challenge(partner, blind_review=True)
    entry = make_entry(challenge, applicant, state="draft")
    attachment = services.attach_file(
        applicant, entry, SimpleUploadedFile("ana.jpg", buffer.getvalue())
    )
    entry.state = "submitted"
    entry.save()
    seat(challenge, juror_user)
    to_review(challenge)
    services.assign_entries(None, challenge)
    client.force_login(juror_user)
    url = reverse("challenge_entry_file", args=[challenge.slug, entry.pk, attachment.pk])
    download = client.get(url)
    body = b"".join(download.streaming_content)
    assert download.status_code == 200 and body.startswith(b"\xff\xd8")
    assert b"Ana Applicant" not in body and "ana.jpg" not in download["Content-Disposition"]
