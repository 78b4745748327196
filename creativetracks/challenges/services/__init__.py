"""Every write about challenges, one function per action (views and the clock call these)."""

from .challenges import (  # noqa: F401
    advance_due_phases,
    advance_phase,
    close_review,
    create_challenge,
    index_challenge,
    save_criteria_and_prizes,
    update_challenge,
)
from .entries import (  # noqa: F401
    EntriesClosed,
    answer_team_invitation,
    attach_file,
    check_open,
    eligibility_problems,
    invite_team_member,
    remove_file,
    remove_team_member,
    save_draft,
    submit_entry,
    withdraw_entry,
)
from .jury import (  # noqa: F401
    SESSION_KEY,
    accept_jury_invitation,
    assign_entries,
    assignment_of,
    check_usable,
    declare_conflict,
    detect_conflicts,
    invite_juror,
    remove_juror,
    score_entry,
    seat_by_token,
)
from .results import cast_vote, decide_entry, publish_results, release_feedback  # noqa: F401
