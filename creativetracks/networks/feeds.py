"""RSS and Atom feeds of a public network's discussions, at a personal address.

Visitors never read discussions (docs/networks.md), and feed readers carry no cookies,
so the address itself says who reads: it is signed for one member and one network
(`feed_key`), and the feed shows what that member reads on the discussions page, as
they would see it (blocks and moderation applied). Unlisted networks have no feed; a
key for another network, a changed password, a deactivated account or a member who
may no longer read the discussions all answer 404."""

from django.contrib.auth import get_user_model
from django.contrib.syndication.views import Feed
from django.core import signing
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from creativetracks.core.seo import plain

from . import permissions, queries
from .models import Network, Thread

FEED_ITEMS = 50
SALT = "networks.discussion-feed"


def _stamp(user) -> str:
    # Part of the password hash: changing the password retires every feed address.
    return user.get_session_auth_hash()[:12]


def feed_key(user, network: Network) -> str:
    return signing.Signer(salt=SALT).sign_object([user.pk, network.pk, _stamp(user)])


def feed_urls(user, network: Network) -> dict[str, str]:
    """The member's feed addresses, for public networks whose discussions they read."""
    if not network.is_public or not permissions.can_read_network_threads(user, network):
        return {}
    key = feed_key(user, network)
    return {
        kind: reverse(f"network_threads_feed_{kind}", args=[network.slug, key])
        for kind in ("rss", "atom")
    }


def _reader(key: str, network: Network):
    try:
        user_id, network_id, stamp = signing.Signer(salt=SALT).unsign_object(key[:200])
    except (signing.BadSignature, TypeError, ValueError):
        return None
    if network_id != network.pk:
        return None
    user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
    if user is None or _stamp(user) != stamp:
        return None
    return user


class NetworkThreadsFeed(Feed):
    def get_object(self, request: HttpRequest, slug: str, key: str) -> tuple[Network, object]:
        network = queries.network_for_page(slug)
        if network is None or not network.is_public:
            raise Http404
        reader = _reader(key, network)
        if reader is None or not permissions.can_read_network_threads(reader, network):
            raise Http404
        return network, reader

    def title(self, obj) -> str:
        return _("%(network)s: discussions") % {"network": obj[0].name}

    def link(self, obj) -> str:
        return reverse("network_threads", args=[obj[0].slug])

    def description(self, obj) -> str:
        return _("New discussions in %(network)s on Creative Tracks.") % {"network": obj[0].name}

    subtitle = description

    def items(self, obj) -> list[Thread]:
        network, reader = obj
        return list(
            queries.visible_threads(reader, network)
            .select_related("author__profile")
            .order_by("-created", "-pk")[:FEED_ITEMS]
        )

    def item_title(self, item: Thread) -> str:
        return item.title

    def item_description(self, item: Thread) -> str:
        return plain(item.body, 500)

    def item_link(self, item: Thread) -> str:
        return item.get_absolute_url()

    def item_pubdate(self, item: Thread):
        return item.created

    def item_updateddate(self, item: Thread):
        return item.last_activity

    def item_author_name(self, item: Thread) -> str:
        profile = getattr(item.author, "profile", None)
        return profile.display_name if profile else ""


class NetworkThreadsAtomFeed(NetworkThreadsFeed):
    feed_type = Atom1Feed
