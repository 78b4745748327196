"""The API's writes on mentoring, on the mentoring router: applying to a programme (as a
mentor or a mentee) and withdrawing, and the mentorship space (agreed goals, sessions,
closing feedback). The application and space pages' forms, services and predicates.
The space's log and the pair's private notes stay on the site (docs/api.md)."""

from django.http import Http404
from ninja import Query, Schema, Status

from creativetracks.api.auth import member_of, writer_of
from creativetracks.api.common import PersonName, cleaned, person_name
from creativetracks.api.errors import ApiError, responses
from creativetracks.api.pagination import PageFilters, page_of, paginate

from . import permissions, queries, services
from .api import router
from .forms import FeedbackForm, GoalsForm, LogForm, MenteeForm, MentorForm, SessionForm
from .models import Feedback, LogEntry, Mentor, Pair, Session


def _programme(user, slug: str):
    programme = queries.programme_for_page(user, slug[:80])
    if programme is None:
        raise Http404
    return programme


def _applicant(request, slug: str):
    user = writer_of(request)
    programme = _programme(user, slug)
    if not permissions.can_apply(user, programme):
        raise ApiError(403, "Confirm your email address before applying.")
    return user, programme


# Applications ----------------------------------------------------------------------------


class ApplicationOut(Schema):
    programme: str
    cohort: int
    role: str  # mentor or mentee
    status: str  # mentor: active; mentee: applied


class MentorIn(Schema):
    expertise: list[str]
    languages: list[str]
    sectors: list[str] = []
    countries: list[str] = []
    capacity: int = 1  # mentees at once, 1 to 10
    availability: str = ""


class MenteeIn(Schema):
    goals: str
    languages: list[str]
    sectors: list[str] = []
    meeting_mode: str = "either"  # online, in_person or either
    mentors: list[int] = []  # up to three mentor ids, most wanted first (optional)


class MentorChoiceOut(Schema):
    id: int
    person: PersonName
    expertise: list[str]


@router.get(
    "/programmes/{slug}/mentors",
    response=responses({200: list[MentorChoiceOut]}),
    url_name="api_programme_mentors",
)
def list_mentors(request, slug: str):
    """The mentors of the open cohort, as the mentee form offers them to rank."""
    user = member_of(request)
    programme = _programme(user, slug)
    cohort = queries.current_cohort(programme)
    mentors = queries.open_mentors(cohort) if cohort else []
    return [
        MentorChoiceOut(id=m.pk, person=person_name(user, m.user), expertise=list(m.expertise))
        for m in mentors
    ]


@router.post(
    "/programmes/{slug}/apply/mentor",
    response=responses({201: ApplicationOut}),
    url_name="api_programme_apply_mentor",
)
def apply_as_mentor(request, slug: str, payload: MentorIn):
    """Offer to mentor in the open cohort (or answer an invitation to), checked by the
    mentor form; closed, or applied already: 409."""
    user, programme = _applicant(request, slug)
    cohort = queries.current_cohort(programme)
    existing = queries.mentor_of(user, cohort) if cohort else None
    data = payload.dict()
    data["expertise_text"] = ", ".join(a.replace(",", " ") for a in data.pop("expertise"))
    form = MentorForm(data, instance=existing or Mentor())
    cleaned(form)
    mentor = services.apply_as_mentor(user, programme, form.service_data())
    return Status(
        201,
        ApplicationOut(
            programme=programme.slug, cohort=mentor.cohort.number, role="mentor", status="active"
        ),
    )


@router.post(
    "/programmes/{slug}/apply/mentee",
    response=responses({201: ApplicationOut}),
    url_name="api_programme_apply_mentee",
)
def apply_as_mentee(request, slug: str, payload: MenteeIn):
    """Apply to be mentored in the open cohort, checked by the mentee form; `mentors`
    ranks up to three of GET …/mentors."""
    user, programme = _applicant(request, slug)
    cohort = queries.current_cohort(programme)
    mentors = queries.open_mentors(cohort) if cohort else []
    data = payload.dict()
    ranked = data.pop("mentors")
    if len(ranked) > MenteeForm.RANKS:
        raise ApiError(422, fields={"mentors": ["Choose at most three mentors."]})
    for n, mentor_id in enumerate(ranked, start=1):
        data[f"choice_{n}"] = mentor_id
    form = MenteeForm(data, mentors=mentors)
    fields = cleaned(form)
    mentee = services.apply_as_mentee(user, programme, fields)
    return Status(
        201,
        ApplicationOut(
            programme=programme.slug, cohort=mentee.cohort.number, role="mentee", status="applied"
        ),
    )


