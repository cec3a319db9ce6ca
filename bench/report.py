"""Render bench/results.json as bench/REPORT.md (also `python -m bench.report [results.json]`).

`render(results)` assembles the key table (each target met or missed, computed here), the findings
(`report_findings`) and the detail sections (`report_sections`).
"""

# ruff: noqa: E501  (Markdown table rows are long lines by nature)

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from bench import BENCH_DIR
from bench.report_findings import findings
from bench.report_format import (
    TARGETS,
    _callback_failures,
    _calls,
    _chart_p95,
    _f,
    _get,
    _status,
)
from bench.report_sections import (
    dashboard_section,
    etl_section,
    load_section,
    peers_section,
    scaling_section,
    whatif_section,
)


def key_table(res: dict[str, Any]) -> list[str]:
    etl, peers = res.get("etl") or {}, res.get("peers") or {}
    ours, jio = _get(peers, "tools", "ours") or {}, _get(peers, "tools", "jionlp") or {}
    rows = ["| measure | result | target | status |", "|---|---|---|---|"]
    cli = etl.get("cli_wall_median")
    rows.append(
        f"| Bundled corpus build, `python -m etl build` wall (median of {len(etl.get('cli') or [])}, "
        f"interpreter start included) | {_f(cli)} s (in-process `build()`: {_f(etl.get('wall_seconds_median'), 3)} s) "
        f"| < {TARGETS['build']:.0f} s | {_status(None if cli is None else cli < TARGETS['build'])} |"
    )
    rows.append(
        f"| ETL throughput, bundled corpus (in-process, median of {etl.get('runs')}) | "
        f"{_f(etl.get('mb_per_s'))} MB/s, {_f(etl.get('mentions_per_s'), 0)} mentions/s | — | — |"
    )
    ratio = peers.get("speed_ratio_vs_jionlp")
    ours_mr, jio_mr = _get(ours, "money", "recall_strict"), _get(jio, "money", "recall_strict")
    if "error" in jio or ratio is None:
        rows.append(
            f"| Extraction vs JioNLP | {jio.get('error', 'not run')} | ≥ 10× faster, higher recall | not measured |"
        )
    else:
        goal = TARGETS["peer_speed"]
        rows.append(
            f"| Extraction speed vs JioNLP `extract_money` (same text) | per CPU second: ours "
            f"{_f(_get(ours, 'speed', 'mb_per_cpu_s'))} MB/s, JioNLP {_f(_get(jio, 'speed', 'mb_per_cpu_s'))} MB/s: "
            f"**{_f(ratio, 1)}×** (wall: {_f(_get(ours, 'speed', 'mb_per_s'))} vs {_f(_get(jio, 'speed', 'mb_per_s'))} MB/s, "
            f"{_f(peers.get('speed_ratio_wall_vs_jionlp'), 1)}×) | ≥ 10× | "
            f"{_status(ratio >= goal, f'{ratio / goal:.0%} of the target speed' if ratio < goal else '')} |"
        )
        rows.append(
            f"| Money recall vs gold (strict; value+unit+span) | ours {_f(ours_mr, 3)} "
            f"({_get(ours, 'money', 'found_strict')}/{_get(ours, 'money', 'gold_strict')}), precision {_f(_get(ours, 'money', 'precision'), 2)}; "
            f"JioNLP {_f(jio_mr, 3)} ({_get(jio, 'money', 'found_strict')}/{_get(jio, 'money', 'gold_strict')}), precision {_f(_get(jio, 'money', 'precision'), 2)} "
            f"| higher than JioNLP | {_status(None if ours_mr is None or jio_mr is None else ours_mr > jio_mr or ours_mr == 1.0 == jio_mr)} |"
        )
    for key, label, target in (
        ("dashboard_bundled", "bundled database", "cb_bundled"),
        ("dashboard_large", f"×{_get(res, 'dashboard_large', 'scale') or '?'} database", "cb_large"),
    ):
        http, disp, output = _chart_p95(res.get(key))
        worst = max((x for x in (http, disp) if x is not None), default=None)
        err = _get(res, key, "callbacks", "error") if isinstance(_get(res, key, "callbacks"), dict) else None
        goal = TARGETS[target]
        if err or worst is None:
            rows.append(
                f"| Chart callback p95, {label} | {err or 'not measured'} | < {goal:.0f} ms | not measured |"
            )
            continue
        rows.append(
            f"| Chart callback p95, {label} (worst chart callback `{output}`, {_calls(res.get(key))} calls in-process/HTTP) | "
            f"HTTP round trip {_f(http, 1)} ms, in-process dispatch {_f(disp, 1)} ms | < {goal:.0f} ms | "
            + _status(worst < goal, "" if worst < goal else f"{worst / goal:.1f}× the budget")
            + " |"
        )
        failures = _callback_failures(res.get(key))
        if failures:
            rows.append(
                f"| Callback failures seen while measuring ({label}) | {failures} | none | **missed** |"
            )
    lin = _get(res, "scaling", "linearity") or {}
    for key, val in lin.items():
        r = val["per_doc_ratio"]
        rows.append(
            f"| Linearity, per-document wall, {key} | {_f(r)}× (CPU time per document: {_f(val.get('cpu_per_doc_ratio'))}×; "
            f"marginal {_f(val['marginal_ms_per_document'], 1)} ms/doc) "
            f"| ≤ {TARGETS['linear']}× | {_status(r <= TARGETS['linear'])} |"
        )
    runs = [r for r in _get(res, "scaling", "runs") or [] if r.get("tree_peak_mb")]
    if runs:
        txt = "; ".join(
            f"×{r['scale']} w{r['workers']}: {_f(r['tree_peak_mb'], 0)} MB (largest process {_f(r['maxrss_mb'], 0)} MB)"
            for r in runs
        )
        big = max(runs, key=lambda r: (r["scale"], r["workers"]))
        ref = next((r for r in runs if r["scale"] == 100 and r["workers"] == big["workers"]), None)
        growth = big["tree_peak_mb"] / ref["tree_peak_mb"] if ref and big is not ref else None
        status = _status(
            None if growth is None else growth <= 1.5,
            None
            if growth is None
            else f"×{big['scale']} peak is {growth:.1f}× the ×100 peak for 10× the data",
        )
        rows.append(
            f"| Peak memory of the build (process tree) | {txt} | bounded (≤ 1.5× from ×100 to ×1000) | {status} |"
        )
    sp = _get(res, "scaling", "speedup") or {}
    if sp:
        rows.append(
            "| `--workers 2` speed-up vs `--workers 1` | "
            + ", ".join(f"{k}: {_f(v)}×" for k, v in sp.items())
            + f" (machine's parallel capacity: {_f(_get(res, 'environment', 'parallel_capacity_start', 'effective_cores'))} cores) | — | — |"
        )
    load = res.get("load") or {}
    if "p95_ms" in load:
        rows.append(
            f"| Load: {load['clients']} clients × {load['duration_s']} s on chart callbacks | "
            f"{load['requests']} requests, {load['throughput_rps']}/s, p50 {load['p50_ms']} ms, p95 {load['p95_ms']} ms, "
            f"errors {load['errors']} | 0 errors | {_status(load['errors'] == 0)} |"
        )
    elif load:
        rows.append(f"| Load | {load.get('error')} | 0 errors | not measured |")
    total = res.get("total_seconds")
    rows.append(
        f"| `make bench` wall | {_f(total, 0)} s | < {TARGETS['bench']:.0f} s | {_status(None if total is None else total < TARGETS['bench'])} |"
    )
    return rows


