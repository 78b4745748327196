"""What a request served from the caches costs, in-process: the pages of bench/load.py
called through Django's WSGI handler (no server, no HTTP client) with Redis as cache and
session store, as in production, signed out and signed in.

    .venv/bin/python bench/hits.py                         # every page, 2,000 calls each
    .venv/bin/python bench/hits.py --only event,API --profile API

Uses bench/pages.py's SQLite seed (run `bench/pages.py` once first) and the Redis
database `--redis` (flushed). Prints the mean time per call and whether the page came
from the cache; `--profile NAME` prints the cProfile of the signed-in calls of that page.
"""

import argparse
import cProfile
import io
import os
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
VAR = ROOT / "var" / "bench-pages"


def setup(redis_url: str) -> None:
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{VAR / 'pages.sqlite3'}")
    os.environ["DJANGO_SETTINGS_MODULE"] = "creativetracks.settings"
    os.environ.update(
        DEBUG="0",
        SECRET_KEY="bench-pages-secret-key-not-for-production-0123456789",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="0",
        VAR_DIR=str(VAR),
        LOG_LEVEL="ERROR",
        REDIS_URL=redis_url,
        MEMBER_PAGE_CACHE_SECONDS="30",
        BENCH_BARE_VIEW="1",
        RATE_LIMIT_API_READ="1000000/h",
    )
    import django

    django.setup()
    from django.core.cache import cache

    cache.clear()


def caller():
    from django.core.handlers.wsgi import WSGIHandler

    handler = WSGIHandler()

    def call(path: str, cookie: str):
        path_info, _, query = path.partition("?")
        environ = {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": path_info,
            "QUERY_STRING": query,
            "SCRIPT_NAME": "",
            "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "8000",
            "HTTP_HOST": "127.0.0.1:8000",
            "HTTP_ACCEPT": "text/html",
            "HTTP_ACCEPT_LANGUAGE": "en",
            "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(b""),
            "wsgi.errors": sys.stderr,
        }
        if cookie:
            environ["HTTP_COOKIE"] = cookie
        started = []
        body = handler(environ, lambda status, headers, exc=None: started.append(headers))
        content = b"".join(body)
        body.close()
        return dict(started[0]), content

    return call


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/9")
    parser.add_argument("--calls", type=int, default=2000)
    parser.add_argument("--only", default="", help="pages whose name contains one of these")
    parser.add_argument("--profile", default="", help="cProfile the signed-in calls of this page")
    args = parser.parse_args()
    setup(args.redis)
    import load

    call = caller()
    cookie = load.member_session_cookies(1)[0]
    pages = [("bare", load.BARE)] + [(name, find()) for name, find in load.PAGES]
    wanted = [w for w in args.only.split(",") if w]
    print("| page | signed in | ms per call | from the cache | bytes |")
    print("|---|:-:|--:|:-:|--:|")
    for name, path in pages:
        if wanted and not any(w in name for w in wanted):
            continue
        for signed_in, sent in (("no", ""), ("yes", cookie)):
            for _ in range(5):
                headers, content = call(path, sent)
            if args.profile and args.profile in name and sent:
                profiler = cProfile.Profile()
                profiler.enable()
                for _ in range(args.calls):
                    call(path, sent)
                profiler.disable()
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
            started = time.perf_counter()
            for _ in range(args.calls):
                call(path, sent)
            ms = (time.perf_counter() - started) / args.calls * 1000
            cached = headers.get("X-Page-Cache", "list" if "api" in path else "")
            print(f"| {name} | {signed_in} | {ms:.3f} | {cached} | {len(content)} |", flush=True)


if __name__ == "__main__":
    main()
