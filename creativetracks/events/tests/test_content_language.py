"""The language content is written in, for labs, events, opportunities and resources:
the author's interface language by default in the forms, a `lang` attribute on cards
and pages, read and written by the API, and a filter on every listing (site and API)."""

import importlib
import json

import pytest
from django.apps import apps as django_apps
from django.urls import reverse

from conftest import make_user
from creativetracks.api.tests.helpers import bearer
from creativetracks.events.models import Event
from creativetracks.labs.tests.conftest import make_lab
from creativetracks.opportunities.models import Opportunity
from creativetracks.opportunities.tests.conftest import partner_staff, publish
from creativetracks.resources.tests.conftest import add_resource

from .conftest import make_event

pytestmark = pytest.mark.django_db


@pytest.fixture
def portuguese(db):
    """Partner staff whose interface is in Portuguese."""
    user = partner_staff("ana@example.org")
    user.language = "pt"
    user.save()
    return user


@pytest.mark.parametrize(
    "url, field, expected",
    [
        ("lab_create", "language", "pt"),
        ("event_create", "language", "pt"),
        ("event_create", "languages", ["pt"]),
        ("opportunity_create", "language", "pt"),
        ("opportunity_create", "languages", ["pt"]),
        ("resource_create", "language", "pt"),
    ],
)
def test_forms_start_in_the_authors_interface_language(client, portuguese, url, field, expected):
    client.force_login(portuguese)
    form = client.get(reverse(url)).context["form"]
    assert form[field].value() == expected


def test_a_chosen_language_is_kept_and_an_unknown_one_refused(client, portuguese):
    client.force_login(portuguese)
    data = {
        "kind": "grant",
        "title": "Bolsa de criação",
        "organiser": "Fundação",
        "description": "Dinheiro.",
        "link": "https://example.org",
        "deadline_time_zone": "Europe/Lisbon",
        "language": "xx",
        "visibility": "public",
    }
    refused = client.post(reverse("opportunity_create"), data)
    assert refused.status_code == 422 and "language" in refused.context["form"].errors
    data["language"] = "fr"
    assert client.post(reverse("opportunity_create"), data).status_code == 302
    assert Opportunity.objects.get().language == "fr"
    # Left out, it is the author's interface language.
    data.update(title="Outra bolsa", language="")
    client.post(reverse("opportunity_create"), data)
    assert Opportunity.objects.get(title="Outra bolsa").language == "pt"


def _three_of_each(user):
    make_lab(user, "Lab em português", language="pt")
    make_lab(user, "Lab in English", language="en")
    make_event(user, "Oficina no Porto", language="pt", languages=["pt"])
    make_event(user, "Atelier à Namur", language="fr", languages=["fr", "en"])
    make_event(user, "Workshop in Cardiff", language="en", languages=["en"])
    publish(user, title="Edital de apoio", language="pt", languages=["pt"])
    publish(user, title="Seed fund", language="en", languages=["en"])
    add_resource(user, title="Guia de preços", language="pt")
    add_resource(user, title="Pricing guide", language="en")


SITE_LISTINGS = [
    ("/labs/", "Lab em português", "Lab in English"),
    ("/events/", "Oficina no Porto", "Workshop in Cardiff"),
    ("/opportunities/", "Edital de apoio", "Seed fund"),
    ("/resources/", "Guia de preços", "Pricing guide"),
]


@pytest.mark.parametrize("path, kept, left_out", SITE_LISTINGS)
def test_every_site_listing_filters_by_language(client, path, kept, left_out):
    _three_of_each(partner_staff())
    page = client.get(path, {"language": "pt"}).content.decode()
    assert kept in page and left_out not in page
    assert 'lang="pt"' in page
    assert left_out in client.get(path).content.decode()


@pytest.mark.parametrize(
    "path, key, kept, left_out",
    [
        ("/api/v1/labs/", "title", "Lab em português", "Lab in English"),
        ("/api/v1/events/", "title", "Oficina no Porto", "Workshop in Cardiff"),
        ("/api/v1/opportunities/", "title", "Edital de apoio", "Seed fund"),
        ("/api/v1/resources/", "title", "Guia de preços", "Pricing guide"),
    ],
)
def test_every_api_list_filters_and_shows_the_language(client, path, key, kept, left_out):
    user = partner_staff()
    _three_of_each(user)
    items = client.get(path, {"language": "pt"}, **bearer(user)).json()["items"]
    assert [item[key] for item in items] == [kept]
    assert items[0]["language"] == "pt"


def test_an_event_filters_by_the_page_language_and_the_languages_spoken(client):
    _three_of_each(partner_staff())
    page = client.get("/events/", {"language": "en"}).content.decode()
    # Namur's page is in French, but English is spoken there too.
    assert "Atelier à Namur" in page and "Workshop in Cardiff" in page
    assert "Oficina no Porto" not in page


def test_pages_say_which_language_they_are_in(client):
    user = partner_staff()
    event = make_event(user, "Atelier à Namur", language="fr", languages=["fr"])
    page = client.get(event.get_absolute_url()).content.decode()
    assert '<h1 lang="fr">Atelier à Namur</h1>' in page
    opportunity = publish(user, title="Appel à projets", language="fr", languages=["fr"])
    page = client.get(opportunity.get_absolute_url()).content.decode()
    assert '<h1 lang="fr">Appel à projets</h1>' in page


def test_the_api_writes_the_language_of_a_new_event_and_lab(client, portuguese, partner):
    headers = bearer(portuguese)
    [choice] = client.get("/api/v1/events/organisers", **headers).json()
    event = {
        "kind": "workshop",
        "title": "Oficina",
        "organiser": choice["key"],
        "start": "2031-05-10T10:00",
        "end": "2031-05-10T13:00",
        "time_zone": "Europe/Lisbon",
        "city": "Porto",
        "country": "PT",
    }
    made = client.post(
        "/api/v1/events/", json.dumps(event), content_type="application/json", **headers
    )
    assert made.status_code == 201, made.content
    assert made.json()["language"] == "pt" and made.json()["languages"] == ["pt"]
    event.update(title="Workshop", language="en", languages=["en", "pt"])
    made = client.post(
        "/api/v1/events/", json.dumps(event), content_type="application/json", **headers
    )
    assert made.json()["language"] == "en"
    lab = {"kind": "collaboration", "title": "Procura-se ilustrador", "summary": "Um livro."}
    made = client.post("/api/v1/labs/", json.dumps(lab), content_type="application/json", **headers)
    assert made.status_code == 201 and made.json()["language"] == "pt"


def test_the_migration_takes_the_first_language_listed(db):
    user = partner_staff()
    spoken = make_event(user, "Oficina", languages=["pt", "en"])
    unknown = make_event(user, "Workshop", languages=[])
    Event.objects.update(language="en")
    migration = importlib.import_module("creativetracks.events.migrations.0002_content_language")
    migration.from_languages(django_apps, None)
    spoken.refresh_from_db()
    unknown.refresh_from_db()
    assert spoken.language == "pt" and unknown.language == "en"


def test_a_new_member_without_a_known_language_writes_in_english(db):
    from creativetracks.core.taxonomy import content_language_for

    assert content_language_for(make_user("zh@example.org", language="zh-hans")) == "zh"
    assert content_language_for(make_user("x@example.org", language="")) == "en"
    assert content_language_for(None) == "en"
