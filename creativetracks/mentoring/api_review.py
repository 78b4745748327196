"""The organisers' side of a mentoring programme in the API, on the mentoring router: the
matching review of the current cohort (run the matching, add, lock and remove pairs,
publish, close, export), inviting mentors; and a mentor's own ranking of the mentees.
The review page's forms, services and predicates: organisers are the programme's
partner staff, its network's managers and platform staff; everyone else gets 403."""

from django.http import Http404
from ninja import Schema, Status

from creativetracks.api.auth import member_of, writer_of
from creativetracks.api.common import PersonName, cleaned, person_name
from creativetracks.api.errors import ApiError, responses

from . import exports, permissions, queries, services
from .api import router
from .api_space import _programme
from .forms import AddPairForm, InviteForm, MenteeRankingForm
from .models import Cohort, Mentor, Pair


def _organised(request, slug: str, *, write: bool):
    """The caller, the programme they organise and its current cohort: 404 if they may
    not see the programme, 403 if they don't organise it."""
    user = writer_of(request) if write else member_of(request)
    programme = _programme(user, slug)
    if not permissions.is_organiser(user, programme):
        raise ApiError(403, "Only the programme's organisers do this.")
    cohort = queries.current_cohort(programme)
    if cohort is None:
        raise Http404
    return user, programme, cohort


# The review ------------------------------------------------------------------------------


class ReviewMentorOut(Schema):
    id: int
    person: PersonName
    status: str  # invited, active or withdrawn
    expertise: list[str]
    languages: list[str]
    capacity: int
    pairs: int


class ReviewMenteeOut(Schema):
    id: int
    person: PersonName
    goals: str
    languages: list[str]
    meeting_mode: str
    pair: int | None


class ReviewPairOut(Schema):
    id: int
    mentor: int
    mentee: int
    mentor_name: str
    mentee_name: str
    status: str  # suggested, active or completed
    locked: bool
    score: float
    reasons: list[str]


class ReviewOut(Schema):
    cohort: int
    status: str  # matching, running or closed
    can_edit: bool  # pairs change only while matching
    mentors: list[ReviewMentorOut]
    mentees: list[ReviewMenteeOut]
    pairs: list[ReviewPairOut]


def pair_out(pair: Pair) -> ReviewPairOut:
    return ReviewPairOut(
        id=pair.pk,
        mentor=pair.mentor_id,
        mentee=pair.mentee_id,
        mentor_name=pair.mentor.user.profile.display_name,
        mentee_name=pair.mentee.user.profile.display_name,
        status=pair.status,
        locked=pair.locked,
        score=pair.score,
        reasons=list(pair.reasons or []),
    )


@router.get(
    "/programmes/{slug}/review",
    response=responses({200: ReviewOut}),
    url_name="api_programme_review",
)
def review(request, slug: str):
    """The current cohort as the review page shows it: its mentors, mentees and pairs
    (whole: one cohort is what the matching works on at once)."""
    user, _programme_, cohort = _organised(request, slug, write=False)
    pair_of = {}
    pairs = queries.cohort_pairs(cohort)
    for pair in pairs:
        pair_of[pair.mentee_id] = pair.pk
    return ReviewOut(
        cohort=cohort.number,
        status=cohort.status,
        can_edit=cohort.status == Cohort.Status.MATCHING,
        mentors=[
            ReviewMentorOut(
                id=m.pk,
                person=person_name(user, m.user),
                status=m.status,
                expertise=list(m.expertise),
                languages=list(m.languages),
                capacity=m.capacity,
                pairs=m.pair_count,
            )
            for m in queries.cohort_mentors(cohort)
        ],
        mentees=[
            ReviewMenteeOut(
                id=m.pk,
                person=person_name(user, m.user),
                goals=m.goals,
                languages=list(m.languages),
                meeting_mode=m.meeting_mode,
                pair=pair_of.get(m.pk),
            )
            for m in queries.cohort_mentees(cohort)
        ],
        pairs=[pair_out(p) for p in pairs],
    )


