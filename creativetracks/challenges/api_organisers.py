"""The organisers' side of a challenge in the API, on the challenges router: the entries,
the jury (invite, remove, assign), the ranking, decisions on entries, moving the
challenge to its next phase and publishing its results. The organiser pages' forms,
services and predicates: organisers are the organising partner's staff, the organising
organisation's admins and platform staff (`permissions.is_organiser`), others get 403."""

from django.http import Http404
from ninja import Query, Schema, Status

from creativetracks.api.auth import member_of, writer_of
from creativetracks.api.common import PersonName, cleaned, person_name
from creativetracks.api.errors import ApiError, responses
from creativetracks.api.limits import limit_action
from creativetracks.api.pagination import PageFilters, page_of, paginate

from . import permissions, queries, services
from .api import router
from .forms import DecisionForm, JurorInviteForm
from .models import Juror, Submission


def _organised(request, slug: str, *, write: bool) -> tuple:
    """The caller and the challenge they organise: 404 if they may not see it, 403 if
    they may see it but don't organise it."""
    user = writer_of(request) if write else member_of(request)
    challenge = queries.challenge_for_page(user, slug[:80])
    if challenge is None:
        raise Http404
    if not permissions.is_organiser(user, challenge):
        raise ApiError(403, "Only the challenge's organisers do this.")
    return user, challenge


def _iso(moment) -> str | None:
    return moment.isoformat() if moment else None


# Entries ---------------------------------------------------------------------------------


class OrganiserEntryOut(Schema):
    id: int
    title: str
    summary: str
    state: str  # draft, submitted, withdrawn
    submitted_at: str | None
    lead: PersonName
    shortlisted: bool
    award: str  # "", "winner", "mention"
    prize: int | None
    feedback: str
    url: str


def organiser_entry_out(viewer, entry: Submission) -> OrganiserEntryOut:
    return OrganiserEntryOut(
        id=entry.pk,
        title=entry.title,
        summary=entry.summary,
        state=entry.state,
        submitted_at=_iso(entry.submitted_at),
        lead=person_name(viewer, entry.lead),
        shortlisted=entry.shortlisted,
        award=entry.award,
        prize=entry.prize_id,
        feedback=entry.feedback,
        url=entry.get_absolute_url(),
    )


@router.get(
    "/{slug}/entries",
    response=responses({200: page_of(OrganiserEntryOut)}),
    url_name="api_challenge_entries",
)
def list_entries(request, slug: str, filters: Query[PageFilters]):
    """Every entry of the challenge, drafts included, newest first (organisers)."""
    user, challenge = _organised(request, slug, write=False)
    entries = Submission.objects.filter(challenge=challenge).select_related("lead__profile")
    rows, cursor = paginate(entries, filters.cursor, filters.limit, ("-id",))
    for entry in rows:
        entry.challenge = challenge
    return {"items": [organiser_entry_out(user, e) for e in rows], "next_cursor": cursor}


class DecisionIn(Schema):
    shortlisted: bool = False
    award: str = ""  # "", "winner" or "mention"
    prize: int | None = None  # one of the challenge's prizes, with an award
    feedback: str = ""


@router.post(
    "/{slug}/entries/{int:entry_id}/decision",
    response=responses({200: OrganiserEntryOut}),
    url_name="api_challenge_decision",
)
def decide(request, slug: str, entry_id: int, payload: DecisionIn):
    """Shortlist a submitted entry, give it an award and a prize, write its feedback (the
    ranking page's decision form)."""
    user, challenge = _organised(request, slug, write=True)
    entry = queries.entry_for_page(challenge, entry_id)
    if entry is None:
        raise Http404
    data = payload.dict()
    data["prize"] = "" if data["prize"] is None else data["prize"]
    form = DecisionForm(data, prizes=list(challenge.prizes.all()))
    entry = services.decide_entry(user, challenge, entry, **cleaned(form))
    entry.challenge = challenge
    return organiser_entry_out(user, entry)


class RankingRowOut(Schema):
    rank: int
    entry: int
    title: str
    lead: PersonName
    raw: float | None
    normalised: float | None
    reviews: int
    votes: int
    shortlisted: bool
    award: str


