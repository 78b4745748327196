"""Registering, cancelling, approving and checking in: everything that moves a place.

Capacity holds under any number of concurrent registrations because a place is
taken with one conditional UPDATE (`taken = taken + 1 WHERE taken < capacity`),
which the database applies atomically on PostgreSQL (the row is re-checked after
any concurrent writer commits) and on SQLite (writers are serialised). The event
row is also locked first (`select_for_update`, a no-op on SQLite), so one person's
double click and the waitlist order are decided one at a time."""

from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.networks.permissions import is_verified
from creativetracks.notifications.services import notify

from .. import permissions
from ..models import Event, Question, Registration

Status = Registration.Status


class RegistrationClosed(DomainError):
    status = 409


class EventFull(DomainError):
    status = 409


class AlreadyRegistered(DomainError):
    status = 409


class UnknownTicket(DomainError):
    status = 404


class WrongEvent(DomainError):
    status = 409


def _when(moment, event: Event) -> str:
    local = moment.astimezone(event.zone)
    return f"{formats.date_format(local, 'j F Y, H:i')} ({event.time_zone})"


def _claim_place(event_id: int) -> bool:
    """Take one place if one is left; True when taken."""
    return (
        Event.objects.filter(pk=event_id)
        .filter(Q(capacity__isnull=True) | Q(taken__lt=F("capacity")))
        .update(taken=F("taken") + 1)
        == 1
    )


def _release_place(event_id: int) -> None:
    Event.objects.filter(pk=event_id, taken__gt=0).update(taken=F("taken") - 1)


def _locked_event(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.pk)


def check_window(event: Event, now=None) -> None:
    """Refuse, with the reason, a registration outside the event's window."""
    now = now or timezone.now()
    if event.end <= now:
        raise RegistrationClosed(_("This event is over: registration is closed."))
    if event.registration_opens and now < event.registration_opens:
        raise RegistrationClosed(
            _("Registration opens on %(when)s.") % {"when": _when(event.registration_opens, event)}
        )
    closes = event.registration_closes or event.start
    if now >= closes:
        raise RegistrationClosed(
            _("Registration closed on %(when)s.") % {"when": _when(closes, event)}
        )


def clean_answers(event: Event, answers: dict) -> dict:
    """Keep the answers to this event's questions, refusing a missing required one."""
    cleaned = {}
    for question in Question.objects.filter(event=event):
        value = answers.get(str(question.pk), answers.get(question.pk))
        if question.kind == Question.Kind.MULTIPLE:
            value = [v for v in (value or []) if v in question.choices]
        elif question.kind == Question.Kind.SINGLE:
            value = value if value in question.choices else ""
        else:
            value = str(value or "").strip()[:2000]
        if question.required and not value:
            raise DomainError(_("Please answer: %(q)s") % {"q": question.label})
        cleaned[str(question.pk)] = value
    return cleaned


def _already_message(registration: Registration) -> str:
    if registration.status == Status.WAITLISTED:
        return _("You are already on the waitlist for this event.")
    if registration.status == Status.PENDING:
        return _("Your registration is already waiting for the organisers' approval.")
    if registration.status == Status.ATTENDED:
        return _("You attended this event.")
    return _("You are already registered for this event.")


@transaction.atomic
def register_for_event(user, event: Event, answers: dict | None = None) -> Registration:
    """Take a place, join the waitlist when the event is full, or ask the organisers
    when they approve each registration."""
    if not is_verified(user):
        raise NotAllowed(_("Confirm your email address before registering for events."))
    event = _locked_event(event)
    existing = Registration.objects.filter(event=event, user=user).first()
    if existing is not None and existing.is_active:
        raise AlreadyRegistered(_already_message(existing))
    if existing is not None and existing.status == Status.DECLINED:
        raise NotAllowed(_("The organisers declined your registration for this event."))
    check_window(event)
    answers = clean_answers(event, answers or {})
    now = timezone.now()
    if event.requires_approval:
        status = Status.PENDING
    elif _claim_place(event.pk):
        status = Status.CONFIRMED
    elif event.waitlist:
        status = Status.WAITLISTED
    else:
        raise EventFull(_("This event is full and has no waitlist."))
    registration = existing or Registration(event=event, user=user)
    registration.status = status
    registration.answers = answers
    registration.created = now
    registration.confirmed_at = now if status == Status.CONFIRMED else None
    registration.waitlisted_at = now if status == Status.WAITLISTED else None
    registration.cancelled_at = None
    try:
        with transaction.atomic():
            registration.save()
    except IntegrityError:
        # The same person registering twice at the same instant (the lock above
        # already prevents it on PostgreSQL; this is the database's last word).
        raise AlreadyRegistered(_("You are already registered for this event.")) from None
    registration.event = event
    _announce_registration(registration)
    return registration


