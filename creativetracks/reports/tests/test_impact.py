"""The public impact page: the headline the original site quoted, counted live,
cached, and counted again after a write."""

import pytest
from django.test import override_settings

from creativetracks.reports.queries import impact_figures, rounded_down

from .conftest import build_world, person

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("value", "shown"), [(0, 0), (7, 7), (99, 99), (157, 150), (1834, 1800), (12_345, 12_000)]
)
def test_headline_figures_are_rounded_down_like_the_original_site(value, shown):
    assert rounded_down(value) == shown


def test_visitors_see_the_headline_and_the_map(client, world):
    response = client.get("/impact/")
    assert response.status_code == 200
    impact = response.context["impact"]
    assert impact.people == len(world.visible)
    assert impact.networks == 1
    assert impact.events == 1
    assert impact.participants == len(world.visible)
    assert impact.challenge_entries == len(world.visible)
    countries = {str(u.profile.country) for u in world.visible}
    assert impact.countries == len(countries)
    assert (
        f"<strong>{impact.community}+</strong> entrepreneurs, networks and organisations"
        in response.text
    )
    assert 'class="worldmap__svg"' in response.text
    assert "Portugal" in response.text
    assert "Open the reports dashboard" not in response.text


def test_the_footer_links_to_the_impact_page(client, db):
    assert 'href="/impact/"' in client.get("/").text


@override_settings(CACHE_SECONDS=300)
def test_figures_are_cached_until_something_they_count_changes(
    client, world, django_assert_num_queries
):
    first = impact_figures()
    with django_assert_num_queries(0):
        assert impact_figures() == first
    person("newcomer@example.org", "AR")
    assert impact_figures().people == first.people + 1
    assert "AR" in impact_figures().by_country


def test_the_page_costs_the_same_queries_at_two_sizes(client, db, django_assert_max_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    build_world(2, prefix="small")
    with CaptureQueriesContext(connection) as small:
        client.get("/impact/")
    build_world(20, prefix="large")
    with django_assert_max_num_queries(len(small.captured_queries)):
        client.get("/impact/")
