"""The registry of feed verbs. Apps add theirs here (one line each), like notification kinds.

A verb reads after the actor's name and before the target's text:
"Amina Mussa · started a discussion · Funding for small studios".
"""

from django.utils.translation import gettext_lazy as _

VERBS: dict[str, str] = {
    "joined": _("joined Creative Tracks"),
    "joined_network": _("joined the network"),
    "created_network": _("created the network"),
    "posted_thread": _("started a discussion"),
    "posted_lab": _("opened an Ideation Lab"),
    "published_event": _("published an event"),
    "published_opportunity": _("published an opportunity"),
    "published_resource": _("shared a resource"),
    "launched_challenge": _("launched a challenge"),
}
