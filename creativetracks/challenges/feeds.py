"""RSS and Atom feeds of published public challenges, newest first. Feed readers carry
no cookies, so the feed shows what a visitor sees (the challenges' visibility helper);
nothing about entries, jurors or scores."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.syndication.views import Feed
from django.urls import reverse_lazy
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _

from creativetracks.core.seo import plain

from . import queries
from .models import Challenge

FEED_ITEMS = 50


class PublicChallengesFeed(Feed):
    title = _("Creative Tracks: challenges")
    link = reverse_lazy("challenges")
    description = _("Open calls and competitions for creative entrepreneurs, with their deadlines.")

    def items(self) -> list[Challenge]:
        return list(
            queries.visible_challenges(AnonymousUser())
            .select_related("partner", "organisation")
            .order_by("-created", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, item: Challenge) -> str:
        return item.title

    def item_description(self, item: Challenge) -> str:
        deadline = item.deadline.strftime("%Y-%m-%d %H:%M UTC")
        summary = item.summary or plain(item.brief, 400)
        return f"{summary} · {item.get_phase_display()} · {_('Deadline')}: {deadline}"

    def item_link(self, item: Challenge) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: Challenge):
        return item.created

    def item_author_name(self, item: Challenge) -> str:
        return str(item.partner or item.organisation or "")


class PublicChallengesAtomFeed(PublicChallengesFeed):
    feed_type = Atom1Feed
    subtitle = PublicChallengesFeed.description
