"""Benchmark: build every weekly digest for N members with pending notifications.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ct_bench_digests \
        .venv/bin/python bench/digests.py --members 100000

Prints the time and peak memory to build all weekly digests (rendered emails written
to the outbox, notifications stamped) and the SQL queries per batch at two batch sizes.
Target: under 5 minutes on 2 cores, under 500 MB, queries per batch independent of size.
"""

import argparse
import multiprocessing
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "creativetracks.settings")
os.environ.setdefault("DEBUG", "1")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from creativetracks.notifications import digests  # noqa: E402
from creativetracks.notifications.models import DigestRun, Notification, OutboxEmail  # noqa: E402

EMAIL_DOMAIN = "bench-digests.example.org"
PER_MEMBER = 3


def load(members: int) -> None:
    User = get_user_model()
    existing = User.objects.filter(email__endswith="@" + EMAIL_DOMAIN).count()
    if existing >= members:
        return
    started = time.monotonic()
    zones = ["Europe/Lisbon", "Africa/Maputo", "Asia/Shanghai", "America/Sao_Paulo", "Europe/Paris"]
    for start in range(existing, members, 5000):
        stop = min(start + 5000, members)
        users = User.objects.bulk_create(
            User(
                email=f"m{n}@{EMAIL_DOMAIN}",
                display_name=f"Member {n}",
                password="!",
                time_zone=zones[n % len(zones)],
            )
            for n in range(start, stop)
        )
        if users[0].pk is None:
            users = list(User.objects.filter(email__in=[u.email for u in users]))
        Notification.objects.bulk_create(
            Notification(
                recipient_id=u.pk,
                kind="new_follower",
                text=f"Someone new follows you ({k})",
                url="/directory/",
                digest="weekly",
            )
            for u in users
            for k in range(PER_MEMBER)
        )
    print(
        f"loaded {members:,} members, {members * PER_MEMBER:,} notifications in {time.monotonic() - started:.1f} s"
    )


def reset() -> None:
    Notification.objects.filter(recipient__email__endswith="@" + EMAIL_DOMAIN).update(
        digested_at=None
    )
    DigestRun.objects.filter(user__email__endswith="@" + EMAIL_DOMAIN).delete()
    OutboxEmail.objects.filter(recipient__endswith="@" + EMAIL_DOMAIN).delete()


def build_batch(user_ids: list[int]) -> int:
    """One digest task, as a worker runs it."""
    return digests.send_digest_batch("weekly", user_ids, "2026-11-23")


def queries_per_batch(user_ids: list[int], size: int) -> int:
    with CaptureQueriesContext(connection) as captured:
        digests.send_digest_batch("weekly", user_ids[:size], "2026-11-23")
    return len(captured)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=100_000)
    parser.add_argument("--batch-size", type=int, default=digests.BATCH_SIZE)
    parser.add_argument(
        "--workers", type=int, default=2, help="Worker processes, as `run_worker` runs them."
    )
    args = parser.parse_args()
    call_command("migrate", verbosity=0)
    load(args.members)
    reset()
    ids = list(
        get_user_model()
        .objects.filter(email__endswith="@" + EMAIL_DOMAIN)
        .order_by("pk")
        .values_list("pk", flat=True)[: args.members]
    )
    small, large = queries_per_batch(ids, 50), queries_per_batch(ids[50:], 500)
    reset()
    batches = [
        ids[offset : offset + args.batch_size] for offset in range(0, len(ids), args.batch_size)
    ]
    connection.close()  # each worker process opens its own connection
    started = time.monotonic()
    with multiprocessing.get_context("fork").Pool(args.workers) as pool:
        emails = sum(pool.map(build_batch, batches, chunksize=1))
    elapsed = time.monotonic() - started
    peak_mb = (
        max(
            resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
        )
        / 1024
    )
    print(f"database: {connection.vendor}")
    print(
        f"members: {len(ids):,}  notifications: {len(ids) * PER_MEMBER:,}  batch size: {args.batch_size}, workers: {args.workers}"
    )
    print(
        f"weekly digests built and queued: {emails:,} in {elapsed:.1f} s ({emails / elapsed:.0f} per second)"
    )
    print(f"peak memory (max RSS of one process): {peak_mb:.0f} MB")
    print(f"SQL queries per batch: {small} with 50 members, {large} with 500 members")


if __name__ == "__main__":
    main()
