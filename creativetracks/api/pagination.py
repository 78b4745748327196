"""Cursor pagination: pages follow a stable order (e.g. newest first by (created, id)),
and the cursor, opaque to clients, holds the sort values of the last row served."""

import base64
import json
from datetime import date, datetime

from django.core.exceptions import ValidationError
from django.db.models import Model, Q, QuerySet
from ninja import Schema
from pydantic import create_model

from .errors import ApiError

DEFAULT_LIMIT = 20
MAX_LIMIT = 100

_pages: dict[str, type[Schema]] = {}


class PageFilters(Schema):
    """The query of a list with nothing to filter but its pages."""

    cursor: str | None = None
    limit: int = DEFAULT_LIMIT


def page_of(item: type[Schema]) -> type[Schema]:
    """The schema of one page of `item`s."""
    name = f"{item.__name__.removesuffix('Out')}Page"
    if name not in _pages:
        _pages[name] = create_model(
            name, __base__=Schema, items=(list[item], ...), next_cursor=(str | None, None)
        )
    return _pages[name]


def _encode(values: list) -> str:
    plain = [v.isoformat() if isinstance(v, datetime | date) else v for v in values]
    return base64.urlsafe_b64encode(json.dumps(plain).encode()).decode().rstrip("=")


def _decode(cursor: str, model: type[Model], fields: list[str]) -> list:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        values = json.loads(raw)
        if not isinstance(values, list) or len(values) != len(fields):
            raise ValueError
        decoded = []
        for name, value in zip(fields, values, strict=True):
            if value is None or isinstance(value, dict | list):
                raise ValueError
            converted = model._meta.get_field(name).to_python(value)
            if converted is None or (isinstance(converted, int) and abs(converted) >= 2**63):
                raise ValueError
            decoded.append(converted)
        return decoded
    except (ValueError, TypeError, ValidationError, OverflowError, UnicodeDecodeError):
        raise ApiError(
            400, "This cursor is not valid: use next_cursor from a page.", "invalid_cursor"
        ) from None


def paginate(
    queryset: QuerySet, cursor: str | None, limit: int, order: tuple[str, ...] = ("-created", "-id")
) -> tuple[list, str | None]:
    """One page of `queryset` after `cursor` in `order` (whose last field is unique), of
    `limit` rows clamped to 1..MAX_LIMIT so no caller can ask for the whole table."""
    limit = min(max(limit, 1), MAX_LIMIT)
    fields = [name.lstrip("-") for name in order]
    if cursor:
        values = _decode(cursor, queryset.model, fields)
        after = Q()
        for i, name in enumerate(order):
            field = fields[i]
            step = Q(**{f"{field}__{'lt' if name.startswith('-') else 'gt'}": values[i]})
            for j in range(i):
                step &= Q(**{fields[j]: values[j]})
            after |= step
        queryset = queryset.filter(after)
    rows = list(queryset.order_by(*order)[: limit + 1])
    next_cursor = None
    if len(rows) > limit:
        rows = rows[:limit]
        next_cursor = _encode([getattr(rows[-1], f) for f in fields])
    return rows, next_cursor
