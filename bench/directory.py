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

Slow queries at 1,000,000 profiles take seconds: --max-seconds bounds each query's
timed runs, and --results/--summary let a long run be split into several.

The load TRUNCATEs the two search tables, so it refuses to run on a database whose
name does not contain "bench" (use a database of your own, e.g. `ct_bench`).
"""

import argparse
import itertools
import json
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
# Measure the search itself: the page cache (core.cache) would answer repeats from memory.
os.environ["CACHE_SECONDS"] = "0"

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
        f"TRUNCATE {FACET_TABLE}, {DOCUMENTS} RESTART IDENTITY CASCADE",  # and the sample
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
    slug: str  # for --only
    name: str
    query: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: str = "relevance"

    @property
    def label(self) -> str:
        label = self.name + (f" `{self.query}`" if self.query else "")
        if self.filters:
            label += " " + ", ".join(f"{k}={'+'.join(v)}" for k, v in self.filters.items())
        if self.sort != "relevance":
            label += f" sort={self.sort}"
        return label


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
        Case("keyword", "keyword", "designer"),
        Case("keyword-country", "keyword + country", "designer", {"country": ["PT"]}),
        Case("sector-language", "sector + language", "", {"sector": ["music"], "language": ["pt"]}),
        Case("typo", "typo'd name", typo),
        Case("rare", "rare keyword", "agadez"),
        Case("accented", "accented", "São Paulo"),
        Case("two-words", "two words", "graphic designer"),
        Case("prefix", "prefix", "joa"),
        Case("newest-filter", "newest + filter", "", {"country": ["BR"]}, "newest"),
        Case("empty", "empty + facets", ""),
    ]


ESTIMATED: set[str] = set()  # cases whose counts search_documents estimated


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
    if page.approximate:
        ESTIMATED.add(case.slug)
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


SKIP = ("SET ", "SAVEPOINT", "RELEASE", "BEGIN", "COMMIT")  # not counted in per-statement times


def measure(
    run, case: Case, repeat: int, warm_up: bool = True, budget: float | None = None
) -> Timing:
    """`repeat` timed calls; with `warm_up`, one call before them, reported apart.
    With a `budget` (seconds), stop once the timed calls took that long (at least 5)."""
    samples, parts = [], []
    total = first = None
    for _ in range(repeat + warm_up):
        reset_queries()
        started = time.perf_counter()
        total, _ = run(case)
        elapsed = (time.perf_counter() - started) * 1000
        if first is None:
            first = elapsed
            if warm_up:
                continue
        samples.append(elapsed)
        parts.append(
            [float(q["time"]) * 1000 for q in connection.queries if not q["sql"].startswith(SKIP)]
        )
        if budget and len(samples) >= 5 and sum(samples) > budget * 1000:
            break
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


def fmt(ms: float | None) -> str:
    if ms is None:
        return ""
    return f"{ms:,.1f}" if ms < 100 else f"{ms:,.0f}"


def record(path: str | None, engine: str, case: Case, timing: Timing, profiles: int) -> dict:
    row = {
        "profiles": profiles,
        "engine": engine,
        "case": case.slug,
        "label": case.label,
        "total": timing.total,
        "estimated": engine == "search" and case.slug in ESTIMATED,
        "runs": len(timing.samples),
        "p50": round(timing.p50, 2),
        "p95": round(timing.p95, 2),
        "first": round(timing.first_ms, 2),
        "sql": [round(ms, 1) for ms in timing.part_medians()],
        "load": round(os.getloadavg()[0], 1),  # other work on the machine skews timings
        "at": time.strftime("%Y-%m-%d %H:%M"),
    }
    if path:
        with open(path, "a") as out:
            out.write(json.dumps(row) + "\n")
    return row


def summary(rows: list[dict]) -> None:
    """The Markdown table: the latest search and naive figures of each case."""
    latest: dict[tuple[int, str, str], dict] = {}
    for row in rows:
        latest[row["profiles"], row["case"], row["engine"]] = row
    order = {case.slug: i for i, case in enumerate(cases())}
    for profiles in sorted({key[0] for key in latest}):
        documents = profiles - (profiles + 19) // 20  # one in 20 is hidden
        say(f"\n### {profiles:,} people ({documents:,} documents)\n")
        say(
            "| query | results (≈ estimated) | runs | p50 ms | p95 ms | SQL ms (each statement) "
            "| naive results | naive runs | naive p50 ms | naive p95 ms | speed-up (p50) "
            "| p95 < 50 ms | >= 20x |"
        )
        say("|---|--:|--:|--:|--:|---|--:|--:|--:|--:|--:|:-:|:-:|")
        slugs = sorted({key[1] for key in latest if key[0] == profiles}, key=order.get)
        for slug in slugs:
            fast = latest.get((profiles, slug, "search"))
            slow = latest.get((profiles, slug, "naive"))
            label = (fast or slow)["label"]
            cells = [label]
            if fast:
                about = "≈ " if fast.get("estimated") else ""
                cells += [f"{about}{fast['total']:,}", str(fast["runs"]), fmt(fast["p50"])]
                cells += [fmt(fast["p95"]), " + ".join(fmt(ms) for ms in fast["sql"])]
            else:
                cells += [""] * 5
            if slow:
                cells += [f"{slow['total']:,}", str(slow["runs"]), fmt(slow["p50"])]
                cells += [fmt(slow["p95"])]
            else:
                cells += [""] * 4
            ratio = slow["p50"] / fast["p50"] if fast and slow else None
            cells.append(f"{ratio:,.0f}x" if ratio else "")
            cells.append(("yes" if fast["p95"] < 50 else "**no**") if fast else "")
            cells.append(("yes" if ratio >= 20 else "**no**") if ratio else "")
            say("| " + " | ".join(cells) + " |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--profiles", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=50, help="timed runs per query (search)")
    parser.add_argument("--naive-repeat", type=int, default=5, help="timed runs per query (naive)")
    parser.add_argument("--skip-load", action="store_true", help="reuse the loaded documents")
    parser.add_argument("--skip-search", action="store_true", help="time only the naive version")
    parser.add_argument("--skip-naive", action="store_true", help="time only search_documents")
    parser.add_argument(
        "--max-seconds",
        type=float,
        help="stop repeating a query once its timed runs took this long (at least 5 runs)",
    )
    parser.add_argument("--batch-size", type=int, default=20_000)
    slugs = ", ".join(case.slug for case in cases())
    parser.add_argument("--only", help=f"comma-separated cases among: {slugs}")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE, no timings")
    parser.add_argument("--results", help="append each measurement to this JSON-lines file")
    parser.add_argument("--summary", help="print the table of a --results file and exit")
    args = parser.parse_args()

    if args.summary:
        with open(args.summary) as lines:
            summary([json.loads(line) for line in lines if line.strip()])
        return
    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL database (postgres://.../ct_bench).")
    wanted = set(args.only.split(",")) if args.only else None
    if wanted and wanted - {case.slug for case in cases()}:
        sys.exit(f"--only: unknown case(s) {', '.join(sorted(wanted - set(slugs.split(', '))))}")
    call_command("migrate", verbosity=0, interactive=False)
    restore_secondary_indexes()  # after an interrupted load
    say(
        "Scope: search documents + facets only (no users/profiles). Measured: the "
        "search_documents() call (total, facet counts and page); hydrating <= 20 cards "
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
            "SELECT name, current_setting(name) FROM pg_settings WHERE name IN ('server_version', "
            "'shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'jit')"
        )
    )
    say(f"PostgreSQL {server.pop('server_version')}, {server}, {os.cpu_count()} CPUs")
    real, typo = misspelt_name()
    say(f"Typo'd name: {typo!r} for {real!r}")

    selected = [case for case in cases() if not wanted or case.slug in wanted]
    if args.explain:
        for case in selected:
            explain(case)
        return

    rows = []
    if not args.skip_search:
        for case in selected:
            timing = measure(run_search, case, args.repeat, budget=args.max_seconds)
            rows.append(record(args.results, "search", case, timing, args.profiles))
            parts = " + ".join(fmt(ms) for ms in timing.part_medians())
            say(
                f"search {case.slug:<16} runs {len(timing.samples):>2} total {timing.total:>8,}  "
                f"p50 {fmt(timing.p50):>7} ms  "
                f"p95 {fmt(timing.p95):>7} ms  first {fmt(timing.first_ms):>7} ms  "
                f"(SQL statements: {parts} ms){' estimated' if case.slug in ESTIMATED else ''}"
            )
    if not args.skip_naive:
        for case in selected:
            # No warm-up run: every run scans the whole table anyway.
            timing = measure(
                run_naive, case, args.naive_repeat, warm_up=False, budget=args.max_seconds
            )
            rows.append(record(args.results, "naive", case, timing, args.profiles))
            say(
                f"naive  {case.slug:<16} runs {len(timing.samples):>2} total {timing.total:>8,}  "
                f"p50 {fmt(timing.p50):>7} ms  "
                f"p95 {fmt(timing.p95):>7} ms"
            )
    summary(rows)


if __name__ == "__main__":
    main()
