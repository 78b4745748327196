from creativetracks.core.testing import SIGN_IN, Case, everyone, members_only, post_only

from .test_submissions import PDF  # noqa: E402


def cases(ctx) -> dict[str, list[Case]]:
    """The member leads an entry in an open challenge, sits on the jury of one in review
    and won one whose results are out; staff organise everything; none is the member's."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.utils import timezone

    from conftest import make_user
    from creativetracks.challenges import services
    from creativetracks.challenges.models import Juror, TeamMember
    from creativetracks.challenges.services.jury import hash_token
    from creativetracks.challenges.tests.conftest import (
        assign,
        make_challenge,
        make_entry,
        seat,
        to_review,
    )

    member, partner = ctx["member"], ctx["partner"]
    outsider = make_user("matrix-challenge-outsider@example.org")
    open_ = make_challenge(partner, "open", slug="matrix-open")
    draft = make_challenge(partner, "draft", slug="matrix-draft")
    review = to_review(make_challenge(partner, "open", slug="matrix-review"))
    results = make_challenge(
        partner, "results", slug="matrix-results", results_published_at=timezone.now()
    )
    entry = make_entry(open_, member, state="draft")
    attachment = services.attach_file(member, entry, SimpleUploadedFile("idea.pdf", PDF))
    invited = make_entry(open_, outsider, title="Other")
    team = TeamMember.objects.create(submission=invited, user=member)
    reviewed = make_entry(review, outsider)
    juror = seat(review, member)
    assign(juror, reviewed)
    # The matrix's juror sits on the same jury, with the same entry to review.
    assign(seat(review, ctx["juror"]), reviewed)
    won = make_entry(results, member, title="Winner")
    won.award = "winner"
    won.save()
    Juror.objects.create(
        challenge=open_,
        email="matrix-juror@example.org",
        token_hash=hash_token("matrix-jury-token"),
    )

    o, d, r, w = (f"/challenges/{c.slug}/" for c in (open_, draft, review, results))
    e = f"{o}entries/{entry.pk}/"

    # The partner's staff organise all four challenges.
    def organisers_only(path: str) -> Case:
        return Case(path, 302, 403, 200, anonymous_to=SIGN_IN, partner_staff=200)

    def jurors_only(path: str) -> Case:
        return Case(path, 302, 200, 403, anonymous_to=SIGN_IN, other_member=403, juror=200)

    return {
        "challenges": [everyone("/challenges/"), everyone("/challenges/?phase=open&page=9")],
        # The member administers an organisation (the matrix's "Matrix Org"): may create.
        "challenge_create": [
            members_only("/challenges/new/", other_member=403, org_admin=200, partner_staff=200)
        ],
        "challenges_mine": [members_only("/challenges/mine/")],
        "challenge_feed_rss": [everyone("/challenges/feed/rss/")],
        "challenge_feed_atom": [everyone("/challenges/feed/atom/")],
        "challenge_jury_invitation": [
            everyone("/challenges/jury/matrix-jury-token/"),
            everyone("/challenges/jury/forged/", 404),
        ],
        "challenge_team_answer": [post_only(f"/challenges/team/{team.pk}/answer/")],
        "challenge_team_remove": [post_only(f"/challenges/team/{team.pk}/remove/")],
        "challenge_detail": [
            everyone(o),
            everyone(w),
            Case(d, 404, 404, 200, partner_staff=200),
            everyone("/challenges/nothing-here/", 404),
        ],
        "challenge_edit": [
            organisers_only(f"{o}edit/"),
            Case(f"{d}edit/", 302, 404, 200, anonymous_to=SIGN_IN, partner_staff=200),
        ],
        "challenge_criteria": [organisers_only(f"{o}criteria/")],
        "challenge_advance": [post_only(f"{o}advance/")],
        "challenge_close_review": [post_only(f"{r}close-review/")],
        # The member has an entry already: sent to it. Those who run the challenge
        # (its partner's staff, platform staff) may not enter it.
        "challenge_enter": [
            Case(
                f"{o}enter/",
                302,
                302,
                403,
                anonymous_to=SIGN_IN,
                other_member=200,
                partner_staff=403,
            )  # fmt: skip
        ],
        "challenge_entries": [organisers_only(f"{o}entries/")],
        # The entry is the member's: organisers read it, nobody else edits it.
        "challenge_entry": [
            Case(e, 404, 200, 200, other_member=404, partner_staff=200),
            Case(f"{w}entries/{won.pk}/", 200, 200, 200),
        ],
        "challenge_entry_edit": [
            Case(f"{e}edit/", 302, 200, 403, anonymous_to=SIGN_IN, other_member=403)
        ],
        "challenge_entry_submit": [post_only(f"{e}submit/")],
        "challenge_entry_withdraw": [post_only(f"{e}withdraw/")],
        "challenge_entry_team": [post_only(f"{e}team/")],
        "challenge_entry_file_add": [post_only(f"{e}files/")],
        "challenge_entry_file": [
            Case(f"{e}files/{attachment.pk}/", 404, 200, 200, other_member=404, partner_staff=200)
        ],
        "challenge_entry_file_remove": [post_only(f"{e}files/{attachment.pk}/remove/")],
        "challenge_certificate": [
            everyone(f"{w}entries/{won.pk}/certificate.pdf"),
            Case(f"{e}certificate.pdf", 404, 404, 404),
        ],
        "challenge_decide": [post_only(f"{r}entries/{reviewed.pk}/decide/")],
        "challenge_vote": [post_only(f"{r}entries/{reviewed.pk}/vote/")],
        "challenge_jury": [organisers_only(f"{r}jury/")],
        "challenge_jury_assign": [post_only(f"{r}jury/assign/")],
        "challenge_juror_remove": [post_only(f"{r}jury/{juror.pk}/remove/")],
        "challenge_review": [jurors_only(f"{r}review/"), Case(f"{o}review/", 302, 403, 403)],
        "challenge_review_export": [jurors_only(f"{r}review/my-scores.csv")],
        "challenge_review_entry": [
            jurors_only(f"{r}review/{reviewed.pk}/"),
            Case(
                f"{r}review/{reviewed.pk + 999}/",
                302,
                404,
                403,
                anonymous_to=SIGN_IN,
                other_member=403,
                juror=404,
            ),
        ],
        "challenge_review_conflict": [post_only(f"{r}review/{reviewed.pk}/conflict/")],
        "challenge_ranking": [organisers_only(f"{r}ranking/")],
        "challenge_publish": [post_only(f"{r}publish/")],
        "challenge_feedback_release": [post_only(f"{r}release-feedback/")],
        "challenge_export": [
            organisers_only(f"{r}scores.csv"),
            organisers_only(f"{r}scores.xlsx"),
            Case(f"{r}scores.pdf", 302, 403, 404, anonymous_to=SIGN_IN, partner_staff=404),
        ],
        "challenge_results": [
            everyone(f"{w}results/"),
            Case(f"{o}results/", 404, 404, 200, partner_staff=200),
        ],
    }
