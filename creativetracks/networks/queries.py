"""Reads about networks: shared with other apps (messaging, social, feeds) and the pages.

Every list here costs a constant number of queries whatever its length."""

from dataclasses import dataclass, field

from django.core.paginator import Page, Paginator
from django.db.models import Case, Count, Q, QuerySet, Value, When
from django.urls import reverse
from django_countries import countries

from creativetracks.core import taxonomy
from creativetracks.core.geography import CONTINENTS
from creativetracks.core.search import terms_of
from creativetracks.core.text import fold
from creativetracks.core.withholding import is_withheld_from, withheld_ids, without_withheld
from creativetracks.profiles.permissions import visible_levels

from .models import (
    Import,
    ImportRow,
    Invitation,
    JoinRequest,
    Network,
    NetworkFacet,
    NetworkMembership,
    Reply,
    Thread,
    Topic,
)

NETWORKS_PER_PAGE = 20
MEMBERS_PER_PAGE = 48
MEMBER_PREVIEW = 12
ADMIN_MEMBERS_PER_PAGE = 100
MAX_PAGE = 10_000


def network_ids_of(user) -> set[int]:
    if not getattr(user, "is_authenticated", False):
        return set()
    return set(NetworkMembership.objects.filter(user=user).values_list("network_id", flat=True))


def share_a_network(first, second) -> bool:
    """Whether two members belong to at least one common network."""
    return NetworkMembership.objects.filter(user=second, network__memberships__user=first).exists()


# The networks listing ------------------------------------------------------------


FILTERS = ["sector", "country", "region"]


@dataclass
class NetworkListPage:
    query: str
    filters: dict[str, str]
    networks: list[Network]
    total: int
    page: int
    pages: int
    options: dict[str, list[tuple[str, str]]] = field(default_factory=dict)


def listed_networks(viewer) -> QuerySet[Network]:
    """Public networks for everyone, plus the unlisted networks the viewer belongs to."""
    networks = Network.objects.all()
    if getattr(viewer, "is_staff", False):
        return networks
    if getattr(viewer, "is_authenticated", False):
        mine = NetworkMembership.objects.filter(user=viewer).values("network_id")
        return networks.filter(Q(listing=Network.Listing.PUBLIC) | Q(pk__in=mine))
    return networks.filter(listing=Network.Listing.PUBLIC)


def filter_options(networks: QuerySet[Network]) -> dict[str, list[tuple[str, str]]]:
    used = set(
        NetworkFacet.objects.filter(facet="country", network__in=networks.values("pk"))
        .values_list("value", flat=True)
        .distinct()
    )
    return {
        "sector": [(slug, str(label)) for slug, label in taxonomy.SECTORS],
        "country": sorted(
            ((code, str(countries.name(code))) for code in used), key=lambda o: fold(o[1])
        ),
        "region": [(code, str(label)) for code, label in CONTINENTS if code != "AN"],
    }


