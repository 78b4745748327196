"""Ranking, shortlist, public vote, publication, feedback, exports and certificates."""

import io

from django.urls import reverse
from openpyxl import load_workbook

from conftest import make_user
from creativetracks.challenges import services
from creativetracks.challenges.models import Challenge, Vote
from creativetracks.notifications.models import Notification

from .conftest import make_challenge, make_entry, seat, to_review


def score(juror, challenge, entry, originality, feasibility):
    criteria = {c.name: c.pk for c in challenge.criteria.all()}
    services.score_entry(
        juror,
        challenge,
        entry.pk,
        {criteria["Originality"]: (originality, ""), criteria["Feasibility"]: (feasibility, "ok")},
        comment=f"Comment on {entry.title}",
        complete=True,
    )


def reviewed_challenge(partner, **fields):
    challenge = make_challenge(partner, public_vote=True, **fields)
    a = make_entry(challenge, make_user("a@example.org", display_name="Alice A"), title="Alpha")
    b = make_entry(challenge, make_user("b@example.org", display_name="Bruno B"), title="Beta")
    jurors = [make_user("j1@example.org"), make_user("j2@example.org")]
    for juror in jurors:
        seat(challenge, juror)
    to_review(challenge)
    services.assign_entries(None, challenge)
    score(jurors[0], challenge, a, 9, 8)
    score(jurors[0], challenge, b, 6, 6)
    score(jurors[1], challenge, a, 4, 4)
    score(jurors[1], challenge, b, 3, 2)
    return challenge, a, b, jurors


def test_the_ranking_shows_raw_and_normalised_totals(client, partner, organiser):
    challenge, a, b, _jurors = reviewed_challenge(partner, normalise_scores=True)
    client.force_login(organiser)
    page = client.get(reverse("challenge_ranking", args=[challenge.slug]))
    assert page.status_code == 200
    assert page.text.index("Alpha") < page.text.index("Beta")
    assert "Ties are broken by the raw total" in page.text
    # Alpha: (2*9+8)/3*10 = 86.67 and (2*4+4)/3*10 = 40 → raw 63.33
    assert "63.33" in page.text and "1.000" in page.text


def test_only_organisers_publish_results(
    client, partner, organiser, django_capture_on_commit_callbacks
):
    challenge, a, b, jurors = reviewed_challenge(partner)
    url = reverse("challenge_publish", args=[challenge.slug])
    for outsider in (jurors[0], a.lead, make_user("x@example.org")):
        client.force_login(outsider)
        assert client.post(url).status_code == 403
        assert (
            client.post(
                reverse("challenge_decide", args=[challenge.slug, a.pk]),
                {f"e{a.pk}-award": "winner"},
            ).status_code
            == 403
        )
    challenge.refresh_from_db()
    assert challenge.phase == "review"

    client.force_login(organiser)
    assert client.post(url).status_code == 400  # no winner yet
    decide = client.post(
        reverse("challenge_decide", args=[challenge.slug, a.pk]),
        {f"e{a.pk}-award": "winner", f"e{a.pk}-feedback": "Bold and clear."},
    )
    assert decide.status_code == 302
    client.post(
        reverse("challenge_decide", args=[challenge.slug, b.pk]), {f"e{b.pk}-award": "mention"}
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url).status_code == 302
    challenge.refresh_from_db()
    assert challenge.phase == "results" and challenge.results_published_at
    assert Notification.objects.filter(recipient=a.lead, kind="challenge_result").exists()
    assert Notification.objects.filter(recipient=jurors[0], kind="challenge_phase").exists()

    client.logout()
    results = client.get(reverse("challenge_results", args=[challenge.slug]))
    assert results.status_code == 200
    assert (
        "Alpha" in results.text
        and "Alice A" in results.text
        and "Honourable mention" in results.text
    )
    certificate = client.get(reverse("challenge_certificate", args=[challenge.slug, a.pk]))
    assert certificate.status_code == 200 and certificate.content.startswith(b"%PDF-")
    assert certificate["Content-Type"] == "application/pdf"


def test_feedback_is_released_to_applicants_without_jurors_names(
    client, partner, organiser, django_capture_on_commit_callbacks
):
    challenge, a, _b, _jurors = reviewed_challenge(partner)
    client.force_login(a.lead)
    assert "Comment on Alpha" not in client.get(a.get_absolute_url()).text
    client.force_login(organiser)
    assert (
        client.post(reverse("challenge_feedback_release", args=[challenge.slug])).status_code == 400
    )
    client.post(reverse("challenge_close_review", args=[challenge.slug]))
    with django_capture_on_commit_callbacks(execute=True):
        assert (
            client.post(reverse("challenge_feedback_release", args=[challenge.slug])).status_code
            == 302
        )
    client.force_login(a.lead)
    page = client.get(a.get_absolute_url())
    assert (
        "Comment on Alpha" in page.text
        and "Juror 1" in page.text
        and "j1@example.org" not in page.text
    )
    assert Notification.objects.filter(recipient=a.lead, kind="challenge_result").exists()


def test_one_public_vote_per_verified_member_for_a_shortlisted_entry(
    client, partner, organiser, member
):
    challenge, a, b, _jurors = reviewed_challenge(partner)
    services.decide_entry(
        organiser, challenge, a, shortlisted=True, award="", prize=None, feedback=""
    )
    vote_a = reverse("challenge_vote", args=[challenge.slug, a.pk])
    vote_b = reverse("challenge_vote", args=[challenge.slug, b.pk])
    client.force_login(member)
    assert (
        "Vote for this entry"
        in client.get(reverse("challenge_results", args=[challenge.slug])).text
    )
    assert client.post(vote_b).status_code == 400  # not shortlisted
    assert client.post(vote_a).status_code == 302
    assert client.post(vote_a).status_code == 400
    unverified = make_user("unverified@example.org", verified=False)
    client.force_login(unverified)
    assert client.post(vote_a).status_code == 403
    assert Vote.objects.count() == 1
    # The vote closes with the phase.
    Challenge.objects.filter(pk=challenge.pk).update(phase="results")
    client.force_login(make_user("late@example.org"))
    assert client.post(vote_a).status_code == 403


def test_scores_export_as_csv_and_xlsx_for_organisers_only(client, partner, organiser):
    challenge, a, _b, jurors = reviewed_challenge(partner)
    client.force_login(jurors[0])
    assert client.get(reverse("challenge_export", args=[challenge.slug, "csv"])).status_code == 403
    client.force_login(organiser)
    csv_text = client.get(
        reverse("challenge_export", args=[challenge.slug, "csv"])
    ).content.decode()
    lines = csv_text.strip().splitlines()
    assert lines[0].startswith("entry,title,applicant,juror,criterion")
    assert len(lines) == 1 + 8  # 2 entries × 2 jurors × 2 criteria
    xlsx = client.get(reverse("challenge_export", args=[challenge.slug, "xlsx"]))
    book = load_workbook(io.BytesIO(xlsx.content))
    assert book.sheetnames == ["Scores", "Ranking"]
    assert book["Ranking"]["C2"].value == "Alpha"


def test_spreadsheet_formulas_typed_by_people_stay_text():
    from creativetracks.challenges.exports import as_csv

    assert "'=HYPERLINK" in as_csv([{"comment": '=HYPERLINK("x")'}], ["comment"])
