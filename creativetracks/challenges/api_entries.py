"""The API's writes on challenges, on the challenges router: a member's own entry (start,
edit, submit, withdraw until the deadline) and a juror's work (their queue, scoring
against the criteria until the review closes, declaring a conflict). The entry pages'
and review pages' forms, services and predicates; scores are only ever the caller's
own, as on the review page."""

from django.http import Http404
from ninja import Query, Schema, Status

from creativetracks.api.auth import member_of, writer_of
from creativetracks.api.common import PersonName, cleaned, person_name
from creativetracks.api.errors import ApiError, responses
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate

from . import permissions, queries, services
from .api import router
from .forms import ConflictForm, EntryForm, ScoreForm
from .models import Challenge, Submission


def _challenge(viewer, slug: str) -> Challenge:
    challenge = queries.challenge_for_page(viewer, slug[:80])
    if challenge is None:
        raise Http404
    return challenge


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


# Entries ---------------------------------------------------------------------------------


class EntryOut(Schema):
    id: int
    title: str
    summary: str
    description: str
    sector: str
    links: list[str]
    video_url: str
    state: str  # draft, submitted, withdrawn
    submitted_at: str | None
    lead: PersonName
    is_lead: bool
    can_edit: bool  # the lead, until the deadline
    problems: list[str]  # what would stop it being submitted (eligibility), for the lead
    url: str


class EntryIn(Schema):
    title: str
    summary: str
    description: str = ""
    sector: str = ""
    links: list[str] = []
    video_url: str = ""


class EntryPatch(Schema):
    """Only the fields sent change (as in EntryIn); `null` is ignored."""

    title: str | None = None
    summary: str | None = None
    description: str | None = None
    sector: str | None = None
    links: list[str] | None = None
    video_url: str | None = None


def entry_out(viewer, entry: Submission) -> EntryOut:
    can_edit = permissions.can_edit_entry(viewer, entry)
    return EntryOut(
        id=entry.pk,
        title=entry.title,
        summary=entry.summary,
        description=entry.description,
        sector=entry.sector,
        links=list(entry.links or []),
        video_url=entry.video_url,
        state=entry.state,
        submitted_at=_iso(entry.submitted_at),
        lead=person_name(viewer, entry.lead),
        is_lead=entry.lead_id == viewer.pk,
        can_edit=can_edit,
        problems=services.eligibility_problems(entry) if can_edit else [],
        url=entry.get_absolute_url(),
    )


def _form_data(payload: dict) -> dict:
    data = dict(payload)
    data["links"] = "\n".join(str(link).replace("\n", " ") for link in data.get("links") or [])
    return data


def _my_entry(request, slug: str, *, write: bool = True) -> tuple:
    """The challenge and the entry the caller leads (404 if none), as `entry_of`."""
    user = writer_of(request) if write else member_of(request)
    challenge = _challenge(user, slug)
    entry = queries.entry_of(user, challenge)
    if entry is None:
        raise Http404
    entry = queries.entry_for_page(challenge, entry.pk)
    entry.challenge = challenge
    return user, challenge, entry


def _lead_only(user, entry: Submission) -> None:
    if entry.lead_id != user.pk:
        raise ApiError(403, "Only the entry's lead changes it.")


@router.get(
    "/{slug}/entry",
    response=responses({200: EntryOut}),
    url_name="api_challenge_entry",
)
def get_my_entry(request, slug: str):
    """My entry in this challenge, as its lead (404 if none)."""
    user, _challenge_, entry = _my_entry(request, slug, write=False)
    return entry_out(user, entry)


@router.post(
    "/{slug}/entry",
    response=responses({201: EntryOut}),
    url_name="api_challenge_entry",
)
def start_entry(request, slug: str, payload: EntryIn):
    """Start my entry as a draft (the entry form's checks); submit it when ready.
    Entries closed, or an entry already: 409."""
    user = writer_of(request)
    challenge = _challenge(user, slug)
    if queries.entry_of(user, challenge) is not None:
        raise ApiError(409, "You already have an entry in this challenge.")
    services.check_open(challenge)
    fields = cleaned(EntryForm(_form_data(payload.dict()), challenge=challenge))
    entry = services.save_draft(user, challenge, fields)
    entry.challenge = challenge
    return Status(201, entry_out(user, entry))


