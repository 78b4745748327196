from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from conftest import make_user
from creativetracks.networks import services
from creativetracks.networks.models import Reply, Thread
from creativetracks.notifications.models import Notification
from creativetracks.social.models import Block

from .conftest import add_member, make_network, person


def start(client, network, title="Funding for residencies", body="Who knows a *good* one?"):
    return client.post(
        reverse("network_thread_create", args=[network.slug]), {"title": title, "body": body}
    )


def reply(client, thread, body):
    return client.post(reverse("thread_reply", args=[thread.pk]), {"body": body})


def test_members_start_threads_and_reply_in_markdown(client, network, member, other_member):
    add_member(network, other_member)
    client.force_login(member)
    response = start(client, network)
    thread = Thread.objects.get()
    assert response.status_code == 302 and response["Location"] == thread.get_absolute_url()
    client.force_login(other_member)
    answer = reply(client, thread, "Try **Cimetta**. <script>alert(1)</script>")
    assert answer.status_code == 302 and "#reply-" in answer["Location"]
    page = client.get(thread.get_absolute_url())
    assert b"<em>good</em>" in page.content and b"<strong>Cimetta</strong>" in page.content
    assert b"<script>alert(1)</script>" not in page.content
    thread.refresh_from_db()
    assert thread.reply_count == 1
    [note] = Notification.objects.filter(recipient=member, kind="thread_reply")
    assert "Otto Other replied" in note.text
    assert b"Funding for residencies" in client.get(network.get_absolute_url()).content


def test_who_reads_and_who_posts(client, network, member, other_member):
    """Public network: any signed-in member reads, only members post. Unlisted: members only."""
    thread = services.start_thread(member, network=network, title="Hello", body="Hi all")
    quiet = make_network(member, "Quiet Circle", listing="unlisted")
    secret = services.start_thread(member, network=quiet, title="Plans", body="Secret plans")

    assert client.get(thread.get_absolute_url()).status_code == 302
    assert client.get(reverse("network_threads", args=[network.slug])).status_code == 302
    assert b"Hello" not in client.get(network.get_absolute_url()).content

    client.force_login(other_member)
    page = client.get(thread.get_absolute_url())
    assert page.status_code == 200 and b"Only the network's members take part" in page.content
    assert reply(client, thread, "Me too").status_code == 403
    assert start(client, network).status_code == 403
    assert client.get(secret.get_absolute_url()).status_code == 403
    assert client.get(reverse("network_threads", args=[quiet.slug])).status_code == 403
    assert b"Secret plans" not in client.get(quiet.get_absolute_url()).content

    add_member(quiet, other_member)
    assert client.get(secret.get_absolute_url()).status_code == 200
    assert reply(client, secret, "Count me in").status_code == 302
    assert Reply.objects.filter(thread=secret).count() == 1


def test_platform_topics_are_for_every_signed_in_member(client, topic, member, other_member):
    url = reverse("topic_thread_create", args=[topic.slug])
    assert client.get(reverse("topic_list")).status_code == 302
    client.force_login(member)
    listing = client.get(reverse("topic_list"))
    assert b"Funding and grants" in listing.content
    response = client.post(url, {"title": "Creative Europe", "body": "Deadline soon"})
    thread = Thread.objects.get()
    assert response.status_code == 302 and thread.topic == topic and thread.network is None
    client.force_login(other_member)
    assert b"Creative Europe" in client.get(topic.get_absolute_url()).content
    assert reply(client, thread, "Thanks!").status_code == 302
    unverified = make_user("pending@example.org", verified=False)
    client.force_login(unverified)
    assert client.get(thread.get_absolute_url()).status_code == 200
    assert reply(client, thread, "Me?").status_code == 403