@router.post(
    "/programmes/{slug}/withdraw",
    response=responses({204: None}),
    url_name="api_programme_withdraw",
)
def withdraw(request, slug: str):
    """Withdraw my application from the open cohort, before matches are published."""
    user = writer_of(request)
    services.withdraw_application(user, _programme(user, slug))
    return Status(204, None)


# The mentorship space --------------------------------------------------------------------


class SpaceSessionOut(Schema):
    id: int
    starts: str
    minutes: int
    mode: str
    where: str
    agenda: str
    cancelled: bool


class SpaceOut(Schema):
    id: int
    programme: str
    role: str | None  # mine: mentor or mentee (None for an organiser)
    mentor: PersonName
    mentee: PersonName
    goals: str
    status: str
    my_feedback_given: bool
    url: str


class GoalsIn(Schema):
    goals: str


class SessionIn(Schema):
    starts: str  # YYYY-MM-DDTHH:MM in my account's time zone
    minutes: int = 60
    mode: str = "online"
    where: str = ""
    agenda: str = ""


class FeedbackIn(Schema):
    goals_met: str  # yes, partly or no
    rating: int  # 1 to 5
    what_next: str = ""


def _pair(user, pair_id: int) -> Pair:
    pair = queries.pair_for_page(pair_id)
    if pair is None or not permissions.can_see_space(user, pair):
        raise Http404
    return pair


def _taking_part(request, pair_id: int) -> tuple:
    user = writer_of(request)
    pair = _pair(user, pair_id)
    if not permissions.can_take_part(user, pair):
        raise ApiError(403, "Only the mentor and the mentee write in their space.")
    return user, pair


def space_out(user, pair: Pair) -> SpaceOut:
    role = (
        "mentor"
        if pair.mentor.user_id == user.pk
        else "mentee"
        if pair.mentee.user_id == user.pk
        else None
    )
    return SpaceOut(
        id=pair.pk,
        programme=pair.cohort.programme.slug,
        role=role,
        mentor=person_name(user, pair.mentor.user),
        mentee=person_name(user, pair.mentee.user),
        goals=pair.goals,
        status=pair.status,
        my_feedback_given=Feedback.objects.filter(pair=pair, author=user).exists(),
        url=pair.get_absolute_url(),
    )


def session_out(session: Session) -> SpaceSessionOut:
    return SpaceSessionOut(
        id=session.pk,
        starts=session.starts.isoformat(),
        minutes=session.minutes,
        mode=session.mode,
        where=session.where,
        agenda=session.agenda,
        cancelled=session.cancelled,
    )


@router.get(
    "/pairs/{int:pair_id}",
    response=responses({200: SpaceOut}),
    url_name="api_mentorship",
)
def get_space(request, pair_id: int):
    """A mentorship space: the pair, once published, and the programme's organisers
    (anyone else: 404)."""
    user = member_of(request)
    return space_out(user, _pair(user, pair_id))


@router.put(
    "/pairs/{int:pair_id}/goals",
    response=responses({200: SpaceOut}),
    url_name="api_mentorship_goals",
)
def set_goals(request, pair_id: int, payload: GoalsIn):
    """Write the goals the two of you agreed (Markdown)."""
    user, pair = _taking_part(request, pair_id)
    fields = cleaned(GoalsForm(payload.dict()))
    pair = services.set_goals(user, pair, fields["goals"])
    return space_out(user, pair)


