"""Directory search benchmark on PostgreSQL: search + facet counts at scale.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_bench \\
        .venv/bin/python bench/directory.py [--profiles 1000000] [--repeat 50] [--skip-load]

1. Sets Django up (development settings, DEBUG=1) and runs `migrate`.
2. Loads N synthetic people as search documents with their facets (COPY in batches,
   then `refresh_engine_index()` for `search_vector`, indexes rebuilt, ANALYZE).
   Only `SearchDocument` / `SearchFacet` rows are written: no users or profiles.
   The directory's cost that grows with the data is search + facet counting;
   hydration is two primary-key queries for at most 20 rows, whatever N is.
3. Times 10 directory queries through the real `search_documents`, called with the
   arguments `profiles.queries.directory_page` uses for a signed-in member.
4. Times the same queries with a naive implementation (`icontains` + GROUP BY).
5. Prints a Markdown summary.

The load TRUNCATEs the two search tables, so it refuses to run on a database whose
name does not contain "bench" (use a database of your own, e.g. `ct_bench`).
"""

import argparse
import itertools
import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "creativetracks.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.db.models import Count, Q  # noqa: E402
from django.utils import timezone  # noqa: E402

from creativetracks.core import search  # noqa: E402
from creativetracks.core.models import SearchDocument, SearchFacet  # noqa: E402
from creativetracks.core.text import fold  # noqa: E402
from creativetracks.demo.members import _person_facets, _visibility  # noqa: E402
from creativetracks.demo.people import PersonSeed, generate_people  # noqa: E402
from creativetracks.profiles.indexing import ORGANISATION, PERSON  # noqa: E402
from creativetracks.profiles.models import Visibility  # noqa: E402
from creativetracks.profiles.queries import FACETS, PAGE_SIZE  # noqa: E402

DOCUMENTS = SearchDocument._meta.db_table
FACET_TABLE = SearchFacet._meta.db_table
SAVED_DDL = "bench_saved_ddl"  # index/constraint definitions while the load runs
KINDS = [PERSON, ORGANISATION]
VISIBILITIES = [Visibility.PUBLIC.value, Visibility.MEMBERS.value]  # a signed-in member


def say(*parts) -> None:
    print(*parts, flush=True)


# Loading ------------------------------------------------------------------------


def document_row(person: PersonSeed, number: int, now) -> tuple | None:
    """The document of person `number`, as `demo.members._insert_batch` builds it
    (object_id stands for the profile id, which this benchmark does not create)."""
    visibility = _visibility(number)
    if visibility == Visibility.HIDDEN:
        return None
    name = fold(person.display_name)[:200]
    body = fold(
        " ".join(
            [
                person.headline,
                person.bio,
                person.city,
                person.offers_text,
                person.needs_text,
                " ".join(person.skills),
                " ".join(w.title for w in person.portfolio),
            ]
        )
    )
    created = now - timedelta(days=person.joined_days_ago)
    title = person.display_name[:200]
    return (PERSON, number + 1, str(visibility), title, name, name, body, created)


def facet_rows(document_id: int, person: PersonSeed):
    """(document_id, facet, value) rows, as `demo.members._insert_documents` writes them."""
    for facet, values in _person_facets(person).items():
        for value in sorted(set(values)):
            if value:
                yield (document_id, facet, value)


def _fetch(sql: str, params=()) -> list[tuple]:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _execute(*statements: str) -> None:
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement)


def drop_secondary_indexes() -> None:
    """Remember, then drop, every index and constraint but the primary keys, so COPY
    writes bare heaps; `restore_secondary_indexes` puts the same definitions back."""
    _execute(
        f"CREATE TABLE IF NOT EXISTS {SAVED_DDL} "
        "(position serial, kind text, tbl text, name text, definition text)"
    )
    if _fetch(f"SELECT count(*) FROM {SAVED_DDL}")[0][0]:
        return  # an interrupted load already saved them
    tables = f"('{DOCUMENTS}'::regclass, '{FACET_TABLE}'::regclass)"
    _execute(
        f"INSERT INTO {SAVED_DDL} (kind, tbl, name, definition) "
        "SELECT 'constraint', conrelid::regclass::text, conname, pg_get_constraintdef(oid) "
        f"FROM pg_constraint WHERE conrelid IN {tables} AND contype IN ('u', 'f') "
        "ORDER BY contype DESC",  # unique before foreign keys
        f"INSERT INTO {SAVED_DDL} (kind, tbl, name, definition) "
        "SELECT 'index', indrelid::regclass::text, indexrelid::regclass::text, "
        "pg_get_indexdef(indexrelid) FROM pg_index "
        f"WHERE indrelid IN {tables} "
        "AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid)",
    )
    for kind, table, name, _ in _fetch(
        f"SELECT kind, tbl, name, definition FROM {SAVED_DDL} ORDER BY position DESC"
    ):
        if kind == "constraint":
            _execute(f'ALTER TABLE {table} DROP CONSTRAINT IF EXISTS "{name}"')
        else:
            _execute(f"DROP INDEX IF EXISTS {name}")


