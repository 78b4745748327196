"""Content kept from view (hidden by a moderator, or held for review), consulted by
each content app's visibility helper. Moderation, above the content apps, writes it.

`without_withheld(posts, viewer)` adds one subquery, never an extra query."""

from django.db import models
from django.db.models import Exists, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Concat

from .models import Withheld
from .permissions import is_platform_staff, is_signed_in


def kind_of(model_or_obj) -> str:
    return model_or_obj._meta.label_lower


def withheld_ids(model, viewer) -> QuerySet:
    """The primary keys of `model` rows the viewer may not see, as a subquery.
    Authors still see their own held posts."""
    rows = Withheld.objects.filter(kind=kind_of(model))
    if is_signed_in(viewer):
        rows = rows.exclude(Q(state=Withheld.State.HELD) & Q(author=viewer))
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


def withheld_state(obj: models.Model) -> str | None:
    return (
        Withheld.objects.filter(kind=kind_of(obj), object_id=obj.pk)
        .values_list("state", flat=True)
        .first()
    )
