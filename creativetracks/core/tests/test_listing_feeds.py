"""RSS and Atom feeds of the resource library and of challenges: what a visitor sees."""

import pytest

from creativetracks.challenges.tests.conftest import make_challenge
from creativetracks.events.tests.conftest import make_partner
from creativetracks.opportunities.tests.conftest import partner_staff
from creativetracks.resources.tests.conftest import add_resource

pytestmark = pytest.mark.django_db


def test_resource_feeds_list_public_resources_newest_first(client):
    staff = partner_staff()
    add_resource(staff, title="Old guide")
    add_resource(staff, kind="course", title="New course")
    add_resource(staff, title="Members guide", visibility="members")
    rss = client.get("/resources/feed/rss/")
    assert rss.status_code == 200 and rss["Content-Type"].startswith("application/rss+xml")
    body = rss.content.decode()
    assert body.index("Course: New course") < body.index("Guide: Old guide")
    assert "Members guide" not in body
    atom = client.get("/resources/feed/atom/").content.decode()
    assert "<feed" in atom and "New course" in atom and "Members guide" not in atom
    page = client.get("/resources/").content.decode()
    assert 'type="application/rss+xml"' in page and 'href="/resources/feed/atom/"' in page


def test_challenge_feeds_list_published_public_challenges(client):
    partner = make_partner()
    make_challenge(partner, title="Open call")
    make_challenge(partner, phase="draft", title="Draft idea")
    make_challenge(partner, title="Members call", visibility="members")
    body = client.get("/challenges/feed/rss/").content.decode()
    assert "Open call" in body and "Deadline" in body
    assert "Draft idea" not in body and "Members call" not in body
    assert "Open call" in client.get("/challenges/feed/atom/").content.decode()


@pytest.mark.parametrize("size", [2, 12])
def test_feeds_cost_constant_queries(client, django_assert_max_num_queries, size):
    staff = partner_staff()
    partner = make_partner()
    for number in range(size):
        add_resource(staff, title=f"Guide {number}")
        make_challenge(partner, title=f"Call {number}", created_by=staff)
    with django_assert_max_num_queries(4):
        assert client.get("/resources/feed/rss/").status_code == 200
    with django_assert_max_num_queries(4):
        assert client.get("/challenges/feed/atom/").status_code == 200
