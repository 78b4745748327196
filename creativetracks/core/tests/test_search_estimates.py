"""Broad searches of big indexes (PostgreSQL): estimated counts from the sample, and a
page read in order. Thresholds are lowered so a few thousand documents count as big."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection

from creativetracks.core import search
from creativetracks.core.models import SearchDocument, SearchFacet

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="estimates are used on PostgreSQL only"
    ),
    pytest.mark.django_db,
]
DOCUMENTS = 4_000
START = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
def big_index():
    """Every other document is a designer; countries alternate PT, PT, BR, MZ."""
    documents = SearchDocument.objects.bulk_create(
        SearchDocument(
            kind="person",
            object_id=n,
            visibility="public",
            title=f"{'Designer' if n % 2 else 'Painter'} {n:05d}",
            sort_name=f"{'designer' if n % 2 else 'painter'} {n:05d}",
            name_folded=f"{'designer' if n % 2 else 'painter'} {n:05d}",
            body_folded="",
            created=START + timedelta(minutes=n),
        )
        for n in range(DOCUMENTS)
    )
    SearchFacet.objects.bulk_create(
        SearchFacet(document=d, facet="country", value=["PT", "PT", "BR", "MZ"][d.object_id % 4])
        for d in documents
    )
    search.refresh_engine_index(None)
    return documents


@pytest.fixture
def low_thresholds(settings):
    settings.SEARCH_ESTIMATE_ABOVE = 1_000
    settings.SEARCH_ESTIMATE_MIN_SAMPLE = 5


def find(query, **options):
    return search.search_documents(
        query, kinds=["person"], visibilities=["public"], facet_names=["country"], **options
    )


def sampled(documents, keep) -> int:
    return sum(1 for d in documents if search.in_sample(d.pk) and keep(d))


def test_a_broad_search_is_estimated_and_paged_from_the_sample(big_index, low_thresholds):
    designers = [d for d in big_index if d.object_id % 2 and search.in_sample(d.pk)]
    assert len(designers) >= 5  # the sample holds about 1 in 128: ~15 of 2,000 designers

    found = find("designer")

    assert found.approximate
    assert found.total == search.about(len(designers) * search.SAMPLE_RATE)
    assert 1_000 <= found.total <= 3_000  # the true count is 2,000
    assert set(found.facets["country"]) == {"PT", "MZ"}  # designers have odd numbers
    assert found.browsable == len(designers)
    # Equally relevant, so in name order: the sampled designers, page by page.
    by_name = sorted(d.title for d in designers)
    assert [d.title for d in found.documents] == by_name[:20]
    second = find("designer", offset=20)
    assert [d.title for d in second.documents] == by_name[20:40]


def test_a_broad_filter_pages_the_sample_newest_first(big_index, low_thresholds):
    sampled_br = [d for d in big_index if d.object_id % 4 == 2 and search.in_sample(d.pk)]

    found = find("", filters={"country": ["BR"]}, sort="newest")

    assert found.approximate
    assert found.total == search.about(len(sampled_br) * search.SAMPLE_RATE)
    newest = sorted(sampled_br, key=lambda d: d.created, reverse=True)[:20]
    assert [d.object_id for d in found.documents] == [d.object_id for d in newest]


def test_narrow_searches_stay_exact(big_index, low_thresholds):
    found = find("painter 00042")

    assert not found.approximate
    assert found.total == 1 and found.documents[0].title == "Painter 00042"


def test_a_misspelt_name_is_found_by_similarity(big_index, low_thresholds):
    found = find("paintre 00042")  # no word matches: names resembling it do

    assert not found.approximate
    assert found.documents[0].title == "Painter 00042"
    assert found.total == sum(found.facets["country"].values())


def test_small_indexes_are_always_exact(big_index):
    found = find("designer")  # 4,000 documents: below the default threshold

    assert not found.approximate
    assert found.total == 2_000
    assert found.facets == {"country": {"PT": 1_000, "MZ": 1_000}}


def test_a_broad_search_costs_four_queries(big_index, low_thresholds, django_assert_num_queries):
    with django_assert_num_queries(4):  # scope size, sample counts, sample page, documents
        found = find("designer", filters={"country": ["PT"]})
    assert found.approximate and len(found.documents) == min(20, found.browsable)


def test_about_rounds_to_two_significant_figures():
    assert [search.about(n) for n in (7, 99, 231_424, 1_984, 150)] == [
        7,
        99,
        230_000,
        2_000,
        150,
    ]
