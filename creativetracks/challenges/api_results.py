"""The rest of a challenge's life in the API, on the challenges router: its results page
and the public vote, the organisers' criteria and prizes editor, releasing the jury's
feedback and the score exports. The site's pages, forms, services and predicates."""

from django.http import Http404
from ninja import Query, Schema, Status

from creativetracks.api.auth import viewer_of, writer_of
from creativetracks.api.common import PersonName, person_name
from creativetracks.api.errors import ApiError, responses

from . import exports, permissions, queries, services
from .api import router
from .api_entries import _challenge, _seat
from .api_organisers import _organised
from .forms import CriterionFormSet, PrizeFormSet
from .models import Challenge, Submission

# Results and the public vote -------------------------------------------------------------


class ResultEntryOut(Schema):
    id: int
    title: str
    summary: str
    lead: PersonName
    award: str  # "" on the shortlist; "winner" or "mention" once published
    prize: str | None
    url: str


class ResultsOut(Schema):
    published: bool
    awarded: list[ResultEntryOut]  # empty until the results are published
    shortlist: list[ResultEntryOut]
    public_vote: bool
    can_vote: bool
    my_vote: int | None  # the entry I voted for


def _result_out(viewer, entry: Submission) -> ResultEntryOut:
    return ResultEntryOut(
        id=entry.pk,
        title=entry.title,
        summary=entry.summary,
        lead=person_name(viewer, entry.lead),
        award=entry.award,
        prize=entry.prize.title if entry.award and entry.prize_id else None,
        url=entry.get_absolute_url(),
    )


@router.get(
    "/{slug}/results", response=responses({200: ResultsOut}), url_name="api_challenge_results"
)
def results(request, slug: str):
    """The results page: winners and mentions once published; during a public vote, the
    shortlist to vote on. Before that, organisers only (404 for everyone else)."""
    viewer = viewer_of(request)
    challenge = _challenge(viewer, slug)
    published = challenge.phase == Challenge.Phase.RESULTS
    voting = challenge.public_vote and challenge.phase == Challenge.Phase.REVIEW
    if not (published or voting or permissions.is_organiser(viewer, challenge)):
        raise Http404
    shortlist = queries.shortlist_of(challenge)
    for entry in shortlist:
        entry.challenge = challenge
    return ResultsOut(
        published=published,
        awarded=[_result_out(viewer, e) for e in queries.results_of(challenge)]
        if published
        else [],
        shortlist=[_result_out(viewer, e) for e in shortlist],
        public_vote=challenge.public_vote,
        can_vote=permissions.can_vote(viewer, challenge),
        my_vote=queries.vote_of(viewer, challenge),
    )


class VoteOut(Schema):
    entry: int


@router.post(
    "/{slug}/entries/{int:entry_id}/vote",
    response=responses({201: VoteOut}),
    url_name="api_challenge_vote",
)
def vote(request, slug: str, entry_id: int):
    """Vote for a shortlisted entry during the jury review of a challenge with a public
    vote: verified members, once per challenge (403 when the vote is closed to me, 409
    for a second vote or an entry off the shortlist)."""
    user = writer_of(request)
    challenge = _challenge(user, slug)
    entry = queries.entry_for_page(challenge, entry_id)
    if entry is None:
        raise Http404
    cast = services.cast_vote(user, challenge, entry)
    return Status(201, VoteOut(entry=cast.submission_id))


# Criteria and prizes ---------------------------------------------------------------------


class CriterionIn(Schema):
    id: int | None = None  # an existing criterion to change; none adds one
    name: str
    description: str = ""
    weight: int = 1
    scale_min: int = 0
    scale_max: int = 10


class PrizeIn(Schema):
    id: int | None = None
    title: str
    description: str = ""


class CriteriaIn(Schema):
    criteria: list[CriterionIn]
    prizes: list[PrizeIn] = []


class CriterionEditOut(CriterionIn):
    id: int


class PrizeEditOut(PrizeIn):
    id: int


class CriteriaOut(Schema):
    criteria: list[CriterionEditOut]
    prizes: list[PrizeEditOut]
    editable: bool  # the criteria are fixed once the jury review starts (prizes are not)


def _criteria_out(challenge: Challenge) -> CriteriaOut:
    return CriteriaOut(
        criteria=[CriterionEditOut.from_orm(c) for c in challenge.criteria.all()],
        prizes=[PrizeEditOut.from_orm(p) for p in challenge.prizes.all()],
        editable=challenge.phase not in (Challenge.Phase.REVIEW, Challenge.Phase.RESULTS),
    )


@router.get(
    "/{slug}/criteria", response=responses({200: CriteriaOut}), url_name="api_challenge_criteria"
)
def get_criteria(request, slug: str):
    """The scoring criteria and the prizes, in their order (organisers)."""
    _user, challenge = _organised(request, slug, write=False)
    return _criteria_out(challenge)


