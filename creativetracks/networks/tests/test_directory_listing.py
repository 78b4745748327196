"""Listed networks are found in the directory next to people and organisations."""

import pytest
from django.urls import reverse

from creativetracks.networks import services
from creativetracks.networks.models import Network

from .conftest import make_network

pytestmark = pytest.mark.django_db


def names_in(response) -> list[str]:
    return [result.title for result in response.context["directory"].results]


def test_a_public_network_is_found_with_its_card(client, member):
    make_network(member, "Maputo Makers", countries=["MZ", "PT", "BR"], sectors=["crafts"])

    response = client.get(reverse("directory"), {"q": "makers"})

    assert names_in(response) == ["Maputo Makers"]
    html = response.content.decode()
    assert "Network" in html and "1 member · " in html and "Mozambique" in html
    types = {o.value: o for o in response.context["directory"].facets["type"]}
    assert types["network"].label == "Networks" and types["network"].count == 1


def test_filtering_by_type_lists_only_networks(client, member):
    make_network(member, "Maputo Makers", countries=["MZ"])

    response = client.get(reverse("directory"), {"type": "network"})

    assert names_in(response) == ["Maputo Makers"]
    assert response.context["directory"].total == 1


def test_unlisted_networks_are_never_in_the_directory(client, member, other_member):
    network = make_network(member, "Secret Circle", listing=Network.Listing.UNLISTED)
    client.force_login(other_member)
    assert names_in(client.get(reverse("directory"), {"q": "secret"})) == []

    services.update_network(member, network, {"listing": Network.Listing.PUBLIC})
    assert names_in(client.get(reverse("directory"), {"q": "secret"})) == ["Secret Circle"]

    services.update_network(member, network, {"listing": Network.Listing.UNLISTED})
    assert names_in(client.get(reverse("directory"), {"q": "secret"})) == []


def test_listing_networks_costs_the_same_queries_for_2_and_12(client, member, settings):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.CACHE_SECONDS = 0  # count the search itself, not the page cache

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            client.get(reverse("directory"), {"type": "network"})
        return len(captured)

    for n in range(2):
        make_network(member, f"Circle {n}")
    with_two = queries()
    for n in range(2, 12):
        make_network(member, f"Circle {n}")
    assert queries() == with_two
