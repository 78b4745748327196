"""The API's notifications: one's own only, newest first, marked read one by one or all."""

import pytest

from creativetracks.api.tests.helpers import bearer, error_of
from creativetracks.notifications.models import Notification
from creativetracks.notifications.services import notify

pytestmark = pytest.mark.django_db


def test_a_member_reads_their_own_notifications_only(client, member, other_member):
    first = notify(member, "lab_comment", text="First", url="/a")
    second = notify(member, "lab_comment", text="Second", url="/b", actor=other_member)
    notify(other_member, "lab_comment", text="Not yours", url="/c")
    body = client.get("/api/v1/notifications/", **bearer(member)).json()
    assert [n["id"] for n in body["items"]] == [second.pk, first.pk]
    assert body["items"][0]["actor"] == "Otto Other"
    assert client.get("/api/v1/notifications/").status_code == 401


def test_marking_one_read_and_all_read(client, member):
    first = notify(member, "lab_comment", text="First", url="/a")
    notify(member, "lab_comment", text="Second", url="/b")
    headers = bearer(member)
    response = client.post(f"/api/v1/notifications/{first.pk}/read", **headers)
    assert response.json() == {"marked": 1, "unread": 1}
    unread = client.get("/api/v1/notifications/?unread=true", **headers).json()["items"]
    assert [n["text"] for n in unread] == ["Second"]
    assert client.post("/api/v1/notifications/read", **headers).json() == {"marked": 1, "unread": 0}


def test_nobody_marks_anothers_notification(client, member, other_member):
    theirs = notify(other_member, "lab_comment", text="Private", url="/x")
    response = client.post(f"/api/v1/notifications/{theirs.pk}/read", **bearer(member))
    assert response.status_code == 404
    assert error_of(response)["code"] == "not_found"
    assert Notification.objects.get(pk=theirs.pk).read_at is None


def test_a_read_token_cannot_mark(client, member):
    note = notify(member, "lab_comment", text="Hi", url="/x")
    assert (
        client.post(
            f"/api/v1/notifications/{note.pk}/read", **bearer(member, scope="read")
        ).status_code
        == 403
    )
    assert Notification.objects.get(pk=note.pk).read_at is None


def test_notification_list_costs_constant_queries(
    client, member, other_member, django_assert_max_num_queries
):
    notify(member, "lab_comment", text="One", url="/", actor=other_member)
    headers = bearer(member)
    with django_assert_max_num_queries(6):
        client.get("/api/v1/notifications/", **headers)
    for i in range(25):
        notify(member, "lab_comment", text=f"N {i}", url="/", actor=other_member)
    with django_assert_max_num_queries(6):
        assert len(client.get("/api/v1/notifications/?limit=50", **headers).json()["items"]) == 26
