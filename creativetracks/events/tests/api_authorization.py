"""The events' organiser endpoints of the API in the authorization tests: GETs for the
site-wide matrix (`cases`, through api/tests/authorization_cases.py) and writes for
api/tests/test_authorization_api.py (`writes`)."""

from creativetracks.core.testing import Case, everyone

UNAUTHORISED = 401


def _organised_event(email: str, title: str):
    from conftest import make_user
    from creativetracks.events import services
    from creativetracks.events.models import Speaker

    from .conftest import make_event, make_partner

    organiser = make_user(email)
    make_partner("api-organising", "API Organising").staff.add(organiser)
    event = make_event(organiser, title=title)
    session = services.add_session(
        organiser, event, {"title": "T", "start": event.start, "end": event.end, "speakers": []}
    )
    speaker = Speaker.objects.create(event=event, name="Speaker")
    question = services.add_question(organiser, event, {"label": "Why?", "kind": "text"})
    return organiser, event, session, speaker, question


def cases(ctx) -> dict[str, list[Case]]:
    from creativetracks.events import services

    _organiser, event, session, speaker, question = _organised_event(
        "matrix-api-organising@example.org", "Matrix API organised"
    )
    registration = services.register_for_event(ctx["member"], event)

    def api(path: str) -> str:
        return f"/api/v1/events/{event.slug}/{path}"

    def organisers(path: str) -> Case:
        # the matrix member is registered, not an organiser; staff organise everything
        return Case(api(path), UNAUTHORISED, 403, 200)

    return {
        "api:api_event_sessions": [everyone(api("sessions"))],
        "api:api_event_session": [everyone(api(f"sessions/{session.pk}"), 405)],
        "api:api_event_speakers": [everyone(api("speakers"))],
        "api:api_event_speaker": [everyone(api(f"speakers/{speaker.pk}"), 405)],
        "api:api_event_questions": [everyone(api("questions"))],
        "api:api_event_question": [everyone(api(f"questions/{question.pk}"), 405)],
        "api:api_event_participants": [
            organisers("participants"),
            organisers("participants?status=confirmed"),
        ],
        "api:api_event_participant_decision": [
            everyone(api(f"participants/{registration.pk}/decision"), 405)
        ],
        "api:api_event_participant_check_in": [
            everyone(api(f"participants/{registration.pk}/check-in"), 405)
        ],
        "api:api_event_check_in": [everyone(api("check-in"), 405)],
        "api:api_event_announcements": [everyone(api("announcements"), 405)],
        "api:api_event_stats": [organisers("stats")],
        "api:api_event_cover": [everyone(api("cover"), 405)],
        "api:api_event_speaker_photo": [everyone(api(f"speakers/{speaker.pk}/photo"), 405)],
        "api:api_event_participants_export": [
            organisers("participants/export"),
            organisers("participants/export?format=xlsx"),
        ],
    }


def writes(member) -> list[tuple[str, str, dict | None]]:
    """(method, path, body) of every organiser write, on an event `member` doesn't run."""
    from creativetracks.events import services

    _organiser, event, session, speaker, question = _organised_event(
        "writes-organising@example.org", "Writes organised"
    )
    registration = services.register_for_event(member, event)
    base = f"/api/v1/events/{event.slug}"
    times = {"start": "2031-01-01T10:00", "end": "2031-01-01T11:00"}
    return [
        ("post", f"{base}/sessions", {"title": "T", **times}),
        ("patch", f"{base}/sessions/{session.pk}", {"title": "U"}),
        ("delete", f"{base}/sessions/{session.pk}", None),
        ("post", f"{base}/speakers", {"name": "N"}),
        ("delete", f"{base}/speakers/{speaker.pk}", None),
        ("post", f"{base}/questions", {"label": "Q"}),
        ("delete", f"{base}/questions/{question.pk}", None),
        ("post", f"{base}/participants/{registration.pk}/decision", {"decision": "approve"}),
        ("post", f"{base}/participants/{registration.pk}/check-in", None),
        ("post", f"{base}/check-in", {"code": registration.ticket_code}),
        ("post", f"{base}/announcements", {"subject": "S", "body": "B"}),
    ]
