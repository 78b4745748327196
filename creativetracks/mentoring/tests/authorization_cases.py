from datetime import timedelta

from django.utils import timezone

from creativetracks.core.testing import SIGN_IN, Case, everyone, members_only, post_only


def cases(ctx) -> dict[str, list[Case]]:
    """A public programme run by a partner the member does not work for, in which the
    member is a mentee with a published pair; a private programme the member never sees.
    Staff organise everything but take part in nothing (no notes, no .ics, no feedback)."""
    from conftest import make_user
    from creativetracks.core.models import Partner
    from creativetracks.mentoring import services
    from creativetracks.networks import services as network_services

    member = ctx["member"]
    member.profile.languages = ["en"]
    member.profile.save()
    # A network admin may start a programme (the networks' matrix makes one too).
    network_services.create_network(member, {"name": "Matrix Mentoring Network"})
    partner = Partner.objects.create(
        name="Matrix Mentoring Partner", slug="matrix-mentoring", country="BR", summary="x"
    )
    organiser = make_user("matrix-mentoring-organiser@example.org")
    partner.staff.add(organiser)
    now = timezone.now()
    base = {
        "description": "",
        "languages": ["en"],
        "sectors": [],
        "partner": partner,
        "network": None,
        "applications_open": now - timedelta(days=1),
        "applications_close": now + timedelta(days=10),
        "mentorship_weeks": 8,
        "cohort_count": 1,
    }
    public = services.create_programme(
        organiser, {**base, "title": "Matrix Mentoring", "visibility": "public"}
    )
    private = services.create_programme(
        organiser, {**base, "title": "Matrix Secret Mentoring", "visibility": "private"}
    )
    mentor_user = make_user("matrix-mentor@example.org")
    services.apply_as_mentor(
        mentor_user,
        public,
        {"expertise": ["funding"], "languages": ["en"], "capacity": 2, "sectors": []},
    )
    services.apply_as_mentee(member, public, {"goals": "Grow", "languages": ["en"]})
    cohort = public.cohorts.get()
    services.run_matching(organiser, cohort)
    services.publish_matches(organiser, cohort)
    pair = cohort.pairs.get()
    session = services.schedule_session(
        member, pair, {"starts": now + timedelta(days=2), "minutes": 60}
    )

    p, q = f"/mentoring/{public.slug}/", f"/mentoring/{private.slug}/"
    s = f"/mentoring/pairs/{pair.pk}/"

    def organisers_only(path: str) -> Case:
        return Case(path, 302, 403, 200, anonymous_to=SIGN_IN)

    return {
        "mentoring": [everyone("/mentoring/"), everyone("/mentoring/?page=x")],
        "mentoring_create": [
            members_only("/mentoring/new/", other_member=403, network_admin=200, partner_staff=200)
        ],
        "mentoring_programme": [
            everyone(p),
            Case(q, 404, 404, 200),
            everyone("/mentoring/nothing-here/", 404),
        ],
        "mentoring_edit": [organisers_only(f"{p}edit/")],
        "mentoring_apply_mentor": [members_only(f"{p}apply/mentor/")],
        "mentoring_apply_mentee": [
            members_only(f"{p}apply/mentee/"),
            Case(f"{q}apply/mentee/", 302, 404, 200, anonymous_to=SIGN_IN),
        ],
        "mentoring_invite": [organisers_only(f"{p}invite/")],
        "mentoring_review": [organisers_only(f"{p}review/")],
        "mentoring_match": [post_only(f"{p}review/match/")],
        "mentoring_pair_add": [post_only(f"{p}review/pairs/add/")],
        "mentoring_pair_lock": [post_only(f"{p}review/pairs/{pair.pk}/lock/")],
        "mentoring_pair_remove": [post_only(f"{p}review/pairs/{pair.pk}/remove/")],
        "mentoring_publish": [post_only(f"{p}review/publish/")],
        "mentoring_close": [post_only(f"{p}review/close/")],
        "mentoring_export": [organisers_only(f"{p}review/pairs.csv")],
        "mentoring_space": [
            members_only(s, other_member=404),
            Case("/mentoring/pairs/999999/", 302, 404, 404, anonymous_to=SIGN_IN),
        ],
        "mentoring_goals": [post_only(f"{s}goals/")],
        "mentoring_session_add": [post_only(f"{s}sessions/")],
        "mentoring_log_add": [post_only(f"{s}log/")],
        "mentoring_note_add": [post_only(f"{s}notes/")],
        "mentoring_check_in": [post_only(f"{s}check-ins/")],
        "mentoring_feedback": [
            Case(f"{s}feedback/", 302, 200, 403, anonymous_to=SIGN_IN, other_member=404)
        ],
        # Only the cohort's mentors rank mentees, and only before publication.
        "mentoring_rank": [Case(f"{p}rank/", 302, 403, 403, anonymous_to=SIGN_IN)],
        "mentoring_withdraw": [post_only(f"{p}withdraw/")],
        "mentoring_session_cancel": [post_only(f"/mentoring/sessions/{session.pk}/cancel/")],
        "mentoring_session_ics": [
            Case(
                f"/mentoring/sessions/{session.pk}.ics",
                302,
                200,
                404,
                anonymous_to=SIGN_IN,
                other_member=404,
            )
        ],
    }
