"""Every change to events and registrations, one verb each."""

from .events import (  # noqa: F401
    RESERVED_SLUGS,
    add_question,
    add_session,
    add_speaker,
    calendar_feed_of,
    create_event,
    message_participants,
    organiser_choices,
    remove_question,
    remove_session,
    remove_speaker,
    reset_calendar_feed,
    set_speaker_photo,
    unique_slug,
    update_event,
    update_session,
)
from .registration import (  # noqa: F401
    AlreadyRegistered,
    EventFull,
    RegistrationClosed,
    UnknownTicket,
    WrongEvent,
    cancel_registration,
    check_in,
    check_window,
    decide_registration,
    promote_waitlist,
    register_for_event,
)
from .reminders import send_due_reminders  # noqa: F401
