"""Full-text search behind one interface, on SQLite (FTS5) and PostgreSQL
(tsvector + GIN, pg_trgm for misspelt names).

Apps call `index_document` / `remove_document` when their objects change and
`search_documents` to query. User input never reaches a query language: it is
folded and split into words, and each word becomes a quoted prefix term, so
quotes, `*`, `AND`, `NEAR`, parentheses or emoji can only match or not match.
"""

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.db import connection, transaction
from django.db.models import Count, QuerySet
from django.db.models.expressions import RawSQL

from .models import SearchDocument, SearchFacet
from .text import fold

MAX_TERMS = 12
MAX_TERM_LENGTH = 40
FTS_TABLE = "core_search_fts"
TRIGRAM_THRESHOLD = 0.3


def terms_of(query: str) -> list[str]:
    words = re.findall(r"\w+", fold(query)[:1000])
    return [word[:MAX_TERM_LENGTH] for word in words][:MAX_TERMS]


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


# Writing ------------------------------------------------------------------------


@transaction.atomic
def index_document(
    kind: str,
    object_id: int,
    *,
    visibility: str,
    title: str,
    body: Iterable[str],
    created: datetime,
    facets: dict[str, Iterable[str]],
) -> SearchDocument:
    """Create or refresh the document of one object, its facets and the engine's index."""
    name_folded = fold(title)[:200]
    document, _ = SearchDocument.objects.update_or_create(
        kind=kind,
        object_id=object_id,
        defaults={
            "visibility": visibility,
            "title": title[:200],
            "sort_name": name_folded,
            "name_folded": name_folded,
            "body_folded": fold(" ".join(part for part in body if part)),
            "created": created,
        },
    )
    SearchFacet.objects.filter(document=document).delete()
    SearchFacet.objects.bulk_create(
        SearchFacet(document=document, facet=facet, value=value)
        for facet, values in facets.items()
        for value in sorted(set(values))
        if value
    )
    refresh_engine_index([document.pk])
    return document


@transaction.atomic
def remove_document(kind: str, object_id: int) -> None:
    ids = list(
        SearchDocument.objects.filter(kind=kind, object_id=object_id).values_list("pk", flat=True)
    )
    if not ids:
        return
    if not is_postgres():
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [(i,) for i in ids])
    SearchDocument.objects.filter(pk__in=ids).delete()


def refresh_engine_index(document_ids: list[int] | None = None) -> None:
    """Bring the engine's index in line with the documents (all of them when ids is None)."""
    with connection.cursor() as cursor:
        if is_postgres():
            where, params = (
                ("WHERE id = ANY(%s)", [document_ids]) if document_ids is not None else ("", [])
            )
            cursor.execute(
                "UPDATE core_searchdocument SET search_vector = "
                "setweight(to_tsvector('simple', name_folded), 'A') || "
                f"setweight(to_tsvector('simple', body_folded), 'B') {where}",
                params,
            )
            return
        if document_ids is None:
            cursor.execute(f"DELETE FROM {FTS_TABLE}")
            cursor.execute(
                f"INSERT INTO {FTS_TABLE}(rowid, name, body) "
                "SELECT id, name_folded, body_folded FROM core_searchdocument"
            )
            return
        for start in range(0, len(document_ids), 500):
            chunk = document_ids[start : start + 500]
            marks = ",".join(["%s"] * len(chunk))
            cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", chunk)
            cursor.execute(
                f"INSERT INTO {FTS_TABLE}(rowid, name, body) "
                f"SELECT id, name_folded, body_folded FROM core_searchdocument WHERE id IN ({marks})",
                chunk,
            )


# Reading ------------------------------------------------------------------------


@dataclass
class SearchPage:
    total: int
    documents: list[SearchDocument]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)


def matching(query: str, documents: QuerySet[SearchDocument]):
    """Narrow `documents` to those matching the text query.

    Returns (filtered, rank): `filtered` is safe to use inside subqueries (counts,
    facets); `rank(queryset)` adds a `rank` annotation for the outer page query,
    where ascending is best on both engines. `rank` is None without a text query."""
    terms = terms_of(query)
    if not query.strip():
        return documents, None
    if not terms:
        return documents.none(), None
    if is_postgres():
        tsquery = " & ".join(f"{term}:*" for term in terms)
        folded = " ".join(terms)
        # Typos in names: trigram similarity on the folded name (pg_trgm, GIN).
        ids = RawSQL(
            "SELECT id FROM core_searchdocument WHERE search_vector @@ to_tsquery('simple', %s)"
            " UNION SELECT id FROM core_searchdocument WHERE name_folded %% %s",
            [tsquery, folded],
        )
        score = RawSQL(
            "-(ts_rank_cd(core_searchdocument.search_vector, to_tsquery('simple', %s))"
            " + similarity(core_searchdocument.name_folded, %s))",
            [tsquery, folded],
        )
        return documents.filter(pk__in=ids), lambda qs: qs.annotate(rank=score)
    match = " ".join(f'"{term}"*' for term in terms)
    ids = RawSQL(f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s", [match])

    def rank(qs):
        return qs.extra(
            tables=[FTS_TABLE],
            select={"rank": f"bm25({FTS_TABLE}, 10.0, 1.0)"},
            where=[f"{FTS_TABLE}.rowid = core_searchdocument.id", f"{FTS_TABLE} MATCH %s"],
            params=[match],
        )

    return documents.filter(pk__in=ids), rank


def search_documents(
    query: str,
    *,
    kinds: Iterable[str],
    visibilities: Iterable[str],
    filters: dict[str, list[str]] | None = None,
    sort: str = "relevance",
    offset: int = 0,
    limit: int = 20,
    facet_names: Iterable[str] = (),
) -> SearchPage:
    """One page of documents with their total and facet counts, in three queries."""
    documents = SearchDocument.objects.filter(
        kind__in=list(kinds), visibility__in=list(visibilities)
    )
    for facet, values in (filters or {}).items():
        if values:
            documents = documents.filter(
                pk__in=SearchFacet.objects.filter(facet=facet, value__in=values).values(
                    "document_id"
                )
            )
    documents, rank = matching(query, documents)
    if sort == "newest":
        ordered = documents.order_by("-created", "pk")
    elif sort == "name" or rank is None:
        ordered = documents.order_by("sort_name", "pk")
    else:
        ordered = rank(documents).order_by("rank", "sort_name", "pk")
    total = documents.count()
    page = list(ordered[offset : offset + limit]) if total else []
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    facet_names = list(facet_names)
    if total and facet_names:
        rows = (
            SearchFacet.objects.filter(document__in=documents.values("pk"), facet__in=facet_names)
            .values_list("facet", "value")
            .annotate(n=Count("pk"))
            .order_by()
        )
        for facet, value, n in rows:
            counts[facet][value] = n
    return SearchPage(total=total, documents=page, facets=dict(counts))
