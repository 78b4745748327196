"""A verified member carries the badge on their profile page and directory card."""

import pytest
from django.urls import reverse

from creativetracks.ambassadors import services
from creativetracks.profiles.tests.factories import person

pytestmark = pytest.mark.django_db


def test_the_badge_follows_verification(client, staff_user, settings):
    settings.CACHE_SECONDS = 0
    amina = person("amina@example.org", "Amina Mussa", country="MZ", headline="Designer")
    person("joao@example.org", "João Ferreira", country="PT", headline="Designer")

    def badges() -> tuple[bool, dict[str, bool]]:
        page = client.get(amina.get_absolute_url()).content.decode()
        listing = client.get(reverse("directory"), {"q": "designer"}).context["directory"]
        return "Verified</span>" in page, {r.title: r.verified for r in listing.results}

    assert badges() == (False, {"Amina Mussa": False, "João Ferreira": False})

    services.verify_member(staff_user, amina.user)

    assert badges() == (True, {"Amina Mussa": True, "João Ferreira": False})
