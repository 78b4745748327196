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

from django.conf import settings
from django.contrib.postgres.lookups import TrigramSimilar
from django.contrib.postgres.search import SearchQuery
from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from django.db.models import F, QuerySet, Sum
from django.db.models.expressions import RawSQL

from . import cache
from .models import SearchDocument, SearchFacet, SearchFacetCount
from .search_sample import (
    ESTIMATE_ABOVE,
    ESTIMATE_MIN_SAMPLE,
    IN_SAMPLE,
    IN_SAMPLE_WITH_PARAMS,
    SAMPLE_RATE,
    about,
    in_sample,  # noqa: F401 (callers ask core.search which documents are sampled)
    sample_counts,
    sample_page,
)
from .text import fold

MAX_TERMS = 12
MAX_TERM_LENGTH = 40
FTS_TABLE = "core_search_fts"
# Search pages are cached (core.cache) per query, filters, page and visibility
# levels, never per viewer; every change to the index drops them.
CACHE_NAMESPACE = "search"
# How similar a name must be to a misspelt query (pg_trgm similarity, 0 to 1). Long
# queries have many trigrams, so a typo costs them little similarity and a low bar
# lets in every "Monika" for "Monika Szyamnska": they need a higher one.
TRIGRAM_THRESHOLD = 0.3
TRIGRAM_THRESHOLD_LONG = 0.45
LONG_QUERY = 10  # characters, folded


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
    existing = SearchDocument.objects.filter(kind=kind, object_id=object_id).values_list(
        "pk", flat=True
    )
    count_documents(list(existing), -1)
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
    count_documents([document.pk], +1)
    refresh_engine_index([document.pk])
    cache.invalidate(CACHE_NAMESPACE)
    return document


@transaction.atomic
def remove_document(kind: str, object_id: int) -> None:
    ids = list(
        SearchDocument.objects.filter(kind=kind, object_id=object_id).values_list("pk", flat=True)
    )
    if not ids:
        return
    count_documents(ids, -1)
    if not is_postgres():
        with connection.cursor() as cursor:
            cursor.executemany(f"DELETE FROM {FTS_TABLE} WHERE rowid = %s", [(i,) for i in ids])
    SearchDocument.objects.filter(pk__in=ids).delete()
    cache.invalidate(CACHE_NAMESPACE)


