from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import make_user
from creativetracks.networks.models import Network, NetworkFacet, NetworkMembership
from creativetracks.networks.services import facet_rows

from .conftest import add_member, make_network


def names(response) -> list[str]:
    return [n.name for n in response.context["listing"].networks]


def test_the_header_links_to_the_networks(client, db):
    page = client.get("/")
    assert 'href="/networks/"' in page.content.decode()


def test_the_listing_shows_public_networks_and_your_unlisted_ones(client, member, other_member):
    make_network(member, "Lisbon Makers")
    quiet = make_network(other_member, "Quiet Circle", listing="unlisted")
    assert names(client.get(reverse("networks"))) == ["Lisbon Makers"]
    client.force_login(member)
    assert names(client.get(reverse("networks"))) == ["Lisbon Makers"]
    add_member(quiet, member)
    response = client.get(reverse("networks"))
    assert names(response) == ["Lisbon Makers", "Quiet Circle"]
    assert b"Unlisted" in response.content


def test_search_by_name_ignores_case_and_accents(client, member):
    make_network(member, "São Paulo Criativa")
    make_network(member, "Rede Porto")
    assert names(client.get(reverse("networks"), {"q": "sao paulo"})) == ["São Paulo Criativa"]
    assert names(client.get(reverse("networks"), {"q": "PORTO"})) == ["Rede Porto"]
    assert names(client.get(reverse("networks"), {"q": "zebra"})) == []


def test_filters_by_sector_country_and_region(client, member):
    make_network(member, "Maputo Makers", sectors=["crafts"], countries=["MZ"])
    make_network(member, "Porto Sound", sectors=["music"], countries=["PT", "BR"])
    listing = reverse("networks")
    assert names(client.get(listing, {"sector": "music"})) == ["Porto Sound"]
    assert names(client.get(listing, {"country": "MZ"})) == ["Maputo Makers"]
    assert names(client.get(listing, {"region": "SA"})) == ["Porto Sound"]
    assert names(client.get(listing, {"region": "AF", "sector": "music"})) == []
    response = client.get(listing)
    countries = dict(response.context["listing"].options["country"])
    assert countries == {"BR": "Brazil", "MZ": "Mozambique", "PT": "Portugal"}


def test_odd_input_never_breaks_the_listing(client, member):
    make_network(member, "Maputo Makers")
    for params in [
        {"q": '"*) OR 1=1 --'},
        {"q": "x" * 5000},
        {"page": "-4"},
        {"page": "abc"},
        {"page": "99999999999"},
        {"sector": "<script>"},
        {"country": "ZZZZZZZZZZZZZZZZZ"},
    ]:
        assert client.get(reverse("networks"), params).status_code == 200, params


def test_htmx_requests_get_the_results_only(client, member):
    make_network(member, "Maputo Makers")
    response = client.get(reverse("networks"), {"q": "maputo"}, HTTP_HX_REQUEST="true")
    assert b"<html" not in response.content and b"Maputo Makers" in response.content


def _networks(owner, start: int, stop: int) -> None:
    """Networks in bulk, each with a few members (as the demo seed writes them)."""
    created = Network.objects.bulk_create(
        Network(
            name=f"Network {n:03d}",
            slug=f"network-{n}",
            name_folded=f"network {n:03d}",
            sectors=["design", "music"],
            countries=["PT", "MZ"],
        )
        for n in range(start, stop)
    )
    created = list(Network.objects.filter(slug__in=[n.slug for n in created]))
    NetworkFacet.objects.bulk_create(f for n in created for f in facet_rows(n))
    NetworkMembership.objects.bulk_create(
        NetworkMembership(network=n, user=owner, role="owner") for n in created
    )


def _count(client, params) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("networks"), params)
    assert response.status_code == 200
    return len(captured)


def test_the_listing_costs_the_same_queries_for_10_and_100_networks(
    client, db, django_assert_max_num_queries
):
    owner = make_user("owner@example.org")
    params = {"q": "network", "sector": "design"}
    _networks(owner, 0, 10)
    visitor_ten = _count(client, params)
    client.force_login(owner)
    member_ten = _count(client, params)
    _networks(owner, 10, 100)
    with django_assert_max_num_queries(member_ten):
        response = client.get(reverse("networks"), params)
    assert response.context["listing"].total == 100
    assert len(response.context["listing"].networks) == 20
    assert b"2 members" not in response.content and b"1 member" in response.content
    assert _count(client, params) == member_ten
    client.logout()
    assert _count(client, params) == visitor_ten
