"""Helpers shared by the matchmaking views."""

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from creativetracks.events.views.common import event_or_404, page_number, refused, viewer_zone

from .. import permissions, queries
from ..models import Matchmaking

__all__ = ["matchmaking_or_404", "organised", "page_number", "refused", "viewer_zone"]


def matchmaking_or_404(request: HttpRequest, slug: str) -> Matchmaking:
    """The event's matchmaking if the viewer may use its marketplace: 404 when the
    event is hidden from them or has no matchmaking, 403 when they don't take part."""
    event = event_or_404(request, slug)
    matchmaking = queries.matchmaking_of(event)
    if matchmaking is None:
        raise Http404
    if not permissions.can_see_marketplace(request.user, matchmaking):
        raise PermissionDenied
    return matchmaking


def organised(request: HttpRequest, slug: str):
    """(event, matchmaking or None) for the event's organisers; 403 for anyone else."""
    event = event_or_404(request, slug)
    if not permissions.can_manage_matchmaking(request.user, event):
        raise PermissionDenied
    return event, queries.matchmaking_of(event)
