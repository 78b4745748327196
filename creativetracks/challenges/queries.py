"""Reads about challenges, shared by pages and exports; each costs a constant number of queries.

`visible_challenges(viewer)` is the one visibility filter: every listing, detail lookup,
search and export starts from it."""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Prefetch, Q, QuerySet

from creativetracks.core.permissions import is_platform_staff, is_signed_in, partner_ids_of

from . import ranking
from .models import Assignment, Challenge, Conflict, Criterion, Juror, Score, Submission, TeamMember
from .permissions import admin_organisation_ids

CHALLENGES_PER_PAGE = 20
MAX_PAGE = 10_000


def visible_challenges(viewer) -> QuerySet[Challenge]:
    """Published challenges the viewer may see, plus every challenge they organise."""
    challenges = Challenge.objects.all()
    if is_platform_staff(viewer):
        return challenges
    published = ~Q(phase=Challenge.Phase.DRAFT)
    if not is_signed_in(viewer):
        return challenges.filter(published, visibility=Challenge.Visibility.PUBLIC)
    organised = Q(partner_id__in=partner_ids_of(viewer)) | Q(
        organisation_id__in=admin_organisation_ids(viewer)
    )
    return challenges.filter(published | organised)


def challenge_for_page(viewer, slug: str) -> Challenge | None:
    return (
        visible_challenges(viewer)
        .select_related("partner", "organisation")
        .prefetch_related("criteria", "prizes")
        .filter(slug=slug)
        .first()
    )


def challenge_list_page(viewer, page: int, phase: str = ""):
    challenges = (
        visible_challenges(viewer)
        .select_related("partner", "organisation")
        .annotate(
            entry_count=Count(
                "submissions", filter=Q(submissions__state=Submission.State.SUBMITTED)
            )
        )
        .order_by("-deadline", "pk")
    )
    if phase in Challenge.Phase.values:
        challenges = challenges.filter(phase=phase)
    return Paginator(challenges, CHALLENGES_PER_PAGE).get_page(page)


def entry_of(user, challenge: Challenge) -> Submission | None:
    if not is_signed_in(user):
        return None
    return Submission.objects.filter(challenge=challenge, lead=user).first()


def member_by(who: str):
    """The active member an email address or a handle (with or without "@") names."""
    from django.contrib.auth import get_user_model

    who = who.strip().lstrip("@")
    users = get_user_model().objects.filter(is_active=True)
    if "@" in who:
        return users.filter(email=who.lower()).first()
    return users.filter(profile__handle=who).first()


def my_entries(user) -> list[Submission]:
    """Entries the user leads or was invited to, with their challenge and team."""
    invited = TeamMember.objects.filter(user=user).exclude(status=TeamMember.Status.DECLINED)
    return list(
        Submission.objects.filter(Q(lead=user) | Q(pk__in=invited.values("submission_id")))
        .select_related("challenge", "lead__profile", "prize")
        .prefetch_related(
            Prefetch("team", queryset=TeamMember.objects.select_related("user__profile"))
        )
        .order_by("-created")
    )


def my_jury_seats(user) -> list[Juror]:
    return list(
        Juror.objects.filter(user=user, accepted__isnull=False)
        .select_related("challenge")
        .annotate(assigned=Count("assignments"))
        .order_by("-challenge__deadline")
    )


def entry_for_page(challenge: Challenge, entry_id: int) -> Submission | None:
    return (
        Submission.objects.filter(challenge=challenge, pk=entry_id)
        .select_related("challenge", "lead__profile", "prize")
        .prefetch_related(
            Prefetch("team", queryset=TeamMember.objects.select_related("user__profile")),
            "files",
        )
        .first()
    )


def _with_challenge(entries, challenge: Challenge) -> list[Submission]:
    """Entries know their challenge without a query each (for their URLs)."""
    entries = list(entries)
    for entry in entries:
        entry.challenge = challenge
    return entries


def entries_for_organiser(challenge: Challenge) -> list[Submission]:
    return _with_challenge(
        Submission.objects.filter(challenge=challenge)
        .select_related("lead__profile", "prize")
        .prefetch_related(
            Prefetch("team", queryset=TeamMember.objects.select_related("user__profile")),
        )
        .annotate(
            reviews=Count(
                "assignments", filter=Q(assignments__completed__isnull=False), distinct=True
            ),
            file_count=Count("files", distinct=True),
            vote_count=Count("votes", distinct=True),
        )
        .order_by("state", "-submitted_at", "pk"),
        challenge,
    )


def jury_of(challenge: Challenge) -> list[Juror]:
    return list(
        Juror.objects.filter(challenge=challenge)
        .select_related("user__profile")
        .annotate(
            assigned=Count("assignments", distinct=True),
            done=Count(
                "assignments", filter=Q(assignments__completed__isnull=False), distinct=True
            ),
            conflict_count=Count("conflicts", distinct=True),
        )
        .order_by("email")
    )


def conflicts_of(challenge: Challenge) -> list[Conflict]:
    return list(
        Conflict.objects.filter(juror__challenge=challenge)
        .select_related("juror__user__profile", "submission")
        .order_by("submission_id", "juror_id")
    )


def juror_assignments(seat: Juror) -> QuerySet[Assignment]:
    """The juror's entries: submitted ones only, never one they have a conflict with."""
    return (
        Assignment.objects.filter(juror=seat, submission__state=Submission.State.SUBMITTED)
        .exclude(Exists(Conflict.objects.filter(juror=seat, submission=OuterRef("submission"))))
        .select_related("submission__lead__profile")
        .annotate(scored=Count("scores"))
        .order_by("submission_id")
    )


def juror_queue(seat: Juror) -> list[Assignment]:
    return list(juror_assignments(seat))


