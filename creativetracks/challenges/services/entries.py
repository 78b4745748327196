"""Entries: drafts, submission, edits and withdrawal until the deadline, teams and files."""

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.networks.permissions import is_verified
from creativetracks.notifications.services import notify

from .. import eligibility, permissions
from ..files import MAX_FILES, clean_upload
from ..models import Challenge, Submission, SubmissionFile, TeamMember

ENTRY_FIELDS = ("title", "summary", "description", "sector", "links", "video_url")


class EntriesClosed(DomainError):
    status = 409


def _name(user) -> str:
    return user.profile.display_name


def check_open(challenge: Challenge) -> None:
    """Server time decides: at the deadline's instant entries lock, whatever one's time zone."""
    if not challenge.accepts_entries:
        raise EntriesClosed(
            _("Entries to this challenge are closed: the deadline has passed.")
            if challenge.phase != Challenge.Phase.UPCOMING
            else _("This challenge doesn't accept entries yet.")
        )


def _locked_entry(submission: Submission) -> Submission:
    return Submission.objects.select_for_update().select_related("challenge").get(pk=submission.pk)


def _check_lead(user, submission: Submission) -> None:
    if submission.lead_id != user.pk:
        raise NotAllowed(_("Only the entry's lead changes it."))


@transaction.atomic
def save_draft(
    user, challenge: Challenge, data: dict, submission: Submission | None = None
) -> Submission:
    """Create the user's entry as a draft, or save changes to it (a submitted entry stays submitted)."""
    if not is_verified(user):
        raise NotAllowed(_("Confirm your email address before entering a challenge."))
    check_open(challenge)
    if submission is None:
        refusal = permissions.entry_refusal(user, challenge)
        if refusal is not None:
            raise NotAllowed(refusal)
        submission = Submission(challenge=challenge, lead=user)
    else:
        submission = _locked_entry(submission)
        _check_lead(user, submission)
    for name in ENTRY_FIELDS:
        if name in data:
            setattr(submission, name, data[name])
    try:
        with transaction.atomic():
            submission.save()
    except IntegrityError:
        raise DomainError(_("You already have an entry in this challenge.")) from None
    return submission


def team_of(submission: Submission) -> list:
    members = [m.user for m in submission.team.all() if m.status == TeamMember.Status.ACCEPTED]
    return [submission.lead, *members]


def rules_of(challenge: Challenge) -> eligibility.Rules:
    return eligibility.Rules(
        deadline=challenge.deadline,
        time_zone=challenge.time_zone,
        min_age=challenge.min_age,
        max_age=challenge.max_age,
        countries=tuple(challenge.countries),
        sectors=tuple(challenge.sectors),
        min_team_size=challenge.min_team_size,
        max_team_size=challenge.max_team_size,
    )


def eligibility_problems(submission: Submission) -> list[str]:
    people = [
        eligibility.Person(
            name=_name(user),
            date_of_birth=getattr(user.profile, "date_of_birth", None),
            country=str(user.profile.country or ""),
        )
        for user in team_of(submission)
    ]
    return eligibility.problems(people, submission.sector, rules_of(submission.challenge))


@transaction.atomic
def submit_entry(user, submission: Submission) -> Submission:
    """Send the entry to the organisers: eligibility is checked for the whole team now."""
    submission = _locked_entry(submission)
    _check_lead(user, submission)
    check_open(submission.challenge)
    if submission.state == Submission.State.SUBMITTED:
        return submission
    found = eligibility_problems(submission)
    if found:
        raise DomainError(" ".join(found))
    submission.state = Submission.State.SUBMITTED
    submission.submitted_at = timezone.now()
    submission.save(update_fields=["state", "submitted_at", "updated"])
    challenge = submission.challenge
    url = reverse("challenge_entries", args=[challenge.slug])
    text = _("New entry to %(c)s: %(t)s") % {"c": challenge.title, "t": submission.title}
    from .challenges import organiser_users

    for organiser in organiser_users(challenge):
        transaction.on_commit(
            lambda o=organiser: notify(o, "challenge_submission", text=text, url=url, actor=user)
        )
    return submission


