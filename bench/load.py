"""Load test of the production server, side by side with a bare Django view.

    .venv/bin/python bench/load.py                       # 1 process (local-memory cache), then
                                                         # 2 processes with Redis
    .venv/bin/python bench/load.py --runs 1:local --seconds 5

1. Sets Django up against DATABASE_URL (default: PostgreSQL database `ct_load` on
   127.0.0.1), runs `migrate`, and loads `seed_demo --members N --no-images` once when
   the database has fewer members (a few minutes at 100,000).
2. Finds one URL per page of the PAGES table below. A page whose URL does not resolve
   yet (the REST API) is listed as "not available yet" and skipped.
3. For each run (`--runs`, e.g. `1:local,2:redis`: N granian processes, local-memory or
   Redis cache) starts the production server (granian, DEBUG=0, BENCH_BARE_VIEW=1 so
   `/bench/bare/` answers a fixed page from the same processes) on 127.0.0.1 only.
4. For each page, signed out and signed in (`--members-signed-in` members' sessions,
   50 by default, each with the CSRF cookie a browser keeps), runs two
   bounded measurements with a small asyncio HTTP/1.1 client (keep-alive):
   - capacity: `--users` connections (default 50) send requests back to back for
     `--seconds`, after a short warm-up: requests/s and latency percentiles;
   - paced: the same number of users each send one request per second (50 requests/s
     offered): the latency a member sees when the server is not saturated.
5. Prints a Markdown table per run with each page's throughput as a ratio of the
   bare view's, and the machine's load average next to each figure.

The load generator shares the machine with the server: its own CPU use is printed
(`client CPU`), so a saturated client can be told from a saturated server.
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from load_client import HOST, REQUEST_TIMEOUT, drive  # noqa: E402

DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/ct_load"
DEFAULT_REDIS = "redis://127.0.0.1:6379/8"
BARE = "/bench/bare/"
SECRET_KEY = "bench-load-secret-key-not-for-production-0123456789"
# A page slower than this one request at a time is not load-tested: 50 users would
# queue minutes of work on the server and the run would no longer be bounded.
TOO_SLOW_MS = 1000.0


def say(*parts) -> None:
    print(*parts, flush=True)


def load_average() -> str:
    return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


# Pages ----------------------------------------------------------------------------


class Unavailable(Exception):
    """The page does not exist (yet) in this version of the platform."""


def _resolves(path: str) -> None:
    from django.urls import Resolver404, resolve

    try:
        resolve(path.split("?")[0])
    except Resolver404 as error:
        raise Unavailable(f"{path} does not resolve") from error


def home_page() -> str:
    return "/"


def directory_page() -> str:
    path = "/directory/?q=designer&country=PT&sector=design"
    _resolves(path)
    return path


def profile_page() -> str:
    from creativetracks.profiles.models import Profile

    public = Profile.objects.filter(visibility="public").order_by("pk")
    profile = public[min(1000, public.count() // 2) :].first()
    if profile is None:
        raise Unavailable("no public profile")
    return profile.get_absolute_url()


def event_page() -> str:
    from django.urls import NoReverseMatch, reverse

    try:
        reverse("event_detail", args=["x"])
        from creativetracks.events.queries import visible_events
    except (NoReverseMatch, ImportError) as error:
        raise Unavailable("the event page does not exist yet") from error
    event = visible_events(None).order_by("-pk").first()
    if event is None:
        raise Unavailable("no public event in the database")
    return event.get_absolute_url()


def api_profiles_page() -> str:
    path = "/api/v1/profiles/"
    _resolves(path)
    return path


# The pages measured, in order; add a page here the moment it exists.
PAGES = [
    ("home", home_page),
    ("directory (query + filters)", directory_page),
    ("profile", profile_page),
    ("event", event_page),
    ("API: list of profiles", api_profiles_page),
]


# Setup ----------------------------------------------------------------------------


def setup_django(database_url: str) -> None:
    os.environ["DATABASE_URL"] = database_url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "creativetracks.settings")
    os.environ["DEBUG"] = "1"
    os.environ["SECRET_KEY"] = SECRET_KEY  # the server must read the sessions made here
    os.environ.pop("REDIS_URL", None)
    import django

    django.setup()


def prepare_data(members: int, skip_seed: bool) -> None:
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connection

    call_command("migrate", verbosity=0, interactive=False)
    have = get_user_model().objects.count()
    if have >= members or skip_seed:
        say(f"Database has {have:,} accounts (wanted {members:,}): no seeding.")
    else:
        say(f"Seeding {members:,} demo members (once; a few minutes)… load {load_average()}")
        started = time.monotonic()
        call_command("seed_demo", members=members, no_images=True)
        say(f"Seeded in {time.monotonic() - started:.0f} s.")
    # Planner statistics of freshly loaded tables: without them PostgreSQL guesses a
    # handful of rows and picks plans that take seconds (the feed, follower counts).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def member_session_cookies(count: int) -> list[str]:
    """Signed-in sessions of `count` different members (the demo member first, then
    members who accepted the current terms), stored in the database (read by both the
    database and the cached_db session engines), each with the CSRF cookie a browser
    keeps after its first page: without it every page would make a new CSRF secret."""
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.sessions.backends.db import SessionStore
    from django.middleware.csrf import _get_new_csrf_string

    from creativetracks.demo.data import DEMO_ACCOUNTS

    email = next(a["email"] for a in DEMO_ACCOUNTS if a["role"] == "member")
    users = get_user_model().objects
    first = users.get(email=email)
    others = users.filter(
        is_active=True, is_staff=False, terms_version=settings.TERMS_VERSION
    ).exclude(pk=first.pk)
    cookies = []
    for user in [first, *others.order_by("pk")[: count - 1]]:
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        cookies.append(
            f"sessionid={session.session_key}; {settings.CSRF_COOKIE_NAME}={_get_new_csrf_string()}"
        )
    return cookies


# The server -------------------------------------------------------------------------


@dataclass
class Server:
    process: subprocess.Popen
    port: int

    def stop(self) -> None:
        # The server runs in a process group of its own, started by us: stop that group.
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(self.process.pid, signal.SIGKILL)


def server_env(database_url: str, redis_url: str | None, var_dir: Path) -> dict:
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": SECRET_KEY,
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "0",
        "SECURE_HSTS_SECONDS": "0",
        "BENCH_BARE_VIEW": "1",
        "DATABASE_URL": database_url,
        "DATABASE_CONN_MAX_AGE": "600",
        "VAR_DIR": str(var_dir),
        "LOG_LEVEL": "WARNING",
        # Every signed-out user of the load test comes from one address, which the API's
        # per-address limit (1,200 reads an hour) exists to stop: measured without it.
        "RATE_LIMIT_API_READ": "100000000/h",
    }
    env.pop("REDIS_URL", None)
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def start_server(processes: int, threads: int, env: dict, port: int) -> Server:
    granian = shutil.which("granian", path=str(Path(sys.executable).parent)) or "granian"
    command = [
        granian,
        "--interface",
        "wsgi",
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        str(processes),
        "--blocking-threads",
        str(threads),
        "--backlog",
        "2048",
        "--no-ws",
        "--no-access-log",
        "creativetracks.wsgi:application",
    ]
    process = subprocess.Popen(command, env=env, cwd=ROOT, start_new_session=True)
    server = Server(process, port)
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://{HOST}:{port}{BARE}", timeout=2) as answer:
                if answer.status == 200:
                    return server
        except OSError:
            time.sleep(0.5)
    server.stop()
    raise SystemExit("The server did not answer within 90 s.")


def probe(port: int, path: str, cookie: str | None, times: int = 3) -> tuple[int, float]:
    """The status and median time (ms) of a few requests made one after the other."""
    timings, status = [], 0
    for _ in range(times):
        began = time.perf_counter()
        status = status_of(port, path, cookie)
        timings.append((time.perf_counter() - began) * 1000)
        if status != 200:
            break
    return status, sorted(timings)[len(timings) // 2]


def wait_until_idle(port: int, limit: float = 180.0) -> None:
    """Let the server finish what abandoned requests left queued before the next
    measurement: wait until the bare view answers quickly again."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        status, ms = probe(port, BARE, None, times=1)
        if status == 200 and ms < 200:
            return
        time.sleep(0.5)
    say(f"  (the server was still busy after {limit:.0f} s)")


