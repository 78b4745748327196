"""Shortlist, public vote, awards, publication of results and release of feedback."""

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.notifications.services import notify

from .. import permissions
from ..models import Challenge, Prize, Submission, Vote
from .challenges import advance_phase, applicant_users


def _organiser(user, challenge: Challenge) -> None:
    if not permissions.is_organiser(user, challenge):
        raise NotAllowed(_("Only the challenge's organisers decide the results."))
    if challenge.phase != Challenge.Phase.REVIEW:
        raise DomainError(_("Results are decided during the jury review."))


@transaction.atomic
def decide_entry(
    user,
    challenge: Challenge,
    submission: Submission,
    *,
    shortlisted: bool,
    award: str,
    prize: Prize | None,
    feedback: str,
) -> Submission:
    """Shortlist an entry, give it an award (winner or honourable mention) and feedback."""
    _organiser(user, challenge)
    if submission.challenge_id != challenge.pk or submission.state != Submission.State.SUBMITTED:
        raise DomainError(_("Only submitted entries can be shortlisted or awarded."))
    if prize is not None and prize.challenge_id != challenge.pk:
        raise DomainError(_("Unknown prize."))
    if award not in Submission.Award.values:
        raise DomainError(_("Unknown award."))
    submission.shortlisted = shortlisted or bool(award)
    submission.award = award
    submission.prize = prize if award else None
    submission.feedback = feedback[:5000]
    submission.save(update_fields=["shortlisted", "award", "prize", "feedback", "updated"])
    return submission


def publish_results(user, challenge: Challenge) -> None:
    """Only organisers publish: the public vote closes, jurors' scores stop, everyone hears."""
    if not permissions.can_publish_results(user, challenge):
        raise NotAllowed(_("Only the challenge's organisers publish its results."))
    if challenge.phase != Challenge.Phase.REVIEW:
        raise DomainError(_("Results are published at the end of the jury review."))
    advance_phase(user, challenge)


@transaction.atomic
def release_feedback(user, challenge: Challenge) -> None:
    """Applicants may now read the jury's comments on their entry (jurors stay anonymous)."""
    if not permissions.is_organiser(user, challenge):
        raise NotAllowed(_("Only the challenge's organisers release feedback."))
    if not challenge.review_is_closed:
        raise DomainError(_("Close the jury review before releasing feedback."))
    claimed = Challenge.objects.filter(pk=challenge.pk, feedback_released_at__isnull=True).update(
        feedback_released_at=timezone.now()
    )
    if not claimed:
        raise DomainError(_("The feedback is already released."))
    challenge.refresh_from_db()
    text = _("The jury's feedback on your entry to %(c)s is ready.") % {"c": challenge.title}
    for person in applicant_users(challenge):
        transaction.on_commit(
            lambda p=person: notify(
                p, "challenge_result", text=text, url=reverse("challenges_mine"), actor=user
            )
        )


@transaction.atomic
def cast_vote(user, challenge: Challenge, submission: Submission) -> Vote:
    """One vote per verified member and challenge, for a shortlisted entry, until the results."""
    if not permissions.can_vote(user, challenge):
        raise NotAllowed(
            _("The public vote is not open (verified members vote during the review).")
        )
    shortlisted = Submission.objects.filter(
        challenge=challenge, state=Submission.State.SUBMITTED, shortlisted=True
    )
    if not shortlisted.filter(pk=submission.pk).exists():
        raise DomainError(_("Only shortlisted entries take part in the vote."))
    try:
        with transaction.atomic():
            return Vote.objects.create(challenge=challenge, submission=submission, user=user)
    except IntegrityError:
        raise DomainError(_("You have voted in this challenge already.")) from None