def render(res: dict[str, Any]) -> str:
    env = res.get("environment") or {}
    cap = env.get("parallel_capacity_start") or {}
    lines = [
        "# Benchmark report",
        "",
        f"Generated by `make bench` (`python -m bench{' --quick' if res.get('quick') else ''}`) on {res.get('started')}; "
        f"total {res.get('total_seconds')} s. Raw figures: `bench/results.json`. Python {env.get('python')}, "
        f"{env.get('cpus')} CPUs, DuckDB {env.get('duckdb')}, Dash {env.get('dash')}. Load average at start "
        f"{_f(_get(env, 'loadavg_start', 0))}, at end {_f(_get(res, 'loadavg_end', 0))}; two CPU-bound processes ran at "
        f"{_f(cap.get('effective_cores'))} cores' worth of speed at the start (other work on the machine lowers this and "
        "every figure below).",
        "",
        "## Key figures and targets",
        "",
        *key_table(res),
        "",
    ]
    lines += findings(res)
    lines += (
        etl_section(res)
        + whatif_section(res)
        + scaling_section(res)
        + peers_section(res)
        + dashboard_section(res)
        + load_section(res)
    )
    lines += [
        "## Section times",
        "",
        ", ".join(f"{k} {v} s" for k, v in (res.get("section_seconds") or {}).items()),
        "",
    ]
    return "\n".join(lines).rstrip() + "\n"


if __name__ == "__main__":
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else BENCH_DIR / "results.json"
    results = json.loads(source.read_text())
    (source.parent / "REPORT.md").write_text(render(results), encoding="utf-8")
