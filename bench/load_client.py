"""The load generator of bench/load.py: a small asyncio HTTP/1.1 client (keep-alive)
whose users send requests back to back (capacity) or one per interval (paced), and
the figures it collects. Talks to 127.0.0.1 only."""

import asyncio
import random
import time
from dataclasses import dataclass, field

HOST = "127.0.0.1"  # the load test never leaves this machine
REQUEST_TIMEOUT = 10.0  # seconds; a slower response counts as an error


@dataclass
class Measure:
    requests: int = 0
    errors: int = 0
    latencies: list[float] = field(default_factory=list)
    seconds: float = 0.0
    client_cpu: float = 0.0

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> float:
        if not self.latencies:
            return float("nan")
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] * 1000


async def _read_response(reader: asyncio.StreamReader) -> tuple[int, bool]:
    status_line = await reader.readline()
    if not status_line:
        raise ConnectionError("closed")
    status = int(status_line.split()[1])
    length, chunked, close = None, False, False
    while True:
        line = await reader.readline()
        if line in (b"\r\n", b"\n", b""):
            break
        name, _, value = line.decode("latin-1").partition(":")
        name, value = name.strip().lower(), value.strip().lower()
        if name == "content-length":
            length = int(value)
        elif name == "transfer-encoding" and "chunked" in value:
            chunked = True
        elif name == "connection" and value == "close":
            close = True
    if chunked:
        while True:
            size = int((await reader.readline()).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    elif length is not None:
        await reader.readexactly(length)
    else:
        await reader.read()
        close = True
    return status, close


async def _user(port, request, start, warm_until, stop_at, measure, interval):
    await asyncio.sleep(start)
    reader = writer = None
    next_at = time.perf_counter()
    while time.perf_counter() < stop_at:
        if writer is None:
            reader, writer = await asyncio.open_connection(HOST, port)
        began = time.perf_counter()
        try:
            writer.write(request)
            status, close = await asyncio.wait_for(_read_response(reader), REQUEST_TIMEOUT)
        except (ConnectionError, asyncio.IncompleteReadError, ValueError, TimeoutError):
            writer.close()
            writer = None
            measure.errors += time.perf_counter() >= warm_until
            continue
        done = time.perf_counter()
        # Every response completed inside the window counts (and its latency), so a
        # slow page still gets a throughput even when one request outlasts the warm-up.
        if warm_until <= done <= stop_at:
            measure.requests += 1
            measure.latencies.append(done - began)
            measure.errors += status != 200
        if close:
            writer.close()
            writer = None
        if interval:
            next_at += interval
            await asyncio.sleep(max(0.0, next_at - time.perf_counter()))
    if writer is not None:
        writer.close()


def _request(path: str, cookie: str | None) -> bytes:
    headers = [f"GET {path} HTTP/1.1", f"Host: {HOST}", "Accept: text/html,application/json"]
    headers.append("Accept-Language: en")
    if cookie:
        headers.append(f"Cookie: {cookie}")
    return ("\r\n".join(headers) + "\r\n\r\n").encode()


async def _drive(port, path, cookies, users, seconds, warmup, interval) -> Measure:
    """`cookies`: None (signed out) or one cookie per member, shared out among the users
    (user n is member n modulo their number)."""
    requests = [_request(path, c) for c in cookies] if cookies else [_request(path, None)]
    measure = Measure()
    now = time.perf_counter()
    warm_until = now + warmup
    stop_at = warm_until + seconds
    # Paced users start spread over one interval, so the offered load is even.
    starts = [random.uniform(0, interval) if interval else 0.0 for _ in range(users)]
    cpu = time.process_time()
    tasks = [
        asyncio.ensure_future(
            _user(port, requests[n % len(requests)], s, warm_until, stop_at, measure, interval)
        )
        for n, s in enumerate(starts)
    ]
    # Bounded: requests still running REQUEST_TIMEOUT after the end are abandoned.
    await asyncio.wait(tasks, timeout=warmup + seconds + REQUEST_TIMEOUT)
    for task in tasks:
        task.cancel()
    measure.seconds = seconds
    measure.client_cpu = (time.process_time() - cpu) / (seconds + warmup)
    return measure


def drive(port, path, cookie, users, seconds, warmup, interval=0.0) -> Measure:
    return asyncio.run(_drive(port, path, cookie, users, seconds, warmup, interval))
