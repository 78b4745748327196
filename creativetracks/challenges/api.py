"""The API's challenges (read only): what the challenge pages show, from
`visible_challenges(viewer)`: the brief, dates, eligibility, criteria and prizes, and the
caller's own entry. Never other people's entries, jurors, conflicts or scores."""

from django.db.models import Count, Q
from django.http import Http404
from ninja import Query, Router, Schema

from creativetracks.api.auth import viewer_of
from creativetracks.api.errors import responses
from creativetracks.api.pagination import DEFAULT_LIMIT, page_of, paginate

from . import permissions, queries
from .models import Challenge, Submission

router = Router()


class OrganiserOut(Schema):
    name: str
    url: str


class ChallengeOut(Schema):
    slug: str
    title: str
    summary: str
    phase: str  # upcoming, open, review, results (draft only for its organisers)
    visibility: str
    organiser: OrganiserOut | None
    opens_at: str
    deadline: str
    review_ends_at: str
    time_zone: str
    sectors: list[str]
    countries: list[str]
    min_age: int | None
    max_age: int | None
    min_team_size: int
    max_team_size: int
    public_vote: bool
    entry_count: int  # submitted entries
    cover_url: str
    url: str


class CriterionOut(Schema):
    name: str
    description: str
    weight: int
    scale_min: int
    scale_max: int


class PrizeOut(Schema):
    title: str
    description: str


class MyEntryOut(Schema):
    id: int
    title: str
    state: str
    url: str


class ChallengeDetailOut(ChallengeOut):
    brief: str
    rules: str
    blind_review: bool
    normalise_scores: bool
    criteria: list[CriterionOut]
    prizes: list[PrizeOut]
    can_enter: bool
    my_entry: MyEntryOut | None


class ChallengeFilters(Schema):
    phase: str = ""
    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


def _submitted() -> Count:
    return Count("submissions", filter=Q(submissions__state=Submission.State.SUBMITTED))


def challenge_out(challenge: Challenge, cls=ChallengeOut, **extra) -> ChallengeOut:
    organiser = challenge.organiser
    return cls(
        slug=challenge.slug,
        title=challenge.title,
        summary=challenge.summary,
        phase=challenge.phase,
        visibility=challenge.visibility,
        organiser=(
            OrganiserOut(name=str(organiser), url=organiser.get_absolute_url())
            if organiser
            else None
        ),
        opens_at=challenge.opens_at.isoformat(),
        deadline=challenge.deadline.isoformat(),
        review_ends_at=challenge.review_ends_at.isoformat(),
        time_zone=challenge.time_zone,
        sectors=list(challenge.sectors or []),
        countries=list(challenge.countries or []),
        min_age=challenge.min_age,
        max_age=challenge.max_age,
        min_team_size=challenge.min_team_size,
        max_team_size=challenge.max_team_size,
        public_vote=challenge.public_vote,
        entry_count=challenge.entry_count,
        cover_url=challenge.cover.url if challenge.cover else "",
        url=challenge.get_absolute_url(),
        **extra,
    )


@router.get("/", response=responses({200: page_of(ChallengeOut)}), url_name="api_challenges")
def list_challenges(request, filters: Query[ChallengeFilters]):
    """Challenges the caller may see, latest deadline first; `phase` narrows them."""
    challenges = (
        queries.visible_challenges(viewer_of(request))
        .select_related("partner", "organisation")
        .annotate(entry_count=_submitted())
    )
    if filters.phase:
        challenges = challenges.filter(phase=filters.phase)
    rows, cursor = paginate(challenges, filters.cursor, filters.limit, ("-deadline", "-id"))
    return {"items": [challenge_out(c) for c in rows], "next_cursor": cursor}


@router.get("/{slug}", response=responses({200: ChallengeDetailOut}), url_name="api_challenge")
def get_challenge(request, slug: str):
    viewer = viewer_of(request)
    challenge = queries.challenge_for_page(viewer, slug[:80])
    if challenge is None:
        raise Http404
    challenge.entry_count = challenge.submissions.filter(state=Submission.State.SUBMITTED).count()
    entry = queries.entry_of(viewer, challenge)
    return challenge_out(
        challenge,
        ChallengeDetailOut,
        brief=challenge.brief,
        rules=challenge.rules,
        blind_review=challenge.blind_review,
        normalise_scores=challenge.normalise_scores,
        criteria=[CriterionOut.from_orm(c) for c in challenge.criteria.all()],
        prizes=[PrizeOut(title=p.title, description=p.description) for p in challenge.prizes.all()],
        can_enter=permissions.can_enter(viewer, challenge) and entry is None,
        my_entry=(
            MyEntryOut(
                id=entry.pk, title=entry.title, state=entry.state, url=entry.get_absolute_url()
            )
            if entry
            else None
        ),
    )


# Entries (their teams and files), the jury's work, the organisers' side and the results,
# on this router.
from . import api_entries, api_organisers, api_results, api_teams  # noqa: E402, F401
