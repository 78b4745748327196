from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from creativetracks.networks.models import NetworkMembership

from .conftest import add_member, make_network, person


def listed(response) -> list[str]:
    return [m.user.profile.display_name for m in response.context["page"].object_list]


def test_members_respect_profile_privacy(client, network, member, other_member):
    for name, visibility in [
        ("Ana Public", "public"),
        ("Bea Members", "members"),
        ("Cai Hidden", "hidden"),
    ]:
        add_member(network, person(f"{name.split()[0].lower()}@example.org", name, visibility))
    url = reverse("network_members", args=[network.slug])
    assert listed(client.get(url)) == ["Ana Public"]
    client.force_login(other_member)
    assert listed(client.get(url)) == ["Ana Public", "Bea Members", "Mia Member"]
    # Hidden means hidden: not on the network's page, whoever looks.
    client.force_login(member)
    page = client.get(url)
    assert "Cai Hidden" not in listed(page)
    assert b"Cai Hidden" not in client.get(network.get_absolute_url()).content
    # Running the network needs everyone: the admins' page lists hidden members too.
    manage = client.get(reverse("network_manage", args=[network.slug]))
    assert b"Cai Hidden" in manage.content


def test_members_are_searched_by_name_without_accents(client, network):
    add_member(network, person("joao@example.org", "João Ferreira"))
    add_member(network, person("amina@example.org", "Amina Mussa"))
    add_member(network, person("hidden@example.org", "Joana Hidden", "hidden"))
    url = reverse("network_members", args=[network.slug])
    assert listed(client.get(url, {"q": "joao"})) == ["João Ferreira"]
    assert listed(client.get(url, {"q": "MUSSA"})) == ["Amina Mussa"]
    assert listed(client.get(url, {"q": "joana"})) == []
    assert client.get(url, {"q": '"*) AND', "page": "x"}).status_code == 200
    htmx = client.get(url, {"q": "amina"}, HTTP_HX_REQUEST="true")
    assert b"<html" not in htmx.content and b"Amina Mussa" in htmx.content


def _members(network, start: int, stop: int) -> None:
    for n in range(start, stop):
        user = person(f"m{n}@example.org", f"Member {n:03d}")
        NetworkMembership.objects.create(network=network, user=user)


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_member_pages_cost_the_same_queries_for_10_and_100_members(
    client, member, django_assert_max_num_queries
):
    network = make_network(member, "Big Network")
    members_url = reverse("network_members", args=[network.slug])
    _members(network, 0, 10)
    client.force_login(member)
    counts = {url: _count(client, url) for url in [members_url, network.get_absolute_url()]}
    manage_url = reverse("network_manage", args=[network.slug])
    counts[manage_url] = _count(client, manage_url)
    _members(network, 10, 100)
    with django_assert_max_num_queries(counts[members_url]):
        response = client.get(members_url)
    assert response.context["page"].paginator.count == 101
    assert len(response.context["page"].object_list) == 48
    assert {url: _count(client, url) for url in counts} == counts
