"""Comments: one level of replies, mentions, editing, deleting and hiding."""

import pytest

from conftest import make_user
from creativetracks.labs import services
from creativetracks.labs.models import Comment
from creativetracks.networks.models import NetworkMembership
from creativetracks.networks.tests.conftest import make_network
from creativetracks.notifications.models import Notification

from .conftest import make_lab

pytestmark = pytest.mark.django_db


def test_a_member_comments_and_the_owner_is_told(client, lab, other_member, member):
    client.force_login(other_member)
    response = client.post(f"/labs/{lab.pk}/comments/", {"body": "I make field recordings."})
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"].endswith(f"#comment-{comment.pk}")
    assert comment.author == other_member
    lab.refresh_from_db()
    assert lab.comment_count == 1
    note = Notification.objects.get(recipient=member)
    assert note.kind == "lab_comment"
    assert "commented on" in note.text
    assert b"I make field recordings." in client.get(lab.get_absolute_url()).content


def test_an_empty_comment_is_refused(client, lab, other_member):
    client.force_login(other_member)
    response = client.post(f"/labs/{lab.pk}/comments/", {"body": "   "})
    assert response.status_code == 422
    assert b"Write a comment" in response.content
    assert not Comment.objects.exists()


def test_replies_stay_one_level_deep(client, lab, member, other_member, third_member):
    top = services.post_comment(other_member, lab, "Count me in")
    client.force_login(third_member)
    client.post(f"/labs/{lab.pk}/comments/", {"body": "Me too", "parent": top.pk})
    reply = Comment.objects.get(body="Me too")
    assert reply.parent == top
    client.post(f"/labs/{lab.pk}/comments/", {"body": "Reply to reply", "parent": reply.pk})
    assert Comment.objects.get(body="Reply to reply").parent == top
    # The parent's author hears of the reply, the owner of the comment.
    assert Notification.objects.filter(
        recipient=other_member, kind="lab_comment", text__contains="replied"
    ).exists()
    assert Notification.objects.filter(recipient=member, kind="lab_comment").count() == 3


def test_a_reply_to_another_labs_comment_is_not_found(client, member, other_member):
    first, second = make_lab(member, "First"), make_lab(member, "Second")
    elsewhere = services.post_comment(other_member, first, "Here")
    client.force_login(other_member)
    response = client.post(f"/labs/{second.pk}/comments/", {"body": "x", "parent": elsewhere.pk})
    assert response.status_code == 404


def test_mentions_notify_only_people_who_can_see_the_lab(member, other_member, third_member):
    network = make_network(member, "Harbour Makers")
    NetworkMembership.objects.create(network=network, user=other_member)
    lab = make_lab(member, network=network, visibility="network")
    other, third = other_member.profile.handle, third_member.profile.handle
    services.post_comment(member, lab, f"Hello @{other} and @{third}")
    assert Notification.objects.filter(recipient=other_member, kind="mention").count() == 1
    assert not Notification.objects.filter(recipient=third_member).exists()


def test_editing_notifies_only_newly_mentioned(client, lab, other_member, third_member):
    comment = services.post_comment(other_member, lab, "Hi")
    client.force_login(other_member)
    handle = third_member.profile.handle
    response = client.post(f"/labs/{lab.pk}/comments/{comment.pk}/edit/", {"body": f"Hi @{handle}"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.edited is not None
    client.post(f"/labs/{lab.pk}/comments/{comment.pk}/edit/", {"body": f"Hello @{handle}"})
    assert Notification.objects.filter(recipient=third_member, kind="mention").count() == 1


def test_only_the_author_edits(client, lab, member, other_member):
    comment = services.post_comment(other_member, lab, "Mine")
    client.force_login(member)  # the lab's owner
    assert client.get(f"/labs/{lab.pk}/comments/{comment.pk}/edit/").status_code == 403
    client.post(f"/labs/{lab.pk}/comments/{comment.pk}/edit/", {"body": "Changed"})
    comment.refresh_from_db()
    assert comment.body == "Mine"


def test_authors_delete_and_a_comment_with_replies_leaves_a_placeholder(
    client, lab, other_member, third_member
):
    top = services.post_comment(other_member, lab, "Top")
    services.post_comment(third_member, lab, "Answer", parent=top)
    lone = services.post_comment(other_member, lab, "Alone")
    client.force_login(third_member)
    assert client.post(f"/labs/{lab.pk}/comments/{lone.pk}/delete/").status_code == 403
    client.force_login(other_member)
    client.post(f"/labs/{lab.pk}/comments/{lone.pk}/delete/")
    client.post(f"/labs/{lab.pk}/comments/{top.pk}/delete/")
    assert not Comment.objects.filter(pk=lone.pk).exists()
    top.refresh_from_db()
    assert top.deleted and top.body == ""
    page = client.get(lab.get_absolute_url()).content
    assert b"This comment was deleted." in page and b"Answer" in page


def test_the_owner_and_moderators_hide_comments(client, member, other_member, staff_user):
    network = make_network(member, "Harbour Makers")
    admin = make_user("admin@example.org")
    NetworkMembership.objects.create(network=network, user=admin, role="admin")
    owner = make_user("owner@example.org")
    NetworkMembership.objects.create(network=network, user=owner)
    lab = make_lab(owner, network=network, visibility="public")
    comment = services.post_comment(other_member, lab, "Buy cheap watches")
    bystander = make_user("bystander@example.org")
    client.force_login(bystander)
    assert client.post(f"/labs/{lab.pk}/comments/{comment.pk}/hide/").status_code == 403
    for moderator in (owner, admin, staff_user):
        client.force_login(moderator)
        response = client.post(f"/labs/{lab.pk}/comments/{comment.pk}/hide/", {"action": "hide"})
        assert response.status_code == 302, moderator
        comment.refresh_from_db()
        assert comment.hidden is not None and comment.hidden_by == moderator
        client.post(f"/labs/{lab.pk}/comments/{comment.pk}/hide/", {"action": "show"})
    client.force_login(owner)
    client.post(f"/labs/{lab.pk}/comments/{comment.pk}/hide/", {"action": "hide"})
    client.force_login(bystander)
    page = client.get(lab.get_absolute_url()).content
    assert b"Buy cheap watches" not in page
    assert b"This comment is hidden by the lab" in page
    client.force_login(other_member)
    assert b"Buy cheap watches" in client.get(lab.get_absolute_url()).content


HOSTILE = [
    "<script>alert('x')</script>",
    "[click](javascript:alert(1))",
    '<a href="javascript:alert(1)">link</a>',
    '<img src="x" onerror="alert(1)">',
    '<p onmouseover="alert(1)">hover</p>',
    "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<iframe src="data:text/html,<script>alert(1)</script>"></iframe>',
    "![img](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_markdown_renders_inert(client, member, other_member, text):
    lab = make_lab(member, description=text)
    services.post_comment(other_member, lab, text)
    services.post_update(member, lab, text)
    page = client.get(lab.get_absolute_url()).content.decode()
    main = page.split('<main id="main"', 1)[1].split("</main>", 1)[0]
    lowered = main.lower()
    assert "<script" not in lowered
    assert "javascript:" not in lowered
    assert "onerror" not in lowered and "onmouseover" not in lowered
    assert "data:" not in lowered
    assert "<iframe" not in lowered and '<img src="x"' not in lowered
