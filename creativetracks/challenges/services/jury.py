"""The jury: invitations by email, assignment of entries, conflicts of interest, scoring."""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.networks.permissions import is_verified
from creativetracks.notifications.services import notify

from .. import permissions
from ..models import (
    Assignment,
    Challenge,
    Conflict,
    Criterion,
    Juror,
    Score,
    Submission,
    TeamMember,
)
from ..ranking import balanced_assignment

INVITATION_DAYS = 21
SESSION_KEY = "challenges:jury-invitation"
MAX_TOKEN_LENGTH = 100


class InvitationUnusable(DomainError):
    status = 410


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def seat_by_token(token: str) -> Juror | None:
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    return Juror.objects.select_related("challenge").filter(token_hash=hash_token(token)).first()


def check_usable(seat: Juror) -> None:
    if seat.accepted:
        raise InvitationUnusable(_("This invitation was already used."))
    if seat.is_expired:
        raise InvitationUnusable(
            _("This invitation has expired; ask the organisers for a new one.")
        )


@transaction.atomic
def invite_juror(user, challenge: Challenge, email: str, name: str = "") -> Juror:
    """Invite a person by email (inviting again renews the link); they accept with an
    account, created from the invitation page if they have none."""
    if not permissions.is_organiser(user, challenge):
        raise NotAllowed(_("Only the challenge's organisers invite jurors."))
    if challenge.phase == Challenge.Phase.RESULTS:
        raise DomainError(_("The results are published: the jury is closed."))
    email = email.strip().lower()
    seat, _created = Juror.objects.select_for_update().get_or_create(
        challenge=challenge, email=email, defaults={"name": name.strip(), "invited_by": user}
    )
    if seat.accepted:
        raise DomainError(_("%(email)s already sits on the jury.") % {"email": email})
    token = secrets.token_urlsafe(32)
    now = timezone.now()
    seat.token_hash = hash_token(token)
    seat.sent = now
    seat.expires = now + timedelta(days=INVITATION_DAYS)
    seat.invited_by = user
    seat.name = name.strip() or seat.name
    seat.save()
    path = reverse("challenge_jury_invitation", args=[token])
    site = settings.SITE_URL.rstrip("/")
    inviter = user.profile.display_name
    body = render_to_string(
        "challenges/email/jury_invitation.txt",
        {
            "seat": seat,
            "challenge": challenge,
            "inviter": inviter,
            "link": site + path,
            "about": site + challenge.get_absolute_url(),
            "days": INVITATION_DAYS,
        },
    )
    subject = _("%(name)s invites you to the jury of %(c)s") % {
        "name": inviter,
        "c": challenge.title,
    }
    EmailMessage(subject, body, to=[email]).send()
    account = get_user_model().objects.filter(email=email, is_active=True).first()
    if account is not None:
        notify(
            account,
            "challenge_jury_invitation",
            text=_("%(name)s invites you to the jury of %(c)s")
            % {"name": inviter, "c": challenge.title},
            url=path,
            actor=user,
        )
    return seat


@transaction.atomic
def accept_jury_invitation(user, token: str) -> Juror:
    seat = seat_by_token(token)
    if seat is None:
        raise DomainError(_("This invitation link is not valid. Check you copied all of it."))
    seat = Juror.objects.select_for_update().select_related("challenge").get(pk=seat.pk)
    check_usable(seat)
    if not is_verified(user):
        raise NotAllowed(_("Confirm your email address before accepting an invitation."))
    if Juror.objects.filter(challenge=seat.challenge, user=user).exists():
        raise DomainError(_("You already sit on this jury."))
    seat.user = user
    seat.accepted = timezone.now()
    try:
        with transaction.atomic():
            seat.save(update_fields=["user", "accepted"])
    except IntegrityError:
        raise DomainError(_("You already sit on this jury.")) from None
    if seat.challenge.phase == Challenge.Phase.REVIEW:
        assign_entries(None, seat.challenge)
    return seat


