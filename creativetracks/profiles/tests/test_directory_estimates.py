"""A very big directory (PostgreSQL): broad searches say their counts are estimates."""

import re
from datetime import UTC, datetime

import pytest
from django.db import connection

from creativetracks.core import search
from creativetracks.core.models import SearchDocument, SearchFacet

from .factories import person

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="estimates are used on PostgreSQL only"
    ),
    pytest.mark.django_db,
]


@pytest.fixture
def big_directory(settings):
    """Two real designers, and thousands of documents standing in for other people."""
    settings.SEARCH_ESTIMATE_ABOVE = 1_000
    settings.SEARCH_ESTIMATE_MIN_SAMPLE = 5
    person("aaron@example.org", "Aaron Designer", headline="Type designer", country="PT")
    person("abla@example.org", "Abla Designer", headline="Textile designer", country="GH")
    documents = SearchDocument.objects.bulk_create(
        SearchDocument(
            kind="person",
            object_id=10_000_000 + n,
            visibility="public",
            title=f"Designer {n:05d}",
            sort_name=f"designer {n:05d}",
            name_folded=f"designer {n:05d}",
            body_folded="",
            created=datetime(2026, 1, 1, tzinfo=UTC),
        )
        for n in range(4_000)
    )
    SearchFacet.objects.bulk_create(
        SearchFacet(document=d, facet="type", value="person") for d in documents
    )
    search.refresh_engine_index(None)


def test_a_broad_search_shows_an_estimate_and_says_so(client, big_directory):
    html = client.get("/directory/", {"q": "designer"}).content.decode()

    estimate = re.search(r"About ([\d,]+) results", html)
    assert estimate and 2_000 <= int(estimate.group(1).replace(",", "")) <= 8_000  # 4,002 true
    assert "counts are estimates" in html


def test_a_narrow_search_is_exact(client, big_directory):
    html = client.get("/directory/", {"q": "textile"}).content.decode()

    assert "1 result" in html and "counts are estimates" not in html
    assert "Abla Designer" in html and "Aaron Designer" not in html
