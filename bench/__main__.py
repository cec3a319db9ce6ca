"""`python -m bench [--quick]`: run every benchmark, write bench/results.json and bench/REPORT.md.

Sections run in order (ETL, profile, what-if experiments, peers, scaling, dashboard, load); each
one that fails is recorded with its reason and the rest still run. `--quick` is for development
(smaller corpora, fewer calls, a 5 s load, outputs under bench/out/); the committed REPORT.md
comes from a full run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import BENCH_DIR, OUT
from bench.measure import parallel_capacity


def _environment() -> dict[str, Any]:
    import dash
    import duckdb

    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
        "duckdb": duckdb.__version__,
        "dash": dash.__version__,
        "loadavg_start": os.getloadavg(),
        "parallel_capacity_start": parallel_capacity(),
    }


def _section(results: dict[str, Any], name: str, fn: Callable[[], Any]) -> None:
    start = time.perf_counter()
    print(f"[bench] {name} …", file=sys.stderr, flush=True)
    try:
        results[name] = fn()
    except Exception as exc:
        traceback.print_exc()
        results[name] = {"error": f"{type(exc).__name__}: {exc}"}
    results.setdefault("section_seconds", {})[name] = round(time.perf_counter() - start, 2)
    print(f"[bench] {name}: {results['section_seconds'][name]} s", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small corpora, fewer calls, 5 s load")
    parser.add_argument("--full", action="store_true", help="also build ×1000 with --workers 1 (+3 min)")
    parser.add_argument(
        "--skip",
        action="append",
        default=[],
        help="skip a section: etl, profile, whatif, peers, scaling, dashboard, load",
    )
    parser.add_argument("--results", type=Path, default=None, help="default: bench/results.json (full run)")
    parser.add_argument("--report", type=Path, default=None, help="default: bench/REPORT.md (full run)")
    args = parser.parse_args(argv)
    quick = args.quick
    default_dir = OUT if quick else BENCH_DIR
    results_path = args.results or default_dir / "results.json"
    report_path = args.report or default_dir / "REPORT.md"
    OUT.mkdir(parents=True, exist_ok=True)

    from bench import dashboard_bench, etl_bench, load, peers, report, whatif

    started = time.perf_counter()
    results: dict[str, Any] = {"quick": quick, "started": time.strftime("%Y-%m-%d %H:%M:%S")}
    _section(results, "environment", _environment)
    skip = set(args.skip)
    if "etl" not in skip:
        _section(results, "etl", lambda: etl_bench.bundled(runs=3 if quick else 7))
    if "profile" not in skip:
        _section(results, "profile", lambda: etl_bench.profile(10))
    if "whatif" not in skip:
        _section(results, "whatif", whatif.run)
    if "peers" not in skip:
        _section(results, "peers", lambda: peers.run(repeats=5 if quick else 15))
    scales = [10, 100] if quick else [10, 100, 1000]
    workers = {10: [1, 2], 100: [1, 2], 1000: [1, 2] if args.full else [2]}
    if "scaling" not in skip:
        _section(results, "scaling", lambda: etl_bench.scaling(scales, workers))
    bundled_db = OUT / "db" / "bundled.duckdb"
    big_db = OUT / "db" / f"x{max(scales)}.duckdb"
    calls = 50 if quick else 200
    if "dashboard" not in skip:
        if not bundled_db.exists():
            etl_bench.build_cli(etl_bench.REPORTS, 1, "bundled", keep=True)
        _section(
            results,
            "dashboard_bundled",
            lambda: dashboard_bench.run(bundled_db, "bundled", calls, budget=10.0),
        )
        if big_db.exists():
            # The large database gets smaller time budgets: its page renders take seconds each.
            _section(
                results,
                "dashboard_large",
                lambda: {
                    **dashboard_bench.run(
                        big_db, f"x{max(scales)}", calls, cold_runs=1, budget=5.0, max_links=2, loads=3
                    ),
                    "scale": max(scales),
                },
            )
    if "load" not in skip:
        _section(results, "load", lambda: load.load_against_app(bundled_db, 20, 5 if quick else 30))
    results["loadavg_end"] = os.getloadavg()
    results["total_seconds"] = round(time.perf_counter() - started, 1)
    results_path.write_text(json.dumps(results, indent=1, ensure_ascii=False, default=str) + "\n")
    report_path.write_text(report.render(results), encoding="utf-8")
    print(f"[bench] wrote {results_path} and {report_path} in {results['total_seconds']} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
