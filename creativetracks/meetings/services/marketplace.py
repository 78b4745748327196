"""Participants in the marketplace: joining with an entry, leaving, availability."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from creativetracks.core.exceptions import DomainError, NotAllowed

from ..models import FACETS, Entry, EntryFacet, Matchmaking, MeetingRequest, Slot, Unavailability
from ..permissions import can_join_marketplace


@transaction.atomic
def join_marketplace(user, matchmaking: Matchmaking, data: dict) -> Entry:
    """Opt in (or update what I offer and seek at this event)."""
    if not can_join_marketplace(user, matchmaking):
        raise NotAllowed(_("The marketplace is open to the event's confirmed participants."))
    fields = {key: data[key] for key in ("pitch", "offers", "seeks", "sectors", "languages")}
    entry, _created = Entry.objects.update_or_create(
        matchmaking=matchmaking, user=user, defaults=fields
    )
    EntryFacet.objects.filter(entry=entry).delete()
    EntryFacet.objects.bulk_create(
        EntryFacet(entry=entry, facet=facet, value=value)
        for facet in FACETS
        for value in dict.fromkeys(fields[facet])
    )
    return entry


@transaction.atomic
def leave_marketplace(user, entry: Entry) -> int:
    """Leave: every open request of mine is cancelled and my meetings freed.
    Returns how many requests were cancelled."""
    from .requests import close_request

    if entry.user_id != user.pk:
        raise NotAllowed(_("This is not your entry."))
    open_requests = MeetingRequest.objects.select_for_update(of=("self",)).filter(
        matchmaking_id=entry.matchmaking_id, status__in=MeetingRequest.OPEN
    )
    mine = [r for r in open_requests if user.pk in (r.requester_id, r.recipient_id)]
    for request in mine:
        close_request(request, user, _("left the marketplace"))
    entry.delete()
    return len(mine)


@transaction.atomic
def set_unavailable_slots(user, entry: Entry, slot_ids: set[int]) -> None:
    """Mark the slots I can't meet in (the rest are free). A slot holding one of my
    meetings can't be marked: cancel or move the meeting first."""
    if entry.user_id != user.pk:
        raise NotAllowed(_("This is not your entry."))
    valid = set(
        Slot.objects.filter(matchmaking_id=entry.matchmaking_id, pk__in=slot_ids).values_list(
            "pk", flat=True
        )
    )
    if valid != set(slot_ids):
        raise DomainError(_("Some of these slots are not part of this event."))
    from ..models import Seat

    booked = set(
        Seat.objects.filter(user=user, slot_id__in=valid).values_list("slot__start", flat=True)
    )
    if booked:
        first = timezone.localtime(min(booked), entry.matchmaking.event.zone)
        raise DomainError(
            _("You have a meeting at %(time)s: cancel it before marking that time unavailable.")
            % {"time": first.strftime("%H:%M")}
        )
    Unavailability.objects.filter(entry=entry).exclude(slot_id__in=valid).delete()
    have = set(Unavailability.objects.filter(entry=entry).values_list("slot_id", flat=True))
    Unavailability.objects.bulk_create(
        Unavailability(entry=entry, slot_id=slot_id) for slot_id in valid - have
    )
