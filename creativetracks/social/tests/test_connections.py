import pytest
from django.db import connection as db_connection
from django.urls import reverse

from creativetracks.core.exceptions import DomainError
from creativetracks.notifications.models import Notification
from creativetracks.social import services
from creativetracks.social.models import Connection

from .builders import member_named, race


def ask(client, asker, other, note=""):
    client.force_login(asker)
    return client.post(reverse("connection_request", args=[other.profile.handle]), {"note": note})


def test_request_with_a_note_then_accept(client, member, other_member):
    assert ask(client, member, other_member, "We met in Porto.").status_code == 302
    request = Connection.objects.get()
    assert request.status == "pending" and request.requested_by == member
    assert Notification.objects.filter(recipient=other_member, kind="connection_request").exists()

    client.force_login(other_member)
    page = client.get(reverse("connection_list"))
    assert b"We met in Porto." in page.content and b"Mia Member" in page.content
    assert client.post(reverse("connection_accept", args=[request.pk])).status_code == 302
    request.refresh_from_db()
    assert request.status == "accepted" and request.responded is not None
    assert Notification.objects.filter(recipient=member, kind="connection_accepted").exists()
    client.force_login(member)
    assert b"Otto Other" in client.get(reverse("connection_list")).content


def test_the_request_form_page_works_without_javascript(client, member, other_member):
    client.force_login(member)
    url = reverse("connection_request", args=[other_member.profile.handle])
    assert b"Add a note" in client.get(url).content
    response = client.post(url, {"note": "x" * 501})
    assert response.status_code == 422
    assert not Connection.objects.exists()


def test_decline_withdraw_and_remove(client, member, other_member):
    ask(client, member, other_member)
    request = Connection.objects.get()
    client.force_login(other_member)
    client.post(reverse("connection_decline", args=[request.pk]))
    assert not Connection.objects.exists()
    assert not Notification.objects.filter(recipient=member).exists()  # declining is quiet

    ask(client, member, other_member)
    client.post(reverse("connection_withdraw", args=[Connection.objects.get().pk]))
    assert not Connection.objects.exists()

    ask(client, member, other_member)
    client.force_login(other_member)
    client.post(reverse("connection_accept", args=[Connection.objects.get().pk]))
    client.post(reverse("connection_remove", args=[Connection.objects.get().pk]))
    assert not Connection.objects.exists()


def test_only_the_right_side_answers_a_request(client, member, other_member):
    ask(client, member, other_member)
    request = Connection.objects.get()
    # The asker cannot accept their own request, nor the asked withdraw it.
    assert client.post(reverse("connection_accept", args=[request.pk])).status_code == 403
    client.force_login(other_member)
    assert client.post(reverse("connection_withdraw", args=[request.pk])).status_code == 403
    # Someone else does not even find it.
    client.force_login(member_named("Third Person"))
    for name in (
        "connection_accept",
        "connection_decline",
        "connection_withdraw",
        "connection_remove",
    ):
        assert client.post(reverse(name, args=[request.pk])).status_code == 404
    request.refresh_from_db()
    assert request.status == "pending"


def test_a_pending_request_cannot_be_sent_twice(client, member, other_member):
    assert ask(client, member, other_member).status_code == 302
    response = ask(client, member, other_member)
    assert response.status_code == 422
    assert b"already waiting for an answer" in response.content
    assert Connection.objects.count() == 1


def test_asking_someone_who_asked_you_connects_you(client, member, other_member):
    ask(client, member, other_member)
    ask(client, other_member, member)
    assert Connection.objects.get().status == "accepted"


def test_a_hidden_profile_cannot_be_asked(client, member):
    hidden = member_named("Hugo Hidden", visibility="hidden")
    assert ask(client, member, hidden).status_code == 404
    assert not Connection.objects.exists()


def test_connection_requests_are_rate_limited(client, member, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "connection_request": "2/d"}
    people = [member_named(f"Person {n}") for n in range(3)]
    assert ask(client, member, people[0]).status_code == 302
    assert ask(client, member, people[1]).status_code == 302
    response = ask(client, member, people[2])
    assert response.status_code == 429
    assert b"Too many attempts" in response.content
    assert Connection.objects.count() == 2


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("crossing", [False, True], ids=["double-click", "crossing"])
def test_concurrent_requests_make_one_row(crossing):
    if db_connection.vendor != "postgresql":
        pytest.skip("SQLite serialises writers, so two requests cannot race; run on PostgreSQL")
    first = member_named("Ana Race", email="ana@example.org")
    second = member_named("Rui Race", email="rui@example.org")
    other_asker = second if crossing else first
    other_target = first if crossing else second
    outcomes = race(
        Connection,
        [
            lambda: services.request_connection(first, second),
            lambda: services.request_connection(other_asker, other_target),
        ],
    )
    [row] = Connection.objects.all()
    if crossing:
        # Both want it: the second request meets the first and accepts it.
        assert row.status == "accepted"
        assert all(isinstance(o, Connection) for o in outcomes), outcomes
    else:
        assert row.status == "pending"
        assert sum(isinstance(o, DomainError) for o in outcomes) == 1, outcomes