def status_of(port: int, path: str, cookie: str | None) -> int:
    request = urllib.request.Request(f"http://{HOST}:{port}{path}")
    if cookie:
        request.add_header("Cookie", cookie)

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=REQUEST_TIMEOUT) as answer:
            answer.read()
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code
    except TimeoutError:
        return 0


# Runs --------------------------------------------------------------------------------


def run(config: str, args, targets, cookies, database_url) -> list[dict]:
    processes, cache = config.split(":")
    processes = int(processes)
    redis_url = args.redis if cache == "redis" else None
    if redis_url:
        import redis

        redis.Redis.from_url(redis_url).flushdb()
    var_dir = Path(tempfile.mkdtemp(prefix="ct-bench-load-"))
    env = server_env(database_url, redis_url, var_dir)
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        env=env,
        cwd=ROOT,
        check=True,
    )
    say(f"\n## {processes} app server process(es), {cache} cache (load {load_average()})\n")
    server = start_server(processes, args.threads, env, args.port)
    rows = []
    try:
        scenarios = [("bare Django view", BARE, None)]
        for name, path in targets:
            scenarios.append((name, path, None))
            scenarios.append((name, path, cookies))
        # Measured again at the end: the spread between the two shows how much the
        # shared machine moved during the run; ratios use their mean.
        scenarios.append(("bare Django view (again)", BARE, None))
        for name, path, session in scenarios:
            who = "signed in" if session else "signed out"
            status, single_ms = probe(args.port, path, session[0] if session else None)
            if status != 200:
                say(f"- {name} ({who}): {path} answered {status}, skipped")
                continue
            if single_ms > TOO_SLOW_MS:
                say(
                    f"- {name} ({who}): {single_ms:,.0f} ms for one request alone "
                    f"(load {load_average()}): too slow to load-test, skipped"
                )
                rows.append(
                    {
                        "run": config,
                        "page": name,
                        "signed_in": bool(session),
                        "path": path,
                        "too_slow_ms": single_ms,
                        "load": load_average(),
                    }
                )
                continue
            capacity = drive(args.port, path, session, args.users, args.seconds, args.warmup)
            load = load_average()
            wait_until_idle(args.port)
            paced = drive(args.port, path, session, args.users, args.seconds, 1.0, interval=1.0)
            wait_until_idle(args.port)
            row = {
                "run": config,
                "page": name,
                "signed_in": bool(session),
                "path": path,
                "rps": capacity.rps,
                "p50": capacity.percentile(50),
                "p95": capacity.percentile(95),
                "errors": capacity.errors,
                "client_cpu": capacity.client_cpu,
                "paced_rps": paced.rps,
                "paced_p50": paced.percentile(50),
                "paced_p95": paced.percentile(95),
                "paced_errors": paced.errors,
                "load": load,
                "single_ms": single_ms,
            }
            rows.append(row)
            say(
                f"- {name} ({'signed in' if session else 'signed out'}): {capacity.rps:.0f} req/s, "
                f"p95 {row['p95']:.0f} ms; paced {paced.rps:.0f} req/s p95 {row['paced_p95']:.0f} ms "
                f"(errors {capacity.errors}/{paced.errors}, client CPU {capacity.client_cpu:.0%}, "
                f"load {load})"
            )
    finally:
        server.stop()
        shutil.rmtree(var_dir, ignore_errors=True)
    return rows


