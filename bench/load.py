"""Bounded load test: N concurrent clients POST the chart callbacks of a running app for T seconds.

    python -m bench.load --db bench/out/db/bundled.duckdb [--clients 20] [--duration 30]

Starts `python app.py` on 127.0.0.1 (loopback only; a free port), discovers the chart callbacks
(those with a `figure` output) from `create_app(db)`, then runs `--clients` threads, each with its
own HTTP session, posting `/_dash-update-component` with varied inputs back to back. It stops by
itself after `--duration` seconds or `--max-requests` requests, stops the server it started, prints
p50/p95 latency and the error count (non-2xx, timeouts, connection errors), and exits 1 on errors.
"""

from __future__ import annotations

import argparse
import json
import sys
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from bench.dashboard_timing import answered
from bench.measure import percentile, stop

LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def run_load(
    base: str,
    payloads: list[dict[str, Any]],
    clients: int = 20,
    duration: float = 30.0,
    max_requests: int = 200_000,
    timeout: float = 10.0,
) -> dict[str, Any]:
    """Closed-loop load: each client sends its next request as soon as the previous one returns."""
    import requests

    if urlparse(base).hostname not in LOOPBACK:
        raise ValueError(f"load tests target loopback only, not {base}")
    if not payloads:
        raise ValueError("no chart callbacks to drive")
    url = base + "/_dash-update-component"
    lock = threading.Lock()
    latencies: list[float] = []
    errors: dict[str, int] = {}
    sent = 0
    deadline = time.perf_counter() + duration

    def client(k: int) -> None:
        nonlocal sent
        i = k
        with requests.Session() as session:
            while time.perf_counter() < deadline:
                with lock:
                    if sent >= max_requests:
                        return
                    sent += 1
                payload = payloads[i % len(payloads)]
                i += clients
                start = time.perf_counter()
                try:
                    response = session.post(url, json=payload, timeout=timeout)
                    error = (
                        None
                        if answered(response.status_code, response.content)
                        else f"HTTP {response.status_code}"
                    )
                    if error == "HTTP 200":
                        error = "HTTP 200 without outputs (the callback raised; the app's on_error answered)"
                except requests.RequestException as exc:
                    error = type(exc).__name__
                elapsed = time.perf_counter() - start
                with lock:
                    latencies.append(elapsed)
                    if error:
                        errors[error] = errors.get(error, 0) + 1

    threads = [threading.Thread(target=client, args=(k,), daemon=True) for k in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(duration + timeout + 5)
    wall = time.perf_counter() - start
    ms = [x * 1000 for x in latencies]
    return {
        "clients": clients,
        "duration_s": round(wall, 2),
        "requests": len(ms),
        "throughput_rps": round(len(ms) / wall, 1),
        "p50_ms": round(percentile(ms, 50), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "max_ms": round(max(ms), 1) if ms else None,
        "errors": sum(errors.values()),
        "error_kinds": errors,
    }


def chart_payloads(db: Path, n: int = 200) -> tuple[list[dict[str, Any]], list[str]]:
    """Varied request bodies for every chart callback of `create_app(db)`."""
    from bench.dashboard_discover import discover
    from dashboard.app import create_app

    specs, _notes, _paths = discover(create_app(db))
    charts = [s for s in specs if s.is_chart]
    return [s.payload(i) for i in range(n) for s in charts], [s.output for s in charts]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--duration", type=float, default=30.0)
    parser.add_argument("--max-requests", type=int, default=200_000)
    parser.add_argument("--json", type=Path, help="also write the result here")
    args = parser.parse_args(argv)
    result = load_against_app(args.db, args.clients, args.duration, args.max_requests)
    print(
        f"load: {result['clients']} clients × {result['duration_s']} s on {', '.join(result['callbacks'])}: "
        f"{result['requests']} requests ({result['throughput_rps']}/s), p50 {result['p50_ms']} ms, "
        f"p95 {result['p95_ms']} ms, errors {result['errors']}"
    )
    if args.json:
        args.json.write_text(json.dumps(result, indent=1))
    return 1 if result["errors"] else 0


def load_against_app(
    db: Path, clients: int = 20, duration: float = 30.0, max_requests: int = 200_000
) -> dict[str, Any]:
    """Start the app on a free loopback port, run the load, stop the app."""
    from bench.dashboard_server import start_server

    payloads, outputs = chart_payloads(db)
    proc, base, _ = start_server(db, f"load-{db.stem}")
    try:
        result = run_load(base, payloads, clients, duration, max_requests)
    finally:
        stop(proc)
    return {**result, "callbacks": outputs, "db": str(db)}


if __name__ == "__main__":
    sys.exit(main())
