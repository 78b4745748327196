"""sitemap.xml of public pages only, and robots.txt.

Apps register what visitors may see from their AppConfig.ready(), through the same
visibility helper their listings use (called with an anonymous viewer), so a
members-only or hidden page can't reach a search engine through the sitemap."""

from collections.abc import Callable

from django.contrib.auth.models import AnonymousUser
from django.contrib.sitemaps import Sitemap
from django.urls import NoReverseMatch, reverse

from .models import Partner

_PUBLIC: dict[str, Callable] = {}
# Listing pages, shown in the sitemap once their app provides the URL name.
LISTINGS = [
    "home",
    "about",
    "directory",
    "networks",
    "labs",
    "events",
    "challenges",
    "opportunities",
    "resources",
    "tracks",
    "ambassadors",
    "mentoring",
]


def register_sitemap(key: str, public_objects: Callable) -> None:
    """`public_objects(viewer)` returns the objects (with get_absolute_url) `viewer` may
    see; the sitemap calls it for an anonymous visitor."""
    _PUBLIC[key] = public_objects


class ListingSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        names = []
        for name in LISTINGS:
            try:
                reverse(name)
            except NoReverseMatch:
                continue
            names.append(name)
        return names

    def location(self, name):
        return reverse(name)


class PartnerSitemap(Sitemap):
    def items(self):
        return Partner.objects.order_by("pk")


class PublicSitemap(Sitemap):
    limit = 5000

    def __init__(self, public_objects: Callable):
        self.public_objects = public_objects

    def items(self):
        return self.public_objects(AnonymousUser()).order_by("pk")


def sitemaps() -> dict[str, Sitemap]:
    found: dict[str, Sitemap] = {"pages": ListingSitemap(), "partners": PartnerSitemap()}
    for key, public_objects in _PUBLIC.items():
        found[key] = PublicSitemap(public_objects)
    return found
