"""The dashboard as a real server: `python app.py` on a free loopback port, and its cold start."""

from __future__ import annotations

import json
import statistics
import subprocess
import time
from pathlib import Path
from typing import Any

from bench import OUT, PY, ROOT
from bench.measure import free_port, stop, wait_http


def start_server(db: Path, log_name: str) -> tuple[subprocess.Popen[bytes], str, float]:
    """Start `python app.py --db DB --port P` on 127.0.0.1; seconds until it first answers `/`."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    logs = OUT / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    with (logs / f"{log_name}.log").open("w") as log:
        start = time.perf_counter()
        proc = subprocess.Popen(
            [PY, "app.py", "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    ok = wait_http(base + "/", time.perf_counter() + 60, proc)
    elapsed = time.perf_counter() - start
    if not ok:
        stop(proc)
        raise RuntimeError(f"app.py did not answer within 60 s; see {logs / (log_name + '.log')}")
    return proc, base, elapsed


_COLD = """
import json, sys, time
t0 = time.perf_counter()
from dashboard.app import create_app
t1 = time.perf_counter()
app = create_app(sys.argv[1])
t2 = time.perf_counter()
client = app.server.test_client()
client.get("/_dash-layout"); client.get("/_dash-dependencies")
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "create_app": t2 - t1, "first_layout_and_deps": t3 - t2}))
"""


def cold_start(db: Path, runs: int = 3) -> dict[str, Any]:
    """Import + create_app in a fresh interpreter, and app.py's time to first HTTP answer."""
    inproc, server = [], []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(
            [PY, "-c", _COLD, str(db)], cwd=ROOT, capture_output=True, text=True, timeout=120
        )
        wall = time.perf_counter() - start
        if done.returncode != 0:
            return {"error": (done.stderr.strip().splitlines() or ["?"])[-1]}
        inproc.append({**json.loads(done.stdout.strip().splitlines()[-1]), "process_wall": wall})
    for i in range(runs):
        proc, _base, elapsed = start_server(db, f"cold-server-{db.stem}-{i}")
        stop(proc)
        server.append(elapsed)
    med = {k: statistics.median(r[k] for r in inproc) for k in inproc[0]}
    return {
        "runs": runs,
        "median": med,
        "all": inproc,
        "server_first_response_s": server,
        "server_first_response_median_s": statistics.median(server),
    }
