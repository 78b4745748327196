"""RSS and Atom feeds of the newest public resources. Feed readers carry no cookies, so
the feed shows what a visitor sees, through the library's own visibility helper."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from creativetracks.core.seo import plain

from . import queries
from .models import Resource

FEED_ITEMS = 50


class NewResourcesFeed(Feed):
    title = _("Creative Tracks: new resources")
    link = reverse_lazy("resources")
    description = _(
        "Guides, toolkits, templates, recordings and courses for creative entrepreneurs."
    )

    def items(self) -> list[Resource]:
        return list(
            queries.visible_resources(AnonymousUser())
            .filter(visibility=Resource.Visibility.PUBLIC)
            .order_by("-created", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, item: Resource) -> str:
        return f"{item.get_kind_display()}: {item.title}"

    def item_description(self, item: Resource) -> str:
        return plain(item.summary, 500) or item.author

    def item_link(self, item: Resource) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: Resource):
        return item.created

    def item_updateddate(self, item: Resource):
        return item.updated

    def item_author_name(self, item: Resource) -> str:
        return item.author

    def item_categories(self, item: Resource) -> list[str]:
        return [str(item.get_kind_display())]


class NewResourcesAtomFeed(NewResourcesFeed):
    feed_type = Atom1Feed
    subtitle = NewResourcesFeed.description
