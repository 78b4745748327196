"""RSS and Atom feeds of the newest open public labs (Django's syndication framework)."""

from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from . import queries
from .models import Lab


class PublicLabsFeed(Feed):
    title = _("Creative Tracks · Ideation Labs")
    link = reverse_lazy("labs")
    description = _("Calls for collaboration, feedback requests, polls and meet-ups.")

    def items(self) -> list[Lab]:
        return queries.public_feed_labs()

    def item_title(self, item: Lab) -> str:
        return f"{item.get_kind_display()}: {item.title}"

    def item_description(self, item: Lab) -> str:
        return item.summary

    def item_link(self, item: Lab) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: Lab):
        return item.created

    def item_updateddate(self, item: Lab):
        return item.edited or item.created

    def item_author_name(self, item: Lab) -> str:
        return item.owner.profile.display_name

    def item_categories(self, item: Lab) -> list[str]:
        return [str(item.get_kind_display())]


class PublicLabsAtomFeed(PublicLabsFeed):
    feed_type = Atom1Feed
    subtitle = PublicLabsFeed.description
