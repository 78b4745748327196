"""The registry of notification kinds and their default channels.

Apps call `notifications.services.notify(recipient, kind, ...)`; this registry decides
what a member gets when they have not chosen otherwise. Add a kind with one line.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

IN_APP = "in_app"
EMAIL = "email"
DAILY = "daily"
WEEKLY = "weekly"
OFF = "off"
CHANNELS = [
    (IN_APP, _("In the app only")),
    (EMAIL, _("In the app and by email right away")),
    (DAILY, _("In the app and in a daily digest")),
    (WEEKLY, _("In the app and in a weekly digest")),
    (OFF, _("Off")),
]
CHANNEL_VALUES = {value for value, _label in CHANNELS}


@dataclass(frozen=True)
class Kind:
    label: str
    default: str


KINDS: dict[str, Kind] = {
    "connection_request": Kind(_("Connection requests"), EMAIL),
    "connection_accepted": Kind(_("Accepted connections"), DAILY),
    "new_follower": Kind(_("New followers"), WEEKLY),
    "message": Kind(_("Messages"), EMAIL),
    "message_request": Kind(_("Message requests"), EMAIL),
    "mention": Kind(_("Mentions"), EMAIL),
    "network_join_request": Kind(_("Requests to join a network you run"), EMAIL),
    "network_join_decision": Kind(_("Answers to your requests to join a network"), EMAIL),
    "network_invitation": Kind(_("Invitations to networks"), EMAIL),
    "thread_reply": Kind(_("Replies in discussions you take part in"), DAILY),
}
