"""The registry of notification kinds. Apps add theirs here (one line each)."""

from django.utils.translation import gettext_lazy as _

KINDS: dict[str, str] = {
    "connection_request": _("Connection requests"),
    "connection_accepted": _("Accepted connections"),
    "new_follower": _("New followers"),
    "message": _("Messages"),
    "message_request": _("Message requests"),
    "mention": _("Mentions"),
    "network_join_request": _("Requests to join a network you run"),
    "network_join_decision": _("Answers to your requests to join a network"),
    "network_invitation": _("Invitations to networks"),
    "thread_reply": _("Replies in discussions you take part in"),
}
