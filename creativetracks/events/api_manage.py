"""The API's organiser tools for events, on the events router: the programme (sessions,
speakers), registration questions, participants, approving, check-in, messages and
statistics. Each calls the service the organiser pages call, with the same predicates:
an event one may not see is a 404, someone else's event a 403 (as `event_for_organiser`)."""

from django.http import Http404
from ninja import Query, Schema, Status

from creativetracks.api.auth import member_of, viewer_of, writer_of
from creativetracks.api.common import PersonName, cleaned, person_name
from creativetracks.api.errors import ApiError, responses
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate

from . import permissions, queries, services
from .api import _event, _iso, router
from .forms import LOCAL_FORMAT, CheckInForm, MessageForm, QuestionForm, SessionForm, SpeakerForm
from .models import Question, Registration, Session, Speaker


def _organised(request, slug: str, *, write: bool = True):
    """The event for its organisers: 404 if the caller may not see it, 403 if they don't
    run it."""
    user = writer_of(request) if write else member_of(request)
    event = _event(user, slug)
    if not permissions.is_organiser(user, event):
        raise ApiError(403, "Only the event's organisers can do this.")
    return user, event


# The programme ---------------------------------------------------------------------------


class SpeakerOut(Schema):
    id: int
    name: str
    affiliation: str
    bio: str
    photo_url: str
    member: PersonName | None


class SpeakerIn(Schema):
    name: str = ""
    member: str = ""  # a member's handle, for a speaker with a profile here
    affiliation: str = ""
    bio: str = ""


class SessionOut(Schema):
    id: int
    title: str
    description: str
    start: str
    end: str
    room: str
    track: str
    speakers: list[int]  # speaker ids, from GET /events/{slug}/speakers


class SessionIn(Schema):
    title: str
    start: str  # YYYY-MM-DDTHH:MM, in the event's time zone
    end: str
    room: str = ""
    track: str = ""
    description: str = ""
    speakers: list[int] = []


class SessionPatch(Schema):
    """Only the fields sent change (as in SessionIn); `null` is ignored."""

    title: str | None = None
    start: str | None = None
    end: str | None = None
    room: str | None = None
    track: str | None = None
    description: str | None = None
    speakers: list[int] | None = None


def speaker_out(viewer, speaker: Speaker) -> SpeakerOut:
    return SpeakerOut(
        id=speaker.pk,
        name=speaker.name,
        affiliation=speaker.affiliation,
        bio=speaker.bio,
        photo_url=speaker.photo_url,
        member=person_name(viewer, speaker.user) if speaker.user_id else None,
    )


def session_out(session: Session) -> SessionOut:
    return SessionOut(
        id=session.pk,
        title=session.title,
        description=session.description,
        start=session.start.isoformat(),
        end=session.end.isoformat(),
        room=session.room,
        track=session.track,
        speakers=[s.pk for s in session.speakers.all()],
    )


class ListFilters(Schema):
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


@router.get(
    "/{slug}/sessions",
    response=responses({200: page_of(SessionOut)}),
    url_name="api_event_sessions",
)
def list_sessions(request, slug: str, filters: Query[ListFilters]):
    """The programme as the event page shows it, in time order."""
    event = _event(viewer_of(request), slug)
    sessions = Session.objects.filter(event=event).prefetch_related("speakers")
    rows, cursor = paginate(sessions, filters.cursor, filters.limit, ("start", "id"))
    return {"items": [session_out(s) for s in rows], "next_cursor": cursor}


def _session_form(event, data: dict) -> dict:
    form = SessionForm(data, event=event)
    return cleaned(form)


@router.post(
    "/{slug}/sessions",
    response=responses({201: SessionOut}),
    url_name="api_event_sessions",
)
def add_session(request, slug: str, payload: SessionIn):
    """Add a session, checked by the programme page's form."""
    user, event = _organised(request, slug)
    session = services.add_session(user, event, _session_form(event, payload.dict()))
    return Status(201, session_out(session))


def _session(event, session_id: int) -> Session:
    session = Session.objects.filter(event=event, pk=session_id).first()
    if session is None:
        raise Http404
    session.event = event
    return session


@router.patch(
    "/{slug}/sessions/{int:session_id}",
    response=responses({200: SessionOut}),
    url_name="api_event_session",
)
def update_session(request, slug: str, session_id: int, payload: SessionPatch):
    """Change some fields of a session; the others keep their values and the whole is
    checked by the programme page's form."""
    user, event = _organised(request, slug)
    session = _session(event, session_id)
    zone = event.zone
    data = {
        "title": session.title,
        "start": session.start.astimezone(zone).strftime(LOCAL_FORMAT),
        "end": session.end.astimezone(zone).strftime(LOCAL_FORMAT),
        "room": session.room,
        "track": session.track,
        "description": session.description,
        "speakers": [s.pk for s in session.speakers.all()],
    }
    data.update({k: v for k, v in payload.dict(exclude_unset=True).items() if v is not None})
    session = services.update_session(user, session, _session_form(event, data))
    return session_out(session)