def forget_removed_terms() -> None:
    """Make removals final in the index itself: SQLite's FTS5 keeps the terms of deleted
    rows in its segments until they are merged, so merge them all (an erasure needs it;
    PostgreSQL keeps the terms on the row, gone with it)."""
    if not is_postgres():
        with connection.cursor() as cursor:
            cursor.execute(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")


_COUNT_DOCUMENTS = """
INSERT INTO core_searchfacetcount (kind, visibility, facet, value, n)
SELECT kind, visibility, facet, value, n FROM (
    SELECT d.kind, d.visibility, f.facet, f.value, %s * count(*) AS n
    FROM core_searchfacet f JOIN core_searchdocument d ON d.id = f.document_id
    WHERE d.id IN ({ids}) GROUP BY d.kind, d.visibility, f.facet, f.value
    UNION ALL
    SELECT kind, visibility, '', '', %s * count(*) FROM core_searchdocument
    WHERE id IN ({ids}) GROUP BY kind, visibility
) AS counted
WHERE TRUE ORDER BY kind, visibility, facet, value
ON CONFLICT (kind, visibility, facet, value) DO UPDATE SET n = core_searchfacetcount.n + excluded.n
"""


def count_documents(document_ids: list[int], sign: int) -> None:
    """Add (+1) or take away (-1) these documents and their facets from the kept counts.

    Call it with -1 before a document or its facets change and +1 after, in the same
    transaction. Rows are touched in key order, so concurrent writers can't deadlock."""
    with connection.cursor() as cursor:
        for start in range(0, len(document_ids), 500):
            chunk = document_ids[start : start + 500]
            marks = ",".join(["%s"] * len(chunk))
            cursor.execute(_COUNT_DOCUMENTS.format(ids=marks), [sign, *chunk, sign, *chunk])


def recount_all() -> None:
    """Rebuild the kept counts from the documents (after bulk loads done in SQL)."""
    cache.invalidate(CACHE_NAMESPACE)
    with connection.cursor() as cursor:
        cursor.execute(f"DELETE FROM {SearchFacetCount._meta.db_table}")
        cursor.execute(
            "INSERT INTO core_searchfacetcount (kind, visibility, facet, value, n) "
            "SELECT d.kind, d.visibility, f.facet, f.value, count(*) FROM core_searchfacet f "
            "JOIN core_searchdocument d ON d.id = f.document_id "
            "GROUP BY d.kind, d.visibility, f.facet, f.value "
            "UNION ALL SELECT kind, visibility, '', '', count(*) FROM core_searchdocument "
            "GROUP BY kind, visibility"
        )


def _chunks(document_ids: list[int], size: int = 500):
    for start in range(0, len(document_ids), size):
        chunk = document_ids[start : start + size]
        yield chunk, ",".join(["%s"] * len(chunk))


def refresh_engine_index(document_ids: list[int] | None = None) -> None:
    """Bring what is derived from the documents and their facets in line with them:
    the engine's index, the facet keys and the sample (all documents when ids is None,
    the kept counts included)."""
    with connection.cursor() as cursor:
        if document_ids is None:
            recount_all()
            _refresh_all(cursor)
            return
        for chunk, marks in _chunks(document_ids):
            _refresh_some(cursor, chunk, marks)


def _refresh_some(cursor, chunk: list[int], marks: str) -> None:
    if is_postgres():
        cursor.execute(
            "UPDATE core_searchdocument d SET search_vector = "
            "setweight(to_tsvector('simple', name_folded), 'A') || "
            "setweight(to_tsvector('simple', body_folded), 'B'), "
            "facet_keys = COALESCE((SELECT jsonb_agg(f.facet || '=' || f.value "
            "ORDER BY f.facet, f.value) FROM core_searchfacet f WHERE f.document_id = d.id), "
            f"'[]'::jsonb) WHERE id IN ({marks})",
            chunk,
        )
    else:
        cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", chunk)
        cursor.execute(
            f"INSERT INTO {FTS_TABLE}(rowid, name, body) "
            f"SELECT id, name_folded, body_folded FROM core_searchdocument WHERE id IN ({marks})",
            chunk,
        )
        cursor.execute(
            "UPDATE core_searchdocument SET facet_keys = COALESCE((SELECT "
            "json_group_array(f.facet || '=' || f.value) FROM (SELECT facet, value "
            "FROM core_searchfacet WHERE document_id = core_searchdocument.id "
            f"ORDER BY facet, value) f), '[]') WHERE id IN ({marks})",
            chunk,
        )
    cursor.execute(f"DELETE FROM core_searchsample WHERE document_id IN ({marks})", chunk)
    cursor.execute(
        "INSERT INTO core_searchsample (document_id, kind, visibility, sort_name, created, "
        "facet_keys, search_vector) SELECT id, kind, visibility, sort_name, created, "
        "facet_keys, search_vector FROM core_searchdocument "
        f"WHERE id IN ({marks}) AND {IN_SAMPLE_WITH_PARAMS}",
        chunk,
    )


def _refresh_all(cursor) -> None:
    if is_postgres():
        cursor.execute(
            "UPDATE core_searchdocument d SET search_vector = "
            "setweight(to_tsvector('simple', d.name_folded), 'A') || "
            "setweight(to_tsvector('simple', d.body_folded), 'B'), "
            "facet_keys = COALESCE(k.keys, '[]'::jsonb) "
            "FROM core_searchdocument d2 LEFT JOIN (SELECT document_id, "
            "jsonb_agg(facet || '=' || value ORDER BY facet, value) AS keys "
            "FROM core_searchfacet GROUP BY document_id) k ON k.document_id = d2.id "
            "WHERE d2.id = d.id"
        )
    else:
        cursor.execute(f"DELETE FROM {FTS_TABLE}")
        cursor.execute(
            f"INSERT INTO {FTS_TABLE}(rowid, name, body) "
            "SELECT id, name_folded, body_folded FROM core_searchdocument"
        )
        cursor.execute(
            "UPDATE core_searchdocument SET facet_keys = COALESCE((SELECT "
            "json_group_array(f.facet || '=' || f.value) FROM (SELECT facet, value "
            "FROM core_searchfacet WHERE document_id = core_searchdocument.id "
            "ORDER BY facet, value) f), '[]')"
        )
    cursor.execute("DELETE FROM core_searchsample")
    cursor.execute(
        "INSERT INTO core_searchsample (document_id, kind, visibility, sort_name, created, "
        "facet_keys, search_vector) SELECT id, kind, visibility, sort_name, created, "
        "facet_keys, search_vector FROM core_searchdocument "
        f"WHERE {IN_SAMPLE}"
    )


# Reading ------------------------------------------------------------------------


@dataclass
class SearchPage:
    total: int
    documents: list[SearchDocument]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    # True when total and facets are estimates (broad searches of big indexes); then
    # only `browsable` results (the sampled ones) can be paged through.
    approximate: bool = False
    browsable: int | None = None


def matching(query: str, documents: QuerySet[SearchDocument], *, fuzzy: bool = False):
    """Narrow `documents` to those matching the text query.

    Returns (filtered, rank): `filtered` is safe to use inside subqueries (counts,
    facets); `rank(queryset)` adds a `rank` annotation for the outer page query,
    where ascending is best on both engines. `rank` is None without a text query.
    With `fuzzy` (PostgreSQL only), names resembling the words match instead: the
    fallback for misspelt names when the words themselves match nothing."""
    terms = terms_of(query)
    if not query.strip():
        return documents, None
    if not terms:
        return documents.none(), None
    if is_postgres():
        folded = " ".join(terms)
        if fuzzy:
            # Trigram similarity on the folded name (pg_trgm, GIN).
            score = RawSQL("-similarity(core_searchdocument.name_folded, %s)", [folded])
            return documents.filter(TrigramSimilar(F("name_folded"), folded)), (
                lambda qs: qs.annotate(rank=score)
            )
        tsquery = SearchQuery(
            " & ".join(f"{term}:*" for term in terms), search_type="raw", config="simple"
        )
        # A lookup, not raw SQL: Django qualifies the column, so this stays right
        # inside subqueries where the table gets another alias.
        score = RawSQL(
            "-(ts_rank_cd(core_searchdocument.search_vector, to_tsquery('simple', %s))"
            " + similarity(core_searchdocument.name_folded, %s))",
            [" & ".join(f"{term}:*" for term in terms), folded],
        )
        return documents.filter(search_vector=tsquery), lambda qs: qs.annotate(rank=score)
    if fuzzy:
        return documents.none(), None
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


def _count(documents: QuerySet[SearchDocument], facet_names: list[str]):
    """The total and the facet counts of `documents`, in one statement: the matching
    ids are computed once, then the total and each facet value counted over them."""
    try:
        inner, params = documents.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:  # a query of only punctuation matches nothing
        return 0, {}
    materialized = "MATERIALIZED " if is_postgres() else ""
    facet_table = SearchFacet._meta.db_table
    sql = f"WITH matched(id) AS {materialized}({inner}) SELECT '', '', count(*) FROM matched"
    if facet_names:
        marks = ",".join(["%s"] * len(facet_names))
        sql += (
            f" UNION ALL SELECT f.facet, f.value, count(*) FROM {facet_table} f"
            f" JOIN matched ON f.document_id = matched.id WHERE f.facet IN ({marks})"
            " GROUP BY f.facet, f.value"
        )
        params = (*params, *facet_names)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    return _tally(rows)


def _kept_counts(kinds: list[str], visibilities: list[str], facet_names: list[str]):
    """The total and facet counts of everything of these kinds and visibilities."""
    rows = (
        SearchFacetCount.objects.filter(
            kind__in=kinds,
            visibility__in=visibilities,
            facet__in=["", *facet_names],
            n__gt=0,
        )
        .values_list("facet", "value")
        .annotate(total=Sum("n"))
        .order_by()
    )
    return _tally(rows)


def _tally(rows) -> tuple[int, dict[str, dict[str, int]]]:
    total = 0
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    for facet, value, n in rows:
        if facet == "":
            total += int(n)
        else:
            counts[facet][value] = int(n)
    return total, dict(counts)


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
    """One page of documents with their total and facet counts, in a constant number
    of queries (two to four).

    Without text and filters the counts come from the kept counts (no scan at all).
    On PostgreSQL, words matching nothing are retried as a misspelt name, and broad
    searches of big indexes get estimated counts (`approximate`) and a page in name
    searches of big indexes get estimated counts (`approximate`) and pages of sampled
    matches (see ESTIMATE_ABOVE). Pages are cached until the index changes."""
    kinds, visibilities, facet_names = list(kinds), list(visibilities), list(facet_names)
    filters = {facet: values for facet, values in (filters or {}).items() if values}
    parts = (
        query,
        sorted(kinds),
        sorted(visibilities),
        sorted((facet, sorted(values)) for facet, values in filters.items()),
        sort,
        offset,
        limit,
        facet_names,
        connection.vendor,
    )
    return cache.cached(
        CACHE_NAMESPACE,
        parts,
        lambda: _search_documents(
            query, kinds, visibilities, filters, sort, offset, limit, facet_names
        ),
    )


def _search_documents(
    query: str,
    kinds: list[str],
    visibilities: list[str],
    filters: dict[str, list[str]],
    sort: str,
    offset: int,
    limit: int,
    facet_names: list[str],
) -> SearchPage:
    scope = SearchDocument.objects.filter(kind__in=kinds, visibility__in=visibilities)
    terms = terms_of(query)
    if not query.strip() and not filters:
        total, counts = _kept_counts(kinds, visibilities, facet_names)
        return SearchPage(
            total=total,
            documents=_page(scope, None, sort, offset, limit) if total else [],
            facets=counts,
        )
    if is_postgres() and (terms or not query.strip()):
        if _scope_size(kinds, visibilities) >= getattr(
            settings, "SEARCH_ESTIMATE_ABOVE", ESTIMATE_ABOVE
        ):
            sampled, sampled_facets = _tally(
                sample_counts(terms, filters, kinds, visibilities, facet_names)
            )
            if sampled >= getattr(settings, "SEARCH_ESTIMATE_MIN_SAMPLE", ESTIMATE_MIN_SAMPLE):
                return SearchPage(
                    total=about(sampled * SAMPLE_RATE),
                    documents=sample_page(terms, filters, kinds, visibilities, sort, offset, limit),
                    browsable=sampled,
                    facets={
                        facet: {value: about(n * SAMPLE_RATE) for value, n in values.items()}
                        for facet, values in sampled_facets.items()
                    },
                    approximate=True,
                )
    documents = scope
    for facet, values in filters.items():
        documents = documents.filter(
            pk__in=SearchFacet.objects.filter(facet=facet, value__in=values).values("document_id")
        )
    matched, rank = matching(query, documents)
    total, counts = _count(matched, facet_names)
    if not total and terms and is_postgres():
        return _fuzzy_page(query, documents, facet_names, sort, offset, limit)
    page = _page(matched, rank, sort, offset, limit) if total else []
    return SearchPage(total=total, documents=page, facets=counts)


# Misspelt names match by trigram similarity, which costs one scan of the trigram
# index; the scan's matches are few (names resemble few others), so they are read
# once, at most FUZZY_LIMIT of them, and counted and paged from memory.
FUZZY_LIMIT = 2_000


def _fuzzy_page(query, documents, facet_names, sort, offset, limit) -> SearchPage:
    matched, _ = matching(query, documents, fuzzy=True)
    folded = " ".join(terms_of(query))
    threshold = TRIGRAM_THRESHOLD_LONG if len(folded) >= LONG_QUERY else TRIGRAM_THRESHOLD
    with transaction.atomic(), connection.cursor() as cursor:
        # The trigram operator reads its threshold from this setting, for this transaction.
        cursor.execute(
            "SELECT set_config('pg_trgm.similarity_threshold', %s, true)", [str(threshold)]
        )
        rows = list(
            matched.annotate(
                similar=RawSQL("similarity(core_searchdocument.name_folded, %s)", [folded])
            )
            .order_by("-similar", "sort_name", "pk")
            .values_list("pk", "sort_name", "created")[:FUZZY_LIMIT]
        )
    if sort == "newest":
        rows.sort(key=lambda row: (-row[2].timestamp(), row[0]))
    elif sort == "name":
        rows.sort(key=lambda row: (row[1], row[0]))
    ids = [row[0] for row in rows]
    if not ids:
        return SearchPage(total=0, documents=[], facets={})
    total, counts = _count(SearchDocument.objects.filter(pk__in=ids), facet_names)
    page_ids = ids[offset : offset + limit]
    found = SearchDocument.objects.in_bulk(page_ids)
    return SearchPage(
        total=total, documents=[found[pk] for pk in page_ids if pk in found], facets=counts
    )


def _scope_size(kinds: list[str], visibilities: list[str]) -> int:
    return _kept_counts(kinds, visibilities, [])[0]


def _page(documents, rank, sort: str, offset: int, limit: int) -> list[SearchDocument]:
    if sort == "newest":
        ordered = documents.order_by("-created", "pk")
    elif sort == "name" or rank is None:
        ordered = documents.order_by("sort_name", "pk")
    else:
        ordered = rank(documents).order_by("rank", "sort_name", "pk")
    return list(ordered[offset : offset + limit])