@transaction.atomic
def remove_juror(user, seat: Juror) -> None:
    if not permissions.is_organiser(user, seat.challenge):
        raise NotAllowed(_("Only the challenge's organisers change the jury."))
    if seat.assignments.filter(scores__isnull=False).exists():
        raise DomainError(_("This juror has scored entries already; their scores stay."))
    seat.delete()


# Conflicts ------------------------------------------------------------------------------


def detect_conflicts(challenge: Challenge) -> int:
    """Record automatic conflicts: a juror who shares an organisation with an applicant,
    or a team (in any challenge) with one, or who is an applicant. Returns how many new."""
    from creativetracks.profiles.models import OrganisationMembership

    seats = list(
        Juror.objects.filter(challenge=challenge, user__isnull=False, accepted__isnull=False)
    )
    if not seats:
        return 0
    entries = list(
        Submission.objects.filter(
            challenge=challenge, state=Submission.State.SUBMITTED
        ).prefetch_related("team")
    )
    applicants = {
        e.pk: {e.lead_id}
        | {m.user_id for m in e.team.all() if m.status == TeamMember.Status.ACCEPTED}
        for e in entries
    }
    people = {s.user_id for s in seats} | set().union(*applicants.values()) if applicants else set()
    organisations: dict[int, set[int]] = {}
    for user_id, organisation_id in OrganisationMembership.objects.filter(
        user_id__in=people
    ).values_list("user_id", "organisation_id"):
        organisations.setdefault(user_id, set()).add(organisation_id)
    teams: dict[int, set[int]] = {}
    for lead_id, pk in Submission.objects.filter(lead_id__in=people).values_list("lead_id", "pk"):
        teams.setdefault(lead_id, set()).add(pk)
    for user_id, pk in TeamMember.objects.filter(
        user_id__in=people, status=TeamMember.Status.ACCEPTED
    ).values_list("user_id", "submission_id"):
        teams.setdefault(user_id, set()).add(pk)
    existing = set(
        Conflict.objects.filter(juror__in=seats).values_list("juror_id", "submission_id")
    )
    found = []
    for seat in seats:
        for entry_id, people_of_entry in applicants.items():
            if (seat.pk, entry_id) in existing:
                continue
            mine_orgs = organisations.get(seat.user_id, set())
            mine_teams = teams.get(seat.user_id, set())
            source = None
            if seat.user_id in people_of_entry or any(
                mine_teams & teams.get(p, set()) for p in people_of_entry
            ):
                source = Conflict.Source.TEAM
            elif any(mine_orgs & organisations.get(p, set()) for p in people_of_entry):
                source = Conflict.Source.ORGANISATION
            if source:
                found.append(Conflict(juror=seat, submission_id=entry_id, source=source))
    Conflict.objects.bulk_create(found, ignore_conflicts=True)
    return len(found)


@transaction.atomic
def declare_conflict(user, challenge: Challenge, submission: Submission, reason: str) -> Conflict:
    """A juror recuses themself from an entry, with the reason recorded; their review of it goes."""
    seat = permissions.juror_seat(user, challenge)
    if seat is None or submission.challenge_id != challenge.pk:
        raise NotAllowed(_("Only the challenge's jurors declare conflicts."))
    if not reason.strip():
        raise DomainError(_("Say briefly why (the organisers see it)."))
    conflict, _created = Conflict.objects.get_or_create(
        juror=seat,
        submission=submission,
        defaults={"source": Conflict.Source.DECLARED, "reason": reason.strip()[:300]},
    )
    Assignment.objects.filter(juror=seat, submission=submission).delete()
    return conflict


# Assignment -----------------------------------------------------------------------------


