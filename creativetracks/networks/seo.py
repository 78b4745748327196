"""schema.org Organization, Open Graph and share links of network pages (core.seo).
Only listed (public) networks: an unlisted network's address is for its members.
Discussion threads are DiscussionForumPosting, for those a visitor may read (none yet)."""

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest
from django.urls import reverse

from creativetracks.core import taxonomy
from creativetracks.core.seo import PageMeta, labels, page_meta, plain
from creativetracks.profiles.seo import person_ld

from . import permissions, queries
from .models import Network, Thread


def network_meta(request: HttpRequest, network: Network) -> PageMeta | None:
    if network.listing != Network.Listing.PUBLIC:
        return None
    description = plain(network.description, 300)
    return page_meta(
        request,
        title=network.name,
        description=description or network.name,
        path=network.get_absolute_url(),
        image_path=network.logo.url if network.logo else "",
        json_ld={
            "@type": "Organization",
            "name": network.name,
            "description": description,
            "sameAs": [network.website] if network.website else [],
            "logo": request.build_absolute_uri(network.logo.url) if network.logo else "",
            "areaServed": [{"@type": "Country", "name": code} for code in network.countries],
        },
    )


def thread_meta(request: HttpRequest, thread: Thread) -> PageMeta | None:
    """DiscussionForumPosting, for a discussion a visitor may read. None today: visitors
    never read discussions (docs/networks.md, `permissions.can_read_thread`), so every
    thread page answers None and says nothing outside the site; the builder follows
    that rule rather than deciding it, and describes a thread the day it changes."""
    visitor = AnonymousUser()
    if not permissions.can_read_thread(visitor, thread) or queries.is_hidden_from(visitor, thread):
        return None
    if thread.network_id and thread.network.listing != Network.Listing.PUBLIC:
        return None
    place = thread.place
    tags = [place.name]
    if thread.network_id:
        tags += labels(thread.network.sectors, taxonomy.SECTOR_LABELS)
    description = plain(thread.body, 300)
    data = {
        "@type": "DiscussionForumPosting",
        "headline": thread.title,
        "text": plain(thread.body, 2000),
        "datePublished": thread.created.isoformat(),
        "dateModified": thread.edited.isoformat() if thread.edited else None,
        "author": person_ld(request, getattr(thread.author, "profile", None)),
        "commentCount": thread.reply_count,
        "isPartOf": {
            "@type": "WebPage",
            "name": place.name,
            "url": request.build_absolute_uri(
                reverse("network_threads", args=[place.slug])
                if thread.network_id
                else place.get_absolute_url()
            ),
        },
    }
    return page_meta(
        request,
        title=thread.title,
        description=description or thread.title,
        path=thread.get_absolute_url(),
        og_type="article",
        json_ld=data,
        tags=tags,
    )
