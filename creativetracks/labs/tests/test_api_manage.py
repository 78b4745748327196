"""Managing labs through the API: comments (edit, delete, hide), updates, closing,
extending, deleting, featuring, polls and covers, each through the site's form and
service, with the site's predicates deciding who may."""

import io
import json
from datetime import timedelta

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from conftest import make_user
from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.events.tests.conftest import make_partner
from creativetracks.labs import services
from creativetracks.labs.models import Collaboration, Comment, Lab, LabUpdate, Poll
from creativetracks.notifications.models import Notification
from creativetracks.social.models import Activity

from .conftest import make_lab

pytestmark = pytest.mark.django_db


def send(client, method, path, data=None, headers=None):
    body = json.dumps(data) if data is not None else ""
    return getattr(client, method)(path, body, content_type="application/json", **(headers or {}))


def png(name="cover.png", size=(40, 30)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, "teal").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


# Comments -----------------------------------------------------------------------------


def test_the_author_edits_their_comment(client, lab, member, other_member):
    comment = services.post_comment(other_member, lab, "First thought")
    path = f"/api/v1/labs/{lab.pk}/comments/{comment.pk}"
    response = send(client, "patch", path, {"body": "Second thought"}, bearer(other_member))
    assert response.status_code == 200, response.content
    assert response.json()["body"] == "Second thought" and response.json()["edited"]
    comment.refresh_from_db()
    assert comment.body == "Second thought" and comment.edited
    listed = client.get(f"/api/v1/labs/{lab.pk}/comments").json()["items"]
    assert listed[0]["edited"] == response.json()["edited"]


def test_editing_a_comment_refusals(client, lab, member, other_member, staff_user):
    comment = services.post_comment(other_member, lab, "Mine")
    path = f"/api/v1/labs/{lab.pk}/comments/{comment.pk}"
    # not the author: not even the lab's owner or staff edit someone's words
    for user in (member, staff_user):
        assert send(client, "patch", path, {"body": "X"}, bearer(user)).status_code == 403
    empty = send(client, "patch", path, {"body": "   "}, bearer(other_member))
    assert empty.status_code == 422 and "body" in error_of(empty)["fields"]
    assert send(client, "patch", path, {}, bearer(other_member)).status_code == 422
    assert send(client, "patch", path, {"body": "X"}).status_code == 401
    read = bearer(other_member, scope="read")
    assert send(client, "patch", path, {"body": "X"}, read).status_code == 403
    other_lab = make_lab(member, "Another lab")
    wrong = f"/api/v1/labs/{other_lab.pk}/comments/{comment.pk}"
    assert send(client, "patch", wrong, {"body": "X"}, bearer(other_member)).status_code == 404
    comment.refresh_from_db()
    assert comment.body == "Mine"


def test_deleting_comments(client, lab, member, other_member, third_member, staff_user):
    alone = services.post_comment(other_member, lab, "Alone")
    answered = services.post_comment(other_member, lab, "Answered")
    services.post_comment(third_member, lab, "A reply", answered)
    base = f"/api/v1/labs/{lab.pk}/comments"
    # another member may not; the lab's owner is no moderator of comments' deletion
    assert (
        send(client, "delete", f"{base}/{alone.pk}", None, bearer(third_member)).status_code == 403
    )
    assert send(client, "delete", f"{base}/{alone.pk}", None, bearer(member)).status_code == 403
    assert send(client, "delete", f"{base}/{alone.pk}").status_code == 401
    gone = send(client, "delete", f"{base}/{alone.pk}", None, bearer(other_member))
    assert gone.status_code == 204 and not Comment.objects.filter(pk=alone.pk).exists()
    # a moderator (staff) deletes; the replies keep their place
    kept = send(client, "delete", f"{base}/{answered.pk}", None, bearer(staff_user))
    assert kept.status_code == 204
    answered.refresh_from_db()
    assert answered.deleted and answered.body == ""
    again = send(client, "delete", f"{base}/{answered.pk}", None, bearer(staff_user))
    assert again.status_code == 403
    lab.refresh_from_db()
    assert lab.comment_count == 1


