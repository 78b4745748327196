"""Discussions carry the language they are written in: chosen when starting one (the
author's interface language by default), shown with a `lang` attribute, and used to
filter the lists on the site and in the API."""

import importlib
import json

import pytest
from django.apps import apps as django_apps
from django.urls import reverse

from conftest import make_user
from creativetracks.api.tests.helpers import bearer
from creativetracks.networks import services
from creativetracks.networks.models import Thread

from .conftest import add_member

pytestmark = pytest.mark.django_db


def test_a_new_discussion_starts_in_the_authors_interface_language(client, network, member):
    member.language = "pt"
    member.save()
    client.force_login(member)
    form = client.get(reverse("network_thread_create", args=[network.slug]))
    assert form.context["form"]["language"].value() == "pt"
    client.post(
        reverse("network_thread_create", args=[network.slug]),
        {"title": "Editais abertos", "body": "Quem concorreu?"},
    )
    assert Thread.objects.get().language == "pt"


def test_the_author_chooses_the_language_and_the_page_says_it(client, network, member):
    client.force_login(member)
    client.post(
        reverse("network_thread_create", args=[network.slug]),
        {"title": "Résidence à Namur", "body": "Qui vient ?", "language": "fr"},
    )
    thread = Thread.objects.get()
    assert thread.language == "fr"
    page = client.get(thread.get_absolute_url()).content.decode()
    assert '<h1 lang="fr">Résidence à Namur</h1>' in page
    assert 'class="prose post__body" lang="fr"' in page
    listing = client.get(reverse("network_threads", args=[network.slug])).content.decode()
    assert 'lang="fr">Résidence à Namur</a>' in listing and "French" in listing


def test_an_unknown_language_is_refused_with_a_message(client, network, member):
    client.force_login(member)
    response = client.post(
        reverse("network_thread_create", args=[network.slug]),
        {"title": "Hello", "body": "Hi", "language": "klingon"},
    )
    assert response.status_code == 422
    assert "language" in response.context["form"].errors
    assert not Thread.objects.exists()


def test_the_discussion_list_filters_by_language(client, network, member):
    services.start_thread(member, network=network, title="Editais", body="x", language="pt")
    services.start_thread(member, network=network, title="Open calls", body="x", language="en")
    client.force_login(member)
    url = reverse("network_threads", args=[network.slug])
    titles = [t.title for t in client.get(url, {"language": "pt"}).context["page"].object_list]
    assert titles == ["Editais"]
    assert len(client.get(url).context["page"].object_list) == 2
    # An unknown code is no filter rather than an error.
    assert len(client.get(url, {"language": "xx"}).context["page"].object_list) == 2
    empty = client.get(url, {"language": "fr"})
    assert b"No discussion in this language." in empty.content


def test_platform_topics_filter_by_language_too(client, member):
    from creativetracks.networks.models import Topic

    topic = Topic.objects.create(name="Residencies abroad", slug="residencies-abroad-test")
    services.start_thread(member, topic=topic, title="Financement", body="x", language="fr")
    services.start_thread(member, topic=topic, title="Funding", body="x", language="en")
    client.force_login(member)
    page = client.get(reverse("topic_detail", args=[topic.slug]), {"language": "fr"})
    assert [t.title for t in page.context["page"].object_list] == ["Financement"]


def test_the_filtered_list_costs_the_same_queries(
    client, network, member, django_assert_max_num_queries
):
    client.force_login(member)
    url = reverse("network_threads", args=[network.slug])
    for n in range(2):
        services.start_thread(member, network=network, title=f"T{n}", body="x", language="pt")
    with django_assert_max_num_queries(30) as few:
        client.get(url, {"language": "pt"})
    for n in range(15):
        services.start_thread(member, network=network, title=f"U{n}", body="x", language="pt")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get(url, {"language": "pt"})


def test_the_api_reads_writes_and_filters_the_language(client, network, member, other_member):
    add_member(network, other_member)
    other_member.language = "zh-hans"
    other_member.save()
    base = f"/api/v1/networks/{network.slug}/threads"
    started = client.post(
        base,
        json.dumps({"title": "Bonjour", "body": "Salut", "language": "fr"}),
        content_type="application/json",
        **bearer(member),
    )
    assert started.status_code == 201 and started.json()["language"] == "fr"
    default = client.post(
        base,
        json.dumps({"title": "你好", "body": "大家好"}),
        content_type="application/json",
        **bearer(other_member),
    )
    assert default.json()["language"] == "zh"
    rows = client.get(base, {"language": "zh"}, **bearer(member)).json()["items"]
    assert [row["title"] for row in rows] == ["你好"]
    assert len(client.get(base, **bearer(member)).json()["items"]) == 2


def test_the_migration_gives_existing_discussions_their_authors_language(network, member):
    french = make_user("fr@example.org", language="fr")
    add_member(network, french)
    thread = services.start_thread(french, network=network, title="Ancien", body="x")
    Thread.objects.filter(pk=thread.pk).update(language="en")
    old = services.start_thread(member, network=network, title="Old", body="x")
    migration = importlib.import_module("creativetracks.networks.migrations.0004_thread_language")
    migration.from_authors(django_apps, None)
    thread.refresh_from_db()
    old.refresh_from_db()
    assert thread.language == "fr" and old.language == "en"
