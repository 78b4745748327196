import pytest
from django.urls import reverse

from creativetracks.profiles import services

from .factories import person


@pytest.fixture
def people(db):
    """A fixed data set; the same expectations hold on SQLite and PostgreSQL."""
    return {
        "joao": person(
            "joao@example.org",
            "João Ferreira",
            country="PT",
            city="Porto",
            headline="Film producer",
            sectors=["audiovisual-film"],
            languages=["pt", "en"],
            career_stage="developing",
            offer_categories=["co-production"],
            skills=["documentary"],
        ),
        "amina": person(
            "amina@example.org",
            "Amina Mussa",
            country="MZ",
            city="Maputo",
            headline="Textile designer",
            sectors=["design", "crafts"],
            languages=["pt"],
            career_stage="emerging",
            need_categories=["co-production", "funding"],
            skills=["weaving"],
        ),
        "lucia": person(
            "lucia@example.org",
            "Lúcia Santos",
            country="BR",
            city="São Paulo",
            headline="Music producer",
            sectors=["music"],
            languages=["pt", "es"],
            career_stage="established",
            skills=["sound design"],
        ),
        "wei": person(
            "wei@example.org",
            "Li Wei",
            country="CN",
            city="Shanghai",
            headline="Game designer",
            sectors=["games", "design"],
            languages=["zh", "en"],
            career_stage="emerging",
            skills=["unity"],
        ),
        "claire": person(
            "claire@example.org",
            "Claire Dubois",
            country="FR",
            city="Paris",
            headline="Festival producer",
            sectors=["festivals-events"],
            languages=["fr", "en"],
            visibility="members",
        ),
        "hidden": person(
            "hidden@example.org",
            "Hana Hidden",
            country="PT",
            city="Lisbon",
            headline="Film designer",
            sectors=["design"],
            languages=["pt"],
            visibility="hidden",
        ),
    }


def names(response) -> list[str]:
    return [r.title for r in response.context["directory"].results]


def search(client, **params):
    response = client.get(reverse("directory"), params)
    assert response.status_code == 200
    return response


def test_everyone_public_is_listed_for_visitors(client, people):
    response = search(client)
    assert sorted(names(response)) == ["Amina Mussa", "João Ferreira", "Li Wei", "Lúcia Santos"]


def test_members_also_see_members_only_profiles(client, people, member):
    client.force_login(member)
    assert "Claire Dubois" in names(search(client))
    assert "Hana Hidden" not in names(search(client))


@pytest.mark.parametrize(
    "query, expected",
    [
        ("Sao Paulo", ["Lúcia Santos"]),
        ("são paulo", ["Lúcia Santos"]),
        ("joa", ["João Ferreira"]),
        ("Joao Ferreira", ["João Ferreira"]),
        ("designer", ["Amina Mussa", "Li Wei"]),
        ("weaving", ["Amina Mussa"]),
        ("producer porto", ["João Ferreira"]),
        ("shanghai game", ["Li Wei"]),
    ],
)
def test_text_search_is_accent_insensitive_with_prefixes(client, people, query, expected):
    assert sorted(names(search(client, q=query))) == expected


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "*",
        "a*b",
        "AND",
        "OR NOT",
        "NEAR(",
        "NEAR(a b, 2)",
        "((",
        "))",
        "film)",
        '"film',
        "^",
        "-film",
        "film:",
        "col:film",
        "🎨🎬",
        "x" * 1000,
        "' OR 1=1 --",
        "\\",
        "%",
        "_",
        "\x00",
    ],
)
def test_hostile_input_never_breaks_the_search(client, people, query):
    response = search(client, q=query)
    assert response.context["directory"].total == len(response.context["directory"].results)


def test_a_thousand_character_query_is_accepted(client, people):
    response = search(client, q="designer " * 120)
    assert response.status_code == 200


def test_facet_counts_equal_the_filtered_result_count(client, people):
    response = search(client, language="pt")
    directory = response.context["directory"]
    assert directory.total == 3
    type_counts = {o.value: o.count for o in directory.facets["type"]}
    assert type_counts == {"person": 3}
    countries = {o.value: o.count for o in directory.facets["country"]}
    assert countries == {"PT": 1, "MZ": 1, "BR": 1}
    assert sum(countries.values()) == directory.total
    continents = {o.value: o.count for o in directory.facets["continent"]}
    assert continents == {"EU": 1, "AF": 1, "SA": 1}


def test_filters_combine_within_and_across_facets(client, people):
    assert sorted(names(search(client, country=["PT", "MZ"]))) == ["Amina Mussa", "João Ferreira"]
    assert names(search(client, country=["PT", "MZ"], sector="design")) == ["Amina Mussa"]
    assert names(search(client, continent="AS")) == ["Li Wei"]
    assert names(search(client, need="funding")) == ["Amina Mussa"]
    assert names(search(client, offer="co-production")) == ["João Ferreira"]
    assert names(search(client, stage="established")) == ["Lúcia Santos"]
    assert names(search(client, q="designer", language="zh")) == ["Li Wei"]


