from django.db.models import Count, Q

from creativetracks.accounts.services import accept_terms
from creativetracks.demo import members, services
from creativetracks.demo.networks import NETWORK_ACCOUNT, seed_networks
from creativetracks.networks.models import Network, NetworkMembership, Reply, Thread


def counts():
    return (
        Network.objects.count(),
        NetworkMembership.objects.count(),
        Thread.objects.count(),
        Reply.objects.count(),
        Network.organisations.through.objects.count(),
    )


def test_seventy_demo_networks_with_members_roles_and_discussions(client, db):
    services.seed_consortium()
    services.seed_demo_accounts()
    members.seed_organisations()
    members.seed_members(120, with_images=False)

    assert seed_networks() == 70
    networks = Network.objects.annotate(
        owners=Count("memberships", filter=Q(memberships__role="owner")),
        size=Count("memberships", distinct=True),
    )
    assert all(n.owners == 1 and n.size >= 12 for n in networks)
    assert Network.objects.filter(listing="unlisted").count() == 7
    assert Network.objects.filter(organisations__isnull=True).count() == 0
    for network in Network.objects.all()[:5]:
        assert network.organisations.get().slug == network.slug
    demo = NetworkMembership.objects.get(user__email=NETWORK_ACCOUNT)
    assert demo.role == "owner"
    assert Thread.objects.count() == 210 and Reply.objects.count() > 400
    synthetic = NetworkMembership.objects.exclude(user__email=NETWORK_ACCOUNT)
    assert not synthetic.exclude(user__email__endswith="@members.demo.creativetracks.org").exists()

    before = counts()
    assert seed_networks() == 0
    assert counts() == before

    accept_terms(demo.user)  # demo accounts are asked to accept the terms, as anyone
    client.force_login(demo.user)
    page = client.get(demo.network.get_absolute_url())
    assert page.status_code == 200 and b"You own this network" in page.content
    assert b"Introduce yourself" in page.content
    listing = client.get("/networks/", {"region": "EU"})
    assert listing.status_code == 200 and listing.context["listing"].total > 0


def test_without_members_it_still_runs_and_stays_idempotent(db):
    assert seed_networks(5) == 5
    assert seed_networks(5) == 0
    assert Thread.objects.count() == 0
