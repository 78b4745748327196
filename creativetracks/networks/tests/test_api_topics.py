"""Platform topics (discussions outside networks) through the API: signed-in members read
them, members with a confirmed address start and answer discussions, as on the site."""

import json

import pytest

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.networks import queries, services
from creativetracks.networks.models import Reply, Thread, Topic
from creativetracks.social import services as social

from .conftest import make_network

pytestmark = pytest.mark.django_db


def post(client, path, data, headers=None):
    return client.post(path, json.dumps(data), content_type="application/json", **(headers or {}))


def test_members_read_start_and_answer_topic_discussions(client, topic, member, other_member):
    Topic.objects.create(name="Audiences", slug="audiences", position=1)
    services.start_thread(member, topic=topic, title="Grants for film", body="Any?")
    listed = client.get("/api/v1/topics/?limit=100", **bearer(other_member)).json()["items"]
    # the site's topics, in the site's order
    assert [t["slug"] for t in listed] == [t.slug for t in queries.topics_with_counts()]
    counts = {t["slug"]: t["thread_count"] for t in listed}
    assert counts["audiences"] == 0 and counts["funding"] == 1
    detail = client.get(f"/api/v1/topics/{topic.slug}", **bearer(other_member)).json()
    assert detail["name"] == "Funding and grants" and detail["can_post"] is True

    base = f"/api/v1/topics/{topic.slug}/threads"
    started = post(
        client, base, {"title": " Residencies  2027 ", "body": "Ideas?"}, bearer(other_member)
    )
    assert started.status_code == 201, started.content
    thread = started.json()
    assert thread["title"] == "Residencies 2027" and thread["can_reply"] is True
    assert Thread.objects.get(pk=thread["id"]).topic == topic
    answered = post(
        client, f"{base}/{thread['id']}/replies", {"body": "Try Lisbon"}, bearer(member)
    )
    assert answered.status_code == 201 and answered.json()["body"] == "Try Lisbon"
    rows = client.get(base, **bearer(member)).json()["items"]
    assert [r["title"] for r in rows] == ["Residencies 2027", "Grants for film"]
    assert rows[0]["reply_count"] == 1
    one = client.get(f"{base}/{thread['id']}", **bearer(member)).json()
    assert one["body"] == "Ideas?"
    replies = client.get(f"{base}/{thread['id']}/replies", **bearer(other_member)).json()
    assert [r["body"] for r in replies["items"]] == ["Try Lisbon"]


def test_who_may_read_and_post_in_topics(client, topic, member, other_member):
    thread = services.start_thread(member, topic=topic, title="Hello", body="Hi")
    base = f"/api/v1/topics/{topic.slug}/threads"
    # visitors never read discussions
    for path in ("/api/v1/topics/", f"/api/v1/topics/{topic.slug}", base, f"{base}/{thread.pk}"):
        response = client.get(path)
        assert response.status_code == 401 and error_of(response)["code"] == "not_authenticated"
    assert post(client, base, {"title": "T", "body": "B"}).status_code == 401
    # unconfirmed addresses read but don't post
    unverified = make_user("new@example.org", verified=False)
    assert client.get(base, **bearer(unverified)).status_code == 200
    assert (
        client.get(f"/api/v1/topics/{topic.slug}", **bearer(unverified)).json()["can_post"] is False
    )
    assert post(client, base, {"title": "T", "body": "B"}, bearer(unverified)).status_code == 403
    reply = post(client, f"{base}/{thread.pk}/replies", {"body": "R"}, bearer(unverified))
    assert reply.status_code == 403
    # read-only tokens don't write
    read = bearer(other_member, scope="read")
    assert post(client, base, {"title": "T", "body": "B"}, read).status_code == 403
    assert post(client, f"{base}/{thread.pk}/replies", {"body": "R"}, read).status_code == 403
    assert Thread.objects.count() == 1 and not Reply.objects.exists()


