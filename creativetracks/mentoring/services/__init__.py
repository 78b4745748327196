"""Every write in mentoring: programmes, applications, matching, publication and the
mentorship spaces. Each runs in a transaction and refuses with a DomainError."""

from creativetracks.core.exceptions import DomainError, NotAllowed  # noqa: F401

from .applications import (  # noqa: F401
    apply_as_mentee,
    apply_as_mentor,
    invite_mentor,
    rank_mentees,
    withdraw_application,
)
from .matching_review import (  # noqa: F401
    add_pair,
    close_cohort,
    lock_pair,
    publish_matches,
    remove_pair,
    run_matching,
)
from .programmes import (  # noqa: F401
    MentorFull,
    create_programme,
    update_programme,
)
from .reminders import (  # noqa: F401
    send_due_session_reminders,
)
from .space import (  # noqa: F401
    add_log_entry,
    add_private_note,
    cancel_session,
    check_in,
    give_feedback,
    schedule_session,
    set_goals,
)