@router.delete(
    "/{slug}/sessions/{int:session_id}",
    response=responses({204: None}),
    url_name="api_event_session",
)
def remove_session(request, slug: str, session_id: int):
    """Take a session off the programme."""
    user, event = _organised(request, slug)
    services.remove_session(user, _session(event, session_id))
    return Status(204, None)


@router.get(
    "/{slug}/speakers",
    response=responses({200: page_of(SpeakerOut)}),
    url_name="api_event_speakers",
)
def list_speakers(request, slug: str, filters: Query[ListFilters]):
    """The speakers in the programme's order; a member speaker's profile only when the
    caller may open it."""
    viewer = viewer_of(request)
    event = _event(viewer, slug)
    speakers = Speaker.objects.filter(event=event).select_related("user__profile")
    rows, cursor = paginate(speakers, filters.cursor, filters.limit, ("position", "id"))
    return {"items": [speaker_out(viewer, s) for s in rows], "next_cursor": cursor}


@router.post(
    "/{slug}/speakers",
    response=responses({201: SpeakerOut}),
    url_name="api_event_speakers",
)
def add_speaker(request, slug: str, payload: SpeakerIn):
    """Add a speaker (a name, or a member's handle), checked by the programme page's form;
    photos are added on the site."""
    user, event = _organised(request, slug)
    fields = cleaned(SpeakerForm(payload.dict()))
    speaker = services.add_speaker(user, event, fields)
    return Status(201, speaker_out(user, speaker))


@router.delete(
    "/{slug}/speakers/{int:speaker_id}",
    response=responses({204: None}),
    url_name="api_event_speaker",
)
def remove_speaker(request, slug: str, speaker_id: int):
    """Remove a speaker (and from the sessions they were in)."""
    user, event = _organised(request, slug)
    speaker = Speaker.objects.filter(event=event, pk=speaker_id).first()
    if speaker is None:
        raise Http404
    speaker.event = event
    services.remove_speaker(user, speaker)
    return Status(204, None)


# Registration questions ------------------------------------------------------------------


class QuestionOut(Schema):
    id: int
    label: str
    kind: str  # text, single or multiple
    choices: list[str]
    required: bool


class QuestionIn(Schema):
    label: str
    kind: str = "text"
    choices: list[str] = []  # for single and multiple
    required: bool = False


def question_out(question: Question) -> QuestionOut:
    return QuestionOut(
        id=question.pk,
        label=question.label,
        kind=question.kind,
        choices=list(question.choices or []),
        required=question.required,
    )


@router.get(
    "/{slug}/questions",
    response=responses({200: page_of(QuestionOut)}),
    url_name="api_event_questions",
)
def list_questions(request, slug: str, filters: Query[ListFilters]):
    """What the registration form asks, in order: `answers` of a registration maps these
    ids to answers."""
    event = _event(viewer_of(request), slug)
    questions = Question.objects.filter(event=event)
    rows, cursor = paginate(questions, filters.cursor, filters.limit, ("position", "id"))
    return {"items": [question_out(q) for q in rows], "next_cursor": cursor}


@router.post(
    "/{slug}/questions",
    response=responses({201: QuestionOut}),
    url_name="api_event_questions",
)
def add_question(request, slug: str, payload: QuestionIn):
    """Ask something more when people register, checked by the questions page's form."""
    user, event = _organised(request, slug)
    data = payload.dict()
    data["choices_text"] = "\n".join(c.replace("\n", " ") for c in data.pop("choices"))
    form = QuestionForm(data)
    fields = cleaned(form)
    question = services.add_question(user, event, fields)
    return Status(201, question_out(question))


@router.delete(
    "/{slug}/questions/{int:question_id}",
    response=responses({204: None}),
    url_name="api_event_question",
)
def remove_question(request, slug: str, question_id: int):
    """Stop asking a question (answers already given stay with the registrations)."""
    user, event = _organised(request, slug)
    question = Question.objects.filter(event=event, pk=question_id).first()
    if question is None:
        raise Http404
    question.event = event
    services.remove_question(user, question)
    return Status(204, None)


# Participants ----------------------------------------------------------------------------


class ParticipantOut(Schema):
    """A registration as the participants page shows it to organisers."""

    id: int
    person: PersonName
    email: str
    country: str
    status: str
    created: str
    checked_in_at: str | None
    answers: dict[str, str | list[str]]


class ParticipantFilters(Schema):
    status: str = ""
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


