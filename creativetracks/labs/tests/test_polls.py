"""Polls in a lab: one vote per member, held by the database; results when allowed."""

import threading
import time
from datetime import timedelta

import pytest
from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import timezone

from conftest import make_user
from creativetracks.labs import services
from creativetracks.labs.models import Ballot, BallotChoice, Poll

from .conftest import make_lab


def make_poll(lab, owner, **fields) -> Poll:
    return services.add_poll(
        owner,
        lab,
        question="Which day suits you?",
        options=["Monday", "Friday", "Sunday"],
        **fields,
    )


def vote_as(client, user, poll, *options):
    client.force_login(user)
    return client.post(
        f"/labs/{poll.lab_id}/polls/{poll.pk}/vote/", {"option": [o.pk for o in options]}
    )


@pytest.mark.django_db
def test_the_owner_adds_a_poll(client, lab, member, other_member):
    client.force_login(other_member)
    assert client.get(f"/labs/{lab.pk}/polls/new/").status_code == 403
    client.force_login(member)
    response = client.post(
        f"/labs/{lab.pk}/polls/new/",
        {"question": "Where?", "options": "Lisbon\nMaputo\n\nLisbon", "results": "after_vote"},
    )
    assert response.status_code == 302
    poll = Poll.objects.get()
    assert [o.label for o in poll.options.all()] == ["Lisbon", "Maputo"]
    response = client.post(
        f"/labs/{lab.pk}/polls/new/", {"question": "Where?", "options": "Only one", "results": "x"}
    )
    assert response.status_code == 422
    assert b"at least two different answers" in response.content


@pytest.mark.django_db
def test_results_show_after_voting(client, lab, member, other_member):
    poll = make_poll(lab, member)
    monday, friday, _sunday = poll.options.all()
    client.force_login(other_member)
    page = client.get(lab.get_absolute_url()).content
    assert b"Vote</button>" in page and b"<meter" not in page
    client.force_login(member)  # the owner follows the votes
    assert b"<meter" in client.get(lab.get_absolute_url()).content
    assert vote_as(client, other_member, poll, friday).status_code == 302
    page = client.get(lab.get_absolute_url()).content.decode()
    assert "<meter" in page and "100% (1)" in page
    poll.refresh_from_db()
    assert poll.voter_count == 1


@pytest.mark.django_db
def test_results_hidden_until_closing_when_the_owner_chose_so(client, lab, member, other_member):
    poll = make_poll(lab, member, results=Poll.Results.AFTER_CLOSE)
    monday = poll.options.first()
    vote_as(client, other_member, poll, monday)
    page = client.get(lab.get_absolute_url()).content
    assert b"<meter" not in page
    assert b"results are shown once the poll closes" in page
    client.force_login(member)  # not even the owner
    assert b"<meter" not in client.get(lab.get_absolute_url()).content
    Poll.objects.filter(pk=poll.pk).update(closes=timezone.now() - timedelta(seconds=1))
    page = client.get(lab.get_absolute_url()).content
    assert b"<meter" in page and b"Closed" in page


@pytest.mark.django_db
def test_single_choice_takes_one_answer_and_multiple_several(client, lab, member, other_member):
    single = make_poll(lab, member)
    several = make_poll(lab, member, multiple=True)
    a, b, _c = single.options.all()
    response = vote_as(client, other_member, single, a, b)
    assert response.status_code == 400
    assert b"Choose one answer only" in response.content
    x, y, _z = several.options.all()
    assert vote_as(client, other_member, several, x, y).status_code == 302
    assert BallotChoice.objects.filter(ballot__poll=several).count() == 2
    assert vote_as(client, other_member, single).status_code == 400


@pytest.mark.django_db
def test_a_second_vote_gets_a_clear_message(client, lab, member, other_member):
    poll = make_poll(lab, member)
    monday, friday, _ = poll.options.all()
    vote_as(client, other_member, poll, monday)
    response = vote_as(client, other_member, poll, friday)
    assert response.status_code == 409
    assert b"You have already voted in this poll." in response.content
    assert Ballot.objects.count() == 1
    poll.refresh_from_db()
    assert poll.voter_count == 1


@pytest.mark.django_db
def test_the_database_holds_one_ballot_per_member(lab, member, other_member):
    poll = make_poll(lab, member)
    Ballot.objects.create(poll=poll, voter=other_member)
    with pytest.raises(IntegrityError), transaction.atomic():
        Ballot.objects.create(poll=poll, voter=other_member)


@pytest.mark.django_db
def test_an_option_of_another_poll_is_refused(client, lab, member, other_member):
    poll, other = make_poll(lab, member), make_poll(lab, member)
    response = vote_as(client, other_member, poll, other.options.first())
    assert response.status_code == 400
    assert b"Choose an answer" in response.content


@pytest.mark.django_db(transaction=True)
def test_concurrent_double_votes_count_once():
    owner = make_user("owner@example.org")
    voter = make_user("voter@example.org")
    lab = make_lab(owner)
    poll = make_poll(lab, owner)
    options = list(poll.options.all())
    barrier = threading.Barrier(2)
    outcomes = [None, None]

    def vote_waiting_for_locks(index: int):
        # PostgreSQL makes the second insert wait for the first transaction. The test
        # database of SQLite (in memory, shared cache) answers "locked" at once instead of
        # waiting like the file database does (busy timeout): wait and try again here.
        for _attempt in range(100):
            try:
                return services.vote(voter, poll, [options[index].pk])
            except OperationalError as error:
                if "locked" not in str(error):
                    raise
                time.sleep(0.05)
        raise AssertionError("the database stayed locked")

    def cast(index: int) -> None:
        try:
            barrier.wait(timeout=10)
            outcomes[index] = vote_waiting_for_locks(index)
        except services.DomainError as refusal:
            outcomes[index] = refusal
        finally:
            connection.close()

    threads = [threading.Thread(target=cast, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    refusals = [o for o in outcomes if isinstance(o, services.DomainError)]
    assert len(refusals) == 1, outcomes
    assert refusals[0].message == "You have already voted in this poll."
    assert refusals[0].status == 409
    assert Ballot.objects.filter(poll=poll).count() == 1
    assert BallotChoice.objects.filter(ballot__poll=poll).count() == 1
    poll.refresh_from_db()
    assert poll.voter_count == 1