def test_mentions_notify_unless_blocked_or_unable_to_read(client, network, member):
    amina = person("amina@example.org", "Amina Mussa")
    blocker = person("bo@example.org", "Bo Blocker")
    outsider = person("out@example.org", "Oscar Outsider")
    quiet = make_network(member, "Quiet Circle", listing="unlisted")
    for user in (amina, blocker):
        add_member(quiet, user)
    Block.objects.create(blocker=blocker, blocked=member)
    client.force_login(member)
    start(
        client,
        quiet,
        body=f"Hello @{amina.profile.handle}, @{blocker.profile.handle} and @{outsider.profile.handle}!",
    )
    thread = Thread.objects.get()
    mentions = Notification.objects.filter(kind="mention")
    assert [n.recipient for n in mentions] == [amina]
    assert thread.get_absolute_url() == mentions[0].url
    page = client.get(thread.get_absolute_url())
    assert f'href="/people/{amina.profile.handle}/"'.encode() in page.content
    # Editing adds a notification only for the newly mentioned.
    client.post(
        reverse("thread_edit", args=[thread.pk]),
        {
            "title": thread.title,
            "body": f"Hello @{amina.profile.handle} and @{amina.profile.handle}",
        },
    )
    assert Notification.objects.filter(kind="mention").count() == 1


def test_blocked_members_dont_see_each_others_posts(client, open_network, member, other_member):
    add_member(open_network, other_member)
    thread = services.start_thread(member, network=open_network, title="Tools", body="Share tools")
    services.post_reply(other_member, thread, "I use Blender")
    theirs = services.start_thread(other_member, network=open_network, title="Otto's", body="x")
    Block.objects.create(blocker=member, blocked=other_member)
    client.force_login(member)
    page = client.get(thread.get_absolute_url())
    assert b"I use Blender" not in page.content
    assert client.get(theirs.get_absolute_url()).status_code == 404
    assert (
        b"Otto&#x27;s"
        not in client.get(reverse("network_threads", args=[open_network.slug])).content
    )
    client.force_login(other_member)
    assert client.get(thread.get_absolute_url()).status_code == 404


def test_authors_edit_with_an_edited_mark_and_others_cannot(client, network, member, other_member):
    add_member(network, other_member)
    thread = services.start_thread(member, network=network, title="Typo", body="Helo")
    answer = services.post_reply(other_member, thread, "Hi")
    client.force_login(member)
    edit = reverse("thread_edit", args=[thread.pk])
    assert client.post(edit, {"title": "Fixed", "body": "Hello"}).status_code == 302
    thread.refresh_from_db()
    assert thread.title == "Fixed" and thread.edited is not None
    assert b"edited" in client.get(thread.get_absolute_url()).content
    assert client.post(edit, {"title": "", "body": ""}).status_code == 422
    reply_edit = reverse("reply_edit", args=[thread.pk, answer.pk])
    assert client.post(reply_edit, {"body": "Changed by the owner"}).status_code == 403
    client.force_login(other_member)
    assert client.post(edit, {"title": "Mine now", "body": "x"}).status_code == 403
    assert client.post(reply_edit, {"body": "Hi there"}).status_code == 302
    answer.refresh_from_db()
    assert answer.body == "Hi there" and answer.edited is not None


def test_authors_and_admins_delete_but_other_members_cannot(client, network, member, other_member):
    third = make_user("third@example.org")
    for user in (other_member, third):
        add_member(network, user)
    thread = services.start_thread(other_member, network=network, title="Mine", body="x")
    first = services.post_reply(other_member, thread, "one")
    second = services.post_reply(third, thread, "two")
    client.force_login(third)
    assert client.post(reverse("reply_delete", args=[thread.pk, first.pk])).status_code == 403
    assert client.post(reverse("thread_delete", args=[thread.pk])).status_code == 403
    assert client.post(reverse("reply_delete", args=[thread.pk, second.pk])).status_code == 302
    client.force_login(member)  # the owner
    assert client.post(reverse("reply_delete", args=[thread.pk, first.pk])).status_code == 302
    thread.refresh_from_db()
    assert thread.reply_count == 0
    response = client.post(reverse("thread_delete", args=[thread.pk]))
    assert response.status_code == 302 and not Thread.objects.exists()


