"""A member's marks on things they may see (saved opportunities, bookmarked resources):
the list of what they marked and the toggle (POST marks, DELETE unmarks), shared by the
apps' routers. Each app keeps its own endpoints, names and response shapes; this holds
what they do, through the app's own visibility helper, lookup and services."""

from collections.abc import Callable
from dataclasses import dataclass

from django.db.models import Model
from django.http import Http404, HttpRequest

from .auth import member_of, writer_of
from .pagination import paginate


@dataclass(frozen=True)
class Marks:
    model: type[Model]  # one row per (user, thing), with `created`
    field: str  # the row's foreign key to the thing
    visible: Callable  # visible(viewer) -> queryset of things the viewer may see
    find: Callable  # find(viewer, pk) -> the thing as its page finds it, or None
    mark: Callable  # services: mark(user, thing), unmark(user, thing), idempotent
    unmark: Callable

    def page(self, request: HttpRequest, cursor: str | None, limit: int, item_out) -> dict:
        """The caller's marked things they may still see, latest marked first."""
        user = member_of(request)
        marks = self.model.objects.filter(
            user=user, **{f"{self.field}__in": self.visible(user)}
        ).select_related(self.field)
        rows, next_cursor = paginate(marks, cursor, limit, ("-created", "-id"))
        return {
            "items": [item_out(getattr(row, self.field)) for row in rows],
            "next_cursor": next_cursor,
        }

    def set(self, request: HttpRequest, pk: int, marked: bool) -> None:
        """Mark or unmark a thing the caller may see (404 otherwise); again: no change."""
        user = writer_of(request)
        thing = self.find(user, pk)
        if thing is None:
            raise Http404
        (self.mark if marked else self.unmark)(user, thing)
