"""The listings: upcoming and past, filters, and a constant number of queries."""

from datetime import timedelta

import pytest
from django.utils import timezone

from creativetracks.events import services

from .conftest import attendees, make_event

pytestmark = pytest.mark.django_db


def test_upcoming_and_past(client, organiser):
    make_event(organiser, "Next Week")
    make_event(organiser, "Last Year", start=timezone.now() - timedelta(days=365))
    upcoming = client.get("/events/").content.decode()
    assert "Next Week" in upcoming and "Last Year" not in upcoming
    past = client.get("/events/past/").content.decode()
    assert "Last Year" in past and "Next Week" not in past


def test_filters(client, organiser):
    make_event(organiser, "Lisbon Workshop", kind="workshop", languages=["pt"])
    make_event(
        organiser,
        "Online Webinar",
        kind="webinar",
        online=True,
        online_url="https://meet.example.org/x",
        city="",
        country="",
        languages=["en", "fr"],
    )
    make_event(organiser, "Maputo Conference", kind="conference", city="Maputo", country="MZ")

    def titles(query: str) -> set[str]:
        page = client.get("/events/?" + query).content.decode()
        return {t for t in ("Lisbon Workshop", "Online Webinar", "Maputo Conference") if t in page}

    assert titles("kind=webinar") == {"Online Webinar"}
    assert titles("country=MZ") == {"Maputo Conference"}
    assert titles("language=fr") == {"Online Webinar"}
    assert titles("language=pt") == {"Lisbon Workshop", "Maputo Conference"}  # en+pt by default
    assert titles("mode=online") == {"Online Webinar"}
    assert titles("mode=in_person") == {"Lisbon Workshop", "Maputo Conference"}
    partner = organiser.partner_organisations.first()
    assert len(titles(f"organiser=partner:{partner.pk}")) == 3
    assert titles("organiser=partner:999999") == set()
    assert titles("organiser=nonsense&kind=unknown&page=x") == set()
    assert titles("q=maputo") == {"Maputo Conference"}
    assert titles("q=online+webinar") == {"Online Webinar"}


def test_htmx_gets_the_results_only(client, organiser):
    make_event(organiser)
    response = client.get("/events/?kind=workshop", headers={"HX-Request": "true"})
    assert response.status_code == 200
    assert "<html" not in response.content.decode()
    assert "Kick-Start Lisbon" in response.content.decode()


def _fill(organiser, count: int, offset: int = 0) -> None:
    for i in range(count):
        event = make_event(organiser, f"Event {offset + i}", capacity=5)
        for person in attendees(2, prefix=f"p{offset + i}-"):
            services.register_for_event(person, event)


@pytest.mark.parametrize("path", ["/events/", "/events/calendar/"])
def test_listing_queries_are_constant(client, organiser, django_assert_max_num_queries, path):
    client.force_login(organiser)
    _fill(organiser, 2)
    with django_assert_max_num_queries(40) as few:
        client.get(path)
    _fill(organiser, 18, offset=2)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(path)
    assert "Event 19" in response.content.decode()


def test_event_page_queries_are_constant(client, organiser, member, django_assert_max_num_queries):
    from creativetracks.events.models import Session, Speaker

    event = make_event(organiser)
    services.register_for_event(member, event)
    client.force_login(member)

    def grow(n: int) -> None:
        for i in range(n):
            speaker = Speaker.objects.create(event=event, name=f"Speaker {i}", user=member)
            session = Session.objects.create(
                event=event, title=f"Talk {i}", start=event.start, end=event.end
            )
            session.speakers.add(speaker)
        services.message_participants(organiser, event, subject="Hello", body="Hi")

    grow(1)
    with django_assert_max_num_queries(40) as few:
        client.get(event.get_absolute_url())
    grow(15)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(event.get_absolute_url())
    assert "Talk 14" in response.content.decode()


def test_participant_list_queries_are_constant(client, organiser, django_assert_max_num_queries):
    event = make_event(organiser, capacity=200)
    for person in attendees(3):
        services.register_for_event(person, event)
    client.force_login(organiser)
    with django_assert_max_num_queries(40) as few:
        client.get(f"/events/{event.slug}/manage/")
    for person in attendees(30, prefix="more"):
        services.register_for_event(person, event)
    with django_assert_max_num_queries(len(few.captured_queries)):
        response = client.get(f"/events/{event.slug}/manage/")
    assert "Person 29" in response.content.decode()