class MatchedOut(Schema):
    pairs: int
    unmatched: int


@router.post(
    "/programmes/{slug}/review/match",
    response=responses({200: MatchedOut}),
    url_name="api_programme_match",
)
def run_matching(request, slug: str):
    """Run the matching on the cohort: suggested pairs are replaced, locked ones kept
    (409 once the matches are published)."""
    user, _programme_, cohort = _organised(request, slug, write=True)
    result = services.run_matching(user, cohort)
    return {"pairs": len(result.suggestions), "unmatched": len(result.unmatched)}


class PairIn(Schema):
    mentor: int
    mentee: int


def _pair_in(cohort: Cohort, pair_id: int) -> Pair:
    pair = (
        Pair.objects.filter(cohort=cohort, pk=pair_id)
        .select_related("cohort__programme", "mentor__user__profile", "mentee__user__profile")
        .first()
    )
    if pair is None:
        raise Http404
    return pair


@router.post(
    "/programmes/{slug}/review/pairs",
    response=responses({201: ReviewPairOut}),
    url_name="api_programme_pairs",
)
def add_pair(request, slug: str, payload: PairIn):
    """Pair a mentee with an active mentor of the cohort by hand (the pair is locked, so
    the matching keeps it); unknown ids 422, a full mentor or a paired mentee 409."""
    user, _programme_, cohort = _organised(request, slug, write=True)
    fields = cleaned(AddPairForm(payload.dict(), cohort=cohort))
    pair = services.add_pair(user, fields["mentor"], fields["mentee"])
    return Status(201, pair_out(_pair_in(cohort, pair.pk)))


class LockIn(Schema):
    locked: bool = True


@router.post(
    "/programmes/{slug}/review/pairs/{int:pair_id}/lock",
    response=responses({200: ReviewPairOut}),
    url_name="api_programme_pair_lock",
)
def lock_pair(request, slug: str, pair_id: int, payload: LockIn):
    """Lock a pair so the matching keeps it (`{"locked": false}` unlocks)."""
    user, _programme_, cohort = _organised(request, slug, write=True)
    pair = services.lock_pair(user, _pair_in(cohort, pair_id), payload.locked)
    return pair_out(pair)


@router.delete(
    "/programmes/{slug}/review/pairs/{int:pair_id}",
    response=responses({204: None}),
    url_name="api_programme_pair",
)
def remove_pair(request, slug: str, pair_id: int):
    """Take a pair apart before the matches are published (409 after)."""
    user, _programme_, cohort = _organised(request, slug, write=True)
    services.remove_pair(user, _pair_in(cohort, pair_id))
    return Status(204, None)


class PublishedOut(Schema):
    published: int


@router.post(
    "/programmes/{slug}/review/publish",
    response=responses({200: PublishedOut}),
    url_name="api_programme_publish",
)
def publish(request, slug: str):
    """Publish the cohort's pairs: both people in each are told and their space opens
    (409 with no pairs, or published already)."""
    user, _programme_, cohort = _organised(request, slug, write=True)
    return {"published": services.publish_matches(user, cohort)}


class CohortOut(Schema):
    cohort: int
    status: str


@router.post(
    "/programmes/{slug}/review/close",
    response=responses({200: CohortOut}),
    url_name="api_programme_close",
)
def close(request, slug: str):
    """Close the running cohort: the pairs are asked for their closing feedback and the
    next cohort, if any, takes applications (409 unless running)."""
    user, _programme_, cohort = _organised(request, slug, write=True)
    services.close_cohort(user, cohort)
    cohort.refresh_from_db(fields=["status"])
    return {"cohort": cohort.number, "status": cohort.status}


