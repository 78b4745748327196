"""The mentorship space of a pair: goals, sessions, log, private notes, check-ins, feedback."""

from django.db import IntegrityError, transaction
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.notifications.services import notify

from .. import permissions
from ..models import (
    CheckIn,
    Feedback,
    LogEntry,
    Pair,
    PrivateNote,
    Session,
)

# The mentorship space ----------------------------------------------------------------


def _taking_part(user, pair: Pair) -> None:
    if not permissions.can_take_part(user, pair):
        raise NotAllowed(_("Only the mentor and the mentee write in their space."))


def _other_of(user, pair: Pair):
    return pair.mentee.user if user.pk == pair.mentor.user_id else pair.mentor.user


@transaction.atomic
def set_goals(user, pair: Pair, goals: str) -> Pair:
    _taking_part(user, pair)
    pair.goals = goals.strip()
    pair.save(update_fields=["goals"])
    return pair


@transaction.atomic
def schedule_session(user, pair: Pair, data: dict) -> Session:
    """Either side schedules a session; the other is told, with the time in their zone."""
    _taking_part(user, pair)
    if data["starts"] <= timezone.now():
        raise DomainError(_("Choose a time in the future."))
    session = Session.objects.create(
        pair=pair,
        starts=data["starts"],
        minutes=data["minutes"],
        time_zone=getattr(user, "time_zone", "") or "UTC",
        mode=data.get("mode", Session.Mode.ONLINE),
        where=data.get("where", ""),
        agenda=data.get("agenda", ""),
        created_by=user,
    )
    other = _other_of(user, pair)
    notify(
        other,
        "mentoring_session",
        text=_("%(name)s scheduled a mentoring session on %(when)s UTC")
        % {
            "name": user.profile.display_name,
            "when": formats.date_format(session.starts, "j F Y, H:i"),
        },
        url=pair.get_absolute_url(),
        actor=user,
    )
    return session


@transaction.atomic
def cancel_session(user, session: Session) -> None:
    """Either side cancels a session to come; the other is told."""
    pair = session.pair
    _taking_part(user, pair)
    if session.cancelled or session.starts <= timezone.now():
        raise DomainError(_("Only a session still to come can be cancelled."))
    session.cancelled = True
    session.save(update_fields=["cancelled"])
    notify(
        _other_of(user, pair),
        "mentoring_session",
        text=_("%(name)s cancelled the mentoring session of %(when)s UTC")
        % {
            "name": user.profile.display_name,
            "when": formats.date_format(session.starts, "j F Y, H:i"),
        },
        url=pair.get_absolute_url(),
        actor=user,
    )


@transaction.atomic
def add_log_entry(user, pair: Pair, body: str, session: Session | None = None) -> LogEntry:
    _taking_part(user, pair)
    if session is not None and session.pair_id != pair.pk:
        raise DomainError(_("That session belongs to another mentorship."))
    return LogEntry.objects.create(pair=pair, session=session, author=user, body=body.strip())


@transaction.atomic
def add_private_note(user, pair: Pair, body: str) -> PrivateNote:
    """A note for the two of them only."""
    _taking_part(user, pair)
    return PrivateNote.objects.create(pair=pair, author=user, body=body.strip())


@transaction.atomic
def check_in(organiser, pair: Pair, message: str) -> CheckIn:
    """An organiser asks the pair how things go; both are told."""
    if not permissions.can_check_in(organiser, pair):
        raise NotAllowed(_("Only the programme's organisers check in on a mentorship."))
    entry = CheckIn.objects.create(pair=pair, author=organiser, message=message.strip())
    for person in (pair.mentor.user, pair.mentee.user):
        notify(
            person,
            "mentoring_check_in",
            text=_("A check-in from the organisers of %(programme)s")
            % {"programme": pair.cohort.programme.title},
            url=pair.get_absolute_url(),
            actor=organiser,
        )
    return entry


@transaction.atomic
def give_feedback(user, pair: Pair, data: dict) -> Feedback:
    """Closing feedback from one side; the mentorship is complete once both gave theirs."""
    _taking_part(user, pair)
    pair = Pair.objects.select_for_update().get(pk=pair.pk)
    try:
        with transaction.atomic():
            feedback = Feedback.objects.create(
                pair=pair,
                author=user,
                goals_met=data["goals_met"],
                rating=data["rating"],
                what_next=data.get("what_next", ""),
            )
    except IntegrityError:
        raise DomainError(_("You have already given your feedback.")) from None
    if pair.feedback.count() >= 2 and pair.status != Pair.Status.COMPLETED:
        pair.status, pair.completed = Pair.Status.COMPLETED, timezone.now()
        pair.save(update_fields=["status", "completed"])
    return feedback