@router.get(
    "/pairs/{int:pair_id}/sessions",
    response=responses({200: page_of(SpaceSessionOut)}),
    url_name="api_mentorship_sessions",
)
def list_sessions(request, pair_id: int, filters: Query[PageFilters]):
    """The pair's sessions, soonest first (cancelled ones flagged)."""
    user = member_of(request)
    pair = _pair(user, pair_id)
    rows, cursor = paginate(
        Session.objects.filter(pair=pair), filters.cursor, filters.limit, ("starts", "id")
    )
    return {"items": [session_out(s) for s in rows], "next_cursor": cursor}


@router.post(
    "/pairs/{int:pair_id}/sessions",
    response=responses({201: SpaceSessionOut}),
    url_name="api_mentorship_sessions",
)
def schedule_session(request, pair_id: int, payload: SessionIn):
    """Schedule a session (the space's session form: in the future, 15 to 480 minutes);
    the other one is told."""
    user, pair = _taking_part(request, pair_id)
    fields = cleaned(SessionForm(payload.dict(), user=user))
    session = services.schedule_session(user, pair, fields)
    return Status(201, session_out(session))


@router.post(
    "/sessions/{int:session_id}/cancel",
    response=responses({200: SpaceSessionOut}),
    url_name="api_mentorship_session_cancel",
)
def cancel_session(request, session_id: int):
    """Cancel a session still to come; the other one is told."""
    user = writer_of(request)
    session = queries.session_for(session_id)
    if session is None or not permissions.can_see_space(user, session.pair):
        raise Http404
    services.cancel_session(user, session)
    session.refresh_from_db()
    return session_out(session)


@router.post(
    "/pairs/{int:pair_id}/feedback",
    response=responses({201: SpaceOut}),
    url_name="api_mentorship_feedback",
)
def give_feedback(request, pair_id: int, payload: FeedbackIn):
    """My closing feedback (once); the mentorship is complete when both gave theirs."""
    user, pair = _taking_part(request, pair_id)
    fields = cleaned(FeedbackForm(payload.dict()))
    services.give_feedback(user, pair, fields)
    return Status(201, space_out(user, queries.pair_for_page(pair.pk)))


# The log -------------------------------------------------------------------------------


class LogEntryOut(Schema):
    id: int
    author: PersonName | None  # None once its author's account is gone
    body: str
    session: int | None
    created: str


class LogEntryIn(Schema):
    body: str
    session: int | None = None  # one of the pair's sessions, for what happened in it


def log_entry_out(user, entry: LogEntry) -> LogEntryOut:
    return LogEntryOut(
        id=entry.pk,
        author=person_name(user, entry.author) if entry.author_id else None,
        body=entry.body,
        session=entry.session_id,
        created=entry.created.isoformat(),
    )


@router.get(
    "/pairs/{int:pair_id}/log",
    response=responses({200: page_of(LogEntryOut)}),
    url_name="api_mentorship_log",
)
def list_log(request, pair_id: int, filters: Query[PageFilters]):
    """What happened in the mentorship, newest first, as the space shows it (the pair
    and the programme's organisers; private notes are never in the API)."""
    user = member_of(request)
    pair = _pair(user, pair_id)
    entries = LogEntry.objects.filter(pair=pair).select_related("author__profile")
    rows, cursor = paginate(entries, filters.cursor, filters.limit, ("-created", "-id"))
    return {"items": [log_entry_out(user, e) for e in rows], "next_cursor": cursor}


@router.post(
    "/pairs/{int:pair_id}/log",
    response=responses({201: LogEntryOut}),
    url_name="api_mentorship_log",
)
def add_to_log(request, pair_id: int, payload: LogEntryIn):
    """Write in the log (the mentor or the mentee), about a session of the pair or not."""
    user, pair = _taking_part(request, pair_id)
    fields = cleaned(LogForm({"body": payload.body}))
    session = None
    if payload.session is not None:
        session = Session.objects.filter(pk=payload.session, pair=pair).first()
        if session is None:
            raise ApiError(422, fields={"session": ["Not one of this mentorship's sessions."]})
    entry = services.add_log_entry(user, pair, fields["body"], session)
    return Status(201, log_entry_out(user, entry))
