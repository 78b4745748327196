"""Creating and running events: forms, the programme, exports, messages, statistics."""

import csv
import io
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook

from conftest import make_user
from creativetracks.events import services
from creativetracks.events.models import Event, Registration
from creativetracks.notifications.models import Notification
from creativetracks.profiles.models import Organisation, OrganisationMembership
from creativetracks.social.models import Activity

from .conftest import attendees, make_event

pytestmark = pytest.mark.django_db


def form_data(partner, **changes) -> dict:
    data = {
        "kind": "workshop",
        "title": "Producers' Academy",
        "subtitle": "An international workshop",
        "organiser": f"partner:{partner.pk}" if partner else "",
        "description": "Learn to **produce**.",
        "languages": ["en", "fr"],
        "time_zone": "Europe/Paris",
        "start": "2031-05-16T09:00",
        "end": "2031-05-16T17:30",
        "venue_name": "La Villette",
        "address": "",
        "city": "Paris",
        "country": "FR",
        "capacity": "40",
        "waitlist": "on",
        "visibility": "public",
    }
    data.update(changes)
    return data


def test_partner_staff_create_an_event_in_its_own_time_zone(client, organiser, partner):
    client.force_login(organiser)
    assert client.get("/events/new/").status_code == 200
    response = client.post("/events/new/", form_data(partner))
    assert response.status_code == 302, response.content.decode()[:3000]
    event = Event.objects.get()
    assert event.slug == "producers-academy-2031"
    assert response["Location"] == f"/events/{event.slug}/"
    assert event.start == datetime(2031, 5, 16, 9, 0, tzinfo=ZoneInfo("Europe/Paris"))
    assert event.start.utcoffset().total_seconds() == 0  # stored in UTC
    assert event.start.hour == 7
    assert event.organiser_partner == partner
    assert event.languages == ["en", "fr"]
    assert Activity.objects.filter(verb="published_event", actor=organiser).exists()
    edit = client.get(f"/events/{event.slug}/edit/").content.decode()
    assert 'value="2031-05-16T09:00"' in edit  # shown back in the event's zone
    Event.objects.filter(pk=event.pk).update(online_url="https://meet.example.org/room")
    edit = client.get(f"/events/{event.slug}/edit/").content.decode()
    assert 'value="https://meet.example.org/room"' in edit


