"""Dashboard benchmarks on one database: cold start, callback latency, time to first chart.

`run(db, label)` is what `python -m bench` calls; the parts live in their own modules:

- `dashboard_discover`: the app's server-side callbacks and realistic inputs, found by simulating
  page loads (the root and every in-app link) through Flask's test client;
- `dashboard_timing`: each callback called directly, through Dash's dispatch, and (chart callbacks)
  over HTTP, with the `dashboard.*` builders' share of the time;
- `dashboard_server`: `python app.py` on a free loopback port, and cold start in a fresh interpreter;
- `dashboard_browser`: time to the first chart drawn with data in headless Chromium.

Each part fails alone and records its reason; the results' keys are read by `bench/report*.py`.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from bench.dashboard_browser import first_chart_bounded
from bench.dashboard_discover import LAST_PAGE_LOADS, discover
from bench.dashboard_server import cold_start, start_server
from bench.dashboard_timing import BUDGET_S, http_callbacks, measure_callbacks
from bench.measure import stop


def run(
    db: Path,
    label: str,
    calls: int = 200,
    browser: bool = True,
    cold_runs: int = 3,
    budget: float = BUDGET_S,
    max_links: int = 12,
    loads: int = 5,
) -> dict[str, Any]:
    """Every dashboard measurement on one database; each part fails alone, with its reason.

    The app's own error log is silenced here (failures are counted instead)."""
    logging.getLogger("dashboard").setLevel(logging.CRITICAL)
    out: dict[str, Any] = {"db": str(db), "db_mb": db.stat().st_size / 2**20, "budget_s": budget}
    if cold_runs:
        try:
            out["cold_start"] = cold_start(db, cold_runs)
        except Exception as exc:
            out["cold_start"] = {"error": f"{type(exc).__name__}: {exc}"}
    try:
        from dashboard.app import create_app

        app = create_app(db)
        specs, notes, graph_paths = discover(app, max_links)
        out["discovered"] = {
            "callbacks": [s.output for s in specs],
            "notes": notes,
            "graph_paths": graph_paths,
        }
        # The first simulated loads include reading the database into the app's cache: load again.
        discover(app, max_links)
        out["page_loads"] = list(LAST_PAGE_LOADS)
        out["callbacks"] = measure_callbacks(app, specs, calls, budget)
    except Exception as exc:
        out["callbacks"] = {"error": f"{type(exc).__name__}: {exc}"}
        return out
    try:
        proc, base, _ = start_server(db, f"server-{label}")
    except Exception as exc:
        out["http"] = {"error": str(exc)}
        return out
    try:
        out["http"] = http_callbacks(base, specs, calls, budget)
        if browser:
            try:
                # The root page last: on a large database it is the one that can hang Chromium.
                paths = sorted(graph_paths or ["/"], key=lambda p: p == "/")
                out["browser"] = first_chart_bounded(base, paths, loads)
            except Exception as exc:
                out["browser"] = {"error": f"{type(exc).__name__}: {str(exc).splitlines()[0]}"}
    finally:
        stop(proc)
    return out