def criteria_of(challenge: Challenge) -> list[Criterion]:
    return list(Criterion.objects.filter(challenge=challenge))


def scores_of(assignment: Assignment) -> dict[int, Score]:
    return {s.criterion_id: s for s in Score.objects.filter(assignment=assignment)}


def other_reviews(assignment: Assignment) -> list[Assignment]:
    """Other jurors' reviews of the entry (shown to a juror only once review is closed)."""
    return list(
        Assignment.objects.filter(submission_id=assignment.submission_id)
        .exclude(pk=assignment.pk)
        .select_related("juror__user__profile")
        .prefetch_related("scores__criterion")
        .order_by("pk")
    )


def feedback_for(submission: Submission) -> list[Assignment]:
    return list(
        Assignment.objects.filter(submission=submission, completed__isnull=False)
        .prefetch_related("scores__criterion")
        .order_by("pk")
    )


# Ranking --------------------------------------------------------------------------------


@dataclass
class RankingRow:
    submission: Submission
    rank: int
    raw: float | None
    normalised: float | None
    reviews: int
    votes: int


def criterion_specs(challenge: Challenge) -> dict[int, ranking.CriterionSpec]:
    return {
        c.pk: ranking.CriterionSpec(c.pk, c.weight, c.scale_min, c.scale_max)
        for c in Criterion.objects.filter(challenge=challenge)
    }


def score_rows(challenge: Challenge) -> list[ranking.ScoreRow]:
    """Scores of completed reviews of submitted entries, without conflicted pairs."""
    rows = (
        Score.objects.filter(
            assignment__submission__challenge=challenge,
            assignment__submission__state=Submission.State.SUBMITTED,
            assignment__completed__isnull=False,
        )
        .exclude(
            Exists(
                Conflict.objects.filter(
                    juror=OuterRef("assignment__juror"),
                    submission=OuterRef("assignment__submission"),
                )
            )
        )
        .values_list("assignment__juror_id", "assignment__submission_id", "criterion_id", "value")
    )
    return [ranking.ScoreRow(j, s, c, v) for j, s, c, v in rows]


def ranking_of(challenge: Challenge) -> list[RankingRow]:
    entries = {
        e.pk: e
        for e in _with_challenge(
            Submission.objects.filter(challenge=challenge, state=Submission.State.SUBMITTED)
            .select_related("lead__profile", "prize")
            .annotate(vote_count=Count("votes")),
            challenge,
        )
    }
    ranked = ranking.rank_entries(
        [ranking.EntryKey(pk, e.submitted_at) for pk, e in entries.items()],
        score_rows(challenge),
        criterion_specs(challenge),
        normalise=challenge.normalise_scores,
    )
    return [
        RankingRow(
            submission=entries[r.submission_id],
            rank=r.rank,
            raw=r.raw,
            normalised=r.normalised,
            reviews=r.reviews,
            votes=entries[r.submission_id].vote_count,
        )
        for r in ranked
    ]


def results_of(challenge: Challenge) -> list[Submission]:
    return _with_challenge(
        Submission.objects.filter(challenge=challenge, state=Submission.State.SUBMITTED)
        .exclude(award="")
        .select_related("lead__profile", "prize")
        .prefetch_related(
            Prefetch(
                "team",
                queryset=TeamMember.objects.filter(
                    status=TeamMember.Status.ACCEPTED
                ).select_related("user__profile"),
            )
        )
        .order_by("award", "prize__position", "pk"),
        challenge,
    )


def shortlist_of(challenge: Challenge) -> list[Submission]:
    return list(
        Submission.objects.filter(
            challenge=challenge, state=Submission.State.SUBMITTED, shortlisted=True
        )
        .select_related("lead__profile", "prize")
        .order_by("pk")
    )


def vote_of(user, challenge: Challenge) -> int | None:
    if not is_signed_in(user):
        return None
    from .models import Vote

    return (
        Vote.objects.filter(challenge=challenge, user=user)
        .values_list("submission_id", flat=True)
        .first()
    )


def export_rows(challenge: Challenge, seat: Juror | None = None, blind: bool = False) -> list[dict]:
    """One row per score: by entry and by juror. A juror's export holds only their own
    scores of entries without a conflict; blind review keeps applicants' names out."""
    scores = Score.objects.filter(
        assignment__submission__challenge=challenge,
        assignment__submission__state=Submission.State.SUBMITTED,
    ).exclude(
        Exists(
            Conflict.objects.filter(
                juror=OuterRef("assignment__juror"), submission=OuterRef("assignment__submission")
            )
        )
    )
    if seat is not None:
        scores = scores.filter(assignment__juror=seat)
    scores = scores.select_related(
        "criterion", "assignment__juror", "assignment__submission__lead__profile"
    ).order_by(
        "assignment__submission_id", "assignment__juror_id", "criterion__position", "criterion_id"
    )
    rows = []
    for score in scores:
        entry = score.assignment.submission
        rows.append(
            {
                "entry": entry.code,
                "title": entry.title,
                "applicant": "" if blind else entry.lead.profile.display_name,
                "juror": score.assignment.juror.name or score.assignment.juror.email,
                "criterion": score.criterion.name,
                "weight": score.criterion.weight,
                "score": score.value,
                "scale": f"{score.criterion.scale_min}–{score.criterion.scale_max}",
                "comment": score.comment,
            }
        )
    return rows


HOME_CHALLENGES = 3


def home_section(request) -> dict | None:
    """Challenges open for entries, on the home page (left out when there are none)."""
    challenges = list(
        visible_challenges(request.user)
        .filter(phase=Challenge.Phase.OPEN)
        .select_related("partner", "organisation")
        .order_by("deadline", "pk")[:HOME_CHALLENGES]
    )
    return {"challenges": challenges} if challenges else None