def participant_out(viewer, registration: Registration) -> ParticipantOut:
    profile = registration.user.profile
    return ParticipantOut(
        id=registration.pk,
        person=person_name(viewer, registration.user),
        email=registration.user.email,
        country=profile.country.code if profile.country else "",
        status=registration.status,
        created=registration.created.isoformat(),
        checked_in_at=_iso(registration.checked_in_at),
        answers={
            str(k): v if isinstance(v, list) else str(v)
            for k, v in (registration.answers or {}).items()
        },
    )


@router.get(
    "/{slug}/participants",
    response=responses({200: page_of(ParticipantOut)}),
    url_name="api_event_participants",
)
def list_participants(request, slug: str, filters: Query[ParticipantFilters]):
    """Everyone registered, oldest first (`status` narrows: pending, confirmed,
    waitlisted, cancelled, declined, attended): organisers only."""
    user, event = _organised(request, slug, write=False)
    registrations = queries.participants(event, filters.status)
    rows, cursor = paginate(registrations, filters.cursor, filters.limit, ("created", "id"))
    return {"items": [participant_out(user, r) for r in rows], "next_cursor": cursor}


def _registration(event, registration_id: int) -> Registration:
    registration = (
        Registration.objects.select_related("user__profile")
        .filter(event=event, pk=registration_id)
        .first()
    )
    if registration is None:
        raise Http404
    registration.event = event
    return registration


class DecisionIn(Schema):
    decision: str  # approve or decline


@router.post(
    "/{slug}/participants/{int:registration_id}/decision",
    response=responses({200: ParticipantOut}),
    url_name="api_event_participant_decision",
)
def decide(request, slug: str, registration_id: int, payload: DecisionIn):
    """Approve a pending registration (a place, or the waitlist when full) or decline it;
    the person is told."""
    user, event = _organised(request, slug)
    registration = _registration(event, registration_id)
    if payload.decision not in ("approve", "decline"):
        raise ApiError(422, fields={"decision": ["Choose approve or decline."]})
    registration = services.decide_registration(
        user, registration, approve=payload.decision == "approve"
    )
    return participant_out(user, registration)


class CheckInIn(Schema):
    code: str  # the ticket code, as printed on the ticket or read from its QR code


class CheckInOut(Schema):
    participant: ParticipantOut
    already_checked_in: bool


def _check_in(request, user, event, code: str) -> CheckInOut:
    registration, again = services.check_in(user, event, code)
    return CheckInOut(participant=participant_out(user, registration), already_checked_in=again)


@router.post(
    "/{slug}/check-in",
    response=responses({200: CheckInOut}),
    url_name="api_event_check_in",
)
def check_in_by_code(request, slug: str, payload: CheckInIn):
    """Check in the holder of a ticket code: an unknown code is a 404, another event's
    ticket or a registration without a place a 409, a second check-in is flagged."""
    user, event = _organised(request, slug)
    code = cleaned(CheckInForm(payload.dict()))["code"]
    return _check_in(request, user, event, code)


@router.post(
    "/{slug}/participants/{int:registration_id}/check-in",
    response=responses({200: CheckInOut}),
    url_name="api_event_participant_check_in",
)
def check_in_by_registration(request, slug: str, registration_id: int):
    """Check in a participant from the list (their ticket, through the same service)."""
    user, event = _organised(request, slug)
    registration = _registration(event, registration_id)
    return _check_in(request, user, event, registration.ticket_code)


# Messages and statistics -----------------------------------------------------------------


class AnnouncementIn(Schema):
    subject: str
    body: str  # Markdown
    include_waitlist: bool = False


class AnnouncementOut(Schema):
    id: int
    subject: str
    recipients: int
    created: str


@router.post(
    "/{slug}/announcements",
    response=responses({201: AnnouncementOut}),
    url_name="api_event_announcements",
)
def message_participants(request, slug: str, payload: AnnouncementIn):
    """Write to everyone with a place (and the waitlist if chosen), as the message page."""
    user, event = _organised(request, slug)
    fields = cleaned(MessageForm(payload.dict()))
    sent = services.message_participants(user, event, **fields)
    return Status(
        201,
        AnnouncementOut(
            id=sent.pk, subject=sent.subject, recipients=sent.recipients, created=_iso(sent.created)
        ),
    )


class BreakdownOut(Schema):
    name: str
    registered: int
    attended: int


class StatsOut(Schema):
    counts: dict[str, int]
    countries: int
    by_country: list[BreakdownOut]
    by_sector: list[BreakdownOut]


@router.get(
    "/{slug}/stats",
    response=responses({200: StatsOut}),
    url_name="api_event_stats",
)
def stats(request, slug: str):
    """The statistics page: registrations by status, places by country and sector."""
    _user, event = _organised(request, slug, write=False)
    found = queries.attendance_stats(event)

    def rows(items):
        return [BreakdownOut(name=n, registered=r, attended=a) for n, r, a in items]

    return StatsOut(
        counts=found.counts,
        countries=found.countries,
        by_country=rows(found.by_country),
        by_sector=rows(found.by_sector),
    )
