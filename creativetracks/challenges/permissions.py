"""Who may do what with challenges, as predicates (views, templates and services ask these).

Organisers are the organising partner's staff, the organising organisation's admins and
platform staff. A juror is someone who accepted a seat on the challenge's jury."""

from django.utils.translation import gettext as _

from creativetracks.core.permissions import is_platform_staff, is_signed_in, partner_ids_of
from creativetracks.networks.permissions import is_verified

from .models import Challenge, Juror, Submission, TeamMember


def admin_organisation_ids(user) -> frozenset[int]:
    if not is_signed_in(user):
        return frozenset()
    cached = getattr(user, "_challenge_admin_orgs", None)
    if cached is None:
        from creativetracks.profiles.models import OrganisationMembership

        cached = frozenset(
            OrganisationMembership.objects.filter(
                user=user, role=OrganisationMembership.Role.ADMIN
            ).values_list("organisation_id", flat=True)
        )
        user._challenge_admin_orgs = cached
    return cached


def can_create_challenge(user) -> bool:
    return is_verified(user) and (
        is_platform_staff(user) or bool(partner_ids_of(user)) or bool(admin_organisation_ids(user))
    )


def is_organiser(user, challenge: Challenge) -> bool:
    if not is_signed_in(user):
        return False
    if is_platform_staff(user):
        return True
    return (challenge.partner_id is not None and challenge.partner_id in partner_ids_of(user)) or (
        challenge.organisation_id is not None
        and challenge.organisation_id in admin_organisation_ids(user)
    )


def juror_seat(user, challenge: Challenge) -> Juror | None:
    """The user's accepted seat on the jury, looked up once per challenge instance."""
    if not is_signed_in(user):
        return None
    seats = challenge.__dict__.setdefault("_seats", {})
    if user.pk not in seats:
        seats[user.pk] = Juror.objects.filter(
            challenge=challenge, user=user, accepted__isnull=False
        ).first()
    return seats[user.pk]


def is_juror(user, challenge: Challenge) -> bool:
    return juror_seat(user, challenge) is not None


def can_see_challenge(user, challenge: Challenge) -> bool:
    if is_organiser(user, challenge):
        return True
    if challenge.phase == Challenge.Phase.DRAFT:
        return False
    return challenge.visibility == Challenge.Visibility.PUBLIC or is_signed_in(user)


def entry_refusal(user, challenge: Challenge) -> str | None:
    """Why the user may not start an entry now, or None (eligibility is checked when it is
    submitted). Those who run or judge a challenge don't compete in it."""
    if not challenge.accepts_entries:
        return _("This challenge doesn't accept entries now.")
    if not is_verified(user):
        return _("Confirm your email address before entering a challenge.")
    if is_organiser(user, challenge):
        return _("You organise this challenge, so you can't enter it.")
    if is_juror(user, challenge):
        return _("You are on this challenge's jury, so you can't enter it.")
    return None


def can_enter(user, challenge: Challenge) -> bool:
    return entry_refusal(user, challenge) is None


def is_applicant(user, submission: Submission) -> bool:
    """The lead, or a team member who accepted."""
    if not is_signed_in(user):
        return False
    if submission.lead_id == user.pk:
        return True
    return any(
        m.user_id == user.pk and m.status == TeamMember.Status.ACCEPTED
        for m in submission.team.all()
    )


def can_edit_entry(user, submission: Submission) -> bool:
    return (
        is_signed_in(user)
        and submission.lead_id == user.pk
        and submission.challenge.accepts_entries
    )


def can_see_entry(user, submission: Submission) -> bool:
    """Applicants, organisers, and jurors assigned without a conflict (checked in queries)."""
    challenge = submission.challenge
    if is_applicant(user, submission) or is_organiser(user, challenge):
        return True
    if submission.state != Submission.State.SUBMITTED:
        return False
    if challenge.phase == Challenge.Phase.RESULTS and submission.award:
        return can_see_challenge(user, challenge)
    return False


def can_vote(user, challenge: Challenge) -> bool:
    return challenge.public_vote and challenge.phase == Challenge.Phase.REVIEW and is_verified(user)


def can_publish_results(user, challenge: Challenge) -> bool:
    return is_organiser(user, challenge)
