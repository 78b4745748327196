"""What one request costs, in-process: the pages of bench/load.py through Django's test
client, signed out and signed in, without a server or a load generator.

    .venv/bin/python bench/pages.py                          # SQLite in var/bench-pages/
    .venv/bin/python bench/pages.py --repeat 50 --only profile,api
    .venv/bin/python bench/pages.py --profile profile        # cProfile of the signed-in page
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_perf .venv/bin/python bench/pages.py

1. Sets Django up with production settings (DEBUG=0, the local-memory cache) against
   DATABASE_URL, or a SQLite file of its own, runs `migrate`, and loads
   `seed_demo --members N --no-images` once when the database has fewer members.
2. For each page of bench/load.py's PAGES, signed out and signed in as the demo
   member, makes `--warmup` requests (so caches are as warm as on a running server),
   then `--repeat` timed ones, and prints the minimum and median wall time per request
   and the number of SQL queries. The minimum is the figure to compare: on a shared
   machine everything else only adds to it.
3. `--profile NAME` prints the cProfile of `--repeat` signed-in requests of that page
   instead (cumulative time, the 40 heaviest calls).

A machine shared with other work slows every figure; compare runs made the same way,
minutes apart, rather than with figures from another day.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
VAR = ROOT / "var" / "bench-pages"


def setup_django() -> None:
    VAR.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{VAR / 'pages.sqlite3'}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "creativetracks.settings")
    os.environ["DEBUG"] = "0"
    os.environ["SECRET_KEY"] = "bench-pages-secret-key-not-for-production-0123456789"
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ["SECURE_SSL_REDIRECT"] = "0"
    os.environ["VAR_DIR"] = str(VAR)
    os.environ["LOG_LEVEL"] = "ERROR"
    os.environ.pop("REDIS_URL", None)
    # What a page costs to render: the member's own cached copy (core.cache.MEMBER_PAGES)
    # would answer every request after the first. --member-cache measures that instead.
    os.environ.setdefault("MEMBER_PAGE_CACHE_SECONDS", "0")
    import django

    django.setup()


def prepare(members: int) -> None:
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0, interactive=False)
    call_command("collectstatic", verbosity=0, interactive=False)
    have = get_user_model().objects.count()
    if have < members:
        print(f"Seeding {members:,} demo members (once)…", flush=True)
        call_command("seed_demo", members=members, no_images=True)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def member():
    from django.contrib.auth import get_user_model

    from creativetracks.demo.data import DEMO_ACCOUNTS

    email = next(a["email"] for a in DEMO_ACCOUNTS if a["role"] == "member")
    return get_user_model().objects.get(email=email)


def time_page(client, path: str, warmup: int, repeat: int) -> tuple[float, float, int, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(warmup):
        client.get(path)
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return min(timings), statistics.median(timings), len(queries), response.status_code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--members", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--only", default="", help="pages whose name contains one of these")
    parser.add_argument("--profile", default="", help="cProfile this signed-in page instead")
    parser.add_argument("--sort", default="cumulative", help="cProfile order (cumulative, tottime)")
    parser.add_argument("--lines", type=int, default=40, help="cProfile rows printed")
    parser.add_argument(
        "--member-cache",
        action="store_true",
        help="keep the member page cache on (signed-in pages then come from the cache)",
    )
    args = parser.parse_args()

    if args.member_cache:
        os.environ["MEMBER_PAGE_CACHE_SECONDS"] = "30"
    setup_django()
    prepare(args.members)
    import load
    from django.test import Client

    pages = [(name, find()) for name, find in load.PAGES]
    wanted = [w for w in (args.only or args.profile).split(",") if w]
    if wanted:
        pages = [(n, p) for n, p in pages if any(w in n for w in wanted)]
    visitor, signed_in = Client(), Client()
    signed_in.force_login(member())

    if args.profile:
        name, path = pages[0]
        for _ in range(args.warmup):
            signed_in.get(path)
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.repeat):
            signed_in.get(path)
        profiler.disable()
        print(f"cProfile of {args.repeat} signed-in requests of {name} ({path})")
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(args.lines)
        return

    print(f"load average {os.getloadavg()[0]:.2f}; min and median of {args.repeat} requests")
    print("| page | signed in | min ms | median ms | queries | status |")
    print("|---|:-:|--:|--:|--:|--:|")
    for name, path in pages:
        for label, client in (("no", visitor), ("yes", signed_in)):
            low, mid, count, status = time_page(client, path, args.warmup, args.repeat)
            print(f"| {name} | {label} | {low:.1f} | {mid:.1f} | {count} | {status} |", flush=True)


if __name__ == "__main__":
    main()
