"""B2B meetings held at events: counted by the meetings app, when it is installed.

The meetings app sits below reports, so it cannot register into this app; instead
this section reads the app's `creativetracks.meetings.reporting.meetings_held(events,
since, until, members)` (see docs/reports.md for the contract). Until that exists,
the figure shows as not available.
"""

import importlib

from django.apps import apps
from django.utils.translation import gettext as _

from ..registry import Figure, Scope, SectionData
from .events import events_in

MEETINGS_APP = "creativetracks.meetings"


def meetings_counter():
    """The meetings app's counting function, or None when it is not there (yet)."""
    if not apps.is_installed(MEETINGS_APP):
        return None
    try:
        module = importlib.import_module(f"{MEETINGS_APP}.reporting")
    except ImportError:
        return None
    return getattr(module, "meetings_held", None)


def build(scope: Scope) -> SectionData:
    counter = meetings_counter()
    if counter is None:
        return SectionData(
            [Figure("meetings_held", _("B2B meetings held"), None)],
            [],
            note=_("B2B meetings are not available on this platform yet."),
        )
    events = events_in(scope.filters)
    current = counter(events, scope.filters.since, scope.filters.until, scope.countable)
    previous = counter(events, scope.previous.since, scope.previous.until, scope.countable)
    return SectionData([Figure("meetings_held", _("B2B meetings held"), current, previous)], [])