def _announce_registration(registration: Registration) -> None:
    event = registration.event
    user = registration.user
    url = event.get_absolute_url()
    if registration.status == Status.CONFIRMED:
        notify(
            user,
            "event_registration",
            text=_("You are registered for %(event)s. Your ticket is ready.") % {"event": event},
            url=reverse("event_ticket", args=[event.slug]),
        )
    elif registration.status == Status.WAITLISTED:
        notify(
            user,
            "event_registration",
            text=_("%(event)s is full: you are on the waitlist.") % {"event": event},
            url=url,
        )
    elif registration.status == Status.PENDING:
        notify(
            user,
            "event_registration",
            text=_("Your registration for %(event)s waits for the organisers' approval.")
            % {"event": event},
            url=url,
        )
        from ..queries import organisers_of

        for organiser in organisers_of(event):
            notify(
                organiser,
                "event_registration_pending",
                text=_("%(name)s asks to attend %(event)s")
                % {"name": user.profile.display_name, "event": event},
                url=reverse("event_participants", args=[event.slug]) + "?status=pending",
                actor=user,
            )


def promote_waitlist(event: Event) -> list[Registration]:
    """Give freed places to the waitlist, first come first served (call inside the
    transaction that freed them, with the event row locked)."""
    promoted = []
    queue = Registration.objects.filter(event=event, status=Status.WAITLISTED).order_by(
        "waitlisted_at", "pk"
    )
    for registration in queue.select_related("user").iterator():
        if not _claim_place(event.pk):
            break
        Registration.objects.filter(pk=registration.pk).update(
            status=Status.CONFIRMED, confirmed_at=timezone.now()
        )
        registration.status = Status.CONFIRMED
        promoted.append(registration)
    for registration in promoted:
        _announce_promotion(event, registration)
    return promoted


def _announce_promotion(event: Event, registration: Registration) -> None:
    notify(
        registration.user,
        "event_waitlist_promotion",
        text=_("A place freed up: you are now registered for %(event)s.") % {"event": event},
        url=reverse("event_ticket", args=[event.slug]),
    )


@transaction.atomic
def cancel_registration(user, registration: Registration) -> Registration:
    """The person gives up their place (or their spot in the queue); the first
    person waiting gets the place and is told."""
    if registration.user_id != user.pk and not permissions.is_organiser(user, registration.event):
        raise NotAllowed(_("This is not your registration."))
    event = _locked_event(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status == Status.ATTENDED:
        raise DomainError(_("You attended this event: the registration can't be cancelled."))
    if registration.status in (Status.CANCELLED, Status.DECLINED):
        raise DomainError(_("This registration is already cancelled."))
    if event.is_past:
        raise DomainError(_("This event is over."))
    held = registration.holds_a_place
    registration.status = Status.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.save(update_fields=["status", "cancelled_at"])
    if held:
        _release_place(event.pk)
        promote_waitlist(event)
    return registration


@transaction.atomic
def decide_registration(user, registration: Registration, *, approve: bool) -> Registration:
    """Organisers approve a pending registration (a place, or the waitlist when
    full) or decline it."""
    event = registration.event
    if not permissions.can_manage_registrations(user, event):
        raise NotAllowed(_("Only the event's organisers approve registrations."))
    event = _locked_event(event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status != Status.PENDING:
        raise DomainError(_("This registration was already answered."))
    now = timezone.now()
    if not approve:
        registration.status = Status.DECLINED
        registration.cancelled_at = now
        text = _("Your registration for %(event)s was declined.") % {"event": event}
        url = event.get_absolute_url()
    elif _claim_place(event.pk):
        registration.status = Status.CONFIRMED
        registration.confirmed_at = now
        text = _("Your registration for %(event)s is approved. Your ticket is ready.") % {
            "event": event
        }
        url = reverse("event_ticket", args=[event.slug])
    elif event.waitlist:
        registration.status = Status.WAITLISTED
        registration.waitlisted_at = now
        text = _(
            "Your registration for %(event)s is approved; the event is full, so you are "
            "on the waitlist."
        ) % {"event": event}
        url = event.get_absolute_url()
    else:
        raise EventFull(_("The event is full: there is no place left to give."))
    registration.save()
    recipient = registration.user
    notify(recipient, "event_registration", text=text, url=url, actor=user)
    return registration


def normalise_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())[:16]


@transaction.atomic
def check_in(user, event: Event, code: str) -> tuple[Registration, bool]:
    """Mark a ticket as attended; returns it and whether it was already checked in.

    Refuses codes that don't exist, that belong to another event, or whose holder
    has no place."""
    if not permissions.can_check_in(user, event):
        raise NotAllowed(_("Only the event's organisers check people in."))
    code = normalise_code(code)
    registration = (
        Registration.objects.select_related("event", "user__profile")
        .filter(ticket_code=code)
        .first()
        if code
        else None
    )
    if registration is None:
        raise UnknownTicket(_("Unknown ticket code: %(code)s.") % {"code": code or "—"})
    if registration.event_id != event.pk:
        raise WrongEvent(
            _("This ticket is for another event: %(event)s.") % {"event": registration.event}
        )
    if registration.status == Status.ATTENDED:
        return registration, True
    if registration.status != Status.CONFIRMED:
        raise WrongEvent(
            _("%(name)s has no place: the registration is %(status)s.")
            % {
                "name": registration.user.profile.display_name,
                "status": registration.get_status_display().lower(),
            }
        )
    claimed = Registration.objects.filter(pk=registration.pk, status=Status.CONFIRMED).update(
        status=Status.ATTENDED, checked_in_at=timezone.now(), checked_in_by=user
    )
    registration.refresh_from_db()
    return registration, claimed == 0
