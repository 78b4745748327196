"""Capacity under concurrent registrations: never oversold, nobody lost."""

import threading
import time

import pytest
from django.db import connection, connections

from conftest import make_user
from creativetracks.core.exceptions import DomainError
from creativetracks.events import services
from creativetracks.events.models import Event, Registration

from .conftest import make_event

PEOPLE = 200
PLACES = 50


def _verified_members(count: int) -> list:
    """Members with a confirmed address, bulk inserted (the test times the rush, not this)."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    User = get_user_model()
    User.objects.bulk_create(User(email=f"rush{i}@example.org", password="!") for i in range(count))
    people = list(User.objects.filter(email__startswith="rush").order_by("pk"))
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in people
    )
    return people


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Needs PostgreSQL: SQLite serialises every writer, so nothing runs concurrently.",
)
def test_200_simultaneous_registrations_for_50_places(organiser):
    event = make_event(organiser, capacity=PLACES)
    people = _verified_members(PEOPLE)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT current_setting('max_connections')::int - count(*) FROM pg_stat_activity"
        )
        free = cursor.fetchone()[0]
    # Every registration runs in its own thread with its own connection; when the
    # server has fewer free connections than people, that many run at a time.
    gate = threading.BoundedSemaphore(max(10, min(PEOPLE, free - 10)))
    start = threading.Barrier(PEOPLE)
    outcomes: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def register(user) -> None:
        try:
            start.wait()
            with gate:
                try:
                    registration = services.register_for_event(user, event)
                    outcome = registration.status
                except DomainError as refusal:  # a refusal would be a failure here too
                    outcome = f"refused: {refusal.message}"
                finally:
                    connections.close_all()
            with lock:
                outcomes.append(outcome)
        except BaseException as error:  # noqa: BLE001 - reported below
            with lock:
                errors.append(error)

    threads = [threading.Thread(target=register, args=(user,)) for user in people]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert time.monotonic() - began < 60
    assert errors == []
    assert sorted(set(outcomes)) == ["confirmed", "waitlisted"]
    assert outcomes.count("confirmed") == PLACES
    assert outcomes.count("waitlisted") == PEOPLE - PLACES
    event.refresh_from_db()
    assert event.taken == PLACES
    assert Registration.objects.filter(event=event, status="confirmed").count() == PLACES
    assert Registration.objects.filter(event=event, status="waitlisted").count() == PEOPLE - PLACES
    # The queue order is the order people were put on it: cancelling promotes the first.
    first_waiting = (
        Registration.objects.filter(event=event, status="waitlisted")
        .order_by("waitlisted_at", "pk")
        .first()
    )
    leaver = Registration.objects.filter(event=event, status="confirmed").first()
    services.cancel_registration(leaver.user, leaver)
    first_waiting.refresh_from_db()
    assert first_waiting.status == "confirmed"
    assert Event.objects.get(pk=event.pk).taken == PLACES


@pytest.mark.django_db
def test_a_second_registration_for_the_last_place_is_waitlisted(organiser):
    """On any database: the place taken last is counted before the next one asks."""
    event = make_event(organiser, capacity=1)
    first, second = make_user("first@example.org"), make_user("second@example.org")
    assert services.register_for_event(first, event).status == "confirmed"
    # A stale copy of the event (read before the first registration) changes nothing.
    assert event.taken == 0
    assert services.register_for_event(second, event).status == "waitlisted"
    assert Event.objects.get(pk=event.pk).taken == 1