@router.get(
    "/programmes/{slug}/review/pairs.csv",
    response=responses({}),
    url_name="api_programme_pairs_export",
    openapi_extra={"responses": {"200": {"description": "The pairs", "content": {"text/csv": {}}}}},
)
def export_pairs(request, slug: str):
    """The cohort's pairs as the review page's CSV: names, countries, status, sessions
    and the matching's reasons (never private notes or the log)."""
    _user, programme, cohort = _organised(request, slug, write=False)
    response = exports.pairs_download(programme, cohort)
    response["Cache-Control"] = "private, no-store"
    return response


# Invitations -----------------------------------------------------------------------------


class InviteIn(Schema):
    email: str


class InvitedOut(Schema):
    id: int
    person: PersonName
    status: str  # invited; active when they had offered already


@router.post(
    "/programmes/{slug}/invite",
    response=responses({201: InvitedOut}),
    url_name="api_programme_invite",
)
def invite(request, slug: str, payload: InviteIn):
    """Invite a member, by their account's email address, to mentor in the current
    cohort: they are told and answer by applying as a mentor (422 for an address no
    member has, 409 if they take part already)."""
    user, programme, _cohort = _organised(request, slug, write=True)
    fields = cleaned(InviteForm(payload.dict()))
    mentor = services.invite_mentor(user, programme, fields["user"])
    return Status(
        201, InvitedOut(id=mentor.pk, person=person_name(user, mentor.user), status=mentor.status)
    )


# A mentor's ranking of the mentees ------------------------------------------------------


class RankingChoiceOut(Schema):
    id: int
    person: PersonName


class RankingOut(Schema):
    mentees: list[RankingChoiceOut]  # the cohort's mentees to choose from
    ranking: list[int]  # my choices, most wanted first


class RankingIn(Schema):
    ranking: list[int]  # up to three mentee ids, most wanted first; [] clears


def _ranking_mentor(request, slug: str, *, write: bool):
    user = writer_of(request) if write else member_of(request)
    programme = _programme(user, slug)
    cohort = queries.current_cohort(programme)
    mentor = queries.mentor_of(user, cohort) if cohort else None
    if mentor is None or mentor.status != Mentor.Status.ACTIVE:
        raise ApiError(403, "Only the cohort's mentors rank its mentees.")
    return user, programme, cohort, mentor


def _ranking_out(user, cohort: Cohort, mentor: Mentor, mentees=None) -> RankingOut:
    mentees = mentees if mentees is not None else queries.cohort_mentees(cohort)
    return RankingOut(
        mentees=[RankingChoiceOut(id=m.pk, person=person_name(user, m.user)) for m in mentees],
        ranking=list(mentor.ranking),
    )


@router.get(
    "/programmes/{slug}/ranking",
    response=responses({200: RankingOut}),
    url_name="api_programme_ranking",
)
def get_ranking(request, slug: str):
    """The mentees I may rank as a mentor of the open cohort, and my choices (optional:
    the matching reads them)."""
    user, _programme_, cohort, mentor = _ranking_mentor(request, slug, write=False)
    return _ranking_out(user, cohort, mentor)


@router.put(
    "/programmes/{slug}/ranking",
    response=responses({200: RankingOut}),
    url_name="api_programme_ranking",
)
def put_ranking(request, slug: str, payload: RankingIn):
    """Set my choices (the rank page's form: up to three of the cohort's mentees, each
    once; 409 once the matches are published)."""
    user, programme, cohort, mentor = _ranking_mentor(request, slug, write=True)
    if len(payload.ranking) > MenteeRankingForm.RANKS:
        raise ApiError(422, fields={"ranking": ["Choose at most three mentees."]})
    mentees = queries.cohort_mentees(cohort)
    data = {f"choice_{n}": pk for n, pk in enumerate(payload.ranking, start=1)}
    form = MenteeRankingForm(data, people=[(m.pk, m.user.profile.display_name) for m in mentees])
    mentor = services.rank_mentees(user, programme, cleaned(form)["ranking"])
    return _ranking_out(user, cohort, mentor, mentees)