@router.patch(
    "/{slug}/entry",
    response=responses({200: EntryOut}),
    url_name="api_challenge_entry",
)
def edit_entry(request, slug: str, payload: EntryPatch):
    """Change some fields of my entry (its lead, until the deadline); a submitted entry
    stays submitted."""
    user, challenge, entry = _my_entry(request, slug)
    _lead_only(user, entry)
    services.check_open(challenge)
    data = {
        "title": entry.title,
        "summary": entry.summary,
        "description": entry.description,
        "sector": entry.sector,
        "links": list(entry.links or []),
        "video_url": entry.video_url,
    }
    data.update({k: v for k, v in payload.dict(exclude_unset=True).items() if v is not None})
    form = EntryForm(_form_data(data), instance=entry, challenge=challenge)
    fields = cleaned(form)
    entry = services.save_draft(user, challenge, fields, entry)
    entry.challenge = challenge
    return entry_out(user, entry)


@router.post(
    "/{slug}/entry/submit",
    response=responses({200: EntryOut}),
    url_name="api_challenge_entry_submit",
)
def submit_entry(request, slug: str):
    """Send my entry to the organisers: the whole team's eligibility is checked now
    (refusals are 409 with the reasons)."""
    user, _challenge_, entry = _my_entry(request, slug)
    _lead_only(user, entry)
    entry = services.submit_entry(user, entry)
    return entry_out(user, entry)


@router.post(
    "/{slug}/entry/withdraw",
    response=responses({200: EntryOut}),
    url_name="api_challenge_entry_withdraw",
)
def withdraw_entry(request, slug: str):
    """Take my submitted entry back (it may be submitted again before the deadline)."""
    user, _challenge_, entry = _my_entry(request, slug)
    _lead_only(user, entry)
    entry = services.withdraw_entry(user, entry)
    return entry_out(user, entry)


# The jury --------------------------------------------------------------------------------


class ReviewItemOut(Schema):
    entry: int
    title: str
    summary: str
    applicant: str | None  # None in a blind review
    scored: int  # criteria I scored
    completed: bool


class ReviewCriterionOut(Schema):
    id: int
    name: str
    description: str
    weight: int
    scale_min: int
    scale_max: int


class MyScoreOut(Schema):
    criterion: int
    value: int
    comment: str


class ReviewOut(Schema):
    entry: int
    title: str
    summary: str
    description: str
    sector: str
    links: list[str]
    video_url: str
    applicant: str | None  # None in a blind review
    criteria: list[ReviewCriterionOut]
    my_scores: list[MyScoreOut]  # the caller's own, never another juror's
    comment: str
    completed: bool
    open_for_scoring: bool


class ScoreIn(Schema):
    value: int
    comment: str = ""


class ScoresIn(Schema):
    scores: dict[str, ScoreIn] = {}  # criterion id -> score
    comment: str = ""
    complete: bool = False


class ConflictIn(Schema):
    reason: str


class ReviewFilters(Schema):
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


def _seat(request, slug: str, *, write: bool = False):
    user = writer_of(request) if write else member_of(request)
    challenge = _challenge(user, slug)
    seat = permissions.juror_seat(user, challenge)
    if seat is None:
        raise ApiError(403, "Only the challenge's jurors review its entries.")
    return user, challenge, seat


def _applicant(challenge: Challenge, entry: Submission) -> str | None:
    return None if challenge.blind_review else entry.lead.profile.display_name


