"""B2B meetings held at events, counted by the meetings app
(`creativetracks.meetings.reporting.meetings_held`, the contract in docs/reports.md);
"not available" on a platform without that app."""

import importlib

from django.apps import apps
from django.utils.translation import gettext as _

from ..registry import Figure, Scope, SectionData
from .events import events_in

MEETINGS_APP = "creativetracks.meetings"


def meetings_counter():
    """The meetings app's counting function, or None when the app is not installed."""
    if not apps.is_installed(MEETINGS_APP):
        return None
    return importlib.import_module(f"{MEETINGS_APP}.reporting").meetings_held


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
