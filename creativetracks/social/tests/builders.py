"""Small builders for social and messaging tests: real rows, mostly through services."""

from itertools import count

from conftest import make_user
from creativetracks.networks.models import Network, NetworkMembership
from creativetracks.social.models import Connection
from creativetracks.social.queries import ordered_pair

_numbers = count(1)


def member_named(name: str, *, visibility: str = "members", email: str | None = None):
    """A verified member with a profile of the given visibility."""
    number = next(_numbers)
    user = make_user(email or f"person{number}@example.org", display_name=name)
    if visibility != user.profile.visibility:
        user.profile.visibility = visibility
        user.profile.save()
    return user


def connect(first, second) -> Connection:
    low, high = ordered_pair(first.pk, second.pk)
    return Connection.objects.create(
        user_low_id=low, user_high_id=high, requested_by=first, status=Connection.Status.ACCEPTED
    )


def network_of(*members, name: str = "Porto Makers", listing: str = "public") -> Network:
    slug = f"{name.lower().replace(' ', '-')}-{next(_numbers)}"
    network = Network.objects.create(name=name, slug=slug, listing=listing)
    NetworkMembership.objects.bulk_create(
        NetworkMembership(network=network, user=member) for member in members
    )
    return network


def queries_for(client, url: str, *, expected_status: int = 200) -> int:
    """How many SQL queries one GET of `url` costs (after a first, warming GET)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == expected_status, response.status_code
    return len(captured)


def race(model, calls) -> list:
    """Run `calls` in threads that all pass their duplicate check (the first
    `model.objects.filter(...)` each makes) before any of them writes; returns each
    call's result or DomainError. Needs PostgreSQL (SQLite serialises writers)."""
    import threading

    from django.db import connection

    from creativetracks.core.exceptions import DomainError

    barrier = threading.Barrier(len(calls))
    outcomes = [None] * len(calls)
    manager = model.objects
    original = manager.filter
    waited = set()

    def filter_then_wait(*args, **kwargs):
        result = original(*args, **kwargs)
        me = threading.get_ident()
        if threading.current_thread() is not threading.main_thread() and me not in waited:
            waited.add(me)
            list(result)  # the duplicate check reads now...
            barrier.wait(timeout=10)  # ...and every thread has read before anyone writes
        return result

    def run(index, call):
        try:
            outcomes[index] = call()
        except DomainError as error:
            outcomes[index] = error
        finally:
            connection.close()

    manager.filter = filter_then_wait
    try:
        threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=30)
    finally:
        del manager.filter
    return outcomes