@router.get(
    "/{slug}/ranking",
    response=responses({200: list[RankingRowOut]}),
    url_name="api_challenge_ranking",
)
def ranking(request, slug: str):
    """The submitted entries ranked by the jury's scores (weighted, normalised per juror
    when the challenge says so), as on the ranking page: one computation over the whole
    challenge, so not paginated."""
    user, challenge = _organised(request, slug, write=False)
    return [
        RankingRowOut(
            rank=row.rank,
            entry=row.submission.pk,
            title=row.submission.title,
            lead=person_name(user, row.submission.lead),
            raw=row.raw,
            normalised=row.normalised,
            reviews=row.reviews,
            votes=row.votes,
            shortlisted=row.submission.shortlisted,
            award=row.submission.award,
        )
        for row in queries.ranking_of(challenge)
    ]


# The jury --------------------------------------------------------------------------------


class JurorOut(Schema):
    id: int
    email: str
    name: str
    accepted: bool
    invited_at: str | None
    member: PersonName | None


def juror_out(viewer, seat: Juror) -> JurorOut:
    return JurorOut(
        id=seat.pk,
        email=seat.email,
        name=seat.name,
        accepted=seat.accepted is not None,
        invited_at=_iso(seat.sent),
        member=person_name(viewer, seat.user) if seat.user_id else None,
    )


@router.get(
    "/{slug}/jury",
    response=responses({200: page_of(JurorOut)}),
    url_name="api_challenge_jury",
)
def list_jury(request, slug: str, filters: Query[PageFilters]):
    """The jury: invitations and accepted seats, in the order they were made."""
    user, challenge = _organised(request, slug, write=False)
    seats = Juror.objects.filter(challenge=challenge).select_related("user__profile")
    rows, cursor = paginate(seats, filters.cursor, filters.limit, ("id",))
    return {"items": [juror_out(user, s) for s in rows], "next_cursor": cursor}


class JurorIn(Schema):
    email: str
    name: str = ""


@router.post(
    "/{slug}/jury",
    response=responses({201: JurorOut}),
    url_name="api_challenge_jury",
)
def invite(request, slug: str, payload: JurorIn):
    """Invite someone to the jury by email (the jury page's form and its rate limit): the
    invitation carries a link that seats whoever accepts it."""
    user, challenge = _organised(request, slug, write=True)
    limit_action(request, "invitation")
    fields = cleaned(JurorInviteForm(payload.dict()))
    seat = services.invite_juror(user, challenge, **fields)
    return Status(201, juror_out(user, seat))


@router.delete(
    "/{slug}/jury/{int:juror_id}",
    response=responses({204: None}),
    url_name="api_challenge_juror",
)
def remove(request, slug: str, juror_id: int):
    """Take a juror (or an invitation) off the jury."""
    user, challenge = _organised(request, slug, write=True)
    seat = Juror.objects.filter(pk=juror_id, challenge=challenge).first()
    if seat is None:
        raise Http404
    services.remove_juror(user, seat)
    return Status(204, None)


class AssignedOut(Schema):
    added: int


@router.post(
    "/{slug}/jury/assign",
    response=responses({200: AssignedOut}),
    url_name="api_challenge_jury_assign",
)
def assign(request, slug: str):
    """Spread the submitted entries across the accepted jurors (`reviews_per_entry` each,
    never to a juror with a conflict); again after late seats, it only adds."""
    user, challenge = _organised(request, slug, write=True)
    return {"added": services.assign_entries(user, challenge)}


# Phases ----------------------------------------------------------------------------------


class PhaseOut(Schema):
    phase: str  # draft, upcoming, open, review, results


@router.post(
    "/{slug}/phase/advance",
    response=responses({200: PhaseOut}),
    url_name="api_challenge_advance",
)
def advance(request, slug: str):
    """Move the challenge to its next phase (announce it, open it, close entries for the
    jury, publish the results); what a phase needs first is checked (409 with why)."""
    user, challenge = _organised(request, slug, write=True)
    return {"phase": services.advance_phase(user, challenge)}


@router.post(
    "/{slug}/results/publish",
    response=responses({200: PhaseOut}),
    url_name="api_challenge_publish_results",
)
def publish(request, slug: str):
    """Publish the results at the end of the jury review (409 before): the public vote
    closes, scores stop, entrants and followers hear."""
    user, challenge = _organised(request, slug, write=True)
    services.publish_results(user, challenge)
    challenge.refresh_from_db(fields=["phase"])
    return {"phase": challenge.phase}
