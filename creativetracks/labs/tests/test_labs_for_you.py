"""“Labs that need you”: open labs whose wanted skills, sectors or countries match my profile."""

from datetime import timedelta

import pytest
from django.utils import timezone

from creativetracks.labs.models import Lab
from creativetracks.labs.queries import labs_that_need

from .conftest import make_lab

pytestmark = pytest.mark.django_db


@pytest.fixture
def me(other_member):
    profile = other_member.profile
    profile.sectors = ["music"]
    profile.country = "MZ"
    profile.save()
    profile.skills.add("Sound design", "Mixing")
    return other_member


def test_matching_labs_come_with_their_reasons(client, member, me):
    skills = make_lab(member, "Needs a mixer", skills=["mixing"], sectors=[], countries=[])
    sector = make_lab(member, "Music call", skills=[], sectors=["music"], countries=[])
    country = make_lab(member, "Maputo meet-up", skills=[], sectors=[], countries=["MZ"])
    make_lab(member, "Pottery", skills=["glazing"], sectors=["crafts"], countries=["PT"])
    expired = make_lab(member, "Expired mixer", skills=["Mixing"], sectors=[], countries=[])
    Lab.objects.filter(pk=expired.pk).update(expires=timezone.now() - timedelta(days=1))
    make_lab(me, "My own mixing lab", skills=["mixing"])

    matches = labs_that_need(me)
    assert [m.lab.title for m in matches] == ["Needs a mixer", "Maputo meet-up", "Music call"]
    client.force_login(me)
    page = client.get("/labs/for-you/").content.decode()
    assert "It wants your skills: mixing" in page
    assert "It is in your sector: Music" in page
    assert "It seeks collaborators in Mozambique" in page
    assert "Pottery" not in page and "Expired mixer" not in page and "My own" not in page
    assert {skills.pk, sector.pk, country.pk} == {m.lab.pk for m in matches}


def test_an_empty_profile_gets_an_explanation(client, member, other_member):
    make_lab(member)
    client.force_login(other_member)
    page = client.get("/labs/for-you/")
    assert page.status_code == 200
    assert b"No open lab matches your profile yet" in page.content