def restore_secondary_indexes() -> None:
    if not _fetch(f"SELECT to_regclass('{SAVED_DDL}')")[0][0]:
        return
    _execute("SET maintenance_work_mem = '512MB'")
    for kind, table, name, definition in _fetch(
        f"SELECT kind, tbl, name, definition FROM {SAVED_DDL} ORDER BY position"
    ):
        started = time.perf_counter()
        if kind == "constraint":
            exists = _fetch("SELECT 1 FROM pg_constraint WHERE conname = %s", [name])
            if not exists:
                _execute(f'ALTER TABLE {table} ADD CONSTRAINT "{name}" {definition}')
        else:
            _execute(definition.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))
        say(f"  {kind} {name}: {time.perf_counter() - started:.1f} s")
    _execute(f"DROP TABLE {SAVED_DDL}", "RESET maintenance_work_mem")


def load(profiles: int, batch_size: int) -> None:
    database = connection.settings_dict["NAME"]
    if "bench" not in database:
        sys.exit(f"Refusing to TRUNCATE search tables in database {database!r}: use a *bench* one.")
    say(f"Loading {profiles:,} people as search documents into {database!r} ...")
    started = time.perf_counter()
    drop_secondary_indexes()
    _execute(
        f"TRUNCATE {FACET_TABLE}, {DOCUMENTS} RESTART IDENTITY",
        "SET synchronous_commit = off",
    )
    now = timezone.now()
    people = generate_people(profiles)
    raw = connection.connection  # psycopg 3
    document_id = documents = facets = 0
    number = 0
    copy_documents = (
        f"COPY {DOCUMENTS} (id, kind, object_id, visibility, title, sort_name, name_folded, "
        "body_folded, created) FROM STDIN"
    )
    copy_facets = f"COPY {FACET_TABLE} (document_id, facet, value) FROM STDIN"
    with raw.cursor() as cursor:
        while batch := list(itertools.islice(people, batch_size)):
            rows = []
            for person in batch:
                row = document_row(person, number, now)
                number += 1
                if row is not None:
                    document_id += 1
                    rows.append((document_id, person, row))
            with cursor.copy(copy_documents) as copy:
                for pk, _, row in rows:
                    copy.write_row((pk, *row))
            with cursor.copy(copy_facets) as copy:
                for pk, person, _ in rows:
                    for facet in facet_rows(pk, person):
                        copy.write_row(facet)
                        facets += 1
            raw.commit()
            documents += len(rows)
            if number % (batch_size * 10) == 0 or number == profiles:
                say(
                    f"  {number:,} people, {documents:,} documents, {facets:,} facets "
                    f"({time.perf_counter() - started:.0f} s)"
                )
    copied = time.perf_counter()
    _execute(f"SELECT setval(pg_get_serial_sequence('{DOCUMENTS}', 'id'), {max(document_id, 1)})")
    search.refresh_engine_index()  # the one UPDATE ... setweight(to_tsvector(...)) of the app
    vectors = time.perf_counter()
    say(f"  search_vector: {vectors - copied:.0f} s")
    # The UPDATE left a dead copy of every row: compact, as a live table would be.
    _execute(f"VACUUM FULL {DOCUMENTS}")
    say(f"  vacuum full: {time.perf_counter() - vectors:.0f} s")
    restore_secondary_indexes()
    analysed = time.perf_counter()
    _execute(f"VACUUM ANALYZE {DOCUMENTS}", f"VACUUM ANALYZE {FACET_TABLE}", "RESET ALL")
    say(f"  vacuum analyze: {time.perf_counter() - analysed:.0f} s")
    say(
        f"Loaded {documents:,} documents and {facets:,} facets "
        f"in {time.perf_counter() - started:.0f} s"
    )


def loaded_people() -> int:
    return SearchDocument.objects.filter(kind=PERSON).count()


