"""After a meeting: the organiser marks no-shows, each person says how it went."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed

from ..models import Meeting, Seat
from ..permissions import can_manage_matchmaking


@transaction.atomic
def mark_no_show(user, meeting: Meeting, person_id: int, no_show: bool = True) -> Seat:
    """The organiser records that someone did not come to a meeting (or undoes it)."""
    if not can_manage_matchmaking(user, meeting.matchmaking.event):
        raise NotAllowed(_("Only the event's organisers mark no-shows."))
    seat = Seat.objects.select_for_update().filter(meeting=meeting, user_id=person_id).first()
    if seat is None:
        raise DomainError(_("This person is not in this meeting."))
    if timezone.now() < meeting.slot.start:
        raise DomainError(_("The meeting hasn't started yet."))
    seat.no_show = no_show
    seat.save(update_fields=["no_show"])
    return seat


@transaction.atomic
def give_meeting_feedback(user, meeting: Meeting, data: dict) -> Seat:
    """Did it happen, was it useful, will we follow up: feeds the event's statistics."""
    seat = Seat.objects.select_for_update().filter(meeting=meeting, user=user).first()
    if seat is None:
        raise NotAllowed(_("This is not your meeting."))
    if timezone.now() < meeting.slot.start:
        raise DomainError(_("You can give feedback once the meeting has started."))
    seat.happened = data["happened"]
    seat.useful = data.get("useful") if data["happened"] else None
    seat.follow_up = data.get("follow_up") if data["happened"] else None
    seat.comment = data.get("comment", "").strip()
    seat.feedback_at = timezone.now()
    seat.save()
    return seat
