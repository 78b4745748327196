"""The profile and organisation lists of the API from the cache (api.caching): each
caller's own entry, dropped by any write and by the caller's own writes."""

import pytest

from conftest import make_user
from creativetracks.profiles.indexing import index_profile

from .helpers import bearer

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def caching_on(settings):
    settings.MEMBER_PAGE_CACHE_SECONDS = 30


def listed(client, headers=None, query="") -> dict[str, dict]:
    response = client.get(f"/api/v1/profiles/{query}", **(headers or {}))
    assert response.status_code == 200
    return {p["handle"]: p for p in response.json()["items"]}


def public(email: str, name: str, contact: str = "members"):
    user = make_user(email, display_name=name)
    profile = user.profile
    profile.visibility = "public"
    profile.contact_visibility = contact
    profile.save()
    index_profile(profile)
    return profile


def test_a_new_profile_is_listed_on_the_next_call(client):
    public("paula@example.org", "Paula Public")
    assert len(listed(client)) == 1
    assert len(listed(client)) == 1  # from the cache
    public("pedro@example.org", "Pedro Public")
    assert len(listed(client)) == 2


def test_members_never_get_each_others_list(client, member):
    paula = public("paula@example.org", "Paula Public", contact="members")
    visitor = listed(client)
    assert visitor[paula.handle]["email"] is None
    as_member = listed(client, bearer(member))
    assert as_member[paula.handle]["email"] == "paula@example.org"
    assert listed(client)[paula.handle]["email"] is None  # the visitors' entry is apart
    own = listed(client, bearer(paula.user))
    assert own[paula.handle]["email"] == "paula@example.org"
    assert listed(client, bearer(member)) == as_member


def test_a_write_with_a_token_drops_the_callers_entries(client, member):
    mine = member.profile
    mine.visibility = "public"
    mine.save()
    index_profile(mine)
    headers = bearer(member)
    assert listed(client, headers)[mine.handle]["headline"] == ""
    changed = client.patch(
        "/api/v1/me/profile", {"headline": "Weaver"}, content_type="application/json", **headers
    )
    assert changed.status_code == 200
    assert listed(client, headers)[mine.handle]["headline"] == "Weaver"


def test_the_list_is_the_same_with_the_cache_off(client, settings):
    paula = public("paula@example.org", "Paula Public")
    cached = client.get("/api/v1/profiles/").json()
    settings.MEMBER_PAGE_CACHE_SECONDS = 0
    assert client.get("/api/v1/profiles/").json() == cached
    assert paula.handle in str(cached)
