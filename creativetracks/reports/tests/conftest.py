"""Fixtures for the reports' tests: a small world of members and what they did, built
row by row so that the tests can count it again independently."""

from dataclasses import dataclass, field
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone

from conftest import make_user
from creativetracks.ambassadors.models import Ambassador, Region
from creativetracks.challenges.models import Challenge, Submission
from creativetracks.core.models import Partner
from creativetracks.events.models import Event, Registration
from creativetracks.labs.models import Collaboration, Lab
from creativetracks.networks.models import Network, NetworkMembership
from creativetracks.opportunities.models import Opportunity, SavedOpportunity
from creativetracks.social.models import Connection

COUNTRIES = ["PT", "MZ", "BR", "FR", "CN"]


def person(email: str, country: str = "PT", visibility: str = "public", **fields):
    user = make_user(email, display_name=email.split("@")[0].title())
    profile = user.profile
    profile.country = country
    profile.visibility = visibility
    for key, value in fields.items():
        setattr(profile, key, value)
    profile.save()
    return user


def funder_user(email: str = "funder@example.org"):
    user = make_user(email, display_name="Fiona Funder")
    user.groups.add(Group.objects.get_or_create(name="Funders")[0])
    return user


def connect(a, b) -> Connection:
    low, high = sorted([a, b], key=lambda u: u.pk)
    return Connection.objects.create(
        user_low=low, user_high=high, requested_by=a, status="accepted", responded=timezone.now()
    )


@dataclass
class World:
    partner: Partner
    network: Network
    region: Region
    visible: list = field(default_factory=list)
    hidden: object = None
    events: list = field(default_factory=list)


def build_world(n: int = 5, *, prefix: str = "m") -> World:
    """`n` visible members (countries in turn, sector "design", stage "emerging") and one
    hidden member in Malawi who does everything the others do: joins the network,
    connects, posts and joins a lab, goes to the event, enters the challenge, saves the
    opportunity."""
    now = timezone.now()
    partner, _ = Partner.objects.get_or_create(
        slug="inova", defaults={"name": "INOVA+", "country": "PT", "summary": "Lead."}
    )
    owner = person(f"{prefix}-owner@example.org", "PT")
    network = Network.objects.create(
        name=f"Makers {prefix}", slug=f"makers-{prefix}", created_by=owner
    )
    region = Region.objects.get_or_create(
        slug="lusophone", defaults={"name": "Lusophone", "countries": ["PT", "MZ", "BR"]}
    )[0]
    Ambassador.objects.get_or_create(user=owner, region=region, defaults={"active": True})
    world = World(partner, network, region)
    world.visible.append(owner)
    for i in range(n):
        world.visible.append(
            person(
                f"{prefix}{i}@example.org",
                COUNTRIES[i % len(COUNTRIES)],
                sectors=["design"],
                career_stage="emerging",
            )
        )
    world.hidden = person(
        f"{prefix}-hidden@example.org", "MW", "hidden", sectors=["games"], career_stage="student"
    )
    everyone = [*world.visible, world.hidden]
    for user in everyone:
        NetworkMembership.objects.get_or_create(network=network, user=user)
    for a, b in zip(everyone, everyone[1:], strict=False):
        connect(a, b)
    event = Event.objects.create(
        title=f"Kick-Start {prefix}",
        slug=f"kick-start-{prefix}",
        start=now - timedelta(days=3),
        end=now - timedelta(days=3) + timedelta(hours=5),
        country="PT",
        organiser_partner=partner,
        reported_participants=40,
    )
    world.events.append(event)
    for user in everyone:
        Registration.objects.create(event=event, user=user, status="attended")
    lab = Lab.objects.create(kind="collaboration", title=f"Lab {prefix}", summary="s", owner=owner)
    Lab.objects.create(kind="poll", title=f"Hidden lab {prefix}", summary="s", owner=world.hidden)
    for user in everyone[1:]:
        Collaboration.objects.create(lab=lab, user=user, status="accepted")
    challenge = Challenge.objects.get_or_create(
        slug="b-creative",
        defaults={
            "title": "b.creative",
            "brief": "b",
            "partner": partner,
            "phase": "review",
            "opens_at": now - timedelta(days=30),
            "deadline": now - timedelta(days=1),
            "review_ends_at": now + timedelta(days=10),
        },
    )[0]
    for i, user in enumerate(everyone):
        Submission.objects.create(
            challenge=challenge,
            lead=user,
            title=f"Entry {prefix}{i}",
            summary="s",
            state="submitted",
            submitted_at=now - timedelta(days=2),
        )
    opportunity = Opportunity.objects.create(
        kind="grant",
        title=f"Grant {prefix}",
        organiser="Fund",
        status="published",
        published=now - timedelta(days=5),
    )
    for user in everyone:
        SavedOpportunity.objects.create(user=user, opportunity=opportunity)
    return world


@pytest.fixture
def funder(db):
    return funder_user()


@pytest.fixture
def partner_staff(db):
    user = make_user("paula@example.org", display_name="Paula Partner")
    partner, _ = Partner.objects.get_or_create(
        slug="inova", defaults={"name": "INOVA+", "country": "PT", "summary": "Lead."}
    )
    partner.staff.add(user)
    return user


@pytest.fixture
def world(db) -> World:
    return build_world()
