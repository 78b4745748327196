"""Fixtures for the networks' tests: real rows through the real services."""

import pytest

from conftest import make_user
from creativetracks.networks import services
from creativetracks.networks.models import Network, NetworkMembership, Topic


def make_network(owner, name: str = "Maputo Makers", **fields) -> Network:
    data = {
        "name": name,
        "description": "We *make* things.",
        "sectors": ["crafts"],
        "countries": ["MZ"],
        "website": "",
        "join_policy": "request",
        "listing": "public",
        **fields,
    }
    return services.create_network(owner, data)


def add_member(network: Network, user, role: str = "member") -> NetworkMembership:
    return NetworkMembership.objects.create(network=network, user=user, role=role)


def person(email: str, name: str, visibility: str = "public", **fields):
    """A member whose profile has the given visibility (indexed for name search)."""
    from creativetracks.profiles.services import index_profile

    user = make_user(email, display_name=name)
    profile = user.profile
    profile.visibility = visibility
    for key, value in fields.items():
        setattr(profile, key, value)
    profile.save()
    index_profile(profile)
    return user


@pytest.fixture
def network(member):
    """A public network, joined on request, owned by `member`."""
    return make_network(member)


@pytest.fixture
def open_network(member):
    return make_network(member, "Lisbon Open Studio", join_policy="open", countries=["PT"])


@pytest.fixture
def topic(db):
    return Topic.objects.get_or_create(slug="funding", defaults={"name": "Funding and grants"})[0]
