"""Every write of the matchmaking, by topic."""

from .booking import SlotTaken, book_meeting, place_meeting, unbook_meeting
from .feedback import give_meeting_feedback, mark_no_show
from .marketplace import join_marketplace, leave_marketplace, set_unavailable_slots
from .requests import answer_request, cancel_request, request_meeting
from .schedule import (
    discard_schedule_run,
    execute_schedule_run,
    problem_for,
    publish_schedule_run,
    start_schedule_run,
)
from .setup import (
    add_numbered_tables,
    add_table,
    add_time_window,
    configure_matchmaking,
    remove_table,
    remove_time_window,
)

__all__ = [
    "SlotTaken",
    "add_numbered_tables",
    "add_table",
    "add_time_window",
    "answer_request",
    "book_meeting",
    "cancel_request",
    "configure_matchmaking",
    "discard_schedule_run",
    "execute_schedule_run",
    "give_meeting_feedback",
    "join_marketplace",
    "leave_marketplace",
    "mark_no_show",
    "place_meeting",
    "problem_for",
    "publish_schedule_run",
    "remove_table",
    "remove_time_window",
    "request_meeting",
    "set_unavailable_slots",
    "start_schedule_run",
    "unbook_meeting",
]
