"""Counting helpers every section shares: one query answers a figure for the period
and for the period before it."""

from django.db.models import Count, Q, QuerySet

from ..registry import Figure, Scope


def in_period(field: str, filters) -> Q:
    return Q(**{f"{field}__gte": filters.since, f"{field}__lt": filters.until})


def period_counts(queryset: QuerySet, field: str, scope: Scope, *, distinct: str = "pk"):
    """(in the period, in the previous period) for rows of `queryset` dated by `field`."""
    counts = queryset.aggregate(
        current=Count(distinct, filter=in_period(field, scope.filters), distinct=True),
        previous=Count(distinct, filter=in_period(field, scope.previous), distinct=True),
    )
    return counts["current"], counts["previous"]


def trend_figure(key: str, label, queryset: QuerySet, field: str, scope: Scope, **kw) -> Figure:
    current, previous = period_counts(queryset, field, scope, **kw)
    return Figure(key, str(label), current, previous)


def share(part: int, whole: int) -> int:
    return round(100 * part / whole) if whole else 0