@transaction.atomic
def withdraw_entry(user, submission: Submission) -> Submission:
    """Take a submitted entry back (it may be submitted again before the deadline)."""
    submission = _locked_entry(submission)
    _check_lead(user, submission)
    check_open(submission.challenge)
    if submission.state != Submission.State.SUBMITTED:
        raise DomainError(_("Only a submitted entry can be withdrawn."))
    submission.state = Submission.State.WITHDRAWN
    submission.submitted_at = None
    submission.save(update_fields=["state", "submitted_at", "updated"])
    return submission


# Team -----------------------------------------------------------------------------------


@transaction.atomic
def invite_team_member(user, submission: Submission, invitee) -> TeamMember:
    submission = _locked_entry(submission)
    _check_lead(user, submission)
    check_open(submission.challenge)
    if invitee.pk == user.pk:
        raise DomainError(_("You lead the entry already."))
    challenge = submission.challenge
    if (
        TeamMember.objects.filter(submission=submission)
        .exclude(status=TeamMember.Status.DECLINED)
        .count()
        + 1
        >= challenge.max_team_size
    ):
        raise DomainError(
            _("Teams have at most %(max)d people, lead included.")
            % {"max": challenge.max_team_size}
        )
    member, created = TeamMember.objects.get_or_create(submission=submission, user=invitee)
    if not created:
        if member.status != TeamMember.Status.DECLINED:
            raise DomainError(_("%(name)s is already invited.") % {"name": _name(invitee)})
        member.status = TeamMember.Status.INVITED
        member.responded = None
        member.save(update_fields=["status", "responded"])
    text = _("%(name)s invites you to the team of “%(entry)s” (%(c)s)") % {
        "name": _name(user),
        "entry": submission.title,
        "c": challenge.title,
    }
    url = reverse("challenges_mine")
    transaction.on_commit(
        lambda: notify(invitee, "challenge_team_invitation", text=text, url=url, actor=user)
    )
    return member


@transaction.atomic
def answer_team_invitation(user, member: TeamMember, accept: bool) -> TeamMember:
    member = (
        TeamMember.objects.select_for_update()
        .select_related("submission__challenge")
        .get(pk=member.pk)
    )
    if member.user_id != user.pk:
        raise NotAllowed(_("This invitation is for someone else."))
    check_open(member.submission.challenge)
    if member.status != TeamMember.Status.INVITED:
        raise DomainError(_("You already answered this invitation."))
    member.status = TeamMember.Status.ACCEPTED if accept else TeamMember.Status.DECLINED
    member.responded = timezone.now()
    member.save(update_fields=["status", "responded"])
    return member


@transaction.atomic
def remove_team_member(user, member: TeamMember) -> None:
    """The lead removes someone, or a member leaves, until the deadline."""
    submission = _locked_entry(member.submission)
    if user.pk not in (submission.lead_id, member.user_id):
        raise NotAllowed(_("Only the lead or the member themself do this."))
    check_open(submission.challenge)
    member.delete()


# Files ----------------------------------------------------------------------------------


@transaction.atomic
def attach_file(user, submission: Submission, upload) -> SubmissionFile:
    """Check the upload by its content and keep a clean copy under a random name."""
    submission = _locked_entry(submission)
    _check_lead(user, submission)
    check_open(submission.challenge)
    if submission.files.count() >= MAX_FILES:
        raise DomainError(_("An entry has at most %(n)d files.") % {"n": MAX_FILES})
    content, kind, content_type, name = clean_upload(upload)
    attachment = SubmissionFile(
        submission=submission,
        original_name=name,
        kind=kind,
        content_type=content_type,
        size=content.size,
    )
    attachment.file.save(content.name, content, save=False)
    attachment.save()
    return attachment


@transaction.atomic
def remove_file(user, attachment: SubmissionFile) -> None:
    submission = _locked_entry(attachment.submission)
    _check_lead(user, submission)
    check_open(submission.challenge)
    attachment.file.delete(save=False)
    attachment.delete()
