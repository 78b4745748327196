"""What higher apps add to an event's pages: a panel on the event page (B2B
meetings...) and a tab in the organisers' navigation. Registered from their
`AppConfig.ready()`, so the events app never imports them."""

from collections.abc import Callable
from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class Panel:
    key: str
    template: str
    context: dict


_PANELS: list[tuple[str, str, Callable]] = []
_TABS: list[tuple[int, str, str, Callable]] = []


def register_event_panel(key: str, template: str, context: Callable) -> None:
    """`context(request, event)` returns the panel's context, or None to show nothing."""
    if key not in {k for k, _t, _c in _PANELS}:
        _PANELS.append((key, template, context))


def event_panels(request, event) -> list[Panel]:
    panels = []
    for key, template, context in _PANELS:
        values = context(request, event)
        if values is not None:
            panels.append(Panel(key, template, values))
    return panels


def register_manage_tab(key: str, url_name: str, label: Callable, *, position: int) -> None:
    """A tab of the organisers' navigation; `label(event)` returns its text or None."""
    if key not in {k for _p, k, _u, _l in _TABS}:
        _TABS.append((position, key, url_name, label))
        _TABS.sort(key=lambda tab: tab[0])


def manage_tabs(event) -> list[tuple[str, str, str]]:
    """(key, label, url) of the registered tabs for `event`."""
    tabs = []
    for _position, key, url_name, label in _TABS:
        text = label(event)
        if text:
            tabs.append((key, text, reverse(url_name, args=[event.slug])))
    return tabs
