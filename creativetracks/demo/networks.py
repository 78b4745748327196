"""Demo networks: one per generated network organisation, with members, roles and discussions.

Everything is written with bulk inserts and is deterministic; running it again adds
nothing (networks are recognised by their address). The demo account
network@demo.creativetracks.org owns the first network.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from creativetracks.core.text import fold
from creativetracks.networks.indexing import index_network
from creativetracks.networks.models import Network, NetworkFacet, NetworkMembership, Reply, Thread
from creativetracks.networks.services import facet_rows
from creativetracks.profiles.models import Organisation

from .data import DEMO_DOMAIN
from .people import EMAIL_DOMAIN, generate_network_organisations

NETWORK_ACCOUNT = f"network@{DEMO_DOMAIN}"
MEMBER_POOL = 5000  # synthetic members drawn on, whatever the size of the demo
POLICIES = ["request", "open", "request", "invitation", "open"]

THREADS = [
    (
        "Introduce yourself",
        "Welcome to {network}! Tell us who you are, what you make and what you are looking "
        "for this year.",
        "en",
    ),
    (
        "Open calls and residencies this season",
        "Let's keep a list of **open calls** here: residencies, mobility grants and "
        "festivals. Post the link and the deadline.",
        "en",
    ),
    (
        "Pricing commissions: how do you do it?",
        "Day rate, per piece, or a share of the revenue? How do you price commissions, "
        "and what do you put in the contract?",
        "en",
    ),
    (
        "Shared studio space",
        "A few of us are looking for a shared studio in {city}. Who is in, and what would "
        "you need (light, storage, a kiln, a sound booth)?",
        "en",
    ),
    (
        "Next meet-up",
        "Our next portfolio night is coming up. Suggest a venue and a theme, and say if "
        "you'd like to show work.",
        "en",
    ),
    # The original workshops ran in Portuguese and French as well as English.
    (
        "Editais e financiamento para projetos culturais",
        "Quem já concorreu a editais este ano? Partilhem aqui os **prazos** e o que "
        "aprenderam com as candidaturas.",
        "pt",
    ),
    (
        "Trouver des partenaires pour une résidence",
        "Je cherche des partenaires pour une résidence à {city} au printemps. Qui est "
        "intéressé, et avec quelles disciplines ?",
        "fr",
    ),
]
REPLIES = [
    "Thanks for starting this! I'm in.",
    "I can share what worked for us last year: a clear brief and a deposit up front.",
    "Great idea. @{handle}, you did something similar, didn't you?",
    "Count me in. I can bring a projector.",
    "I found the **On the Move** funding guides very useful for this.",
    "Let's meet before the end of the month and decide together.",
    "I'd add: always keep the rights to show the work in your portfolio.",
]


def _pool() -> list[tuple[int, str, str]]:
    """Synthetic members as (user id, country, handle), oldest first."""
    return list(
        get_user_model()
        .objects.filter(email__endswith="@" + EMAIL_DOMAIN, is_active=True)
        .order_by("pk")
        .values_list("pk", "profile__country", "profile__handle")[:MEMBER_POOL]
    )


def _members_for(index: int, country: str, pool, size: int) -> list[int]:
    """About half from the network's country, the rest from a window over everyone."""
    local = [pk for pk, c, _ in pool if c == country][: size // 2]
    chosen = dict.fromkeys(local)
    start = (index * 97) % len(pool) if pool else 0
    for offset in range(len(pool)):
        if len(chosen) >= size:
            break
        chosen.setdefault(pool[(start + offset) % len(pool)][0])
    return list(chosen)


@transaction.atomic
def seed_networks(count: int = 70) -> int:
    """Create the demo networks that don't exist yet; returns how many were added."""
    seeds = generate_network_organisations(count)
    existing = set(
        Network.objects.filter(slug__in=[s.slug for s in seeds]).values_list("slug", flat=True)
    )
    account = get_user_model().objects.filter(email=NETWORK_ACCOUNT).first()
    pool = _pool()
    handles = {pk: handle for pk, _, handle in pool}
    now = timezone.now()
    plans = []
    for index, seed in enumerate(seeds):
        if seed.slug in existing:
            continue
        members = _members_for(index, seed.country, pool, 12 + (index * 37) % 60)
        if index == 0 and account is not None:
            members = [account.pk] + [pk for pk in members if pk != account.pk]
        network = Network(
            name=seed.name,
            slug=seed.slug,
            name_folded=fold(seed.name)[:160],
            description=f"{seed.description}\n\nBased in **{seed.city}**.",
            sectors=seed.sectors,
            countries=[seed.country],
            website=seed.website,
            join_policy=POLICIES[index % len(POLICIES)],
            listing="unlisted" if index % 10 == 9 else "public",
            created_by_id=members[0] if members else None,
        )
        plans.append((index, seed, network, members))
    if not plans:
        _make_the_demo_account_an_owner(account, seeds)
        return 0
    Network.objects.bulk_create([network for _, _, network, _ in plans])
    ids = dict(
        Network.objects.filter(slug__in=[n.slug for _, _, n, _ in plans]).values_list("slug", "pk")
    )
    for _, _, network, _ in plans:
        network.pk = ids[network.slug]
    NetworkFacet.objects.bulk_create(f for _, _, network, _ in plans for f in facet_rows(network))
    for _, _, network, _ in plans:
        index_network(network)
    NetworkMembership.objects.bulk_create(
        NetworkMembership(
            network_id=network.pk,
            user_id=user_id,
            role="owner" if position == 0 else "admin" if position <= 2 else "member",
        )
        for _, _, network, members in plans
        for position, user_id in enumerate(members)
    )
    organisations = dict(
        Organisation.objects.filter(slug__in=[s.slug for _, s, _, _ in plans]).values_list(
            "slug", "pk"
        )
    )
    Network.organisations.through.objects.bulk_create(
        Network.organisations.through(
            network_id=network.pk, organisation_id=organisations[seed.slug]
        )
        for _, seed, network, _ in plans
        if seed.slug in organisations
    )
    _seed_discussions(plans, handles, now)
    _make_the_demo_account_an_owner(account, seeds)
    return len(plans)


def _seed_discussions(plans, handles: dict[int, str], now) -> None:
    threads, replies_of = [], []
    for index, seed, network, members in plans:
        if not members:
            continue
        for number in range(3):
            title, body, language = THREADS[(index + number) % len(THREADS)]
            started = now - timedelta(days=40 - number * 9 + index % 7, hours=index % 24)
            count = 2 + (index + number) % 4
            replies = []
            for n in range(count):
                author = members[(number + n + 1) % len(members)]
                other = members[(number + n + 2) % len(members)]
                text = REPLIES[(index + number + n) % len(REPLIES)]
                replies.append(
                    Reply(
                        author_id=author,
                        body=text.format(handle=handles.get(other, "")),
                        created=started + timedelta(hours=5 * (n + 1)),
                    )
                )
            threads.append(
                Thread(
                    network_id=network.pk,
                    author_id=members[number % len(members)],
                    title=title,
                    body=body.format(network=network.name, city=seed.city),
                    language=language,
                    created=started,
                    last_activity=replies[-1].created,
                    reply_count=count,
                    pinned=number == 0,
                )
            )
            replies_of.append(replies)
    Thread.objects.bulk_create(threads)
    if threads and threads[0].pk is None:  # backends that don't return ids from bulk inserts
        created = Thread.objects.filter(network_id__in=[t.network_id for t in threads]).order_by(
            "pk"
        )
        for thread, saved in zip(threads, created, strict=True):
            thread.pk = saved.pk
    Reply.objects.bulk_create(
        Reply(thread_id=thread.pk, author_id=r.author_id, body=r.body, created=r.created)
        for thread, replies in zip(threads, replies_of, strict=True)
        for r in replies
    )


def _make_the_demo_account_an_owner(account, seeds) -> None:
    """The network admin demo account owns the first demo network, whatever ran first."""
    if account is None or not seeds:
        return
    if NetworkMembership.objects.filter(user=account, role="owner").exists():
        return
    network = Network.objects.filter(slug=seeds[0].slug).first()
    if network is None:
        return
    NetworkMembership.objects.filter(network=network, role="owner").update(role="admin")
    NetworkMembership.objects.update_or_create(
        network=network, user=account, defaults={"role": "owner"}
    )