def table_sizes() -> str:
    rows = _fetch(
        "SELECT relname, pg_size_pretty(pg_table_size(oid)), "
        "pg_size_pretty(pg_indexes_size(oid)) FROM pg_class WHERE relname IN (%s, %s)",
        [DOCUMENTS, FACET_TABLE],
    )
    return "; ".join(f"{name}: table {table}, indexes {indexes}" for name, table, indexes in rows)


# Queries ------------------------------------------------------------------------


@dataclass
class Case:
    name: str
    query: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"


def misspelt_name() -> tuple[str, str]:
    """A real generated name (person 17, always loaded) with two letters swapped."""
    person = next(itertools.islice(generate_people(18), 17, None))
    first, last = person.first_name, fold(person.last_name)
    i = len(last) // 2
    typo = f"{last[: i - 1]}{last[i]}{last[i - 1]}{last[i + 1 :]}"
    return person.display_name, f"{first} {typo.capitalize()}"


def cases() -> list[Case]:
    _, typo = misspelt_name()
    return [
        Case("keyword", "designer"),
        Case("keyword + country", "designer", {"country": ["PT"]}),
        Case("sector + language", "", {"sector": ["music"], "language": ["pt"]}),
        Case("typo'd name", typo),
        Case("rare keyword", "agadez"),
        Case("accented", "São Paulo"),
        Case("two words", "graphic designer"),
        Case("prefix", "joa"),
        Case("newest + filter", "", {"country": ["BR"]}, "newest"),
        Case("empty + facets", ""),
    ]


def run_search(case: Case) -> tuple[int, int]:
    page = search.search_documents(
        case.query,
        kinds=KINDS,
        visibilities=VISIBILITIES,
        filters=case.filters,
        sort=case.sort,
        offset=0,
        limit=PAGE_SIZE,
        facet_names=FACETS,
    )
    return page.total, len(page.documents)


def naive_documents(case: Case):
    documents = SearchDocument.objects.filter(kind__in=KINDS, visibility__in=VISIBILITIES)
    for facet, values in case.filters.items():
        documents = documents.filter(
            pk__in=SearchFacet.objects.filter(facet=facet, value__in=values).values("document_id")
        )
    if case.query.strip():
        documents = documents.filter(
            Q(title__icontains=case.query) | Q(body_folded__icontains=fold(case.query))
        )
    return documents


def run_naive(case: Case) -> tuple[int, int]:
    """What one would write first: ILIKE over every document, GROUP BY for the facets."""
    documents = naive_documents(case)
    order = ("-created", "pk") if case.sort == "newest" else ("sort_name", "pk")
    total = documents.count()
    page = list(documents.order_by(*order)[:PAGE_SIZE])
    counts: dict[tuple[str, str], int] = {}
    if total:
        rows = (
            documents.filter(facets__facet__in=FACETS)
            .values_list("facets__facet", "facets__value")
            .annotate(n=Count("pk"))
            .order_by()
        )
        counts = {(facet, value): n for facet, value, n in rows}
    assert total == 0 or counts
    return total, len(page)


@dataclass
class Timing:
    total: int
    first_ms: float
    samples: list[float]
    parts: list[list[float]]  # per run: milliseconds of each SQL query

    def pct(self, p: float) -> float:
        ordered = sorted(self.samples)
        return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered)) - 1))]

    @property
    def p50(self) -> float:
        return statistics.median(self.samples)

    @property
    def p95(self) -> float:
        return self.pct(95)

    def part_medians(self) -> list[float]:
        if not self.parts:
            return []
        width = max(len(p) for p in self.parts)
        return [statistics.median(p[i] for p in self.parts if len(p) > i) for i in range(width)]


def measure(run, case: Case, repeat: int) -> Timing:
    reset_queries()
    started = time.perf_counter()
    total, _ = run(case)  # first call, reported apart (plans, cold pages)
    first = (time.perf_counter() - started) * 1000
    samples, parts = [], []
    for _ in range(repeat):
        reset_queries()
        started = time.perf_counter()
        run(case)
        samples.append((time.perf_counter() - started) * 1000)
        parts.append([float(q["time"]) * 1000 for q in connection.queries])
    return Timing(total, first, samples, parts)


def explain(case: Case, naive: bool = False) -> None:
    """EXPLAIN (ANALYZE, BUFFERS) of each SQL query the case runs."""
    reset_queries()
    (run_naive if naive else run_search)(case)
    for entry in list(connection.queries):
        say(f"\n-- {case.name}: {entry['time']} s\n{entry['sql']}\n")
        with connection.connection.cursor() as cursor:  # SQL already interpolated: no params
            cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + entry["sql"])
            for (line,) in cursor.fetchall():
                say(line)