@router.get(
    "/{slug}/review",
    response=responses({200: page_of(ReviewItemOut)}),
    url_name="api_challenge_review",
)
def review_queue(request, slug: str, filters: Query[ReviewFilters]):
    """My queue as a juror: the submitted entries assigned to me, none I have a conflict
    with; anyone else: 403."""
    _user, challenge, seat = _seat(request, slug)
    rows, cursor = paginate(
        queries.juror_assignments(seat), filters.cursor, filters.limit, ("submission_id", "id")
    )
    items = [
        ReviewItemOut(
            entry=a.submission_id,
            title=a.submission.title,
            summary=a.submission.summary,
            applicant=_applicant(challenge, a.submission),
            scored=a.scored,
            completed=a.completed is not None,
        )
        for a in rows
    ]
    return {"items": items, "next_cursor": cursor}


def _assignment(seat, entry_id: int):
    assignment = services.assignment_of(seat, entry_id)
    if assignment is None:
        raise Http404
    return assignment


def review_out(challenge, assignment) -> ReviewOut:
    entry = assignment.submission
    scores = queries.scores_of(assignment)
    return ReviewOut(
        entry=entry.pk,
        title=entry.title,
        summary=entry.summary,
        description=entry.description,
        sector=entry.sector,
        links=list(entry.links or []),
        video_url=entry.video_url,
        applicant=_applicant(challenge, entry),
        criteria=[ReviewCriterionOut.from_orm(c) for c in queries.criteria_of(challenge)],
        my_scores=[
            MyScoreOut(criterion=s.criterion_id, value=s.value, comment=s.comment)
            for s in scores.values()
        ],
        comment=assignment.comment,
        completed=assignment.completed is not None,
        open_for_scoring=challenge.phase == Challenge.Phase.REVIEW
        and not challenge.review_is_closed,
    )


@router.get(
    "/{slug}/review/{int:entry_id}",
    response=responses({200: ReviewOut}),
    url_name="api_challenge_review_entry",
)
def review_entry(request, slug: str, entry_id: int):
    """An entry assigned to me, the criteria and my own scores (404 if not assigned)."""
    _user, challenge, seat = _seat(request, slug)
    return review_out(challenge, _assignment(seat, entry_id))


@router.put(
    "/{slug}/review/{int:entry_id}/scores",
    response=responses({200: ReviewOut}),
    url_name="api_challenge_review_scores",
)
def score(request, slug: str, entry_id: int, payload: ScoresIn):
    """Save my scores for an assigned entry (`scores` maps criterion ids to a value in the
    criterion's scale and a comment); again to change them, until the review closes.
    `complete` needs every criterion scored."""
    user, challenge, seat = _seat(request, slug, write=True)
    assignment = _assignment(seat, entry_id)
    criteria = queries.criteria_of(challenge)
    known = {str(c.pk) for c in criteria}
    unknown = sorted(set(payload.scores) - known)
    if unknown:
        raise ApiError(422, fields={f"scores.{k}"[:100]: ["Unknown criterion."] for k in unknown})
    data = {"comment": payload.comment, "complete": payload.complete}
    for key, given in payload.scores.items():
        data[f"score_{key}"] = given.value
        data[f"note_{key}"] = given.comment
    form = ScoreForm(
        data, criteria=criteria, scores=queries.scores_of(assignment), assignment=assignment
    )
    fields = cleaned(form)
    assignment = services.score_entry(
        user, challenge, entry_id, form.values(), fields["comment"], fields["complete"]
    )
    return review_out(challenge, _assignment(seat, entry_id))


@router.post(
    "/{slug}/review/{int:entry_id}/conflict",
    response=responses({204: None}),
    url_name="api_challenge_review_conflict",
)
def declare_conflict(request, slug: str, entry_id: int, payload: ConflictIn):
    """Recuse myself from an entry, with the reason (the organisers see it): it leaves my
    queue and my scores of it are removed."""
    user, challenge, seat = _seat(request, slug, write=True)
    assignment = _assignment(seat, entry_id)
    fields = cleaned(ConflictForm(payload.dict()))
    services.declare_conflict(user, challenge, assignment.submission, fields["reason"])
    return Status(204, None)
