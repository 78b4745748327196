"""The activity feed through the API (`/me/feed`): the site's "What's new", from the same
`feed_activities`, so follows, networks, blocks and profile visibility decide alike."""

import pytest

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.labs.tests.conftest import make_lab
from creativetracks.social import services
from creativetracks.social.models import Activity, Block, Follow

from .builders import member_named, network_of

pytestmark = pytest.mark.django_db


def thread(actor, title, **kwargs) -> Activity:
    return services.record_activity(actor, "posted_thread", text=title, url="/t/", **kwargs)


def texts(response) -> set[str]:
    assert response.status_code == 200, response.content
    return {item["text"] for item in response.json()["items"]}


def test_my_feed_shows_what_the_site_shows(client, member, other_member):
    followed = member_named("Fola Followed")
    stranger = member_named("Sam Stranger")
    colleague = member_named("Nina Network")
    network = network_of(member, colleague)
    Follow.objects.create(follower=member, followed_user=followed)
    thread(followed, "From someone I follow")
    thread(stranger, "From a stranger")
    thread(colleague, "In my network", network=network)
    thread(stranger, "Network-only news", network=network, audience="network")
    thread(
        stranger, "Private elsewhere", network=network_of(stranger, name="Else"), audience="network"
    )
    thread(member, "My own")
    response = client.get("/api/v1/me/feed?limit=100", **bearer(member))
    assert texts(response) == {"From someone I follow", "In my network", "Network-only news", ""}
    item = next(i for i in response.json()["items"] if i["text"] == "In my network")
    assert item["verb"] == "posted_thread" and item["sentence"] == "started a discussion"
    assert item["actor"]["display_name"] == "Nina Network"
    assert item["network"] == {
        "slug": network.slug,
        "name": network.name,
        "url": network.get_absolute_url(),
    }
    assert item["organisation"] is None and item["url"] == "/t/"


def test_a_lab_in_the_feed(client, member, other_member):
    Follow.objects.create(follower=member, followed_user=other_member)
    lab = make_lab(other_member, "Sound for a film")
    items = client.get("/api/v1/me/feed", **bearer(member)).json()["items"]
    [entry] = [i for i in items if i["verb"] == "posted_lab"]
    assert entry["text"] == "Sound for a film" and entry["url"] == lab.get_absolute_url()


def test_blocked_and_hidden_members_never_show(client, member, other_member):
    hidden = member_named("Hugo Hidden", visibility="hidden")
    Follow.objects.create(follower=member, followed_user=hidden)
    Follow.objects.create(follower=member, followed_user=other_member)
    thread(hidden, "Hidden news")
    thread(other_member, "Otto's news")
    assert texts(client.get("/api/v1/me/feed", **bearer(member))) >= {"Otto's news"}
    assert "Hidden news" not in texts(client.get("/api/v1/me/feed", **bearer(member)))
    Block.objects.create(blocker=other_member, blocked=member)
    actors = {
        (i["actor"] or {}).get("handle")
        for i in client.get("/api/v1/me/feed", **bearer(member)).json()["items"]
    }
    assert other_member.profile.handle not in actors


def test_the_feed_is_mine_alone(client, member):
    response = client.get("/api/v1/me/feed")
    assert response.status_code == 401 and error_of(response)["code"] == "not_authenticated"
    # a read-only token reads it
    assert client.get("/api/v1/me/feed", **bearer(member, scope="read")).status_code == 200
    assert client.post("/api/v1/me/feed", **bearer(member)).status_code == 405
    bad = client.get("/api/v1/me/feed?cursor=nonsense", **bearer(member))
    assert bad.status_code == 400 and error_of(bad)["code"] == "invalid_cursor"
    assert client.get("/api/v1/me/feed?limit=many", **bearer(member)).status_code == 422


def test_the_feed_is_paged_newest_first_without_repeats(client, member):
    author = member_named("Pat Poster")
    Activity.objects.all().delete()  # the "joined" entries
    Follow.objects.create(follower=member, followed_user=author)
    for i in range(5):
        thread(author, f"News {i}")
    headers = bearer(member)
    first = client.get("/api/v1/me/feed?limit=3", **headers).json()
    thread(author, "Newer, after the first page")
    second = client.get(f"/api/v1/me/feed?limit=3&cursor={first['next_cursor']}", **headers).json()
    seen = [i["text"] for i in first["items"] + second["items"]]
    assert seen == ["News 4", "News 3", "News 2", "News 1", "News 0"]
    assert second["next_cursor"] is None


@pytest.mark.parametrize("rows", [3, 30])
def test_the_feed_costs_constant_queries(client, member, rows, django_assert_max_num_queries):
    network = network_of(member)
    for i in range(rows):
        author = make_user(f"poster{i}@example.org")
        Follow.objects.create(follower=member, followed_user=author)
        thread(author, f"News {i}", network=network)
    headers = bearer(member)
    with django_assert_max_num_queries(6):
        response = client.get("/api/v1/me/feed?limit=100", **headers)
    assert len(response.json()["items"]) >= rows