def test_bad_input_and_wrong_places(client, topic, member, other_member):
    thread = services.start_thread(member, topic=topic, title="Hello", body="Hi")
    base = f"/api/v1/topics/{topic.slug}/threads"
    empty = post(client, base, {"title": "", "body": "B"}, bearer(member))
    assert empty.status_code == 422 and "title" in error_of(empty)["fields"]
    assert post(client, base, {"title": "T"}, bearer(member)).status_code == 422
    blank = post(client, f"{base}/{thread.pk}/replies", {"body": ""}, bearer(member))
    assert blank.status_code == 422 and "body" in error_of(blank)["fields"]
    assert client.get("/api/v1/topics/nothing", **bearer(member)).status_code == 404
    assert client.get("/api/v1/topics/nothing/threads", **bearer(member)).status_code == 404
    # a topic's discussion under another topic, or a network's under a topic: 404
    other = Topic.objects.create(name="Other", slug="other")
    assert (
        client.get(f"/api/v1/topics/{other.slug}/threads/{thread.pk}", **bearer(member)).status_code
        == 404
    )
    network = make_network(member, "Makers")
    inside = services.start_thread(member, network=network, title="Inside", body="x")
    assert client.get(f"{base}/{inside.pk}", **bearer(member)).status_code == 404
    assert (
        client.get(
            f"/api/v1/networks/{network.slug}/threads/{thread.pk}", **bearer(member)
        ).status_code
        == 404
    )
    # a locked discussion takes no replies
    services.set_thread_flags(make_user("staff@example.org", is_staff=True), thread, locked=True)
    locked = post(client, f"{base}/{thread.pk}/replies", {"body": "Late"}, bearer(other_member))
    assert locked.status_code == 409
    assert client.get(f"{base}/{thread.pk}", **bearer(other_member)).json()["can_reply"] is False


def test_blocked_members_posts_are_left_out(client, topic, member, other_member):
    mine = services.start_thread(member, topic=topic, title="Mine", body="x")
    theirs = services.start_thread(other_member, topic=topic, title="Theirs", body="y")
    services.post_reply(other_member, mine, "Their reply")
    social.block_member(member, other_member)
    base = f"/api/v1/topics/{topic.slug}/threads"
    assert [t["title"] for t in client.get(base, **bearer(member)).json()["items"]] == ["Mine"]
    assert client.get(f"{base}/{theirs.pk}", **bearer(member)).status_code == 404
    assert client.get(f"{base}/{mine.pk}/replies", **bearer(member)).json()["items"] == []


@pytest.mark.parametrize("rows", [2, 25])
def test_topic_lists_cost_constant_queries(
    client, topic, member, rows, django_assert_max_num_queries
):
    authors = [make_user(f"author{i}@example.org") for i in range(rows)]
    thread = services.start_thread(member, topic=topic, title="Busy", body="x")
    for i, author in enumerate(authors):
        services.start_thread(author, topic=topic, title=f"T {i}", body="x")
        services.post_reply(author, thread, f"R {i}")
        Topic.objects.create(name=f"Topic {i}", slug=f"topic-{i}", position=i)
    headers = bearer(member)
    base = f"/api/v1/topics/{topic.slug}/threads"
    with django_assert_max_num_queries(7):
        assert len(client.get(f"{base}?limit=100", **headers).json()["items"]) == rows + 1
    with django_assert_max_num_queries(8):
        assert (
            len(client.get(f"{base}/{thread.pk}/replies?limit=100", **headers).json()["items"])
            == rows
        )
    with django_assert_max_num_queries(6):
        listed = client.get("/api/v1/topics/?limit=100", **headers).json()["items"]
    assert len(listed) == Topic.objects.count()


def test_a_topic_discussion_keeps_the_language_it_is_written_in(client, topic, member):
    base = f"/api/v1/topics/{topic.slug}/threads"
    said = post(
        client, base, {"title": "Bolsas", "body": "Alguém?", "language": "pt"}, bearer(member)
    )
    assert said.status_code == 201, said.content
    assert Thread.objects.get(pk=said.json()["id"]).language == "pt"
    member.language = "fr"
    member.save(update_fields=["language"])
    unsaid = post(client, base, {"title": "Bourses", "body": "Quelqu'un ?"}, bearer(member))
    assert Thread.objects.get(pk=unsaid.json()["id"]).language == "fr"  # the author's default
    wrong = post(client, base, {"title": "X", "body": "Y", "language": "xx"}, bearer(member))
    assert wrong.status_code == 422
