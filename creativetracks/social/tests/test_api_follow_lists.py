"""Other people's follower and following lists through the API: what the profile's
"Followers" and "Following" pages show, to whom they show it."""

import pytest

from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.profiles.models import Organisation
from creativetracks.social import services
from creativetracks.social.models import Follow

from .builders import member_named, network_of, queries_for

pytestmark = pytest.mark.django_db


def names(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["name"] for item in response.json()["items"]]


def followers_url(user) -> str:
    return f"/api/v1/profiles/{user.profile.handle}/followers"


def following_url(user) -> str:
    return f"/api/v1/profiles/{user.profile.handle}/following"


def test_followers_are_the_profiles_the_caller_may_see(client, member, other_member):
    hidden = member_named("Hugo Hidden", visibility="hidden")
    public = member_named("Paula Public", visibility="public")
    for follower in (hidden, public, other_member):
        Follow.objects.create(follower=follower, followed_user=member)
    response = client.get(followers_url(member), **bearer(other_member))
    assert names(response) == ["Otto Other", "Paula Public"]  # latest first
    item = response.json()["items"][1]
    assert item["kind"] == "person" and item["handle"] == public.profile.handle
    assert item["url"] == public.profile.get_absolute_url()


def test_following_lists_people_organisations_and_visible_networks(client, member, other_member):
    organisation = Organisation.objects.create(
        name="Studio Norte", slug="studio-norte", kind="collective", country="PT"
    )
    open_network = network_of(name="Makers")
    secret = network_of(name="Quiet Circle", listing="unlisted")
    hidden = member_named("Hugo Hidden", visibility="hidden")
    for target in (
        {"followed_user": other_member},
        {"followed_user": hidden},
        {"followed_organisation": organisation},
        {"followed_network": open_network},
        {"followed_network": secret},
    ):
        Follow.objects.create(follower=member, **target)
    viewer = member_named("Vera Viewer")
    response = client.get(following_url(member), **bearer(viewer))
    assert names(response) == ["Makers", "Studio Norte", "Otto Other"]
    kinds = {item["name"]: (item["kind"], item["slug"]) for item in response.json()["items"]}
    assert kinds["Studio Norte"] == ("organisation", "studio-norte")
    assert kinds["Makers"] == ("network", open_network.slug)
    # the unlisted network shows to its members, as on the site
    secret.memberships.create(user=viewer)
    assert "Quiet Circle" in names(client.get(following_url(member), **bearer(viewer)))


def test_blocked_members_are_left_out_of_both_lists(client, member, other_member):
    blocker = member_named("Bianca Blocker")
    Follow.objects.create(follower=blocker, followed_user=member)
    Follow.objects.create(follower=member, followed_user=blocker)
    Follow.objects.create(follower=other_member, followed_user=member)
    services.block_member(blocker, other_member)
    headers = bearer(other_member)
    assert names(client.get(followers_url(member), **headers)) == ["Otto Other"]
    assert names(client.get(following_url(member), **headers)) == []
    # someone outside the block still sees her
    assert "Bianca Blocker" in names(
        client.get(followers_url(member), **bearer(member_named("Nina Neutral")))
    )


def test_the_lists_are_for_members_who_may_see_the_profile(client, member, other_member):
    for url in (followers_url(member), following_url(member)):
        response = client.get(url)
        assert response.status_code == 401 and error_of(response)["code"] == "not_authenticated"
        assert client.get(url, **bearer(other_member, scope="read")).status_code == 200
    member.profile.visibility = "hidden"
    member.profile.save()
    headers = bearer(other_member)
    for url in (followers_url(member), following_url(member)):
        response = client.get(url, **headers)
        assert response.status_code == 404 and error_of(response)["code"] == "not_found"
        # the owner still sees their own lists
        assert client.get(url, **bearer(member)).status_code == 200
    assert client.get("/api/v1/profiles/nobody-here/followers", **headers).status_code == 404


def test_follow_lists_page_with_cursors(client, member, other_member):
    people = [member_named(f"Follower {n}") for n in range(5)]
    for person in people:
        Follow.objects.create(follower=person, followed_user=member)
    headers = bearer(other_member)
    first = client.get(f"{followers_url(member)}?limit=3", **headers).json()
    assert len(first["items"]) == 3 and first["next_cursor"]
    second = client.get(
        f"{followers_url(member)}?limit=3&cursor={first['next_cursor']}", **headers
    ).json()
    assert second["next_cursor"] is None
    listed = [i["name"] for i in first["items"] + second["items"]]
    assert listed == [f"Follower {n}" for n in reversed(range(5))]


def test_follow_lists_cost_the_same_at_two_sizes(
    client, member, other_member, django_assert_max_num_queries
):
    client.force_login(other_member)
    urls = [f"{followers_url(member)}?limit=100", f"{following_url(member)}?limit=100"]
    costs = {}
    for size in (5, 50):
        people = [member_named(f"Person {size}-{n}") for n in range(size - len(costs) * 5)]
        Follow.objects.bulk_create(Follow(follower=p, followed_user=member) for p in people)
        Follow.objects.bulk_create(Follow(follower=member, followed_user=p) for p in people)
        network = network_of(name=f"Net {size}")
        Follow.objects.create(follower=member, followed_network=network)
        costs[size] = [queries_for(client, url) for url in urls]
    assert costs[5] == costs[50], costs
    for url in urls:
        with django_assert_max_num_queries(10):
            assert len(client.get(url).json()["items"]) >= 50
