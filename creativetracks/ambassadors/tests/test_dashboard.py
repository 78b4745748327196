"""The ambassador's dashboard: only their region's private data; verification; featuring."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from creativetracks.ambassadors.models import Feature, Verification
from creativetracks.notifications.models import Notification
from creativetracks.opportunities.tests.conftest import partner_staff, publish

from .conftest import ambassador, person, region


@pytest.fixture
def world(db):
    africa = region("Southern Africa", ["MZ", "ZA"])
    asia = region("East Asia", ["CN", "JP"])
    tendai = ambassador("tendai@example.org", "Tendai Moyo", "MZ", africa)
    li = ambassador("li@example.org", "Li Wei", "CN", asia)
    local = person("amara@example.org", "Amara Local", "ZA")
    far = person("kenji@example.org", "Kenji Far", "JP")
    return {"africa": africa, "asia": asia, "tendai": tendai, "li": li, "local": local, "far": far}


def test_the_dashboard_shows_only_the_own_region(client, world):
    client.force_login(world["tendai"])
    page = client.get("/ambassadors/dashboard/").content.decode()
    assert "Amara Local" in page
    assert "Kenji Far" not in page
    # Asking for another region is refused.
    assert client.get("/ambassadors/dashboard/?region=east-asia").status_code == 403


def test_members_cant_see_a_dashboard(client, world, member):
    client.force_login(member)
    assert client.get("/ambassadors/dashboard/").status_code == 403


def test_staff_see_any_region(client, world, staff_user):
    client.force_login(staff_user)
    assert "Kenji Far" in client.get("/ambassadors/dashboard/?region=east-asia").content.decode()


def test_verifying_a_member_of_the_region_gives_a_badge_and_tells_them(client, world):
    client.force_login(world["tendai"])
    response = client.post(
        f"/ambassadors/dashboard/verify/{world['local'].pk}/", {"region": "southern-africa"}
    )
    assert response.status_code == 302
    verification = Verification.objects.get(user=world["local"])
    assert verification.verified_by == world["tendai"] and verification.region == world["africa"]
    assert (
        Notification.objects.filter(recipient=world["local"], kind="member_verified").count() == 1
    )
    client.post(f"/ambassadors/dashboard/verify/{world['local'].pk}/")  # twice: one badge, one note
    assert (
        Notification.objects.filter(recipient=world["local"], kind="member_verified").count() == 1
    )
    page = client.get("/ambassadors/dashboard/").content.decode()
    assert (
        "Everyone is verified" in page
        or "Amara Local" not in page.split("Awaiting verification")[1].split("New members")[0]
    )


def test_withdrawing_a_verification(client, world):
    from creativetracks.ambassadors.services import verify_member

    verify_member(world["tendai"], world["local"])
    verify_member(world["li"], world["far"])
    client.force_login(world["tendai"])
    page = client.get("/ambassadors/dashboard/").content.decode()
    verified = page.split("Verified members")[1].split("Messages to you")[0]
    assert "Amara Local" in verified and "Kenji Far" not in verified
    # Not another region's member.
    assert (
        client.post(f"/ambassadors/dashboard/verify/{world['far'].pk}/withdraw/").status_code == 403
    )
    response = client.post(
        f"/ambassadors/dashboard/verify/{world['local'].pk}/withdraw/",
        {"region": "southern-africa"},
    )
    assert response.status_code == 302
    assert list(Verification.objects.values_list("user", flat=True)) == [world["far"].pk]


def test_verifying_outside_the_region_is_refused(client, world, member):
    client.force_login(world["tendai"])
    response = client.post(f"/ambassadors/dashboard/verify/{world['far'].pk}/")
    assert response.status_code == 403
    assert not Verification.objects.exists()
    client.force_login(member)
    assert client.post(f"/ambassadors/dashboard/verify/{world['local'].pk}/").status_code == 403


def test_region_figures(client, world):
    from creativetracks.labs.tests.conftest import make_lab

    zola = person("zola@example.org", "Zola", "ZA")
    make_lab(zola, "Sound for a short film")  # posted from the region: counts
    make_lab(person("rui@example.org", "Rui", "PT"), "Elsewhere")  # outside the region
    client.force_login(world["tendai"])
    response = client.get("/ambassadors/dashboard/")
    figures = response.context["dashboard"].figures
    assert figures["members"] == 3  # Tendai, Amara, Zola
    assert figures["countries"] == 2
    assert figures["verified"] == 0
    assert figures["labs"] == 1


def test_featuring_regional_content(client, world):
    publisher = partner_staff()
    opportunity = publish(
        publisher, title="Residency in Maputo", kind="residency", destination_countries=["MZ"]
    )
    publish(publisher, title="Residency in Tokyo", kind="residency", destination_countries=["JP"])
    client.force_login(world["tendai"])
    page = client.get("/ambassadors/dashboard/").content.decode()
    assert "Residency in Maputo" in page and "Residency in Tokyo" not in page
    client.post(
        "/ambassadors/dashboard/feature/",
        {"region": "southern-africa", "opportunity": opportunity.pk},
    )
    assert Feature.objects.filter(region=world["africa"], opportunity=opportunity).exists()
    again = client.post(
        "/ambassadors/dashboard/feature/",
        {"region": "southern-africa", "opportunity": opportunity.pk},
    )
    assert again.status_code == 400
    assert (
        "Residency in Maputo"
        in client.get("/ambassadors/regions/southern-africa/").content.decode()
    )
    # Not in another region.
    assert (
        client.post(
            "/ambassadors/dashboard/feature/",
            {"region": "east-asia", "opportunity": opportunity.pk},
        ).status_code
        == 403
    )
    feature = Feature.objects.get()
    client.force_login(world["li"])
    assert client.post(f"/ambassadors/dashboard/feature/{feature.pk}/remove/").status_code == 403
    client.force_login(world["tendai"])
    client.post(f"/ambassadors/dashboard/feature/{feature.pk}/remove/")
    assert not Feature.objects.exists()


def test_public_page_with_map_and_highlight(client, world):
    page = client.get("/ambassadors/").content.decode()
    assert "Tendai Moyo" in page and "Li Wei" in page
    assert "<svg" in page and "/ambassadors/?country=MZ#ambassadors" in page
    highlighted = client.get("/ambassadors/?country=ZA").content.decode()
    assert "ambassador-card--highlight" in highlighted and "South Africa" in highlighted


def test_verified_badge_on_the_ambassadors_page(client, world, staff_user):
    from creativetracks.ambassadors.services import verify_member

    verify_member(staff_user, world["tendai"])
    assert "badge--verified" in client.get("/ambassadors/").content.decode()


def _count(client, url):
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context.captured_queries)


def test_pages_cost_constant_queries(client, world):
    client.force_login(world["tendai"])
    urls = ["/ambassadors/", "/ambassadors/dashboard/", "/ambassadors/regions/southern-africa/"]
    few = [_count(client, url) for url in urls]
    for n in range(12):
        newcomer = person(f"new{n}@example.org", f"New {n}", "ZA")
        if n % 2:
            Verification.objects.create(user=newcomer, verified_by=world["tendai"])
        ambassador(f"amb{n}@example.org", f"Amb {n}", "ZA", world["africa"])
    assert [_count(client, url) for url in urls] == few
