"""The marketplace: who sees it, filters, and people you should meet."""

import threading

import pytest
from django.db import connection, connections
from django.urls import reverse

from conftest import make_user
from creativetracks.core.exceptions import DomainError
from creativetracks.meetings import services
from creativetracks.meetings.models import Meeting
from creativetracks.meetings.queries import suggestions_for
from creativetracks.social.models import Block

from .factories import accepted_request, make_matchmaking, make_organiser, make_participant


def url(name, matchmaking, *args):
    return reverse(name, args=[matchmaking.event.slug, *args])


def test_only_participants_and_organisers_see_the_marketplace(client, organiser, matchmaking, ana):
    target = url("meetings_marketplace", matchmaking)
    assert client.get(target).status_code == 302  # visitors sign in first
    client.force_login(make_user("someone@example.org"))
    assert client.get(target).status_code == 403
    client.force_login(organiser)
    assert "Ana Lisboa" in client.get(target).content.decode()
    client.force_login(ana)
    assert "Ana Lisboa" in client.get(target).content.decode()


def test_a_closed_marketplace_is_for_organisers_only(client, organiser, matchmaking, ana):
    matchmaking.is_open = False
    matchmaking.save()
    client.force_login(ana)
    assert client.get(url("meetings_marketplace", matchmaking)).status_code == 403
    client.force_login(organiser)
    assert client.get(url("meetings_marketplace", matchmaking)).status_code == 200


def test_joining_saves_the_entry_and_its_facets(client, matchmaking):
    from creativetracks.events import services as event_services

    dora = make_user("dora@example.org", display_name="Dora Maputo")
    event_services.register_for_event(dora, matchmaking.event)
    client.force_login(dora)
    empty = client.post(url("meetings_entry", matchmaking), {"pitch": "Hi"})
    assert empty.status_code == 422 and not dora.marketplace_entries.exists()
    client.post(
        url("meetings_entry", matchmaking),
        {"pitch": "Prints", "offers": ["training"], "seeks": ["funding"], "sectors": ["crafts"]},
    )
    entry = dora.marketplace_entries.get()
    assert entry.offers == ["training"]
    assert set(entry.facets.values_list("facet", "value")) == {
        ("offers", "training"),
        ("seeks", "funding"),
        ("sectors", "crafts"),
    }


def test_filters(client, matchmaking, ana, ben, chen):
    client.force_login(ana)
    page = client.get(
        url("meetings_marketplace", matchmaking), {"offers": "funding"}
    ).content.decode()
    assert "Chen Shanghai" in page and "Ben Cardiff" not in page
    page = client.get(url("meetings_marketplace", matchmaking), {"q": "cardiff"}).content.decode()
    assert "Ben Cardiff" in page and "Chen Shanghai" not in page
    bad = client.get(url("meetings_marketplace", matchmaking), {"sector": "nonsense"})
    assert bad.status_code == 200  # an unknown filter is ignored, never a 500


def test_suggestions_rank_reciprocal_fit_first_and_say_why(matchmaking, ana, ben, chen):
    entry = ana.marketplace_entries.get()
    ranked = suggestions_for(entry)
    assert ranked[0][0].user == ben
    assert "offers distribution; you're looking for distribution" in ranked[0][1]
    assert all(person.user != ana for person, _ in ranked)


def test_suggestions_never_blocked_members_or_people_already_asked(matchmaking, ana, ben, chen):
    Block.objects.create(blocker=chen, blocked=ana)
    entry = ana.marketplace_entries.get()
    assert [p.user for p, _ in suggestions_for(entry)] == [ben]
    accepted_request(matchmaking, ana, ben)
    assert suggestions_for(entry) == []


def test_the_marketplace_costs_a_constant_number_of_queries(
    client, matchmaking, ana, django_assert_max_num_queries
):
    client.force_login(ana)
    target = url("meetings_marketplace", matchmaking)
    for count in (2, 12):
        for i in range(count):
            make_participant(matchmaking, f"m{count}-{i}@example.org")
        with django_assert_max_num_queries(20):
            assert client.get(target).status_code == 200
    with django_assert_max_num_queries(22):
        assert client.get(url("meetings_suggestions", matchmaking)).status_code == 200


def test_the_event_page_shows_the_b2b_panel(client, matchmaking, ana):
    client.force_login(ana)
    page = client.get(matchmaking.event.get_absolute_url()).content.decode()
    assert "B2B meetings" in page and "People you should meet" in page


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Needs PostgreSQL: SQLite serialises every writer, so nothing runs concurrently.",
)
def test_two_bookings_of_the_same_slot_for_one_person_race_safely():
    organiser = make_organiser("race-organiser@example.org")
    matchmaking = make_matchmaking(organiser, tables=5)
    ana = make_participant(matchmaking, "race-ana@example.org")
    others = [make_participant(matchmaking, f"race{i}@example.org") for i in range(2)]
    requests = [accepted_request(matchmaking, ana, other) for other in others]
    slot = matchmaking.slots.order_by("start").first()
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def book(request, who):
        start.wait()
        try:
            services.book_meeting(who, request, slot)
            outcomes.append("booked")
        except DomainError as refusal:
            outcomes.append(refusal.message)
        finally:
            connections.close_all()

    threads = [
        threading.Thread(target=book, args=(r, o)) for r, o in zip(requests, others, strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes)[0] == "One of you already has a meeting at this time."
    assert outcomes.count("booked") == 1
    assert Meeting.objects.filter(slot=slot).count() == 1


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="Needs PostgreSQL (see above).")
def test_two_bookings_of_the_last_table_race_safely():
    organiser = make_organiser("race2-organiser@example.org")
    matchmaking = make_matchmaking(organiser, tables=1)
    people = [make_participant(matchmaking, f"race2-{i}@example.org") for i in range(4)]
    requests = [
        accepted_request(matchmaking, people[0], people[1]),
        accepted_request(matchmaking, people[2], people[3]),
    ]
    slot = matchmaking.slots.order_by("start").first()
    start = threading.Barrier(2)
    outcomes: list[str] = []

    def book(request):
        start.wait()
        try:
            services.book_meeting(request.requester, request, slot)
            outcomes.append("booked")
        except DomainError as refusal:
            outcomes.append(refusal.message)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=book, args=(r,)) for r in requests]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["Every table is taken at this time.", "booked"]
