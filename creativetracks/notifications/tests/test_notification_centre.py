import pytest
from django.urls import reverse

from creativetracks.notifications.models import Notification
from creativetracks.notifications.services import notify


def test_notify_creates_an_unread_notification_shown_with_a_count(client, member, other_member):
    notify(
        member,
        "connection_request",
        text="Otto wants to connect",
        url="/people/otto/",
        actor=other_member,
    )
    client.force_login(member)
    page = client.get(reverse("notification_list"))
    assert page.status_code == 200
    assert b"Otto wants to connect" in page.content
    assert b'header-icon__count">1' in page.content


def test_opening_marks_read_and_goes_to_the_object(client, member):
    note = notify(member, "mention", text="You were mentioned", url="/directory/")
    client.force_login(member)
    response = client.post(reverse("notification_open", args=[note.pk]))
    assert response.status_code == 302 and response["Location"] == "/directory/"
    note.refresh_from_db()
    assert note.read_at is not None


def test_a_link_to_another_site_is_never_followed(client, member):
    note = notify(member, "mention", text="Phish", url="https://evil.example.com/")
    client.force_login(member)
    response = client.post(reverse("notification_open", args=[note.pk]))
    assert response["Location"] == reverse("notification_list")


def test_mark_all_read(client, member):
    for n in range(3):
        notify(member, "message", text=f"Message {n}")
    client.force_login(member)
    assert client.post(reverse("notification_read_all")).status_code == 302
    assert not Notification.objects.filter(recipient=member, read_at__isnull=True).exists()


def test_nobody_reads_or_opens_someone_elses_notifications(client, member, other_member):
    note = notify(member, "message", text="Private", url="/directory/")
    client.force_login(other_member)
    assert b"Private" not in client.get(reverse("notification_list")).content
    client.post(reverse("notification_open", args=[note.pk]))
    note.refresh_from_db()
    assert note.read_at is None


def test_unknown_kinds_are_a_programming_error(member):
    with pytest.raises(ValueError):
        notify(member, "no_such_kind", text="x")


def test_no_notification_to_yourself_or_to_inactive_accounts(member, other_member):
    assert notify(member, "message", text="self", actor=member) is None
    other_member.is_active = False
    other_member.save()
    assert notify(other_member, "message", text="x") is None


@pytest.mark.parametrize("size", [10, 100])
def test_notification_list_query_count(client, member, django_assert_max_num_queries, size):
    Notification.objects.bulk_create(
        Notification(recipient=member, kind="message", text=f"n{n}") for n in range(size)
    )
    client.force_login(member)
    with django_assert_max_num_queries(7):
        assert client.get(reverse("notification_list")).status_code == 200
