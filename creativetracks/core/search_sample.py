"""Estimates for broad searches of big indexes (PostgreSQL): a fixed sample of the
documents in a small table of its own (`core.SearchSample`), kept by
`core.search.refresh_engine_index`, counted and paged instead of the whole result set."""

from django.db import connection

from .models import SearchDocument

# A document is in the sample when the top bits of a multiplicative (Fibonacci) hash
# of its id fall in the first of SAMPLE_RATE buckets: deterministic, and spread
# evenly whatever pattern the ids were loaded in (the low bits would just be id % 64).
SAMPLE_RATE = 128
_BUCKET = 2**32 // SAMPLE_RATE
IN_SAMPLE = f"((id * 2654435761) % 4294967296) / {_BUCKET} = 0"
IN_SAMPLE_WITH_PARAMS = IN_SAMPLE.replace("%", "%%")  # in SQL that also has %s parameters


def in_sample(document_id: int) -> bool:
    return (document_id * 2654435761) % 4294967296 // _BUCKET == 0


# Broad searches on big indexes (PostgreSQL): when the scope holds at least
# SEARCH_ESTIMATE_ABOVE documents and the sample finds SEARCH_ESTIMATE_MIN_SAMPLE
# matches or more (about 2,000 results), counts are estimated from the sample and the
# pages list the sampled matches, ranked as usual. Exact counting, and collecting every
# match to rank it, cost in proportion to the results: tens of ms per thousand at
# 1,000,000 documents (docs/performance.md); the sample costs a 128th of that.
ESTIMATE_ABOVE = 50_000
ESTIMATE_MIN_SAMPLE = 16


def tsquery_text(terms: list[str]) -> str:
    return " & ".join(f"{term}:*" for term in terms)


def _where(
    terms: list[str], filters: dict[str, list[str]], kinds: list[str], visibilities: list[str]
) -> tuple[str, list]:
    where = ["s.kind = ANY(%s)", "s.visibility = ANY(%s)"]
    params: list = [kinds, visibilities]
    if terms:
        where.append("s.search_vector @@ to_tsquery('simple', %s)")
        params.append(tsquery_text(terms))
    for facet, values in filters.items():
        where.append("s.facet_keys ?| %s")
        params.append([f"{facet}={value}" for value in values])
    return " AND ".join(where), params


def sample_counts(
    terms: list[str],
    filters: dict[str, list[str]],
    kinds: list[str],
    visibilities: list[str],
    facet_names: list[str],
) -> list[tuple[str, str, int]]:
    """(facet, value, matches) in the sample, not yet scaled up; facet "" is the total."""
    where, params = _where(terms, filters, kinds, visibilities)
    sql = (
        "WITH m AS MATERIALIZED (SELECT s.facet_keys FROM core_searchsample s "
        f"WHERE {where}) SELECT '', count(*) FROM m"
    )
    if facet_names:
        sql += (
            " UNION ALL SELECT k, count(*) FROM m, jsonb_array_elements_text(m.facet_keys) AS k"
            " WHERE split_part(k, '=', 1) = ANY(%s) GROUP BY k"
        )
        params.append(facet_names)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [
            ("", "", n) if key == "" else (*key.split("=", 1), n) for key, n in cursor.fetchall()
        ]


def sample_page(
    terms: list[str],
    filters: dict[str, list[str]],
    kinds: list[str],
    visibilities: list[str],
    sort: str,
    offset: int,
    limit: int,
) -> list[SearchDocument]:
    """A page of the sampled matches, ranked like exact results: a broad search pages
    through the sample (1 in SAMPLE_RATE of its results), which the page says."""
    where, params = _where(terms, filters, kinds, visibilities)
    if sort == "newest":
        order = "s.created DESC, s.document_id"
    elif sort == "name" or not terms:
        order = "s.sort_name, s.document_id"
    else:
        order = (
            "ts_rank_cd(s.search_vector, to_tsquery('simple', %s)) DESC, s.sort_name, s.document_id"
        )
        params.append(tsquery_text(terms))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT s.document_id FROM core_searchsample s WHERE {where} "
            f"ORDER BY {order} LIMIT %s OFFSET %s",
            [*params, limit, offset],
        )
        ids = [row[0] for row in cursor.fetchall()]
    found = SearchDocument.objects.in_bulk(ids)
    return [found[pk] for pk in ids if pk in found]


def about(n: int) -> int:
    """An estimate rounded to two significant figures (231,424 → 230,000)."""
    if n < 100:
        return n
    scale = 10 ** (len(str(n)) - 2)
    return round(n / scale) * scale
