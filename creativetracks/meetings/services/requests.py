"""Meeting requests: sending, accepting, declining and cancelling them."""

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed
from creativetracks.notifications.services import notify
from creativetracks.social.queries import is_blocked

from ..models import Entry, Matchmaking, Meeting, MeetingRequest
from ..permissions import is_participant, is_party

Status = MeetingRequest.Status


def _name(user) -> str:
    return user.profile.display_name


def request_url(request: MeetingRequest) -> str:
    return reverse("meeting_request_detail", args=[request.matchmaking.event.slug, request.pk])


@transaction.atomic
def request_meeting(
    user, matchmaking: Matchmaking, recipient_entry: Entry, message: str, priority: int
) -> MeetingRequest:
    """Ask another participant for a meeting at this event."""
    event = matchmaking.event
    recipient = recipient_entry.user
    if recipient_entry.matchmaking_id != matchmaking.pk:
        raise DomainError(_("This person is not in this event's marketplace."))
    if recipient.pk == user.pk:
        raise DomainError(_("You can't request a meeting with yourself."))
    if not Entry.objects.filter(matchmaking=matchmaking, user=user).exists():
        raise NotAllowed(_("Join the marketplace first: tell others what you offer and seek."))
    if not is_participant(user, event) or not is_participant(recipient, event):
        raise NotAllowed(_("Meetings are between the event's confirmed participants."))
    if not matchmaking.accepts_requests:
        raise DomainError(_("Meeting requests for this event are closed."))
    if is_blocked(user, recipient):
        raise NotAllowed(_("You can't request a meeting with this member."))
    # Lock both entries so two crossing requests can't both be created.
    list(
        Entry.objects.select_for_update()
        .filter(matchmaking=matchmaking, user__in=[user, recipient])
        .order_by("pk")
    )
    existing = MeetingRequest.objects.filter(
        Q(requester=user, recipient=recipient) | Q(requester=recipient, recipient=user),
        matchmaking=matchmaking,
        status__in=MeetingRequest.OPEN,
    ).first()
    if existing is not None:
        if existing.requester_id == user.pk:
            raise DomainError(_("You have already asked this person for a meeting."))
        raise DomainError(_("This person has already asked you: answer their request."))
    if priority not in MeetingRequest.Priority.values:
        raise DomainError(_("Choose how much you want this meeting."))
    try:
        with transaction.atomic():
            request = MeetingRequest.objects.create(
                matchmaking=matchmaking,
                requester=user,
                recipient=recipient,
                message=message.strip(),
                priority=priority,
            )
    except IntegrityError as error:
        raise DomainError(_("You have already asked this person for a meeting.")) from error
    notify(
        recipient,
        "meeting_request",
        text=_("%(name)s asks to meet you at %(event)s.") % {"name": _name(user), "event": event},
        url=request_url(request),
        actor=user,
    )
    return request


def _locked(request: MeetingRequest) -> MeetingRequest:
    locked = (
        MeetingRequest.objects.select_for_update(of=("self",))
        .select_related("matchmaking__event", "requester__profile", "recipient__profile")
        .get(pk=request.pk)
    )
    return locked


@transaction.atomic
def answer_request(
    user, request: MeetingRequest, *, accept: bool, reason: str = "", priority: int = 1
) -> MeetingRequest:
    """The recipient accepts (saying how much they want it) or declines, with an
    optional reason shown to the requester."""
    request = _locked(request)
    if request.recipient_id != user.pk:
        raise NotAllowed(_("Only the person asked can answer this request."))
    if request.status != Status.PENDING:
        raise DomainError(_("This request is already answered."))
    event = request.matchmaking.event
    if accept:
        if not is_participant(user, event):
            raise NotAllowed(_("Meetings are between the event's confirmed participants."))
        if is_blocked(user, request.requester):
            raise NotAllowed(_("You can't meet this member."))
        if priority not in MeetingRequest.Priority.values:
            raise DomainError(_("Choose how much you want this meeting."))
        request.status = Status.ACCEPTED
        request.recipient_priority = priority
    else:
        request.status = Status.DECLINED
        request.reason = reason.strip()[:300]
    request.answered = timezone.now()
    request.save()
    if accept:
        text = _("%(name)s accepted your meeting request for %(event)s.")
    else:
        text = _("%(name)s declined your meeting request for %(event)s.")
    notify(
        request.requester,
        "meeting_answer",
        text=text % {"name": _name(user), "event": event},
        url=request_url(request),
        actor=user,
    )
    return request


def close_request(request: MeetingRequest, by, reason: str = "") -> None:
    """Cancel an open request and free its meeting's slot and table, if any (inside
    the caller's transaction, the request locked)."""
    Meeting.objects.filter(request=request).delete()
    request.status = Status.CANCELLED
    request.cancelled_by = by
    request.reason = reason.strip()[:300]
    request.answered = request.answered or timezone.now()
    request.save()
    other = request.recipient if by.pk == request.requester_id else request.requester
    notify(
        other,
        "meeting_answer",
        text=_("%(name)s cancelled your meeting at %(event)s.")
        % {"name": _name(by), "event": request.matchmaking.event},
        url=request_url(request),
        actor=by,
    )


@transaction.atomic
def cancel_request(user, request: MeetingRequest, reason: str = "") -> MeetingRequest:
    """Either side calls it off: a pending request is withdrawn, an accepted one (and
    its meeting, if placed) cancelled."""
    request = _locked(request)
    if not is_party(user, request):
        raise NotAllowed(_("This is not your meeting."))
    if request.status not in MeetingRequest.OPEN:
        raise DomainError(_("This request is no longer open."))
    close_request(request, user, reason)
    return request
