"""A profile a moderator hides leaves the directory at once, stays out when its owner
edits it, and comes back when a moderator unhides it."""

import pytest

from creativetracks.core.models import SearchDocument
from creativetracks.profiles.services import index_profile

from .conftest import report

pytestmark = pytest.mark.django_db


def in_directory(client, profile) -> bool:
    return profile.get_absolute_url() in client.get("/directory/", {"q": "Ada"}).text


def test_hiding_a_profile_takes_it_out_of_the_directory_at_once(
    client, moderator, reporter, author
):
    profile = author.profile
    profile.visibility = "public"
    profile.save()
    index_profile(profile)
    assert in_directory(client, profile)
    filed = report(reporter, "profile", profile)
    client.force_login(moderator)
    client.post(f"/moderation/reports/{filed.pk}/decide/", {"action": "hide", "note": "Fake"})
    assert not SearchDocument.objects.filter(kind="person", object_id=profile.pk).exists()
    client.logout()
    assert not in_directory(client, profile)
    assert "Ada Author" not in client.get("/api/v1/profiles/", {"q": "Ada"}).content.decode()
    # Editing the profile does not bring it back while it is hidden.
    index_profile(profile)
    assert not in_directory(client, profile)
    client.force_login(moderator)
    client.post(f"/moderation/reports/{filed.pk}/unhide/", {"note": "Verified"})
    client.logout()
    assert in_directory(client, profile)
    assert client.get(profile.get_absolute_url()).status_code == 200