@transaction.atomic
def assign_entries(user, challenge: Challenge) -> int:
    """Give jurors their entries: all of them, or k reviews per entry, balanced. Conflicts
    are found first and never assigned; only submitted entries reach jurors. `user` None
    is the system (on entering the review). Returns the number of new assignments."""
    if user is not None and not permissions.is_organiser(user, challenge):
        raise NotAllowed(_("Only the challenge's organisers assign entries."))
    if challenge.phase != Challenge.Phase.REVIEW:
        raise DomainError(_("Entries are assigned once the jury review has started."))
    detect_conflicts(challenge)
    # Whatever is no longer submitted, or is in conflict, leaves the jurors' queues.
    Assignment.objects.filter(submission__challenge=challenge).exclude(
        submission__state=Submission.State.SUBMITTED
    ).delete()
    conflicts = set(
        Conflict.objects.filter(juror__challenge=challenge).values_list("juror_id", "submission_id")
    )
    stale = [
        pk
        for pk, j, s in Assignment.objects.filter(juror__challenge=challenge).values_list(
            "pk", "juror_id", "submission_id"
        )
        if (j, s) in conflicts
    ]
    Assignment.objects.filter(pk__in=stale).delete()
    jurors = list(
        Juror.objects.filter(challenge=challenge, accepted__isnull=False).values_list(
            "pk", flat=True
        )
    )
    entries = list(
        Submission.objects.filter(
            challenge=challenge, state=Submission.State.SUBMITTED
        ).values_list("pk", flat=True)
    )
    existing = set(
        Assignment.objects.filter(juror__challenge=challenge).values_list(
            "juror_id", "submission_id"
        )
    )
    pairs = balanced_assignment(entries, jurors, challenge.reviews_per_entry, conflicts, existing)
    new = [Assignment(juror_id=j, submission_id=s) for j, s in sorted(pairs - existing)]
    Assignment.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


# Scoring --------------------------------------------------------------------------------


def assignment_of(seat: Juror | None, submission_id: int) -> Assignment | None:
    """The juror's assignment for a submitted entry without a conflict, or None."""
    if seat is None:
        return None
    return (
        Assignment.objects.filter(
            juror=seat,
            submission_id=submission_id,
            submission__state=Submission.State.SUBMITTED,
        )
        .exclude(submission__conflicts__juror=seat)
        .select_related("submission__challenge", "submission__lead__profile")
        .first()
    )


@transaction.atomic
def score_entry(
    user,
    challenge: Challenge,
    submission_id: int,
    values: dict[int, tuple[int, str]],
    comment: str = "",
    complete: bool = False,
) -> Assignment:
    """Save a juror's scores (criterion → value, comment) for one assigned entry."""
    seat = permissions.juror_seat(user, challenge)
    assignment = assignment_of(seat, submission_id)
    if assignment is None:
        raise NotAllowed(_("This entry is not assigned to you."))
    if challenge.phase != Challenge.Phase.REVIEW or challenge.review_is_closed:
        raise DomainError(_("Scoring is closed for this challenge."))
    criteria = {c.pk: c for c in Criterion.objects.filter(challenge=challenge)}
    for criterion_id, (value, _comment) in values.items():
        criterion = criteria.get(criterion_id)
        if criterion is None:
            raise DomainError(_("Unknown criterion."))
        if not criterion.scale_min <= value <= criterion.scale_max:
            raise DomainError(
                _("Scores for %(c)s go from %(lo)d to %(hi)d.")
                % {"c": criterion.name, "lo": criterion.scale_min, "hi": criterion.scale_max}
            )
    if complete and set(values) != set(criteria):
        raise DomainError(_("Score every criterion before marking the review complete."))
    for criterion_id, (value, note) in values.items():
        Score.objects.update_or_create(
            assignment=assignment,
            criterion_id=criterion_id,
            defaults={"value": value, "comment": note[:2000]},
        )
    assignment.comment = comment[:5000]
    assignment.completed = timezone.now() if complete else None
    assignment.save(update_fields=["comment", "completed"])
    return assignment
