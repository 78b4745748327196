import pytest

from creativetracks.opportunities.tests.conftest import partner_staff
from creativetracks.resources import services
from creativetracks.resources.models import LearningTrack, TrackStep


@pytest.fixture
def publisher(db):
    return partner_staff()


def resource_data(**fields) -> dict:
    data = {
        "kind": "guide",
        "title": "Pricing your design work",
        "summary": "How to *price* commissions.",
        "topics": ["business-models"],
        "language": "en",
        "level": "beginner",
        "sectors": ["design"],
        "link": "https://example.org/guide",
        "author": "INOVA+",
        "visibility": "public",
    }
    data.update(fields)
    return data


def add_resource(user, **fields):
    return services.publish_resource(user, resource_data(**fields))


def make_track(resources, title: str = "Going international", slug: str = "going-international"):
    track = LearningTrack.objects.create(title=title, slug=slug, description="Step by step.")
    for position, resource in enumerate(resources):
        TrackStep.objects.create(track=track, resource=resource, position=position)
    return track
