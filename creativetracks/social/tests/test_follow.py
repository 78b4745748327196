from django.urls import reverse

from creativetracks.notifications.models import Notification
from creativetracks.profiles import services as profile_services
from creativetracks.social.models import Follow

from .builders import member_named, network_of, queries_for


def test_following_a_person_tells_them_once(client, member, other_member):
    client.force_login(member)
    url = reverse("follow_person", args=[other_member.profile.handle])
    assert client.post(url).status_code == 302
    assert client.post(url).status_code == 302  # a second click changes nothing
    assert Follow.objects.filter(follower=member, followed_user=other_member).count() == 1
    assert Notification.objects.filter(recipient=other_member, kind="new_follower").count() == 1

    client.post(reverse("unfollow_person", args=[other_member.profile.handle]))
    assert not Follow.objects.filter(follower=member).exists()


def test_nobody_follows_themself(client, member):
    client.force_login(member)
    response = client.post(reverse("follow_person", args=[member.profile.handle]))
    assert response.status_code == 403
    assert not Follow.objects.exists()


def test_a_profile_you_may_not_see_cannot_be_followed(client, member):
    hidden = member_named("Hugo Hidden", visibility="hidden")
    client.force_login(member)
    response = client.post(reverse("follow_person", args=[hidden.profile.handle]))
    assert response.status_code == 404
    assert not Follow.objects.exists()


def test_following_organisations_and_networks(client, member, other_member):
    organisation = profile_services.create_organisation(
        other_member,
        {"name": "Studio Norte", "kind": "collective", "country": "PT", "sectors": []},
    )
    network = network_of(other_member, name="Makers")
    client.force_login(member)
    client.post(reverse("follow_organisation", args=[organisation.slug]))
    client.post(reverse("follow_network", args=[network.slug]))
    client.post(reverse("follow_network", args=[network.slug]))
    assert Follow.objects.filter(follower=member).count() == 2
    page = client.get(reverse("following", args=[member.profile.handle]))
    assert b"Studio Norte" in page.content and b"Makers" in page.content

    client.post(reverse("unfollow_organisation", args=[organisation.slug]))
    client.post(reverse("unfollow_network", args=[network.slug]))
    assert not Follow.objects.filter(follower=member).exists()


def test_follow_button_on_organisation_pages_works_without_javascript(client, member, other_member):
    organisation = profile_services.create_organisation(
        other_member, {"name": "Studio Sul", "kind": "collective", "country": "PT", "sectors": []}
    )
    client.force_login(member)
    response = client.post(
        reverse("follow_organisation", args=[organisation.slug]),
        {"next": "https://evil.example.com/"},
    )
    assert response["Location"] == organisation.get_absolute_url()


def test_follower_lists_show_only_profiles_the_viewer_may_see(client, member, other_member):
    hidden = member_named("Hugo Hidden", visibility="hidden")
    public = member_named("Paula Public", visibility="public")
    for follower in (hidden, public, other_member):
        Follow.objects.create(follower=follower, followed_user=member)
    client.force_login(other_member)
    page = client.get(reverse("followers", args=[member.profile.handle]))
    content = page.content.decode()
    assert "Paula Public" in content and "Otto Other" in content
    assert "Hugo Hidden" not in content


def test_follower_lists_are_for_members_who_may_see_the_profile(client, member, other_member):
    url = reverse("followers", args=[member.profile.handle])
    assert client.get(url)["Location"].startswith("/accounts/login/")
    member.profile.visibility = "hidden"
    member.profile.save()
    client.force_login(other_member)
    assert client.get(url).status_code == 404
    assert client.get(reverse("following", args=[member.profile.handle])).status_code == 404


def test_unlisted_networks_stay_out_of_other_peoples_following_lists(client, member, other_member):
    secret = network_of(name="Quiet Circle", listing="unlisted")
    Follow.objects.create(follower=member, followed_network=secret)
    client.force_login(other_member)
    assert (
        b"Quiet Circle"
        not in client.get(reverse("following", args=[member.profile.handle])).content
    )
    client.force_login(member)
    assert (
        b"Quiet Circle"
        not in client.get(reverse("following", args=[member.profile.handle])).content
    )
    secret.memberships.create(user=member)
    assert b"Quiet Circle" in client.get(reverse("following", args=[member.profile.handle])).content


def test_follower_lists_cost_the_same_at_10_and_100(client, member, django_assert_max_num_queries):
    client.force_login(member)
    urls = [reverse(name, args=[member.profile.handle]) for name in ("followers", "following")]
    costs = {}
    for size in (10, 100):
        people = [member_named(f"Follower {size}-{n}") for n in range(size - len(costs) * 10)]
        Follow.objects.bulk_create(Follow(follower=p, followed_user=member) for p in people)
        Follow.objects.bulk_create(Follow(follower=member, followed_user=p) for p in people)
        costs[size] = [queries_for(client, url) for url in urls]
    assert costs[10] == costs[100], costs
    for url in urls:
        with django_assert_max_num_queries(9):
            client.get(url)