def test_the_owner_hides_and_shows_a_comment(client, lab, member, other_member, third_member):
    comment = services.post_comment(other_member, lab, "Off topic")
    path = f"/api/v1/labs/{lab.pk}/comments/{comment.pk}/hide"
    assert send(client, "post", path, None, bearer(third_member)).status_code == 403
    assert send(client, "post", path, None, bearer(other_member)).status_code == 403
    hidden = send(client, "post", path, None, bearer(member))
    assert hidden.status_code == 200 and hidden.json()["hidden"] is True
    [seen] = client.get(f"/api/v1/labs/{lab.pk}/comments", **bearer(third_member)).json()["items"]
    assert seen["hidden"] is True and seen["body"] is None
    [own] = client.get(f"/api/v1/labs/{lab.pk}/comments", **bearer(other_member)).json()["items"]
    assert own["body"] == "Off topic"
    shown = send(client, "delete", path, None, bearer(member))
    assert shown.status_code == 200 and shown.json()["hidden"] is False
    comment.refresh_from_db()
    assert comment.hidden is None


# Updates ------------------------------------------------------------------------------


def test_collaborators_post_updates_and_the_team_hears(client, lab, member, other_member):
    asked = services.ask_to_join(other_member, lab, "Me")
    services.decide_request(member, asked, accept=True)
    path = f"/api/v1/labs/{lab.pk}/updates"
    posted = send(client, "post", path, {"body": "We recorded the waves."}, bearer(other_member))
    assert posted.status_code == 201, posted.content
    assert posted.json()["author"]["handle"] == other_member.profile.handle
    assert Notification.objects.filter(recipient=member, kind="lab_update").exists()
    [item] = client.get(path).json()["items"]
    assert item["body"] == "We recorded the waves."


def test_posting_updates_refusals(client, lab, member, other_member):
    path = f"/api/v1/labs/{lab.pk}/updates"
    assert send(client, "post", path, {"body": "Hi"}, bearer(other_member)).status_code == 403
    services.ask_to_join(other_member, lab, "Me")  # pending is not enough
    assert send(client, "post", path, {"body": "Hi"}, bearer(other_member)).status_code == 403
    empty = send(client, "post", path, {"body": " "}, bearer(member))
    assert empty.status_code == 422 and "body" in error_of(empty)["fields"]
    long = send(client, "post", path, {"body": "x" * 5001}, bearer(member))
    assert long.status_code == 422
    assert send(client, "post", path, {"body": "Hi"}).status_code == 401
    assert (
        send(client, "post", path, {"body": "Hi"}, bearer(member, scope="read")).status_code == 403
    )
    assert not LabUpdate.objects.exists()
    hidden = make_lab(member, "Members only", visibility=Lab.Visibility.MEMBERS)
    assert client.get(f"/api/v1/labs/{hidden.pk}/updates").status_code == 404


@pytest.mark.parametrize("rows", [3, 30])
def test_updates_cost_constant_queries(client, lab, member, rows, django_assert_max_num_queries):
    LabUpdate.objects.bulk_create(
        LabUpdate(lab=lab, author=member, body=f"News {i}") for i in range(rows)
    )
    headers = bearer(member)
    with django_assert_max_num_queries(8):
        response = client.get(f"/api/v1/labs/{lab.pk}/updates?limit=100", **headers)
    assert len(response.json()["items"]) == rows


def test_updates_are_paged_newest_first(client, lab, member):
    for i in range(3):
        services.post_update(member, lab, f"News {i}")
    first = client.get(f"/api/v1/labs/{lab.pk}/updates?limit=2").json()
    second = client.get(
        f"/api/v1/labs/{lab.pk}/updates?limit=2&cursor={first['next_cursor']}"
    ).json()
    bodies = [u["body"] for u in first["items"] + second["items"]]
    assert bodies == ["News 2", "News 1", "News 0"] and second["next_cursor"] is None


# Closing, extending, deleting, featuring ----------------------------------------------


