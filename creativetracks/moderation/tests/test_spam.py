"""Spam signals flag accounts; posts from flagged accounts wait for review."""

import pytest

from conftest import make_user
from creativetracks.core.models import AuditEntry, Withheld
from creativetracks.labs.services import post_comment
from creativetracks.moderation import spam
from creativetracks.moderation.models import AccountFlag
from creativetracks.networks.services import post_reply

from .conftest import established

pytestmark = pytest.mark.django_db


def test_a_new_account_posting_a_link_is_flagged_and_the_post_held(
    client, lab, reporter, moderator
):
    newcomer = make_user("new@example.org", display_name="Nia New")
    comment = post_comment(newcomer, lab, "Great! See https://cheap.example for more")
    assert AccountFlag.objects.get(user=newcomer).signal == "links"
    assert Withheld.objects.get(object_id=comment.pk).state == "held"
    client.force_login(reporter)
    assert "cheap.example" not in client.get(lab.get_absolute_url()).text
    client.force_login(newcomer)  # the author still sees it
    assert "cheap.example" in client.get(lab.get_absolute_url()).text
    # A moderator approves it: everyone sees it.
    client.force_login(moderator)
    queue = client.get("/moderation/")
    assert "cheap.example" in queue.text
    held = Withheld.objects.get(object_id=comment.pk)
    assert client.post(f"/moderation/held/{held.pk}/", {"action": "approve"}).status_code == 302
    client.force_login(reporter)
    assert "cheap.example" in client.get(lab.get_absolute_url()).text
    assert AuditEntry.objects.filter(action="held.approve").exists()


def test_an_established_account_posting_a_link_is_not_flagged(lab, reporter):
    post_comment(reporter, lab, "Our site: https://example.org")
    assert not AccountFlag.objects.exists()
    assert not Withheld.objects.exists()


def test_the_same_text_many_times_flags_the_account(author, reporter, thread):
    for _ in range(spam.REPEAT_COUNT - 1):
        post_reply(reporter, thread, "Buy my ink")
    assert not AccountFlag.objects.exists()
    post_reply(reporter, thread, "Buy my ink")
    assert AccountFlag.objects.get(user=reporter).signal == "repeated"
    # Every later post of a flagged account waits, whatever it says.
    later = post_reply(reporter, thread, "A perfectly normal reply")
    assert Withheld.objects.filter(object_id=later.pk, state="held").exists()


def test_a_burst_of_connection_requests_flags_the_account(db):
    from creativetracks.social.services import request_connection

    sender = established(make_user("burst@example.org"))
    for n in range(spam.CONNECTION_BURST):
        request_connection(sender, make_user(f"target{n}@example.org"))
    assert AccountFlag.objects.get(user=sender).signal == "connections"


def test_rejecting_a_held_post_keeps_it_hidden_and_clearing_the_flag(client, lab, moderator):
    newcomer = make_user("new@example.org")
    comment = post_comment(newcomer, lab, "www.spam.example")
    held = Withheld.objects.get(object_id=comment.pk)
    client.force_login(moderator)
    client.post(f"/moderation/held/{held.pk}/", {"action": "reject"})
    held.refresh_from_db()
    assert held.state == "hidden"
    flag = AccountFlag.objects.get(user=newcomer)
    assert client.post(f"/moderation/flags/{flag.pk}/clear/").status_code == 302
    flag.refresh_from_db()
    assert flag.cleared is not None
    assert not spam.is_flagged(newcomer)


def test_members_cannot_review_held_posts(client, lab, reporter):
    newcomer = make_user("new@example.org")
    comment = post_comment(newcomer, lab, "http://spam.example")
    held = Withheld.objects.get(object_id=comment.pk)
    client.force_login(reporter)
    assert client.post(f"/moderation/held/{held.pk}/", {"action": "approve"}).status_code == 403
    assert Withheld.objects.filter(pk=held.pk).exists()


def test_a_message_with_a_link_from_a_new_account_waits_for_review(client, reporter, moderator):
    from creativetracks.messaging import services as messaging
    from creativetracks.messaging.queries import unread_conversation_count
    from creativetracks.social.tests.builders import connect

    newcomer = make_user("new@example.org", display_name="Nia New")
    connect(newcomer, reporter)
    conversation = messaging.start_conversation(
        newcomer, [reporter], "Cheap followers at https://cheap.example"
    )
    message = conversation.messages.get()
    assert AccountFlag.objects.get(user=newcomer).signal == "links"
    held = Withheld.objects.get(kind="messaging.message", object_id=message.pk)
    assert held.state == "held"

    client.force_login(reporter)
    assert "cheap.example" not in client.get(f"/messages/{conversation.pk}/").text
    assert unread_conversation_count(reporter) == 0
    client.force_login(newcomer)  # the sender still sees it
    assert "cheap.example" in client.get(f"/messages/{conversation.pk}/").text

    client.force_login(moderator)
    assert "cheap.example" in client.get("/moderation/").text
    assert client.post(f"/moderation/held/{held.pk}/", {"action": "approve"}).status_code == 302
    client.force_login(reporter)
    assert "cheap.example" in client.get(f"/messages/{conversation.pk}/").text


def test_a_lab_with_a_link_from_a_new_account_waits_for_review(client, reporter, moderator):
    from creativetracks.labs.services import create_lab
    from creativetracks.notifications.models import Notification

    newcomer = make_user("new@example.org", display_name="Nia New")
    lab = create_lab(
        newcomer,
        {
            "kind": "collaboration",
            "title": "Cheap followers",
            "summary": "Grow fast",
            "description": f"Ask @{reporter.profile.handle} or see https://cheap.example",
            "visibility": "public",
        },
    )
    held = Withheld.objects.get(kind="labs.lab", object_id=lab.pk)
    assert held.state == "held"
    assert not Notification.objects.filter(recipient=reporter).exists()  # no mention yet
    client.force_login(reporter)
    assert client.get(lab.get_absolute_url()).status_code == 404
    assert "Cheap followers" not in client.get("/labs/").text
    client.force_login(newcomer)
    assert client.get(lab.get_absolute_url()).status_code == 200

    client.force_login(moderator)
    queue = client.get("/moderation/").text
    assert "Cheap followers" in queue and "cheap.example" in queue
    assert client.post(f"/moderation/held/{held.pk}/", {"action": "approve"}).status_code == 302
    client.force_login(reporter)
    assert client.get(lab.get_absolute_url()).status_code == 200
    assert Notification.objects.filter(recipient=reporter).exists()  # mentioned, now
