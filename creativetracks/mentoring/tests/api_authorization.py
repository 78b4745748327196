"""Mentoring's application and space endpoints of the API in the authorization tests:
GETs for the site-wide matrix (`cases`) and writes for
api/tests/test_authorization_api.py (`writes`)."""

from creativetracks.core.testing import Case, everyone

UNAUTHORISED = 401


def _programme_with_a_pair(prefix: str):
    from datetime import timedelta

    from django.utils import timezone

    from conftest import make_user
    from creativetracks.events.tests.conftest import make_partner
    from creativetracks.mentoring import services

    from .conftest import add_mentee, add_mentor, programme_data

    partner = make_partner(f"{prefix}-partner", f"{prefix} partner")
    organiser = make_user(f"{prefix}-organiser@example.org")
    partner.staff.add(organiser)
    programme = services.create_programme(
        organiser, programme_data(partner, title=f"{prefix} programme")
    )
    mentor = add_mentor(programme, make_user(f"{prefix}-mentor@example.org"))
    add_mentee(programme, make_user(f"{prefix}-mentee@example.org"))
    cohort = programme.cohorts.get()
    services.run_matching(organiser, cohort)
    services.publish_matches(organiser, cohort)
    pair = mentor.pairs.select_related("mentor__user__profile", "mentee__user__profile").get()
    session = services.schedule_session(
        mentor.user, pair, {"starts": timezone.now() + timedelta(days=5), "minutes": 60}
    )
    # a second programme still taking applications
    open_programme = services.create_programme(
        organiser, programme_data(partner, title=f"{prefix} open programme")
    )
    return open_programme, pair, session


def cases(ctx) -> dict[str, list[Case]]:
    open_programme, pair, session = _programme_with_a_pair("matrix-api-mentoring")

    def api(path: str) -> str:
        return f"/api/v1/mentoring/{path}"

    review = f"programmes/{open_programme.slug}/review"
    # the space is the pair's and the organisers' (platform staff organise everything)
    return {
        "api:api_programme_mentors": [
            Case(api(f"programmes/{open_programme.slug}/mentors"), UNAUTHORISED, 200, 200)
        ],
        "api:api_programme_apply_mentor": [
            everyone(api(f"programmes/{open_programme.slug}/apply/mentor"), 405)
        ],
        "api:api_programme_apply_mentee": [
            everyone(api(f"programmes/{open_programme.slug}/apply/mentee"), 405)
        ],
        "api:api_programme_withdraw": [
            everyone(api(f"programmes/{open_programme.slug}/withdraw"), 405)
        ],
        "api:api_mentorship": [Case(api(f"pairs/{pair.pk}"), UNAUTHORISED, 404, 200)],
        "api:api_mentorship_goals": [everyone(api(f"pairs/{pair.pk}/goals"), 405)],
        "api:api_mentorship_sessions": [
            Case(api(f"pairs/{pair.pk}/sessions"), UNAUTHORISED, 404, 200)
        ],
        "api:api_mentorship_session_cancel": [everyone(api(f"sessions/{session.pk}/cancel"), 405)],
        "api:api_mentorship_feedback": [everyone(api(f"pairs/{pair.pk}/feedback"), 405)],
        "api:api_mentorship_log": [Case(api(f"pairs/{pair.pk}/log"), UNAUTHORISED, 404, 200)],
        # the review is the organisers' (staff organise every programme); the ranking a
        # mentor's of the open cohort
        "api:api_programme_review": [Case(api(f"{review}"), UNAUTHORISED, 403, 200)],
        "api:api_programme_pairs_export": [
            Case(api(f"{review}/pairs.csv"), UNAUTHORISED, 403, 200)
        ],
        "api:api_programme_match": [everyone(api(f"{review}/match"), 405)],
        "api:api_programme_pairs": [everyone(api(f"{review}/pairs"), 405)],
        "api:api_programme_pair_lock": [everyone(api(f"{review}/pairs/1/lock"), 405)],
        "api:api_programme_pair": [everyone(api(f"{review}/pairs/1"), 405)],
        "api:api_programme_publish": [everyone(api(f"{review}/publish"), 405)],
        "api:api_programme_close": [everyone(api(f"{review}/close"), 405)],
        "api:api_programme_invite": [
            everyone(api(f"programmes/{open_programme.slug}/invite"), 405)
        ],
        "api:api_programme_ranking": [
            Case(api(f"programmes/{open_programme.slug}/ranking"), UNAUTHORISED, 403, 403)
        ],
    }


def writes(member) -> list[tuple[str, str, dict | None]]:
    """(method, path, body) of every application, space, review and ranking write; `member`
    is in no pair and organises nothing."""
    open_programme, pair, session = _programme_with_a_pair("writes-mentoring")
    programme = f"/api/v1/mentoring/programmes/{open_programme.slug}"
    space = f"/api/v1/mentoring/pairs/{pair.pk}"
    return [
        ("post", f"{space}/log", {"body": "We met."}),
        ("post", f"{programme}/apply/mentor", {"expertise": ["x"], "languages": ["en"]}),
        ("post", f"{programme}/apply/mentee", {"goals": "G", "languages": ["en"]}),
        ("post", f"{programme}/withdraw", None),
        ("put", f"{space}/goals", {"goals": "G"}),
        ("post", f"{space}/sessions", {"starts": "2031-01-01T10:00"}),
        ("post", f"/api/v1/mentoring/sessions/{session.pk}/cancel", None),
        ("post", f"{space}/feedback", {"goals_met": "yes", "rating": 5}),
        ("post", f"{programme}/review/match", None),
        ("post", f"{programme}/review/pairs", {"mentor": 1, "mentee": 1}),
        ("post", f"{programme}/review/pairs/1/lock", {"locked": True}),
        ("delete", f"{programme}/review/pairs/1", None),
        ("post", f"{programme}/review/publish", None),
        ("post", f"{programme}/review/close", None),
        ("post", f"{programme}/invite", {"email": "invited@example.org"}),
        ("put", f"{programme}/ranking", {"ranking": []}),
    ]
