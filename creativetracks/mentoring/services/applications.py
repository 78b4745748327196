"""Applications of mentors and mentees, rankings, withdrawals and invitations."""

from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.notifications.services import notify

from .. import permissions
from ..models import (
    Cohort,
    Mentee,
    Mentor,
    Pair,
    Programme,
)
from .programmes import _organisers_of

# Applications ----------------------------------------------------------------------


def _open_cohort(programme: Programme) -> Cohort:
    cohort = (
        Cohort.objects.select_for_update()
        .filter(programme=programme)
        .exclude(status=Cohort.Status.CLOSED)
        .order_by("number")
        .first()
    )
    if cohort is None or cohort.status != Cohort.Status.MATCHING:
        raise DomainError(_("This programme is not taking applications."))
    return cohort


def _notify_organisers(programme: Programme, text: str, actor) -> None:
    url = reverse("mentoring_review", args=[programme.slug])
    for organiser in _organisers_of(programme):
        notify(organiser, "mentoring_application", text=text, url=url, actor=actor)


MENTOR_FIELDS = ("expertise", "sectors", "languages", "countries", "capacity", "availability")


@transaction.atomic
def apply_as_mentor(user, programme: Programme, data: dict) -> Mentor:
    """Offer to mentor in the open cohort, or answer an invitation to."""
    if not permissions.can_apply(user, programme):
        raise NotAllowed(_("Confirm your email address before applying."))
    cohort = _open_cohort(programme)
    mentor = Mentor.objects.filter(cohort=cohort, user=user).first()
    invited = mentor is not None and mentor.status == Mentor.Status.INVITED
    if mentor is not None and not invited:
        raise DomainError(_("You have already applied to mentor in this cohort."))
    if not invited and not programme.is_accepting:
        raise DomainError(_("Applications to this programme are closed."))
    if Mentee.objects.filter(cohort=cohort, user=user).exists():
        raise DomainError(_("You applied as a mentee in this cohort: you cannot also mentor."))
    if not data.get("languages"):
        raise DomainError(_("Choose at least one language you mentor in."))
    mentor = mentor or Mentor(cohort=cohort, user=user)
    for name in MENTOR_FIELDS:
        setattr(mentor, name, data.get(name, getattr(mentor, name)))
    mentor.status = Mentor.Status.ACTIVE
    mentor.save()
    _notify_organisers(
        programme,
        _("%(name)s offers to mentor in %(programme)s")
        % {"name": user.profile.display_name, "programme": programme.title},
        user,
    )
    return mentor


@transaction.atomic
def apply_as_mentee(user, programme: Programme, data: dict) -> Mentee:
    """Apply to be mentored in the open cohort, optionally ranking the mentors."""
    if not permissions.can_apply(user, programme):
        raise NotAllowed(_("Confirm your email address before applying."))
    cohort = _open_cohort(programme)
    if not programme.is_accepting:
        raise DomainError(_("Applications to this programme are closed."))
    if (
        Mentor.objects.filter(cohort=cohort, user=user)
        .exclude(status=Mentor.Status.WITHDRAWN)
        .exists()
    ):
        raise DomainError(_("You mentor in this cohort: you cannot also be a mentee."))
    if not data.get("languages"):
        raise DomainError(_("Choose at least one language you can be mentored in."))
    valid = set(
        Mentor.objects.filter(cohort=cohort, status=Mentor.Status.ACTIVE).values_list(
            "pk", flat=True
        )
    )
    ranking = [pk for pk in dict.fromkeys(data.get("ranking", [])) if pk in valid]
    try:
        with transaction.atomic():
            mentee = Mentee.objects.create(
                cohort=cohort,
                user=user,
                goals=data["goals"],
                sectors=data.get("sectors", []),
                languages=data["languages"],
                meeting_mode=data.get("meeting_mode", Mentee.Mode.EITHER),
                ranking=ranking,
            )
    except IntegrityError:
        raise DomainError(_("You have already applied to this cohort.")) from None
    _notify_organisers(
        programme,
        _("%(name)s applies to be mentored in %(programme)s")
        % {"name": user.profile.display_name, "programme": programme.title},
        user,
    )
    return mentee


@transaction.atomic
def rank_mentees(user, programme: Programme, ranking: list[int]) -> Mentor:
    """A mentor names the mentees they would most like to mentor, in order (optional:
    without it, fit decides)."""
    cohort = _open_cohort(programme)
    mentor = Mentor.objects.filter(cohort=cohort, user=user, status=Mentor.Status.ACTIVE).first()
    if mentor is None:
        raise NotAllowed(_("Only the cohort's mentors rank its mentees."))
    valid = set(Mentee.objects.filter(cohort=cohort, withdrawn=False).values_list("pk", flat=True))
    mentor.ranking = [pk for pk in dict.fromkeys(ranking) if pk in valid]
    mentor.save(update_fields=["ranking"])
    return mentor


@transaction.atomic
def withdraw_application(user, programme: Programme) -> None:
    """Withdraw one's application from the open cohort, before the matches are published."""
    cohort = _open_cohort(programme)
    mentee = Mentee.objects.filter(cohort=cohort, user=user, withdrawn=False).first()
    mentor = (
        Mentor.objects.filter(cohort=cohort, user=user)
        .exclude(status=Mentor.Status.WITHDRAWN)
        .first()
    )
    if mentee is None and mentor is None:
        raise DomainError(_("You have no application to withdraw in this cohort."))
    if mentee is not None:
        Pair.objects.filter(mentee=mentee).delete()
        mentee.withdrawn = True
        mentee.save(update_fields=["withdrawn"])
    if mentor is not None:
        Pair.objects.filter(mentor=mentor).delete()
        mentor.status = Mentor.Status.WITHDRAWN
        mentor.save(update_fields=["status"])


@transaction.atomic
def invite_mentor(organiser, programme: Programme, invitee) -> Mentor:
    """Ask a member to mentor in the open cohort; they answer with the mentor form."""
    if not permissions.is_organiser(organiser, programme):
        raise NotAllowed(_("Only the programme's organisers invite mentors."))
    cohort = _open_cohort(programme)
    if Mentor.objects.filter(cohort=cohort, user=invitee).exists():
        raise DomainError(_("This member is already a mentor (or invited) in this cohort."))
    if Mentee.objects.filter(cohort=cohort, user=invitee).exists():
        raise DomainError(_("This member applied as a mentee in this cohort."))
    profile = invitee.profile
    mentor = Mentor.objects.create(
        cohort=cohort,
        user=invitee,
        status=Mentor.Status.INVITED,
        sectors=list(profile.sectors),
        languages=list(profile.languages),
        countries=[profile.country.code] if profile.country else [],
        invited_by=organiser,
    )
    notify(
        invitee,
        "mentoring_invitation",
        text=_("You are invited to mentor in %(programme)s") % {"programme": programme.title},
        url=reverse("mentoring_apply_mentor", args=[programme.slug]),
        actor=organiser,
    )
    return mentor
