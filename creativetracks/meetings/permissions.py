"""Who may do what in an event's matchmaking, as predicates.

The marketplace is for the event's participants (a confirmed or attended
registration) and its organisers; organisers run the matchmaking."""

from creativetracks.core.permissions import is_signed_in
from creativetracks.events.models import Event, Registration
from creativetracks.events.permissions import is_organiser

from .models import Matchmaking, Meeting, MeetingRequest


def is_participant(user, event: Event) -> bool:
    """Holds a place at the event; the answer is kept on the event for the request."""
    if not is_signed_in(user):
        return False
    cache = event.__dict__.setdefault("_participants_checked", {})
    if user.pk not in cache:
        cache[user.pk] = Registration.objects.filter(
            event=event, user=user, status__in=Registration.HOLDS_A_PLACE
        ).exists()
    return cache[user.pk]


def can_manage_matchmaking(user, event: Event) -> bool:
    return is_organiser(user, event)


def can_see_marketplace(user, matchmaking: Matchmaking) -> bool:
    event = matchmaking.event
    if can_manage_matchmaking(user, event):
        return True
    return matchmaking.is_open and is_participant(user, event)


def can_join_marketplace(user, matchmaking: Matchmaking) -> bool:
    return matchmaking.is_open and is_participant(user, matchmaking.event)


def is_party(user, request: MeetingRequest) -> bool:
    return is_signed_in(user) and user.pk in (request.requester_id, request.recipient_id)


def can_see_request(user, request: MeetingRequest) -> bool:
    return is_party(user, request) or can_manage_matchmaking(user, request.matchmaking.event)


def can_give_feedback(user, meeting: Meeting) -> bool:
    return is_party(user, meeting.request)
