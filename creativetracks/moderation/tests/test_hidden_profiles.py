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


def test_a_hidden_profile_can_no_longer_be_followed_but_can_be_left(
    client, moderator, reporter, author
):
    from creativetracks.api.tests.helpers import bearer
    from creativetracks.social.models import Follow
    from creativetracks.social.services import follow_member

    profile = author.profile
    profile.visibility = "public"
    profile.save()
    follow_member(reporter, author)
    filed = report(reporter, "profile", profile)
    client.force_login(moderator)
    client.post(f"/moderation/reports/{filed.pk}/decide/", {"action": "hide", "note": "Fake"})

    client.force_login(reporter)
    followers = f"/people/{profile.handle}/followers/"
    assert client.get(followers).status_code == 404
    listed = f"/api/v1/profiles/{profile.handle}/followers"
    assert client.get(listed, **bearer(reporter, scope="read")).status_code == 404
    api = f"/api/v1/follows/people/{profile.handle}"
    assert client.post(api, **bearer(reporter)).status_code == 404
    assert client.delete(api, **bearer(reporter)).status_code == 200
    assert not Follow.objects.filter(follower=reporter, followed_user=author).exists()
    client.force_login(author)  # its owner still sees their lists
    assert client.get(followers).status_code == 200
