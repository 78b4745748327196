"""The demo seeds of issue #10: opportunities, the library with tracks, 15 ambassadors."""

import time

from creativetracks.ambassadors.models import Ambassador, Region
from creativetracks.core.geography import continent_of
from creativetracks.demo import members, services
from creativetracks.demo.ambassadors import seed_ambassadors
from creativetracks.demo.opportunities import seed_opportunities
from creativetracks.demo.resources import seed_resources
from creativetracks.opportunities.models import Kind, Opportunity
from creativetracks.resources.models import LearningTrack, Resource


def counts():
    return (
        Opportunity.objects.count(),
        Resource.objects.count(),
        LearningTrack.objects.count(),
        Ambassador.objects.count(),
        Region.objects.count(),
    )


def test_demo_seeds_are_varied_and_idempotent(client, db):
    services.seed_consortium()
    services.seed_demo_accounts()
    members.seed_members(400, with_images=False)

    started = time.monotonic()
    assert seed_opportunities() == 360
    published = Opportunity.objects.filter(status="published")
    assert set(published.values_list("kind", flat=True)) == set(Kind.values)
    assert published.filter(deadline__isnull=True).exists()  # rolling
    assert published.exclude(residence_countries=[]).exists()
    assert published.exclude(nationalities=[]).exists()
    assert published.filter(max_age__isnull=False).exists()
    assert published.exclude(destination_countries=[]).exists()
    assert Opportunity.objects.filter(status="pending").count() == 2
    from django.utils import timezone

    assert published.filter(deadline__lt=timezone.now()).exists()

    assert seed_resources() >= 40
    assert set(Resource.objects.values_list("kind", flat=True)) == {
        "guide",
        "toolkit",
        "template",
        "recording",
        "podcast",
        "course",
        "report",
    }
    assert LearningTrack.objects.count() == 4
    assert all(track.steps.count() >= 4 for track in LearningTrack.objects.all())

    assert seed_ambassadors() == 15
    continents = {
        continent_of(str(a.user.profile.country))
        for a in Ambassador.objects.select_related("user__profile")
    }
    assert continents == {"AF", "EU", "AS", "NA", "SA", "OC"}
    assert Ambassador.objects.filter(user__email="ambassador@demo.creativetracks.org").exists()
    assert time.monotonic() - started < 30

    before = counts()
    assert seed_opportunities() == 0
    assert seed_resources() == 0
    assert seed_ambassadors() == 0
    assert counts() == before

    # The pages work with the demo data.
    for url in ("/opportunities/", "/resources/", "/resources/tracks/", "/ambassadors/"):
        assert client.get(url).status_code == 200, url
