"""Posts held for review notify nobody and count nowhere until a moderator releases them;
releasing them sends the notifications and counts them."""

import pytest

from creativetracks.core.models import Withheld
from creativetracks.labs.services import post_comment
from creativetracks.moderation import services
from creativetracks.moderation.models import AccountFlag
from creativetracks.networks.services import post_reply, start_thread
from creativetracks.notifications.models import Notification

pytestmark = pytest.mark.django_db


@pytest.fixture
def flagged(reporter):
    services.flag_account(reporter, AccountFlag.Signal.MODERATOR)
    return reporter


def review(client, moderator, obj, action):
    held = Withheld.objects.get(object_id=obj.pk, kind=obj._meta.label_lower)
    client.force_login(moderator)
    assert client.post(f"/moderation/held/{held.pk}/", {"action": action}).status_code == 302


def test_a_held_comment_notifies_and_counts_only_once_approved(client, moderator, flagged, lab):
    comment = post_comment(flagged, lab, f"Nice one @{lab.owner.profile.handle}")
    lab.refresh_from_db()
    assert lab.comment_count == 0
    assert not Notification.objects.filter(recipient=lab.owner).exists()
    review(client, moderator, comment, "approve")
    lab.refresh_from_db()
    assert lab.comment_count == 1
    assert Notification.objects.filter(recipient=lab.owner).exists()


def test_a_rejected_comment_never_notifies_nor_counts(client, moderator, flagged, lab):
    comment = post_comment(flagged, lab, "Buy now")
    review(client, moderator, comment, "reject")
    lab.refresh_from_db()
    assert lab.comment_count == 0
    assert not Notification.objects.filter(recipient=lab.owner).exists()
    # Its author deleting it does not take a count that was never given.
    from creativetracks.labs.services import delete_comment

    post_comment(lab.owner, lab, "My own note")
    delete_comment(flagged, comment)
    lab.refresh_from_db()
    assert lab.comment_count == 1


def test_a_held_reply_and_thread_notify_once_approved(
    client, moderator, flagged, author, thread, network
):
    reply = post_reply(flagged, thread, "Try this shop")
    thread.refresh_from_db()
    assert thread.reply_count == 0
    assert not Notification.objects.filter(recipient=author, kind="thread_reply").exists()
    mention = start_thread(
        flagged, title="Hello", body=f"Hi @{author.profile.handle}", network=network
    )
    assert not Notification.objects.filter(recipient=author, kind="mention").exists()
    review(client, moderator, reply, "approve")
    review(client, moderator, mention, "approve")
    thread.refresh_from_db()
    assert thread.reply_count == 1
    assert Notification.objects.filter(recipient=author, kind="thread_reply").exists()
    assert Notification.objects.filter(recipient=author, kind="mention").exists()


def test_held_threads_do_not_count_in_topic_figures(client, moderator, flagged):
    from creativetracks.networks.models import Topic
    from creativetracks.networks.queries import topics_with_counts

    topic = Topic.objects.create(name="Printing", slug="printing", position=1)
    thread = start_thread(flagged, title="Cheap ink", body="Buy", topic=topic)
    assert {t.pk: t.thread_count for t in topics_with_counts()}[topic.pk] == 0
    review(client, moderator, thread, "approve")
    assert {t.pk: t.thread_count for t in topics_with_counts()}[topic.pk] == 1