def test_bad_event_input_keeps_what_was_typed(client, organiser, partner):
    client.force_login(organiser)
    response = client.post(
        "/events/new/", form_data(partner, end="2031-05-15T08:00", city="", title="Typed title")
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert "The event must end after it starts." in page
    assert "Give the city, or mark the event as online." in page
    assert "Typed title" in page
    assert not Event.objects.exists()


def test_members_without_a_role_cannot_create_events(client, member, partner):
    client.force_login(member)
    assert client.get("/events/new/").status_code == 403
    assert client.post("/events/new/", form_data(partner)).status_code == 403
    assert not Event.objects.exists()


def test_nobody_organises_on_behalf_of_someone_else(client, partner, member):
    organisation = Organisation.objects.create(
        name="Studio Maputo", slug="studio-maputo", kind="collective", country="MZ"
    )
    OrganisationMembership.objects.create(organisation=organisation, user=member, role="admin")
    client.force_login(member)
    response = client.post("/events/new/", form_data(partner))
    assert response.status_code == 422  # not one of the member's choices
    response = client.post(
        "/events/new/", form_data(partner, organiser=f"organisation:{organisation.pk}")
    )
    assert response.status_code == 302
    assert Event.objects.get().organiser_organisation == organisation


def test_network_admins_organise_for_their_network(client):
    from creativetracks.networks.tests.conftest import make_network

    owner = make_user("owner@example.org")
    network = make_network(owner, "Rio Criativo")
    client.force_login(owner)
    data = form_data(None, organiser=f"network:{network.pk}", visibility="network")
    response = client.post("/events/new/", data)
    assert response.status_code == 302
    event = Event.objects.get()
    assert event.organiser_network == network and event.network == network


def test_editing_tells_the_people_registered(client, organiser, partner, member):
    event = make_event(organiser)
    services.register_for_event(member, event)
    client.force_login(organiser)
    data = form_data(partner, title=event.title, city="Porto", country="PT")
    response = client.post(f"/events/{event.slug}/edit/", data)
    assert response.status_code == 302
    event.refresh_from_db()
    assert event.city == "Porto"
    assert Notification.objects.filter(recipient=member, kind="event_change").exists()
    response = client.post(f"/events/{event.slug}/edit/", {**data, "capacity": "0"})
    assert response.status_code == 422
    assert "1 place is already taken" in response.content.decode()


def test_programme_sessions_and_speakers(client, event, organiser, member):
    client.force_login(organiser)
    url = f"/events/{event.slug}/manage/programme/"
    response = client.post(
        url, {"form": "speaker", "name": "Tibor Guest", "bio": "Commissioner.", "member": ""}
    )
    assert response.status_code == 302
    response = client.post(url, {"form": "speaker", "member": "nobody-here"})
    assert response.status_code == 422
    assert "No member has this handle." in response.content.decode()
    client.post(url, {"form": "speaker", "member": member.profile.handle})
    speakers = list(event.speakers.all())
    assert [s.name for s in speakers] == ["Tibor Guest", "Mia Member"]
    response = client.post(
        url,
        {
            "form": "session",
            "title": "Opening",
            "start": "2031-05-16T09:00",
            "end": "2031-05-16T08:00",
            "speakers": [speakers[0].pk],
        },
    )
    assert response.status_code == 422
    assert "The session must end after it starts." in response.content.decode()
    client.post(
        url,
        {
            "form": "session",
            "title": "Opening",
            "start": "2031-05-16T09:00",
            "end": "2031-05-16T10:00",
            "room": "Main hall",
            "track": "Plenary",
            "speakers": [speakers[0].pk],
        },
    )
    session = event.sessions.get()
    assert session.start == datetime(2031, 5, 16, 9, tzinfo=ZoneInfo("Europe/Lisbon"))
    page = client.get(event.get_absolute_url()).content.decode()
    assert "Opening" in page and "Main hall" in page and "Tibor Guest" in page
    client.post(f"/events/{event.slug}/manage/programme/sessions/{session.pk}/remove/")
    assert not event.sessions.exists()


def test_exports_list_participants_with_answers(client, event, organiser):
    question = services.add_question(
        organiser, event, {"label": "Sector?", "kind": "text", "choices": []}
    )
    person = make_user("ana@example.org", display_name="Ana Export")
    profile = person.profile
    profile.country = "PT"
    profile.save()
    services.register_for_event(person, event, {str(question.pk): "=HYPERLINK(evil)"})
    client.force_login(organiser)
    response = client.get(f"/events/{event.slug}/manage/participants.csv")
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Name", "Email"] and rows[0][-1] == "Sector?"
    assert rows[1][:3] == ["Ana Export", "ana@example.org", "Portugal"]
    assert rows[1][4] == "Confirmed"
    assert rows[1][-1] == "'=HYPERLINK(evil)"  # never a formula
    response = client.get(f"/events/{event.slug}/manage/participants.xlsx")
    sheet = load_workbook(io.BytesIO(response.content)).active
    values = list(sheet.values)
    assert values[1][0] == "Ana Export" and values[1][-1] == "'=HYPERLINK(evil)"
    page = client.get(f"/events/{event.slug}/manage/").content.decode()
    assert "Ana Export" in page and "=HYPERLINK(evil)" in page


def test_message_all_participants(client, organiser, member):
    event = make_event(organiser, capacity=1)
    waiting = make_user("waiting@example.org")
    services.register_for_event(member, event)
    services.register_for_event(waiting, event)
    client.force_login(organiser)
    response = client.post(
        f"/events/{event.slug}/manage/message/", {"subject": "Venue change", "body": "Room **B**."}
    )
    assert response.status_code == 302
    assert Notification.objects.filter(recipient=member, kind="event_message").count() == 1
    assert not Notification.objects.filter(recipient=waiting, kind="event_message").exists()
    client.force_login(member)
    page = client.get(event.get_absolute_url()).content.decode()
    assert "Venue change" in page and "<strong>B</strong>" in page
    client.logout()
    assert "Venue change" not in client.get(event.get_absolute_url()).content.decode()
    client.force_login(organiser)
    response = client.post(f"/events/{event.slug}/manage/message/", {"subject": "", "body": ""})
    assert response.status_code == 422


def test_attendance_statistics_by_country_and_sector(client, event, organiser):
    people = attendees(3)
    for person, country, sectors in zip(
        people, ["PT", "PT", "MZ"], [["design"], ["music", "design"], []], strict=True
    ):
        profile = person.profile
        profile.country, profile.sectors = country, sectors
        profile.save()
        services.register_for_event(person, event)
    services.check_in(organiser, event, Registration.objects.get(user=people[0]).ticket_code)
    client.force_login(organiser)
    page = client.get(f"/events/{event.slug}/manage/stats/").content.decode()
    stats = services_stats(event)
    assert stats.by_country == [("Portugal", 2, 1), ("Mozambique", 1, 0)]
    assert ("Design", 2, 1) in stats.by_sector
    assert stats.countries == 2
    assert "Portugal" in page and "Mozambique" in page


def services_stats(event):
    from creativetracks.events.queries import attendance_stats

    return attendance_stats(event)


def test_home_page_shows_upcoming_events_and_events_held(client, organiser):
    from datetime import timedelta

    from django.utils import timezone

    make_event(organiser, "Coming Soon Forum")
    make_event(organiser, "Held Long Ago", start=timezone.now() - timedelta(days=400))
    page = client.get("/").content.decode()
    assert "Coming Soon Forum" in page
    assert "events held" in page