def _formset_data(prefix: str, rows: list[dict], existing: list[int]) -> dict:
    """The editor's formset as the page would post it: the existing items first (the
    formset matches them by id), those left out marked for deletion, then the new ones;
    every kept item's position is its place in `rows`."""
    kept = {row["id"] for row in rows if row.get("id") is not None}
    unknown = kept - set(existing)
    if unknown:
        raise ApiError(422, fields={prefix: [f"No such item here: {min(unknown)}."]})
    placed = [{**row, "position": n} for n, row in enumerate(rows)]
    ordered = [row for row in placed if row.get("id") is not None]
    ordered += [{"id": pk, "DELETE": "on"} for pk in existing if pk not in kept]
    ordered += [row for row in placed if row.get("id") is None]
    data = {
        f"{prefix}-TOTAL_FORMS": str(len(ordered)),
        f"{prefix}-INITIAL_FORMS": str(len(existing)),
    }
    for n, row in enumerate(ordered):
        for name, value in row.items():
            if value is not None:
                data[f"{prefix}-{n}-{name}"] = str(value)
    return data


def _formset_errors(prefix: str, formset) -> dict:
    fields = {}
    for n, errors in enumerate(formset.errors):
        for name, messages in errors.items():
            fields[f"{prefix}.{n}.{name}"] = [str(m) for m in messages]
    if formset.non_form_errors():
        fields[prefix] = [str(m) for m in formset.non_form_errors()]
    return fields


@router.put(
    "/{slug}/criteria", response=responses({200: CriteriaOut}), url_name="api_challenge_criteria"
)
def put_criteria(request, slug: str, payload: CriteriaIn):
    """Replace the criteria and the prizes with these lists, in this order: items with an
    `id` are changed, items without one added, existing ones left out removed (the
    criteria page's formsets). Criteria can't change once the jury review starts (409)."""
    user, challenge = _organised(request, slug, write=True)
    body = payload.dict()
    existing_criteria = list(challenge.criteria.values_list("pk", flat=True))
    existing_prizes = list(challenge.prizes.values_list("pk", flat=True))
    criteria = CriterionFormSet(
        _formset_data("criteria", body["criteria"], existing_criteria),
        instance=challenge,
        prefix="criteria",
    )
    prizes = PrizeFormSet(
        _formset_data("prizes", body["prizes"], existing_prizes),
        instance=challenge,
        prefix="prizes",
    )
    if not (criteria.is_valid() & prizes.is_valid()):
        fields = {**_formset_errors("criteria", criteria), **_formset_errors("prizes", prizes)}
        raise ApiError(422, fields=fields)
    services.save_criteria_and_prizes(user, challenge, [criteria, prizes])
    return _criteria_out(Challenge.objects.get(pk=challenge.pk))


# Feedback and exports --------------------------------------------------------------------


class ReviewClosedOut(Schema):
    review_closed_at: str


@router.post(
    "/{slug}/review/close",
    response=responses({200: ReviewClosedOut}),
    url_name="api_challenge_close_review",
)
def close_review(request, slug: str):
    """Close the jury review before its end date: jurors stop scoring and may see each
    other's scores (409 outside the review or when closed already)."""
    user, challenge = _organised(request, slug, write=True)
    services.close_review(user, challenge)
    return {"review_closed_at": challenge.review_closed_at.isoformat()}


class FeedbackReleaseOut(Schema):
    feedback_released_at: str


@router.post(
    "/{slug}/feedback/release",
    response=responses({200: FeedbackReleaseOut}),
    url_name="api_challenge_feedback_release",
)
def release_feedback(request, slug: str):
    """Let applicants read the jury's comments on their entries (jurors stay anonymous):
    after the review is closed, once (409 otherwise); applicants are told."""
    user, challenge = _organised(request, slug, write=True)
    services.release_feedback(user, challenge)
    return {"feedback_released_at": challenge.feedback_released_at.isoformat()}


class ScoresFilters(Schema):
    format: str = "csv"  # csv or xlsx


SCORES_RESPONSE = {
    "200": {
        "description": "One row per score, by entry then juror (XLSX: and the ranking)",
        "content": {
            "text/csv": {},
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {},
        },
    }
}


@router.get(
    "/{slug}/scores",
    response=responses({}),
    url_name="api_challenge_scores",
    openapi_extra={"responses": SCORES_RESPONSE},
)
def export_scores(request, slug: str, filters: Query[ScoresFilters]):
    """The organisers' export of every score (`format=csv`, the default, or `xlsx` with
    the ranking as a second sheet), as the ranking page downloads it."""
    _user, challenge = _organised(request, slug, write=False)
    response = exports.scores_download(challenge, filters.format)
    if response is None:
        raise ApiError(422, fields={"format": ["Choose one of: csv, xlsx."]})
    response["Cache-Control"] = "private, no-store"
    return response


@router.get(
    "/{slug}/review/scores.csv",
    response=responses({}),
    url_name="api_challenge_my_scores",
    openapi_extra={"responses": {"200": {"description": "My scores", "content": {"text/csv": {}}}}},
)
def export_my_scores(request, slug: str):
    """A juror's own scores as CSV (never an entry they declared a conflict with; blind
    reviews without applicants' names), as the review page downloads them."""
    _user, challenge, seat = _seat(request, slug)
    response = exports.my_scores_download(challenge, seat)
    response["Cache-Control"] = "private, no-store"
    return response
