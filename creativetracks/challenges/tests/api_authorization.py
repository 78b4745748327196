"""The challenges' entry and jury endpoints of the API in the authorization tests: GETs
for the site-wide matrix (`cases`) and writes for api/tests/test_authorization_api.py
(`writes`)."""

from creativetracks.core.testing import Case, everyone

UNAUTHORISED = 401


def _challenge_in_review(juror_email: str):
    from conftest import make_user
    from creativetracks.events.tests.conftest import make_partner

    from .conftest import assign, make_challenge, make_entry, seat, to_review

    partner = make_partner("api-challenges", "API Challenges")
    open_challenge = make_challenge(partner)
    reviewed = make_challenge(partner)
    entry = make_entry(reviewed, make_user(f"lead-{juror_email}"))
    reviewed = to_review(reviewed)
    assign(seat(reviewed, make_user(juror_email)), entry)
    return open_challenge, reviewed, entry


def cases(ctx) -> dict[str, list[Case]]:
    open_challenge, reviewed, entry = _challenge_in_review("matrix-api-juror@example.org")

    def api(path: str) -> str:
        return f"/api/v1/challenges/{path}"

    return {
        # the matrix's member and staff have no entry here
        "api:api_challenge_entry": [
            Case(api(f"{open_challenge.slug}/entry"), UNAUTHORISED, 404, 404)
        ],
        "api:api_challenge_entry_submit": [
            everyone(api(f"{open_challenge.slug}/entry/submit"), 405)
        ],
        "api:api_challenge_entry_withdraw": [
            everyone(api(f"{open_challenge.slug}/entry/withdraw"), 405)
        ],
        # jurors only: staff included, they sit on no jury
        "api:api_challenge_review": [Case(api(f"{reviewed.slug}/review"), UNAUTHORISED, 403, 403)],
        "api:api_challenge_review_entry": [
            Case(api(f"{reviewed.slug}/review/{entry.pk}"), UNAUTHORISED, 403, 403)
        ],
        "api:api_challenge_review_scores": [
            everyone(api(f"{reviewed.slug}/review/{entry.pk}/scores"), 405)
        ],
        "api:api_challenge_review_conflict": [
            everyone(api(f"{reviewed.slug}/review/{entry.pk}/conflict"), 405)
        ],
        # organisers only: platform staff organise every challenge, the matrix's
        # partner staff belong to another partner
        "api:api_challenge_entries": [
            Case(api(f"{reviewed.slug}/entries"), UNAUTHORISED, 403, 200)
        ],
        "api:api_challenge_ranking": [
            Case(api(f"{reviewed.slug}/ranking"), UNAUTHORISED, 403, 200)
        ],
        "api:api_challenge_jury": [Case(api(f"{reviewed.slug}/jury"), UNAUTHORISED, 403, 200)],
        "api:api_challenge_juror": [everyone(api(f"{reviewed.slug}/jury/1"), 405)],
        "api:api_challenge_jury_assign": [everyone(api(f"{reviewed.slug}/jury/assign"), 405)],
        "api:api_challenge_decision": [
            everyone(api(f"{reviewed.slug}/entries/{entry.pk}/decision"), 405)
        ],
        "api:api_challenge_advance": [everyone(api(f"{open_challenge.slug}/phase/advance"), 405)],
        "api:api_challenge_publish_results": [
            everyone(api(f"{reviewed.slug}/results/publish"), 405)
        ],
        # the lead's own team and files: the matrix's member leads no entry here
        "api:api_challenge_entry_team": [
            Case(api(f"{open_challenge.slug}/entry/team"), UNAUTHORISED, 404, 404)
        ],
        "api:api_challenge_entry_files": [
            Case(api(f"{open_challenge.slug}/entry/files"), UNAUTHORISED, 404, 404)
        ],
        "api:api_challenge_entry_file": [
            everyone(api(f"{open_challenge.slug}/entry/files/1"), 405)
        ],
        # the results are the organisers' until published (no public vote here)
        "api:api_challenge_results": [Case(api(f"{reviewed.slug}/results"), 404, 404, 200)],
        "api:api_challenge_vote": [everyone(api(f"{reviewed.slug}/entries/{entry.pk}/vote"), 405)],
        "api:api_challenge_criteria": [
            Case(api(f"{reviewed.slug}/criteria"), UNAUTHORISED, 403, 200)
        ],
        "api:api_challenge_close_review": [everyone(api(f"{reviewed.slug}/review/close"), 405)],
        "api:api_challenge_feedback_release": [
            everyone(api(f"{reviewed.slug}/feedback/release"), 405)
        ],
        "api:api_challenge_scores": [Case(api(f"{reviewed.slug}/scores"), UNAUTHORISED, 403, 200)],
        "api:api_challenge_my_scores": [
            Case(api(f"{reviewed.slug}/review/scores.csv"), UNAUTHORISED, 403, 403)
        ],
        "api:api_challenge_team_answer": [everyone(api("team/1/answer"), 405)],
        "api:api_challenge_team_member": [everyone(api("team/1"), 405)],
    }


def writes(member) -> list[tuple[str, str, dict | None]]:
    """(method, path, body) of every entry, jury and organiser write; `member` is no
    juror and organises nothing."""
    from conftest import make_user

    from ..models import Juror, SubmissionFile, TeamMember
    from .conftest import make_entry

    open_challenge, reviewed, entry = _challenge_in_review("writes-juror@example.org")
    mine = make_entry(open_challenge, member, state="draft")
    base = f"/api/v1/challenges/{open_challenge.slug}"
    review = f"/api/v1/challenges/{reviewed.slug}/review/{entry.pk}"
    invitation = Juror.objects.create(challenge=reviewed, email="invited-writes@example.org")
    teammate = TeamMember.objects.create(submission=mine, user=make_user("mate@example.org"))
    elsewhere = make_entry(open_challenge, make_user("other-lead@example.org"), state="draft")
    invited = TeamMember.objects.create(submission=elsewhere, user=member)
    attached = SubmissionFile.objects.create(
        submission=mine,
        file="entries/writes.pdf",
        original_name="writes.pdf",
        kind="pdf",
        content_type="application/pdf",
        size=1,
    )
    organise = f"/api/v1/challenges/{reviewed.slug}"
    return [
        ("post", f"{organise}/jury", {"email": "new-juror@example.org"}),
        ("delete", f"{organise}/jury/{invitation.pk}", None),
        ("post", f"{organise}/jury/assign", None),
        ("post", f"{organise}/entries/{entry.pk}/decision", {"award": "winner"}),
        ("post", f"{base}/phase/advance", None),
        ("post", f"{organise}/results/publish", None),
        ("post", f"{organise}/entries/{entry.pk}/vote", None),
        ("put", f"{organise}/criteria", {"criteria": []}),
        ("post", f"{organise}/review/close", None),
        ("post", f"{organise}/feedback/release", None),
        ("post", f"{base}/entry/team", {"who": "nobody-here@example.org"}),
        ("post", f"/api/v1/challenges/team/{invited.pk}/answer", {"accept": True}),
        ("delete", f"/api/v1/challenges/team/{teammate.pk}", None),
        ("delete", f"{base}/entry/files/{attached.pk}", None),
        ("post", f"{base}/entry", {"title": "T", "summary": "S"}),
        ("patch", f"{base}/entry", {"title": mine.title}),
        ("post", f"{base}/entry/submit", None),
        ("post", f"{base}/entry/withdraw", None),
        ("put", f"{review}/scores", {"scores": {}}),
        ("post", f"{review}/conflict", {"reason": "R"}),
    ]
