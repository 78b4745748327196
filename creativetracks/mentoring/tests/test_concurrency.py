"""The last place of a mentor under concurrent pairings: taken exactly once."""

import threading

import pytest
from django.db import connection, connections

from creativetracks.core.exceptions import DomainError
from creativetracks.mentoring import services
from creativetracks.mentoring.models import Pair

from .conftest import add_mentee, add_mentor, person

CANDIDATES = 12


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Needs PostgreSQL: SQLite serialises every writer, so nothing runs concurrently "
    "(test_review.py::test_the_last_place_of_a_mentor_goes_once checks the rule in sequence).",
)
def test_concurrent_pairings_take_the_last_place_once(programme, organiser):
    mentor = add_mentor(programme, person("busy@example.org", "Busy Mentor"), capacity=2)
    first = add_mentee(programme, person("first@example.org", "First Mentee"))
    services.add_pair(organiser, mentor, first)  # one place left
    mentees = [
        add_mentee(programme, person(f"rush{i}@example.org", f"Rush {i}"))
        for i in range(CANDIDATES)
    ]
    start = threading.Barrier(CANDIDATES)
    outcomes: list[str] = []
    errors: list[BaseException] = []
    lock = threading.Lock()

    def pair(mentee) -> None:
        try:
            start.wait()
            try:
                services.add_pair(organiser, mentor, mentee)
                outcome = "paired"
            except services.MentorFull:
                outcome = "full"
            except DomainError as refusal:
                outcome = f"refused: {refusal.message}"
            finally:
                connections.close_all()
            with lock:
                outcomes.append(outcome)
        except BaseException as error:  # noqa: BLE001 - reported below
            with lock:
                errors.append(error)

    threads = [threading.Thread(target=pair, args=(m,)) for m in mentees]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(outcomes) == ["full"] * (CANDIDATES - 1) + ["paired"]
    assert Pair.objects.filter(mentor=mentor).count() == 2
