"""Pages cost a constant number of queries whatever the number of labs or comments."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from conftest import make_user
from creativetracks.labs import services
from creativetracks.networks.models import NetworkMembership
from creativetracks.networks.tests.conftest import make_network

from .conftest import make_lab

pytestmark = pytest.mark.django_db


def queries_for(client, path: str) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return len(captured)


def people(count: int) -> list:
    return [make_user(f"p{n}@example.org", display_name=f"Person {n}") for n in range(count)]


@pytest.mark.parametrize("path", ["/labs/", "/labs/?q=call", "/labs/?sector=music&kind=poll"])
def test_the_listing_costs_the_same_for_10_and_100_labs(client, member, path):
    network = make_network(member, "Harbour Makers")
    authors = people(5)
    for user in authors:
        NetworkMembership.objects.create(network=network, user=user)

    def add(count: int) -> None:
        for n in range(count):
            make_lab(
                authors[n % 5],
                f"Call {n}",
                sectors=["music"],
                kind="poll",
                network=network if n % 2 else None,
            )

    add(10)
    client.force_login(member)
    few = queries_for(client, path)
    add(90)
    many = queries_for(client, path)
    assert many == few, (few, many)


def test_the_lab_page_costs_the_same_for_10_and_100_comments(
    client, member, django_assert_max_num_queries
):
    network = make_network(member, "Harbour Makers")
    lab = make_lab(member, network=network)
    commenters = people(6)
    for user in commenters[:3]:
        services.decide_request(member, services.ask_to_join(user, lab), accept=True)
    poll = services.add_poll(member, lab, question="Day?", options=["Mon", "Fri"])
    services.post_update(member, lab, "Started")

    def comment(count: int) -> None:
        for n in range(count):
            top = services.post_comment(
                commenters[n % 6], lab, f"Comment {n} @{member.profile.handle}"
            )
            services.post_comment(commenters[(n + 1) % 6], lab, "A reply", parent=top)

    comment(5)  # 10 comments
    services.vote(commenters[0], poll, [poll.options.first().pk])
    for viewer in (member, commenters[0], None):
        client.logout()
        if viewer:
            client.force_login(viewer)
        few = queries_for(client, lab.get_absolute_url())
        comment(45)  # 100 comments
        many = queries_for(client, lab.get_absolute_url())
        assert many == few, (viewer, few, many)
        with django_assert_max_num_queries(30):
            client.get(lab.get_absolute_url())
