"""Posting a lab through the API: the site's form checks it, the site's service makes it."""

import json

import pytest

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.labs.models import Lab
from creativetracks.social.tests.builders import network_of

pytestmark = pytest.mark.django_db


def create(client, headers, **fields):
    data = {
        "kind": "collaboration",
        "title": "Sound for a film",
        "summary": "We need sound.",
        **fields,
    }
    return client.post(
        "/api/v1/labs/", json.dumps(data), content_type="application/json", **headers
    )


def test_a_member_posts_a_lab(client, member):
    response = create(
        client,
        bearer(member),
        description="We *record* waves.",
        skills=["Sound design", "Foley"],
        sectors=["audiovisual-film"],
        countries=["PT"],
        expires_on="2099-01-31",
    )
    assert response.status_code == 201
    body = response.json()
    lab = Lab.objects.get()
    assert body["id"] == lab.pk and lab.owner == member and lab.skills == ["Sound design", "Foley"]
    assert body["visibility"] == "public" and body["open"] is True and body["expires"]
    assert client.get(f"/api/v1/labs/{lab.pk}").status_code == 200


def test_a_network_lab_only_in_ones_own_networks(client, member, other_member):
    mine = network_of(member, name="Porto Makers")
    theirs = network_of(other_member, name="Other Circle")
    ok = create(client, bearer(member), network=mine.slug, visibility="network")
    assert ok.status_code == 201 and ok.json()["network"] == mine.slug
    refused = create(client, bearer(member), network=theirs.slug, visibility="network")
    assert refused.status_code == 422 and "network" in error_of(refused)["fields"]
    assert Lab.objects.count() == 1


def test_invalid_labs_get_the_forms_messages(client, member):
    response = create(client, bearer(member), title="!!!", summary="   ", kind="nonsense")
    assert response.status_code == 422
    fields = error_of(response)["fields"]
    assert set(fields) >= {"title", "summary", "kind"}
    assert create(client, bearer(member), expires_on="yesterday").status_code == 422
    assert not Lab.objects.exists()


def test_who_may_post(client, member):
    assert create(client, {}).status_code == 401
    assert create(client, bearer(member, scope="read")).status_code == 403
    unverified = make_user("new@example.org", verified=False)
    response = create(client, bearer(unverified))
    assert response.status_code == 403 and "Confirm your email" in error_of(response)["message"]
    assert not Lab.objects.exists()
