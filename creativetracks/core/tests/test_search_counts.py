"""The kept facet counts (read by unfiltered listings) always equal a fresh count."""

from collections import Counter
from datetime import UTC, datetime

import pytest

from creativetracks.core import search
from creativetracks.core.models import SearchDocument, SearchFacet

WHEN = datetime(2026, 1, 1, tzinfo=UTC)


def index(object_id, visibility, title, **facets):
    return search.index_document(
        "thing",
        object_id,
        visibility=visibility,
        title=title,
        body=[title],
        created=WHEN,
        facets=facets,
    )


def scanned(visibilities):
    """Total and facet counts counted from the rows themselves."""
    documents = SearchDocument.objects.filter(kind="thing", visibility__in=visibilities)
    facets = Counter(
        SearchFacet.objects.filter(document__in=documents).values_list("facet", "value")
    )
    counts: dict[str, dict[str, int]] = {}
    for (facet, value), n in facets.items():
        counts.setdefault(facet, {})[value] = n
    return documents.count(), counts


def listed(visibilities):
    found = search.search_documents(
        "", kinds=["thing"], visibilities=visibilities, facet_names=["country", "sector"]
    )
    return found.total, found.facets


@pytest.mark.django_db
def test_kept_counts_follow_every_write():
    index(1, "public", "Amina", country=["MZ"], sector=["design", "crafts"])
    index(2, "members", "João", country=["PT"], sector=["design"])
    index(3, "public", "Wei", country=["CN"], sector=["games"])
    assert (
        listed(["public"])
        == scanned(["public"])
        == (
            2,
            {"country": {"MZ": 1, "CN": 1}, "sector": {"design": 1, "crafts": 1, "games": 1}},
        )
    )

    # Re-indexing moves a document between visibilities and changes its facets.
    index(1, "members", "Amina", country=["MZ"], sector=["fashion"])
    search.remove_document("thing", 3)
    index(3, "public", "Wei", country=["CN"], sector=["games"])
    search.remove_document("thing", 3)

    assert listed(["public"]) == scanned(["public"]) == (0, {})
    members = ["public", "members"]
    assert listed(members) == scanned(members)
    assert listed(members)[0] == 2
    assert listed(members)[1]["sector"] == {"design": 1, "fashion": 1}


@pytest.mark.django_db
def test_a_full_rebuild_recounts_from_the_rows():
    index(1, "public", "Amina", country=["MZ"], sector=["design"])
    SearchFacet.objects.create(
        document=SearchDocument.objects.get(object_id=1), facet="country", value="PT"
    )  # written behind the index's back, as bulk loads do
    assert listed(["public"]) != scanned(["public"])

    search.refresh_engine_index(None)

    assert listed(["public"]) == scanned(["public"])


@pytest.mark.django_db
def test_unfiltered_counts_read_no_documents(django_assert_num_queries):
    for n in range(30):
        index(n, "public", f"Person {n}", country=["MZ"], sector=["design"])
    with django_assert_num_queries(2):  # the kept counts, then one page
        found = search.search_documents(
            "", kinds=["thing"], visibilities=["public"], facet_names=["country"], limit=5
        )
    assert found.total == 30 and len(found.documents) == 5
    assert found.facets == {"country": {"MZ": 30}}
