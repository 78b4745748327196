"""Content kept from view (hidden by a moderator, or held for review), consulted by
each content app's visibility helper. Moderation, above the content apps, writes it.

`without_withheld(posts, viewer)` adds one subquery, never an extra query."""

from collections.abc import Callable

from django.contrib.auth.models import Group
from django.db import models
from django.db.models import Exists, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Concat

from .models import Withheld
from .permissions import MODERATORS_GROUP, is_moderator, is_platform_staff, is_signed_in


def kind_of(model_or_obj) -> str:
    return model_or_obj._meta.label_lower


def sees_withheld(viewer) -> bool:
    """Staff and the `Moderators` group see withheld content where they act (one query
    at most per request, kept on the user)."""
    return is_moderator(viewer)


def withheld_ids(model, viewer) -> QuerySet:
    """The primary keys of `model` rows the viewer may not see, as a subquery.
    Authors still see their own held posts; moderators (the `Moderators` group, asked
    inside the same subquery so it costs no query) see everything."""
    rows = Withheld.objects.filter(kind=kind_of(model))
    if is_signed_in(viewer):
        rows = rows.exclude(Q(state=Withheld.State.HELD) & Q(author=viewer))
        in_moderators = Group.objects.filter(name=MODERATORS_GROUP, user=viewer.pk)
        rows = rows.exclude(Exists(in_moderators))
    return rows.values("object_id")


def without_withheld(queryset: QuerySet, viewer) -> QuerySet:
    """`queryset` minus what moderation withholds from `viewer` (staff see everything)."""
    if is_platform_staff(viewer):
        return queryset
    return queryset.exclude(pk__in=withheld_ids(queryset.model, viewer))


def is_withheld_from(viewer, obj: models.Model) -> bool:
    if is_platform_staff(viewer):
        return False
    return withheld_ids(type(obj), viewer).filter(object_id=obj.pk).exists()


def without_withheld_in(queryset: QuerySet, field: str, model, viewer) -> QuerySet:
    """Rows whose `field` points at withheld `model` content left out, such as the
    registrations of a hidden event (one subquery)."""
    if is_platform_staff(viewer):
        return queryset
    return queryset.exclude(**{f"{field}__in": withheld_ids(model, viewer)})


def withheld_from(model, viewer, ref: str = "pk"):
    """An annotation: is the row that `ref` names withheld from `viewer`? For rows
    shown in place of another (an inbox preview of the last message)."""
    if is_platform_staff(viewer):
        return Value(False)
    return Exists(withheld_ids(model, viewer).filter(object_id=OuterRef(ref)))


def without_withheld_targets(queryset: QuerySet, type_field: str, id_field: str) -> QuerySet:
    """Rows pointing at withheld content through a (ContentType, id) pair, such as feed
    activities about a hidden lab, left out (one anti-join, no extra query)."""
    withheld = Withheld.objects.filter(
        object_id=OuterRef(id_field),
        kind=Concat(
            OuterRef(f"{type_field}__app_label"), Value("."), OuterRef(f"{type_field}__model")
        ),
    )
    return queryset.exclude(Exists(withheld))


def withheld_exists(model) -> Exists:
    """An annotation: is the row withheld at all (hidden or held)? For detail pages that
    load one row and check the viewer afterwards, at no extra query."""
    return Exists(Withheld.objects.filter(kind=kind_of(model), object_id=OuterRef("pk")))


def is_held(obj: models.Model) -> bool:
    """Is this new post waiting for review? Its app then neither counts it nor tells
    anyone until moderation releases it (see `on_withholding_change`)."""
    return withheld_state(obj) == Withheld.State.HELD


def withheld_state(obj: models.Model) -> str | None:
    return (
        Withheld.objects.filter(kind=kind_of(obj), object_id=obj.pk)
        .values_list("state", flat=True)
        .first()
    )


# Content apps that keep something outside their visibility helper (a search document,
# notifications to send once a held post is released) register what to do when
# moderation withholds or releases one of their rows: `fn(object_id, previous, state)`,
# each a `Withheld.State` value or None (shown to everyone). Moderation calls
# `withholding_changed` in the same transaction as the change.
_HOOKS: dict[str, list[Callable[[int, str | None, str | None], None]]] = {}


def on_withholding_change(model, fn: Callable[[int, str | None, str | None], None]) -> None:
    hooks = _HOOKS.setdefault(kind_of(model), [])
    if fn not in hooks:
        hooks.append(fn)


def withholding_changed(kind: str, object_id: int, previous: str | None, state: str | None) -> None:
    if previous == state:
        return
    for fn in _HOOKS.get(kind, []):
        fn(object_id, previous, state)
