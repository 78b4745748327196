from django.db.models import Count, Q

from creativetracks.demo import members, services
from creativetracks.demo.events import PAST_EVENTS, seed_events
from creativetracks.events.models import Event, Registration


def test_the_real_events_with_their_participants(client, db):
    services.seed_consortium()
    services.seed_demo_accounts()
    members.seed_organisations()
    services.attach_demo_roles()
    members.seed_members(600, with_images=False)

    assert seed_events() == 13
    past = Event.objects.filter(slug__in=[s.slug for s in PAST_EVENTS])
    assert past.count() == 9
    assert all(event.is_past for event in past)
    shanghai = Event.objects.get(slug="b-creative-shanghai-2017")
    assert shanghai.local_start.isoformat() == "2017-11-15T09:00:00+08:00"
    assert shanghai.organiser_partner.slug == "inova"
    attended = Registration.objects.filter(event=shanghai, status="attended")
    assert attended.count() == 200 == shanghai.taken
    assert attended.values("user__profile__country").distinct().count() == 30
    kikk = Event.objects.get(slug="b-creative-kikk-2016")
    assert kikk.registrations.count() > 200 and kikk.country == "BE"
    rio = Event.objects.get(slug="criatividade-e-empreendedorismo-rio-2017")
    assert rio.title == "Criatividade e Empreendedorismo: um casal complicado?"
    assert rio.languages == ["pt"] and rio.is_multi_day
    cardiff = Event.objects.get(slug="kick-start-cardiff-2017")
    assert cardiff.organiser_partner.slug == "visiting-arts"
    assert {e.organiser_partner.slug for e in past} == {
        "inova",
        "roberto-cimetta-fund",
        "on-the-move",
        "visiting-arts",
        "baltan-laboratories",
    }
    upcoming = Event.objects.exclude(pk__in=past)
    assert upcoming.count() == 4 and not any(e.is_past for e in upcoming)
    holding = Q(registrations__status__in=["confirmed", "attended"])
    for event in Event.objects.annotate(n=Count("registrations", filter=holding)):
        assert event.taken == event.n and event.taken <= (event.capacity or event.taken)
    assert Registration.objects.filter(
        user__email="member@demo.creativetracks.org", event__slug="b-creative-lisbon"
    ).exists()
    page = client.get("/events/past/").content.decode()
    assert "b.creative Shanghai" in page and "200 participants" in page

    before = (Event.objects.count(), Registration.objects.count())
    assert seed_events() == 0
    assert (Event.objects.count(), Registration.objects.count()) == before