def test_the_owner_closes_and_reopens_a_lab(client, lab, member, other_member):
    closed = send(client, "post", f"/api/v1/labs/{lab.pk}/close", None, bearer(member))
    assert closed.status_code == 200 and closed.json()["open"] is False
    lab.refresh_from_db()
    assert lab.closed is not None
    assert not Activity.objects.filter(verb="posted_lab", target_id=lab.pk).exists()
    comment = send(
        client, "post", f"/api/v1/labs/{lab.pk}/comments", {"body": "Hi"}, bearer(other_member)
    )
    assert comment.status_code == 409
    until = (timezone.now() + timedelta(days=10)).date().isoformat()
    extended = send(
        client, "post", f"/api/v1/labs/{lab.pk}/extend", {"until": until}, bearer(member)
    )
    assert extended.status_code == 200, extended.content
    assert extended.json()["open"] is True
    lab.refresh_from_db()
    assert lab.closed is None and lab.expires > timezone.now() + timedelta(days=9)
    assert Activity.objects.filter(verb="posted_lab", target_id=lab.pk).exists()


def test_closing_and_extending_refusals(client, lab, member, other_member, staff_user):
    for method, path, data in [
        ("post", f"/api/v1/labs/{lab.pk}/close", None),
        ("post", f"/api/v1/labs/{lab.pk}/extend", {"until": "2099-01-01"}),
    ]:
        assert send(client, method, path, data, bearer(other_member)).status_code == 403
        assert send(client, method, path, data).status_code == 401
        assert send(client, method, path, data, bearer(member, scope="read")).status_code == 403
    past = send(
        client, "post", f"/api/v1/labs/{lab.pk}/extend", {"until": "2020-01-01"}, bearer(member)
    )
    assert past.status_code == 422 and "until" in error_of(past)["fields"]
    garbled = send(
        client, "post", f"/api/v1/labs/{lab.pk}/extend", {"until": "soon"}, bearer(member)
    )
    assert garbled.status_code == 422 and "until" in error_of(garbled)["fields"]
    # moderators (staff) close too
    closed = send(client, "post", f"/api/v1/labs/{lab.pk}/close", None, bearer(staff_user))
    assert closed.status_code == 200
    hidden = make_lab(other_member, "Members only", visibility=Lab.Visibility.MEMBERS)
    assert (
        send(
            client,
            "post",
            f"/api/v1/labs/{hidden.pk}/close",
            None,
            bearer(make_user("x@example.org", verified=False)),
        ).status_code
        == 403
    )


def test_deleting_a_lab(client, member, other_member, staff_user):
    lab = make_lab(member)
    assert (
        send(client, "delete", f"/api/v1/labs/{lab.pk}", None, bearer(other_member)).status_code
        == 403
    )
    assert send(client, "delete", f"/api/v1/labs/{lab.pk}").status_code == 401
    assert (
        send(
            client, "delete", f"/api/v1/labs/{lab.pk}", None, bearer(member, scope="read")
        ).status_code
        == 403
    )
    assert send(client, "delete", f"/api/v1/labs/{lab.pk}", None, bearer(member)).status_code == 204
    assert not Lab.objects.filter(pk=lab.pk).exists()
    assert send(client, "delete", f"/api/v1/labs/{lab.pk}", None, bearer(member)).status_code == 404
    moderated = make_lab(other_member, "Spam")
    assert (
        send(client, "delete", f"/api/v1/labs/{moderated.pk}", None, bearer(staff_user)).status_code
        == 204
    )
    secret = make_lab(other_member, "Members", visibility=Lab.Visibility.MEMBERS)
    assert send(client, "delete", f"/api/v1/labs/{secret.pk}").status_code == 401
    assert Lab.objects.filter(pk=secret.pk).exists()


def test_partner_staff_feature_a_lab(client, lab, member, other_member):
    featurer = make_user("partner@example.org")
    make_partner().staff.add(featurer)
    path = f"/api/v1/labs/{lab.pk}/feature"
    assert send(client, "post", path, None, bearer(member)).status_code == 403
    assert send(client, "post", path, None, bearer(featurer)).status_code == 200
    lab.refresh_from_db()
    assert lab.featured is not None
    assert Notification.objects.filter(recipient=member, kind="lab_featured").exists()
    assert send(client, "delete", path, None, bearer(featurer)).status_code == 200
    lab.refresh_from_db()
    assert lab.featured is None
    services.close_lab(member, lab)
    assert send(client, "post", path, None, bearer(featurer)).status_code == 409


# Polls --------------------------------------------------------------------------------


