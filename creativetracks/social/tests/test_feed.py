from datetime import timedelta

import pytest
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from creativetracks.social import services
from creativetracks.social.models import Activity, Block, Follow
from creativetracks.social.queries import feed_for

from .builders import member_named, network_of, queries_for


def texts(page) -> set[str]:
    return {a.text for a in page.object_list}


def thread(actor, title, **kwargs) -> Activity:
    return services.record_activity(actor, "posted_thread", text=title, url="/t/", **kwargs)


def test_a_new_member_appears_in_everyones_feed(member, other_member):
    joined = Activity.objects.get(actor=other_member)
    assert joined.verb == "joined" and joined.audience == "members"
    assert other_member in [a.actor for a in feed_for(member).object_list]
    assert member not in [a.actor for a in feed_for(member).object_list]  # not your own


def test_feed_shows_what_i_follow_and_my_networks(member, other_member):
    followed = member_named("Fola Followed")
    stranger = member_named("Sam Stranger")
    colleague = member_named("Nina Network")
    network = network_of(member, colleague)
    Follow.objects.create(follower=member, followed_user=followed)
    thread(followed, "From someone I follow")
    thread(stranger, "From a stranger")
    thread(colleague, "In my network", network=network)
    thread(stranger, "Network-only news", network=network, audience="network")
    outsider_network = network_of(stranger)
    thread(stranger, "Private elsewhere", network=outsider_network, audience="network")
    assert texts(feed_for(member)) == {
        "From someone I follow",
        "In my network",
        "Network-only news",
        "",  # the "joined" entries
    }


def test_following_an_organisation_or_network_brings_its_news(member, other_member):
    from creativetracks.profiles import services as profile_services

    organisation = profile_services.create_organisation(
        other_member, {"name": "Studio Norte", "kind": "collective", "country": "PT", "sectors": []}
    )
    network = network_of(other_member)
    thread(other_member, "Org news", organisation=organisation)
    thread(other_member, "Network news", network=network)
    assert "Org news" not in texts(feed_for(member))
    Follow.objects.create(follower=member, followed_organisation=organisation)
    Follow.objects.create(follower=member, followed_network=network)
    assert {"Org news", "Network news"} <= texts(feed_for(member))


def test_hidden_profiles_and_blocked_members_never_show(member, other_member):
    hidden = member_named("Hugo Hidden", visibility="hidden")
    Follow.objects.create(follower=member, followed_user=hidden)
    Follow.objects.create(follower=member, followed_user=other_member)
    Follow.objects.create(follower=other_member, followed_user=member)
    thread(hidden, "Hidden news")
    thread(other_member, "Otto's news")
    thread(member, "Mia's news")
    assert "Hidden news" not in texts(feed_for(member))
    assert "Otto's news" in texts(feed_for(member))
    assert "Mia's news" in texts(feed_for(other_member))
    # A block works both ways: neither sees the other's activity, joins included.
    Block.objects.create(blocker=member, blocked=other_member)
    for viewer, other in ((member, other_member), (other_member, member)):
        assert other not in {a.actor for a in feed_for(viewer).object_list}


def test_unknown_verbs_and_network_audience_without_network_are_errors(member):
    with pytest.raises(ValueError):
        services.record_activity(member, "danced")
    with pytest.raises(ValueError):
        services.record_activity(member, "posted_thread", audience="network")


def test_record_activity_takes_text_and_url_from_the_target(member, other_member):
    activity = services.record_activity(member, "posted_thread", other_member.profile)
    assert activity.text == "Otto Other" and activity.url == "/people/otto-other/"
    assert services.forget_activity(other_member.profile) == 1


def test_feed_page_and_partial(client, member, other_member):
    thread(other_member, "Come to the **workshop**", audience="members")
    assert client.get(reverse("activity_feed"))["Location"].startswith("/accounts/login/")
    client.force_login(member)
    page = client.get(reverse("activity_feed"))
    assert b"Come to the **workshop**" in page.content  # text is shown as typed, escaped
    assert b"started a discussion" in page.content
    partial = client.get(reverse("activity_feed"), headers={"HX-Request": "true"})
    assert b"<html" not in partial.content and b"Otto Other" in partial.content


def test_the_feed_partial_renders_itself_for_the_home_page(member, other_member):
    request = RequestFactory().get("/", {"page": "1"})
    request.user = member
    html = Template('{% include "social/_feed.html" %}').render(
        Context({"request": request, "user": member})
    )
    assert "What's new" in html and "Otto Other" in html
    request.user = type("Anonymous", (), {"is_authenticated": False})()
    assert "What" not in Template('{% include "social/_feed.html" %}').render(
        Context({"request": request})
    )


def test_feed_is_paginated_newest_first(member, other_member):
    now = timezone.now()
    for n in range(45):
        thread(other_member, f"Post {n}", audience="members", created=now - timedelta(minutes=n))
    first = feed_for(member, 1)
    assert first.object_list[0].text == "Post 0"
    assert first.has_next and not first.has_previous
    second = feed_for(member, 2)
    assert second.object_list[0].created < first.object_list[-1].created
    last = feed_for(member, 3)
    assert "Post 44" in [a.text for a in last.object_list]
    assert last.has_previous and not last.has_next
    assert not feed_for(member, 4).object_list
    assert feed_for(member, "junk").number == 1


def test_feed_costs_the_same_at_10_and_100(client, member, django_assert_max_num_queries):
    client.force_login(member)
    costs = {}
    for size in (10, 100):
        people = [member_named(f"Poster {size}-{n}") for n in range(size - len(costs) * 10)]
        Follow.objects.bulk_create(Follow(follower=member, followed_user=p) for p in people)
        for person in people:
            thread(person, f"Thread by {person.pk}")
        costs[size] = queries_for(client, reverse("activity_feed"))
    assert costs[10] == costs[100], costs
    with django_assert_max_num_queries(8):
        client.get(reverse("activity_feed"))
