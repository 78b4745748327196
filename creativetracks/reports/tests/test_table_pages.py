"""Long tables and the map leave the dashboard for a page of their own, so the dashboard
stays within the page budget; every row is still there, one link away."""

import pytest

from creativetracks.profiles.models import Profile

from .conftest import build_world

pytestmark = pytest.mark.django_db

PERIOD = "start=2015-01-01"


def test_the_map_and_its_table_have_their_own_page(client, funder):
    build_world()
    client.force_login(funder)
    dashboard = client.get(f"/reports/?{PERIOD}").content.decode()
    assert "worldmap__svg" not in dashboard
    assert "/reports/tables/members_by_country/?start=2015-01-01" in dashboard
    page = client.get(f"/reports/tables/members_by_country/?{PERIOD}")
    assert page.status_code == 200
    html = page.content.decode()
    assert "worldmap__svg" in html
    countries = set(Profile.objects.exclude(visibility="hidden").values_list("country", flat=True))
    assert html.count('<th scope="row">') == len(countries - {""}) >= 2


def test_short_tables_stay_on_the_dashboard(client, funder):
    build_world()
    client.force_login(funder)
    dashboard = client.get(f"/reports/?{PERIOD}").content.decode()
    assert 'id="caption-members_by_continent"' in dashboard
    assert "/reports/tables/members_by_continent/" not in dashboard


def test_an_unknown_table_is_404_and_bad_filters_422(client, funder):
    client.force_login(funder)
    assert client.get("/reports/tables/nothing/").status_code == 404
    assert client.get("/reports/tables/members_by_country/?start=nope").status_code == 422