def network_list_page(viewer, query: str, filters: dict[str, str], page: int) -> NetworkListPage:
    visible = listed_networks(viewer)
    networks = visible
    for word in terms_of(query):
        networks = networks.filter(name_folded__contains=word)
    filters = {name: value for name, value in filters.items() if name in FILTERS and value}
    for name, value in filters.items():
        networks = networks.filter(
            pk__in=NetworkFacet.objects.filter(facet=name, value=value).values("network_id")
        )
    total = networks.count()
    pages = max(1, -(-total // NETWORKS_PER_PAGE))
    page = min(max(page, 1), pages)
    start = (page - 1) * NETWORKS_PER_PAGE
    rows = list(
        networks.annotate(member_count=Count("memberships")).order_by("name_folded", "pk")[
            start : start + NETWORKS_PER_PAGE
        ]
    )
    return NetworkListPage(
        query=query,
        filters=filters,
        networks=rows,
        total=total,
        page=page,
        pages=pages,
        options=filter_options(visible),
    )


# One network --------------------------------------------------------------------


def network_for_page(slug: str) -> Network | None:
    return (
        Network.objects.annotate(member_count=Count("memberships"))
        .prefetch_related("organisations")
        .filter(slug=slug)
        .first()
    )


def visible_memberships(network: Network, viewer, query: str = "") -> QuerySet[NetworkMembership]:
    """Members whose profile the viewer may see: never a hidden profile, and
    members-only profiles only for signed-in viewers."""
    from creativetracks.core.models import SearchDocument
    from creativetracks.profiles.indexing import PERSON

    memberships = NetworkMembership.objects.filter(
        network=network, user__is_active=True, user__profile__visibility__in=visible_levels(viewer)
    )
    for word in terms_of(query):
        named = SearchDocument.objects.filter(kind=PERSON, name_folded__contains=word).values(
            "object_id"
        )
        memberships = memberships.filter(
            Q(user__profile__pk__in=named) | Q(user__profile__handle__contains=word)
        )
    return memberships.select_related("user__profile").order_by("user__profile__display_name", "pk")


def members_page(network: Network, viewer, query: str, page: int) -> Page:
    return Paginator(visible_memberships(network, viewer, query), MEMBERS_PER_PAGE).get_page(page)


def member_preview(network: Network, viewer) -> list[NetworkMembership]:
    return list(visible_memberships(network, viewer)[:MEMBER_PREVIEW])


def memberships_for_admins(network: Network, page: int = 1) -> Page:
    """Every member, hidden profiles included (admins need them to run the network):
    the owner first, then admins, then members by name."""
    rank = Case(
        When(role=NetworkMembership.Role.OWNER, then=Value(0)),
        When(role=NetworkMembership.Role.ADMIN, then=Value(1)),
        default=Value(2),
    )
    memberships = (
        NetworkMembership.objects.filter(network=network)
        .select_related("user__profile")
        .order_by(rank, "user__profile__display_name", "pk")
    )
    return Paginator(memberships, ADMIN_MEMBERS_PER_PAGE).get_page(page)


def pending_requests(network: Network) -> list[JoinRequest]:
    return list(
        JoinRequest.objects.filter(network=network, status=JoinRequest.Status.PENDING)
        .select_related("user__profile")
        .order_by("created")
    )


def pending_request_of(user, network: Network) -> JoinRequest | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return JoinRequest.objects.filter(
        network=network, user=user, status=JoinRequest.Status.PENDING
    ).first()


def invitations_page(network: Network, page: int) -> Page:
    invitations = Invitation.objects.filter(network=network).order_by("-created", "-pk")
    return Paginator(invitations, 50).get_page(page)


def import_for(network: Network, import_id: int) -> Import | None:
    return Import.objects.filter(network=network, pk=import_id).first()


def import_rows_page(batch: Import, *, problems: bool, page: int, per_page: int = 100) -> Page:
    rows = ImportRow.objects.filter(batch=batch, valid=not problems).order_by("line")
    return Paginator(rows, per_page).get_page(page)


# Discussions ----------------------------------------------------------------------

THREADS_PER_PAGE = 25
REPLIES_PER_PAGE = 50
RECENT_THREADS = 5


def _without_blocked(posts: QuerySet, viewer) -> QuerySet:
    """Members who block each other don't see each other's posts, and nobody sees what
    moderation withholds (hidden, or held for review except from its author)."""
    from creativetracks.social.queries import blocked_user_ids

    blocked = blocked_user_ids(viewer)
    posts = without_withheld(posts, viewer)
    return posts.exclude(author_id__in=blocked) if blocked else posts


def visible_threads(viewer, network: Network) -> QuerySet[Thread]:
    """A network's discussions as `viewer` sees them (blocked members' left out)."""
    return _without_blocked(Thread.objects.filter(network=network), viewer)


def visible_topic_threads(viewer, topic: Topic) -> QuerySet[Thread]:
    """A platform topic's discussions as `viewer` sees them (blocked members' left out)."""
    return _without_blocked(Thread.objects.filter(topic=topic), viewer)


def visible_replies(viewer, thread: Thread) -> QuerySet[Reply]:
    return _without_blocked(Reply.objects.filter(thread=thread), viewer)


def threads_page(
    viewer,
    *,
    network: Network | None = None,
    topic: Topic | None = None,
    page: int = 1,
    language: str = "",
) -> Page:
    threads = (
        Thread.objects.filter(network=network) if network else Thread.objects.filter(topic=topic)
    )
    if language:
        threads = threads.filter(language=language)
    threads = _without_blocked(threads, viewer).select_related("author__profile")
    ordered = threads.order_by("-pinned", "-last_activity", "-pk")
    return Paginator(ordered, THREADS_PER_PAGE).get_page(page)


def thread_language(request_value: str | None) -> str:
    """The language filter of a discussion list: a known code, or none."""
    value = (request_value or "").strip()
    return value if value in taxonomy.LANGUAGE_LABELS else ""


def recent_threads(network: Network, viewer) -> list[Thread]:
    threads = _without_blocked(Thread.objects.filter(network=network), viewer)
    return list(
        threads.select_related("author__profile").order_by("-pinned", "-last_activity", "-pk")[
            :RECENT_THREADS
        ]
    )


def thread_for_page(thread_id: int) -> Thread | None:
    return (
        Thread.objects.select_related("network", "topic", "author__profile")
        .filter(pk=thread_id)
        .first()
    )


def is_hidden_from(viewer, post: Thread | Reply) -> bool:
    from creativetracks.social.queries import blocked_user_ids

    if post.author_id is not None and post.author_id in blocked_user_ids(viewer):
        return True
    return is_withheld_from(viewer, post)


def replies_page(thread: Thread, viewer, page: int) -> Page:
    replies = _without_blocked(Reply.objects.filter(thread=thread), viewer)
    ordered = replies.select_related("author__profile").order_by("created", "pk")
    result = Paginator(ordered, REPLIES_PER_PAGE).get_page(page)
    result.object_list = list(result.object_list)
    for reply in result.object_list:
        reply.thread = thread  # permission checks on a reply then cost no query
    return result


def reply_url(reply: Reply) -> str:
    """The address of a reply: the page of the thread it is on, and its anchor."""
    earlier = Reply.objects.filter(
        Q(created__lt=reply.created) | Q(created=reply.created, pk__lt=reply.pk),
        thread_id=reply.thread_id,
    ).count()
    page = earlier // REPLIES_PER_PAGE + 1
    base = reverse("thread_detail", args=[reply.thread_id])
    return f"{base}?page={page}#reply-{reply.pk}" if page > 1 else f"{base}#reply-{reply.pk}"


def reply_for(thread: Thread, reply_id: int) -> Reply | None:
    return (
        Reply.objects.select_related("thread__network").filter(thread=thread, pk=reply_id).first()
    )


def topics_with_counts() -> list[Topic]:
    return list(topics_counted().order_by("position", "name"))


def topics_counted() -> QuerySet[Topic]:
    """Platform topics with their number of discussions (`thread_count`)."""
    # A figure everyone sees: threads held for review or hidden don't count.
    shown = ~Q(threads__pk__in=withheld_ids(Thread, None))
    return Topic.objects.annotate(thread_count=Count("threads", filter=shown))


def topic_for_page(slug: str) -> Topic | None:
    return Topic.objects.filter(slug=slug).first()