# Main ---------------------------------------------------------------------------


def fmt(ms: float) -> str:
    return f"{ms:,.1f}" if ms < 100 else f"{ms:,.0f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=50, help="runs per query (search)")
    parser.add_argument("--naive-repeat", type=int, default=5, help="runs per query (naive)")
    parser.add_argument("--skip-load", action="store_true", help="reuse the loaded documents")
    parser.add_argument("--skip-naive", action="store_true")
    parser.add_argument("--batch-size", type=int, default=20_000)
    parser.add_argument("--only", help="run only the cases whose name contains this")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE, no timings")
    args = parser.parse_args()

    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL database (postgres://.../ct_bench).")
    call_command("migrate", verbosity=0, interactive=False)
    restore_secondary_indexes()  # after an interrupted load
    say(
        "Scope: search documents + facets only (no users/profiles). Measured: the "
        "search_documents() call (count + page + facet counts); hydrating <= 20 cards "
        "adds 2 primary-key queries whatever the size."
    )
    if args.skip_load:
        people = loaded_people()
        expected = sum(1 for n in range(args.profiles) if _visibility(n) != Visibility.HIDDEN)
        if people != expected:
            sys.exit(f"--skip-load: {people:,} person documents loaded, {expected:,} expected.")
        say(f"Reusing {people:,} person documents ({args.profiles:,} people).")
    else:
        load(args.profiles, args.batch_size)
    say(table_sizes())
    server = dict(
        _fetch(
            "SELECT name, current_setting(name) FROM pg_settings WHERE name IN "
            "('server_version', 'shared_buffers', 'work_mem', 'max_parallel_workers_per_gather')"
        )
    )
    say(f"PostgreSQL {server.pop('server_version')}, {server}, {os.cpu_count()} CPUs")
    real, typo = misspelt_name()
    say(f"Typo'd name: {typo!r} for {real!r}")

    selected = [c for c in cases() if not args.only or args.only in c.name]
    if args.explain:
        for case in selected:
            explain(case)
        return

    results = []
    for case in selected:
        timing = measure(run_search, case, args.repeat)
        parts = " + ".join(fmt(ms) for ms in timing.part_medians())
        say(
            f"search {case.name:<18} total {timing.total:>8,}  p50 {fmt(timing.p50):>7} ms  "
            f"p95 {fmt(timing.p95):>7} ms  first {fmt(timing.first_ms):>7} ms  "
            f"(SQL count + page + facets: {parts} ms)"
        )
        results.append((case, timing, None))
    if not args.skip_naive:
        for index, (case, timing, _) in enumerate(results):
            naive = measure(run_naive, case, args.naive_repeat)
            say(
                f"naive  {case.name:<18} total {naive.total:>8,}  p50 {fmt(naive.p50):>7} ms  "
                f"p95 {fmt(naive.p95):>7} ms  speed-up x{naive.p50 / timing.p50:,.1f}"
            )
            results[index] = (case, timing, naive)

    say(f"\n### {args.profiles:,} people, {loaded_people():,} documents\n")
    say(
        "| query | results | search p50 ms | search p95 ms | SQL ms: count + page + facets "
        "| naive results | naive p50 ms | naive p95 ms | speed-up (p50) | p95 < 50 ms "
        "| >= 20x |"
    )
    say("|---|--:|--:|--:|---|--:|--:|--:|--:|:-:|:-:|")
    for case, timing, naive in results:
        label = case.name + (f" `{case.query}`" if case.query else "")
        if case.filters:
            label += " " + ", ".join(f"{k}={'+'.join(v)}" for k, v in case.filters.items())
        if case.sort != "relevance":
            label += f" sort={case.sort}"
        parts = " + ".join(fmt(ms) for ms in timing.part_medians())
        fast = "yes" if timing.p95 < 50 else "**no**"
        if naive:
            ratio = naive.p50 / timing.p50
            naive_cells = (
                f"{naive.total:,} | {fmt(naive.p50)} | {fmt(naive.p95)} | {ratio:,.0f}x | {fast} "
                f"| {'yes' if ratio >= 20 else '**no**'}"
            )
        else:
            naive_cells = f" | | | | {fast} | "
        say(
            f"| {label} | {timing.total:,} | {fmt(timing.p50)} | {fmt(timing.p95)} | {parts} "
            f"| {naive_cells} |"
        )


if __name__ == "__main__":
    main()
