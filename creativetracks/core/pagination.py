"""Pages of long lists that never count them.

Django's Paginator runs a COUNT(*) over the whole list to number the pages; for a feed
that reaches every member (100,000 "joined" activities) that count costs seconds. An
open page reads one row more than it shows: that row says whether a next page exists."""

from dataclasses import dataclass

MAX_PAGE = 500  # deeper pages cost as much as reading everything before them


@dataclass
class OpenPage:
    object_list: list
    number: int
    has_next: bool

    @property
    def has_previous(self) -> bool:
        return self.number > 1


def page_number(value) -> int:
    try:
        return min(max(int(value or 1), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


def open_page(queryset, page, per_page: int) -> OpenPage:
    number = page_number(page)
    start = (number - 1) * per_page
    rows = list(queryset[start : start + per_page + 1])
    return OpenPage(rows[:per_page], number, len(rows) > per_page)
