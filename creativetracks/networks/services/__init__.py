"""Every change a member makes to networks, invitations and discussions, one verb each."""

from .discussions import (  # noqa: F401
    ThreadLocked,
    delete_reply,
    delete_thread,
    edit_reply,
    edit_thread,
    post_reply,
    set_thread_flags,
    start_thread,
)
from .imports import (  # noqa: F401
    cancel_import,
    confirm_import,
    discard_stale_previews,
    process_import,
    upload_import,
)
from .invitations import (  # noqa: F401
    SESSION_KEY,
    InvitationUnusable,
    accept_invitation,
    check_usable,
    invitation_by_token,
    invite_by_email,
    revoke_invitation,
)
from .networks import (  # noqa: F401
    add_organisation,
    change_role,
    create_network,
    decide_join_request,
    facet_rows,
    join_network,
    leave_network,
    remove_member,
    remove_organisation,
    transfer_ownership,
    unique_slug,
    update_network,
)