def table(rows: list[dict], users: int) -> str:
    bares = [r["rps"] for r in rows if r["path"] == BARE and "rps" in r]
    bare = {"rps": sum(bares) / len(bares)} if bares else None
    lines = [
        f"| page | signed in | req/s ({users} users) | p50 ms | p95 ms | ratio to bare | "
        f"paced p95 ms ({users} req/s offered) | errors | client CPU | load (1/5/15 min) | "
        "≥ 40 % | paced p95 < 100 ms |",
        "|---|:-:|--:|--:|--:|--:|--:|--:|--:|---|:-:|:-:|",
    ]
    for r in rows:
        if "too_slow_ms" in r:
            lines.append(
                f"| {r['page']} | {'yes' if r['signed_in'] else 'no'} | not measured: "
                f"{r['too_slow_ms']:,.0f} ms for one request alone | | | | | | | {r['load']} "
                "| **no** | **no** |"
            )
            continue
        ratio = r["rps"] / bare["rps"] if bare and bare["rps"] else float("nan")
        lines.append(
            f"| {r['page']} | {'yes' if r['signed_in'] else 'no'} | {r['rps']:,.0f} | "
            f"{r['p50']:.1f} | {r['p95']:.1f} | {ratio:.0%} | {r['paced_p95']:.1f} | "
            f"{r['errors'] + r['paced_errors']} | {r['client_cpu']:.0%} | {r['load']} | "
            f"{'yes' if ratio >= 0.4 else '**no**'} | "
            f"{'yes' if r['paced_p95'] < 100 else '**no**'} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", DEFAULT_DATABASE))
    parser.add_argument("--redis", default=DEFAULT_REDIS, help="Redis for the 'redis' runs")
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--skip-seed", action="store_true")
    parser.add_argument(
        "--runs", default="1:local,2:redis", help="processes:cache[,…], cache local or redis"
    )
    parser.add_argument("--threads", type=int, default=1, help="blocking threads per process")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument(
        "--members-signed-in",
        type=int,
        default=50,
        help="different members the signed-in users are (one session each; 1: all the same)",
    )
    parser.add_argument("--seconds", type=float, default=6.0, help="timed seconds per measure")
    parser.add_argument("--warmup", type=float, default=1.5)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--only", default="", help="comma-separated page names to keep")
    parser.add_argument("--results", help="append the rows to this JSON-lines file")
    args = parser.parse_args()
    if "postgres" not in args.database_url:
        raise SystemExit("Run the load test on PostgreSQL (DATABASE_URL=postgres://…).")

    setup_django(args.database_url)
    prepare_data(args.members, args.skip_seed)
    targets = []
    for name, find in PAGES:
        if args.only and not any(word in name for word in args.only.split(",")):
            continue
        try:
            targets.append((name, find()))
        except Unavailable as reason:
            say(f"- {name}: not available yet ({reason})")
    cookies = member_session_cookies(args.members_signed_in)
    from django.db import connections

    connections.close_all()
    say(f"Pages: {', '.join(f'{n} {p}' for n, p in targets)}; machine load {load_average()}")

    all_rows = []
    for config in args.runs.split(","):
        rows = run(config, args, targets, cookies, args.database_url)
        all_rows += rows
        say("\n" + table(rows, args.users) + "\n")
        if args.results:
            with open(args.results, "a") as out:
                for row in rows:
                    out.write(json.dumps(row) + "\n")
    bare: dict[str, list[float]] = {}
    for r in all_rows:
        if r["path"] == BARE and "rps" in r:
            bare.setdefault(r["run"], []).append(r["rps"])
    say(
        "Bare view by run (start, end): "
        + "; ".join(f"{k}: {' / '.join(f'{x:,.0f}' for x in v)} req/s" for k, v in bare.items())
    )


if __name__ == "__main__":
    main()
