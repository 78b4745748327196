"""Matchmaking set up through the real services, for the tests and the matrix."""

from datetime import timedelta

from conftest import make_user
from creativetracks.events import services as event_services
from creativetracks.events.tests.conftest import make_event, make_partner

from .. import services

ENTRY = {
    "pitch": "Let's talk.",
    "offers": ["co-production"],
    "seeks": ["distribution"],
    "sectors": ["music"],
    "languages": ["en"],
}


def make_organiser(email: str = "rita@example.org"):
    partner = make_partner()
    user = make_user(email, display_name="Rita Organiser")
    partner.staff.add(user)
    return user


def make_matchmaking(organiser, *, slots: int = 4, tables: int = 2, capacity: int = 50, **fields):
    """An event 10 days ahead with one window of `slots` 20-minute slots."""
    event = make_event(organiser, capacity=capacity, **fields)
    matchmaking = services.configure_matchmaking(
        organiser,
        event,
        {"is_open": True, "meeting_minutes": 20, "max_meetings": 8, "requests_close": None},
    )
    start = event.start + timedelta(hours=1)
    services.add_time_window(organiser, matchmaking, start, start + timedelta(minutes=20 * slots))
    services.add_numbered_tables(organiser, matchmaking, tables)
    return matchmaking


def make_participant(matchmaking, email: str, name: str = "", country: str = "PT", **entry):
    user = make_user(email, display_name=name or email.split("@")[0].title())
    user.profile.country = country
    user.profile.save()
    event_services.register_for_event(user, matchmaking.event)
    services.join_marketplace(user, matchmaking, {**ENTRY, **entry})
    return user


def accepted_request(matchmaking, requester, recipient, priority: int = 1):
    entry = recipient.marketplace_entries.get(matchmaking=matchmaking)
    request = services.request_meeting(requester, matchmaking, entry, "Hello", priority)
    return services.answer_request(recipient, request, accept=True)