def test_unknown_filter_values_give_no_results_not_errors(client, people):
    response = search(client, country="ZZ", sector="<script>", page="abc", sort="drop table")
    assert response.context["directory"].total == 0
    assert b"<script>" not in response.content


def test_sort_by_name_and_newest(client, people):
    assert names(search(client, sort="name")) == [
        "Amina Mussa",
        "João Ferreira",
        "Li Wei",
        "Lúcia Santos",
    ]
    newest = names(search(client, sort="newest"))
    assert newest[0] == "Li Wei" and newest[-1] == "João Ferreira"


def test_relevance_puts_name_matches_first(client, people):
    person("film@example.org", "Film Fan", headline="Enjoys cinema", country="BE")
    results = names(search(client, q="film"))
    assert results[0] == "Film Fan"
    assert "João Ferreira" in results


def test_pagination(client, db):
    for n in range(25):
        person(f"p{n}@example.org", f"Person {n:02d}", country="PT")
    first = search(client, sort="name")
    assert first.context["directory"].pages == 2 and len(names(first)) == 20
    second = search(client, sort="name", page=2)
    assert names(second) == [f"Person {n:02d}" for n in range(20, 25)]


def test_organisations_are_in_the_directory(client, people, member):
    services.create_organisation(
        member,
        {
            "name": "Porto Creative Hub",
            "kind": "incubator",
            "country": "PT",
            "city": "Porto",
            "sectors": ["design"],
            "description": "A hub.",
            "website": "",
        },
    )
    response = search(client, q="porto")
    assert sorted(names(response)) == ["João Ferreira", "Porto Creative Hub"]
    assert names(search(client, type="organisation")) == ["Porto Creative Hub"]


def test_htmx_request_gets_only_the_results(client, people):
    full = client.get(reverse("directory"), {"q": "designer"})
    partial = client.get(reverse("directory"), {"q": "designer"}, HTTP_HX_REQUEST="true")
    assert b"<html" in full.content and b"<html" not in partial.content
    assert b"Amina Mussa" in partial.content
    restore = client.get(
        reverse("directory"),
        {"q": "designer"},
        HTTP_HX_REQUEST="true",
        HTTP_HX_HISTORY_RESTORE_REQUEST="true",
    )
    assert b"<html" in restore.content


def test_directory_form_works_without_javascript(client, people):
    content = client.get(reverse("directory"), {"q": "designer", "country": "MZ"}).content.decode()
    assert 'method="get"' in content and 'name="q"' in content and 'value="designer"' in content
    assert 'name="country" value="MZ" checked' in content


def queries_for(client, url, params=None) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params or {}).status_code == 200
    return len(captured)


def test_directory_query_count_is_the_same_for_10_and_100_people(
    client, db, django_assert_max_num_queries, settings
):
    settings.CACHE_SECONDS = 0  # count the search itself: repeats would come from the cache
    for n in range(10):
        person(
            f"q{n}@example.org", f"Query Person {n}", country="PT", sectors=["design"], skills=["x"]
        )
    params = {"q": "query", "sector": "design"}
    with_ten = queries_for(client, reverse("directory"), params)
    for n in range(10, 100):
        person(
            f"q{n}@example.org", f"Query Person {n}", country="MZ", sectors=["design"], skills=["x"]
        )
    with django_assert_max_num_queries(8):
        response = client.get(reverse("directory"), params)
    assert response.context["directory"].total == 100
    assert queries_for(client, reverse("directory"), params) == with_ten
    assert queries_for(client, reverse("directory_map")) == queries_for(
        client, reverse("directory_map")
    )


def test_typos_in_names_are_forgiven_on_postgresql(client, people):
    from creativetracks.core.search import is_postgres

    response = search(client, q="Joao Feriera")
    if not is_postgres():
        pytest.skip("typo tolerance uses pg_trgm; SQLite FTS5 matches exact prefixes only")
    assert names(response) == ["João Ferreira"]


def test_map_counts_only_what_the_viewer_may_see(client, people, member):
    response = client.get(reverse("directory_map"))
    assert response.status_code == 200
    rows = {row["code"]: row["count"] for row in response.context["rows"]}
    assert rows == {"PT": 1, "MZ": 1, "BR": 1, "CN": 1}
    assert 'href="/directory/?country=MZ"' in response.content.decode()
    client.force_login(member)
    rows = {
        row["code"]: row["count"] for row in client.get(reverse("directory_map")).context["rows"]
    }
    assert rows["FR"] == 1 and rows["PT"] == 1  # Claire (members only) counted; Hana (hidden) never