def test_admins_pin_and_lock_and_locked_threads_refuse_replies(
    client, network, member, other_member
):
    add_member(network, other_member)
    older = services.start_thread(member, network=network, title="Rules", body="Be kind")
    services.start_thread(member, network=network, title="Newer", body="x")
    moderate = reverse("thread_moderate", args=[older.pk])
    client.force_login(other_member)
    assert client.post(moderate, {"action": "pin"}).status_code == 403
    client.force_login(member)
    assert client.post(moderate, {"action": "pin"}).status_code == 302
    assert client.post(moderate, {"action": "explode"}).status_code == 400
    listing = client.get(reverse("network_threads", args=[network.slug]))
    assert [t.title for t in listing.context["page"].object_list] == ["Rules", "Newer"]
    assert client.post(moderate, {"action": "lock"}).status_code == 302
    client.force_login(other_member)
    page = client.get(older.get_absolute_url())
    assert b"locked" in page.content and b'name="body"' not in page.content
    refused = reply(client, older, "But wait")
    assert refused.status_code == 409
    assert b"This discussion is locked: it takes no new replies." in refused.content
    assert not Reply.objects.exists()


def test_staff_moderate_platform_topics(client, topic, member, staff_user):
    thread = services.start_thread(member, topic=topic, title="Spam?", body="x")
    client.force_login(staff_user)
    assert (
        client.post(reverse("thread_moderate", args=[thread.pk]), {"action": "lock"}).status_code
        == 302
    )
    assert client.post(reverse("thread_delete", args=[thread.pk])).status_code == 302
    assert not Thread.objects.exists()


def test_bad_input_is_refused_with_a_message(client, network, member):
    client.force_login(member)
    assert start(client, network, title="", body="").status_code == 422
    assert start(client, network, title="x" * 300, body="y").status_code == 422
    assert start(client, network, title="ok", body="z" * 20001).status_code == 422
    thread = services.start_thread(member, network=network, title="A", body="B")
    empty = reply(client, thread, "   ")
    assert empty.status_code == 422 and b"This field is required" in empty.content
    assert client.get("/networks/discussions/999999/").status_code == 404
    assert not Reply.objects.exists()


def test_posting_is_rate_limited(client, network, member, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "post": "2/m"}
    client.force_login(member)
    assert start(client, network).status_code == 302
    thread = Thread.objects.get()
    assert reply(client, thread, "one").status_code == 302
    limited = reply(client, thread, "two")
    assert limited.status_code == 429 and b"Too many attempts" in limited.content
    assert start(client, network).status_code == 429
    assert Thread.objects.count() == 1 and Reply.objects.count() == 1


def _replies(thread, authors, start: int, stop: int) -> None:
    Reply.objects.bulk_create(
        Reply(thread=thread, author=authors[n % len(authors)], body=f"Reply **{n}**")
        for n in range(start, stop)
    )


def _count(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_thread_and_list_pages_cost_the_same_queries_for_10_and_100_items(
    client, network, member, django_assert_max_num_queries
):
    authors = [member] + [make_user(f"a{n}@example.org") for n in range(5)]
    for author in authors[1:]:
        add_member(network, author)
    thread = services.start_thread(member, network=network, title="Big", body="x")
    for n in range(9):
        services.start_thread(authors[n % 6], network=network, title=f"T{n}", body="x")
    _replies(thread, authors, 0, 10)
    client.force_login(authors[1])
    urls = [thread.get_absolute_url(), reverse("network_threads", args=[network.slug])]
    counts = {url: _count(client, url) for url in urls}
    _replies(thread, authors, 10, 100)
    for n in range(9, 99):
        services.start_thread(authors[n % 6], network=network, title=f"T{n}", body="x")
    with django_assert_max_num_queries(counts[thread.get_absolute_url()]):
        page = client.get(thread.get_absolute_url())
    assert len(page.context["page"].object_list) == 50
    assert {url: _count(client, url) for url in urls} == counts
