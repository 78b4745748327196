"""The dashboard: who may see it, and its figures checked against counts made here,
row by row, without the report's queries."""

from collections import Counter
from datetime import timedelta

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.utils import timezone

from conftest import make_user
from creativetracks.core.geography import continent_of
from creativetracks.events.models import Registration
from creativetracks.labs.models import Collaboration, Lab
from creativetracks.opportunities.models import SavedOpportunity
from creativetracks.social.models import Connection

from .conftest import build_world, funder_user

pytestmark = pytest.mark.django_db


def figures(response) -> dict:
    return {f.key: f for s in response.context["report"].sections for f in s.figures}


def table(response, key):
    return response.context["report"].table(key)


def countable() -> list:
    """Members a report may count, found the slow way."""
    return [
        u
        for u in get_user_model().objects.select_related("profile")
        if u.is_active and hasattr(u, "profile") and u.profile.visibility != "hidden"
    ]


def test_visitors_are_sent_to_sign_in(client):
    response = client.get("/reports/")
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")


def test_members_are_refused(client, member):
    client.force_login(member)
    assert client.get("/reports/").status_code == 403


@pytest.mark.parametrize("role", ["staff", "partner", "funder"])
def test_staff_partner_staff_and_funders_see_the_dashboard(client, role, staff_user, partner_staff):
    user = {"staff": staff_user, "partner": partner_staff, "funder": funder_user()}[role]
    client.force_login(user)
    response = client.get("/reports/")
    assert response.status_code == 200
    assert "Impact reports" in response.text
    assert [s.key for s in response.context["report"].sections] == [
        "members",
        "networks",
        "connections",
        "labs",
        "events",
        "meetings",
        "challenges",
        "opportunities",
        "ambassadors",
    ]


def test_account_menu_links_to_the_reports_for_those_who_may_see_them(client, member, funder):
    client.force_login(funder)
    assert 'href="/reports/"' in client.get("/").text
    client.force_login(member)
    assert 'href="/reports/"' not in client.get("/").text


def test_member_figures_match_counts_made_independently(client, world, funder):
    client.force_login(funder)
    response = client.get("/reports/")
    found = figures(response)
    members = countable()
    assert found["members"].value == len(members)
    assert found["countries"].value == len(
        {str(u.profile.country) for u in members if u.profile.country}
    )
    assert found["new_members"].value == len(members)  # everyone joined today
    assert found["new_members"].previous == 0
    by_country = Counter(str(u.profile.country) for u in members if u.profile.country)
    rows = table(response, "members_by_country")
    assert dict(zip(rows.codes, [r[1] for r in rows.rows], strict=True)) == dict(by_country)
    continents = Counter(continent_of(code) for code in by_country.elements())
    assert sum(r[1] for r in table(response, "members_by_continent").rows) == sum(
        continents.values()
    )
    sectors = Counter(s for u in members for s in u.profile.sectors)
    assert {r[0]: r[1] for r in table(response, "members_by_sector").rows} == {
        "Design": sectors["design"]
    }
    stages = {r[0]: r[1] for r in table(response, "members_by_career_stage").rows}
    assert stages["Emerging (up to 3 years)"] == sum(
        u.profile.career_stage == "emerging" for u in members
    )
    assert "Student" not in stages  # the only student is hidden
    month = timezone.localdate().strftime("%Y-%m")
    assert table(response, "members_by_month").rows == [[month, len(members)]]


def test_activity_figures_match_counts_made_independently(client, world, funder):
    client.force_login(funder)
    found = figures(client.get("/reports/"))
    ids = {u.pk for u in countable()}
    connections = [
        c
        for c in Connection.objects.filter(status="accepted")
        if c.user_low_id in ids and c.user_high_id in ids
    ]
    assert found["connections"].value == len(connections)
    across = [
        c
        for c in connections
        if c.user_low.profile.country
        and c.user_high.profile.country
        and c.user_low.profile.country != c.user_high.profile.country
    ]
    assert found["connections_across_borders"].value == round(100 * len(across) / len(connections))
    assert found["labs_posted"].value == len(
        [lab for lab in Lab.objects.all() if lab.owner_id in ids]
    )
    assert found["labs_joined"].value == len(
        [c for c in Collaboration.objects.filter(status="accepted") if c.user_id in ids]
    )
    assert found["events"].value == 1
    assert found["participants"].value == len(
        {r.user_id for r in Registration.objects.filter(status="attended") if r.user_id in ids}
    )
    assert found["reported_participants"].value == 40
    assert found["challenge_entries"].value == len(world.visible)
    assert found["opportunities_published"].value == 1
    assert found["opportunities_saved"].value == len(
        [s for s in SavedOpportunity.objects.all() if s.user_id in ids]
    )
    assert found["networks"].value == 1
    assert found["network_memberships"].value == len(world.visible)
    assert found["ambassador_regions"].value == 1
    assert found["ambassador_countries"].value == 3
    # Nobody met at a B2B table; without the meetings app the figure is not available.
    installed = apps.is_installed("creativetracks.meetings")
    assert found["meetings_held"].value == (0 if installed else None)


def test_filters_narrow_the_figures(client, world, funder):
    client.force_login(funder)
    by_region = figures(client.get("/reports/", {"region": "lusophone"}))
    lusophone = [u for u in countable() if str(u.profile.country) in {"PT", "MZ", "BR"}]
    assert by_region["members"].value == len(lusophone)
    by_network = figures(client.get("/reports/", {"network": world.network.slug}))
    assert by_network["members"].value == len(world.visible)
    by_partner = figures(client.get("/reports/", {"partner": "inova"}))
    # Reached by the partner: everyone visible went to its event and entered its challenge.
    assert by_partner["members"].value == len(world.visible)
    assert by_partner["events"].value == 1


def test_trends_compare_with_the_previous_period(client, world, funder):
    Lab.objects.filter(owner=world.visible[0]).update(created=timezone.now() - timedelta(days=40))
    client.force_login(funder)
    today = timezone.localdate()
    found = figures(
        client.get(
            "/reports/",
            {"start": (today - timedelta(days=29)).isoformat(), "end": today.isoformat()},
        )
    )
    assert found["labs_posted"].value == 0
    assert found["labs_posted"].previous == 1
    assert found["labs_posted"].change == -1


@pytest.mark.parametrize(
    "params",
    [
        {"start": "yesterday"},
        {"start": "2017-05-01", "end": "2017-01-01"},
        {"start": "2999-01-01"},
        {"region": "atlantis"},
    ],
)
def test_bad_filters_answer_422_with_a_message(client, funder, params):
    client.force_login(funder)
    response = client.get("/reports/", params)
    assert response.status_code == 422
    assert "field__errors" in response.text
    assert client.get("/reports/report.xlsx", params).status_code == 422


def _queries(client, params) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as context:
        assert client.get("/reports/", params).status_code == 200
    return len(context.captured_queries)


@pytest.mark.parametrize("params", [{}, {"partner": "inova", "region": "lusophone"}])
def test_the_dashboard_costs_the_same_queries_at_two_sizes(
    client, funder, params, django_assert_max_num_queries
):
    build_world(2, prefix="small")
    client.force_login(funder)
    client.get("/reports/")  # the first page of a session also loads its caches
    small = _queries(client, params)
    world = build_world(25, prefix="large")
    for user in world.visible[:10]:
        make_user(f"late-{user.pk}@example.org")
    with django_assert_max_num_queries(small):
        assert client.get("/reports/", params).status_code == 200