def test_the_owner_adds_a_poll(client, lab, member, other_member):
    path = f"/api/v1/labs/{lab.pk}/polls"
    data = {"question": "Which day?", "options": ["Monday", " Friday "], "multiple": True}
    response = send(client, "post", path, data, bearer(member))
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["question"] == "Which day?" and body["multiple"] is True
    assert [o["label"] for o in body["options"]] == ["Monday", "Friday"]
    poll = Poll.objects.get(lab=lab)
    assert poll.results == Poll.Results.AFTER_VOTE and poll.closes is None
    closing = send(
        client,
        "post",
        path,
        {
            "question": "Q?",
            "options": ["A", "B"],
            "closes_on": "2099-03-01",
            "results": "after_close",
        },
        bearer(member),
    )
    assert closing.status_code == 201 and closing.json()["results"] == "after_close"
    assert closing.json()["closes"]


def test_adding_polls_refusals(client, lab, member, other_member, staff_user):
    path = f"/api/v1/labs/{lab.pk}/polls"
    good = {"question": "Q?", "options": ["A", "B"]}
    for user in (other_member, staff_user):
        assert send(client, "post", path, good, bearer(user)).status_code == 403
    assert send(client, "post", path, good).status_code == 401
    assert send(client, "post", path, good, bearer(member, scope="read")).status_code == 403
    one = send(client, "post", path, {"question": "Q?", "options": ["A", "A"]}, bearer(member))
    assert one.status_code == 422 and "options" in error_of(one)["fields"]
    many = send(
        client, "post", path, {"question": "Q?", "options": list("ABCDEFGHIJK")}, bearer(member)
    )
    assert many.status_code == 422
    past = send(client, "post", path, {**good, "closes_on": "2020-01-01"}, bearer(member))
    assert past.status_code == 422 and "closes_on" in error_of(past)["fields"]
    kind = send(client, "post", path, {**good, "results": "never"}, bearer(member))
    assert kind.status_code == 422 and "results" in error_of(kind)["fields"]
    services.close_lab(member, lab)
    assert send(client, "post", path, good, bearer(member)).status_code == 409
    assert not Poll.objects.exists()


# The cover ----------------------------------------------------------------------------


def test_the_owner_sets_and_replaces_the_cover(client, lab, member):
    path = f"/api/v1/labs/{lab.pk}/cover"
    response = client.post(path, {"cover": png()}, **bearer(member))
    assert response.status_code == 200, response.content
    lab.refresh_from_db()
    first = lab.cover.name
    assert first and lab.cover_thumbnail.name and response.json()["cover_url"] == lab.cover.url
    with Image.open(lab.cover) as stored:
        assert stored.size == (40, 30)
    again = client.post(path, {"cover": png("second.png", (20, 20))}, **bearer(member))
    assert again.status_code == 200
    lab.refresh_from_db()
    assert lab.cover.name != first
    # the rest of the lab is as it was
    assert lab.title == "Looking for a sound designer" and lab.skills == ["Sound design"]


def test_covers_are_checked_like_the_form(client, lab, member, other_member):
    path = f"/api/v1/labs/{lab.pk}/cover"
    fake = SimpleUploadedFile("cover.png", b"not an image", content_type="image/png")
    response = client.post(path, {"cover": fake}, **bearer(member))
    assert response.status_code == 422 and "cover" in error_of(response)["fields"]
    text = SimpleUploadedFile("cover.txt", b"hello", content_type="text/plain")
    response = client.post(path, {"cover": text}, **bearer(member))
    assert response.status_code == 422
    assert "JPEG, PNG, WebP or GIF" in error_of(response)["fields"]["cover"][0]
    huge = SimpleUploadedFile("cover.png", b"\x89PNG" + b"0" * (8 * 1024 * 1024), "image/png")
    response = client.post(path, {"cover": huge}, **bearer(member))
    assert (
        response.status_code == 422 and "limit is 8 MB" in error_of(response)["fields"]["cover"][0]
    )
    assert client.post(path, {}, **bearer(member)).status_code == 422
    assert client.post(path, {"cover": png()}, **bearer(other_member)).status_code == 403
    assert client.post(path, {"cover": png()}).status_code == 401
    assert client.post(path, {"cover": png()}, **bearer(member, scope="read")).status_code == 403
    lab.refresh_from_db()
    assert not lab.cover
    assert Collaboration.objects.count() == 0
