from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

# The header, in order. A section appears as soon as its app provides the URL
# name, so the menu never links to a page that does not exist yet.
SECTIONS = [
    ("directory", _("Directory")),
    ("networks", _("Networks")),
    ("labs", _("Labs")),
    ("events", _("Events")),
    ("challenges", _("Challenges")),
    ("opportunities", _("Opportunities")),
    ("resources", _("Resources")),
    ("mentoring", _("Mentoring")),
    ("about", _("About")),
]


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    current: bool


def main_navigation(request: HttpRequest) -> list[NavItem]:
    items = []
    for url_name, label in SECTIONS:
        try:
            url = reverse(url_name)
        except NoReverseMatch:
            continue
        items.append(NavItem(str(label), url, request.path.startswith(url)))
    return items
