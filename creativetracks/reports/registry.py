"""What a report is made of, and the registry of its sections.

A section is a function `build(scope) -> SectionData` registered with
`register_report_section`; the report runs every registered section in order. The
reports app registers its own sections (it sits above the domain apps and may read
them); an app can add one from its `AppConfig.ready()` only if it already sits above
reports (apps depend downward only), so domain apps contribute through the hooks of
`sections/meetings.py` instead (see docs/reports.md).

Every figure and table a section returns must count only `scope.members` (the
members a report may count: active, not hidden, inside the filters), so that a
hidden member is left out of every figure and export.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import QuerySet

from .filters import ReportFilters


@dataclass
class Figure:
    key: str
    label: str
    value: int | None  # None: not available (an app that is not installed)
    previous: int | None = None  # the same figure over the previous period, for the trend
    suffix: str = ""  # "%" for shares

    @property
    def change(self) -> int | None:
        if self.value is None or self.previous is None:
            return None
        return self.value - self.previous

    @property
    def change_percent(self) -> int | None:
        if self.change is None or not self.previous:
            return None
        return round(100 * self.change / self.previous)


@dataclass
class Table:
    """A table of the report: first column a label, the others numbers. `chart` says how
    it is drawn beside its data ("bar", "columns", "map" or "" for none)."""

    key: str
    title: str
    columns: list[str]
    rows: list[list]
    chart: str = ""
    note: str = ""
    # ISO codes of the rows' countries, for the map and the exports ("Code" column).
    codes: list[str] = field(default_factory=list)

    @property
    def export_columns(self) -> list[str]:
        return [*map(str, self.columns), "Code"] if self.codes else [str(c) for c in self.columns]

    @property
    def export_rows(self) -> list[list]:
        if self.codes:
            return [[*row, code] for row, code in zip(self.rows, self.codes, strict=True)]
        return self.rows

    @property
    def chart_rows(self) -> list[tuple[str, int]]:
        return [(str(row[0]), int(row[1] or 0)) for row in self.rows]


@dataclass
class SectionData:
    figures: list[Figure] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    note: str = ""


@dataclass
class Section:
    key: str
    title: str
    figures: list[Figure]
    tables: list[Table]
    note: str = ""


@dataclass
class Scope:
    """What every section counts from: the filters and the members they may count."""

    filters: ReportFilters
    previous: ReportFilters
    # Users (as a `values("pk")` queryset, used as a subquery) a figure may count.
    members: QuerySet
    # Every countable member, whatever the filters (both sides of a connection must be).
    countable: QuerySet


@dataclass(frozen=True)
class _Entry:
    position: int
    key: str
    title: object
    build: Callable[[Scope], SectionData]


_SECTIONS: list[_Entry] = []


def register_report_section(
    key: str, title, build: Callable[[Scope], SectionData], *, position: int
) -> None:
    """Add a section to every report (a second registration of the same key is ignored)."""
    if any(entry.key == key for entry in _SECTIONS):
        return
    _SECTIONS.append(_Entry(position, key, title, build))
    _SECTIONS.sort(key=lambda entry: (entry.position, entry.key))


def unregister_report_section(key: str) -> None:
    """Remove a section (tests that register one of their own clean up with this)."""
    _SECTIONS[:] = [entry for entry in _SECTIONS if entry.key != key]


def report_sections() -> list[_Entry]:
    return list(_SECTIONS)
