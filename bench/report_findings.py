"""The benchmark report's findings: for each target, met or missed, by how much, and why, from this run.

Every sentence is computed from results.json: a verdict compares a figure with `TARGETS`, and a
"why" decomposes the measured time or memory (stages, callback builders, transport, processes,
sections). Nothing here names a cause, or a change to make, that the figures of the run do not show;
a section that was not run (or an older results.json without a field) leaves its finding out.
"""

# ruff: noqa: E501  (Markdown sentences are long lines by nature)

from __future__ import annotations

from typing import Any

from bench.report_dash_findings import dashboard_findings
from bench.report_format import TARGETS, _budget, _f, _get

MEMORY_GROWTH = 1.5  # largest scale's peak / ×100 peak: "bounded" at or below this


def _build(res: dict[str, Any]) -> list[str]:
    etl = res.get("etl") or {}
    st, wall, cli = (
        etl.get("stage_seconds_median"),
        etl.get("wall_seconds_median"),
        etl.get("cli_wall_median"),
    )
    if not st or not wall or cli is None:
        return []
    goal = TARGETS["build"]
    top = max(st, key=lambda k: st[k])
    text = f"- **Bundled build: {cli:.2f} s against < {goal:.0f} s ({_budget(cli, goal, 's', 2)}).**"
    imp = etl.get("python_import_etl_pipeline_wall")
    if imp is not None:
        text += f" Starting Python and importing `etl.pipeline` is {imp:.2f} s of it ({imp / cli:.0%});"
    text += f" the build itself takes {wall:.3f} s in-process: the largest stage is `{top}` ({st[top] / wall:.0%})"
    other = etl.get("other_seconds_median")
    if other is not None:
        text += (
            f", and {other / wall:.0%} is outside the per-document stages (connect, schema, catalog, "
            "checkpoint, read-back)"
        )
    return [text + "."]


def _profile(res: dict[str, Any]) -> list[str]:
    prof = res.get("profile") or {}
    ss = prof.get("stage_seconds")
    if not ss:
        return []
    total = sum(ss.values()) or 1.0
    own = [f for f in prof.get("top_functions") or [] if f["function"].startswith("etl/")][:3]
    text = (
        f"- **Where ETL time goes at scale** ({prof.get('corpus')} profile, stage sums): "
        + ", ".join(f"{k} {v / total:.0%}" for k, v in sorted(ss.items(), key=lambda kv: -kv[1]))
        + "."
    )
    if own:
        text += " Heaviest ETL functions by own time: " + ", ".join(
            f"`{f['function']}` {f['tottime']:.2f} s ({f['calls']:,} call{'s' * (f['calls'] != 1)})"
            for f in own
        )
        text += "."
    return [text]


def _whatif(res: dict[str, Any]) -> list[str]:
    done = [e for e in (res.get("whatif") or {}).values() if isinstance(e, dict) and "speedup" in e]
    if not done:
        return []
    return [
        "- **Proposed changes, measured by patching in-process:** "
        + "; ".join(
            f"`{e.get('change')}` ({e.get('measure')}): {e['before_s']:.4f} → {e['after_s']:.4f} s, "
            f"**{e['speedup']:.2f}×**, output {'identical' if e.get('identical_output') else '**differs**'}"
            for e in done
        )
        + "."
    ]


def _peers(res: dict[str, Any]) -> list[str]:
    peers = res.get("peers") or {}
    ratio = peers.get("speed_ratio_vs_jionlp")
    ours, jio = _get(peers, "tools", "ours") or {}, _get(peers, "tools", "jionlp") or {}
    if ratio is None or "error" in jio:
        return []
    goal = TARGETS["peer_speed"]
    per_cpu = (
        _get(ours, "speed", "mb_per_cpu_s") is not None and _get(jio, "speed", "mb_per_cpu_s") is not None
    )
    verdict = (
        f"met, {ratio / goal:.0%} of the target"
        if ratio >= goal
        else f"missed: {ratio / goal:.0%} of the target, {goal / ratio:.2f}× short"
    )
    wall = peers.get("speed_ratio_wall_vs_jionlp")
    basis = f"per CPU second (wall: {_f(wall, 1)}×)" if per_cpu else "in wall time"
    text = (
        f"- **Extraction vs JioNLP: {ratio:.1f}× its throughput {basis}, against ≥ {goal:.0f}× ({verdict}).**"
    )
    if ours.get("implementation"):
        text += f" Extractor run: {ours['implementation']}"
        python_speed = _get(ours, "as_python", "speed", "mb_per_cpu_s")
        jio_speed = _get(jio, "speed", "mb_per_cpu_s")
        if python_speed and jio_speed:
            text += (
                f"; as Python (UNODC_PURE_PYTHON=1, the same code uncompiled) it does {python_speed:.1f} MB/s "
                f"per CPU second, {python_speed / jio_speed:.1f}× JioNLP"
            )
        text += "."
    om, jm = ours.get("money") or {}, jio.get("money") or {}
    if om.get("recall_strict") is not None and jm.get("recall_strict") is not None:
        cmp = {1: "higher", 0: "the same", -1: "lower"}
        r = (om["recall_strict"] > jm["recall_strict"]) - (om["recall_strict"] < jm["recall_strict"])
        p = (om.get("precision", 0) > jm.get("precision", 0)) - (
            om.get("precision", 0) < jm.get("precision", 0)
        )
        text += (
            f" Money recall (strict) is {cmp[r]} ({om['recall_strict']:.3f} vs {jm['recall_strict']:.3f}) and "
            f"precision {cmp[p]} ({_f(om.get('precision'))} vs {_f(jm.get('precision'))})."
        )
    if jio.get("items") is not None and ours.get("mentions") is not None:
        text += (
            f" The two do different amounts of work on the same text: `extract_money` returned "
            f"{jio['items']} money items, ours {ours['mentions']} mentions of every kind (counts, money, "
            "percentages, mass) with qualifier, counted noun and exact span."
        )
    an = (res.get("whatif") or {}).get("extractor_anatomy") or {}
    ext, scan = an.get("extract_s"), an.get("scan_only_s")
    cands = an.get("candidates", an.get("candidates_with_unit_after"))
    if ext and scan is not None:
        text += (
            f" Per pass over the 5 reports extract() takes {ext * 1000:.1f} ms: the candidate scan "
            f"{scan * 1000:.1f} ms ({scan / ext:.0%}), the grammar and mention objects "
            f"{(ext - scan) * 1000:.1f} ms ({1 - scan / ext:.0%})"
            + (
                f" for {cands:,} candidates, of which {an['mentions']} become mentions"
                if cands and an.get("mentions")
                else ""
            )
            + "."
        )
        if ratio < goal:
            text += (
                f" At the same JioNLP speed, {goal:.0f}× needs about {ext * ratio / goal * 1000:.2f} ms per pass, "
                f"{(ext - ext * ratio / goal) * 1000:.2f} ms less"
                + (
                    "; the scan alone already takes more than that budget"
                    if scan >= ext * ratio / goal
                    else ""
                )
                + "."
                " That time goes to work `extract_money` does not do: the counted noun, qualifiers"
                " before and after the number, the exclusions (ordinals, symbols, footnote markers,"
                " durations) and numbers or unit words cut by a PDF line break; none of it is dropped"
                " to reach the ratio."
            )
    return [text]


def _scaling(res: dict[str, Any]) -> list[str]:
    sc = res.get("scaling") or {}
    runs = [r for r in sc.get("runs") or [] if r.get("documents")]
    if not runs:
        return []
    lin = sc.get("linearity") or {}
    worst_key = max(lin, key=lambda k: lin[k]["per_doc_ratio"], default=None)
    goal = TARGETS["linear"]
    if worst_key is None:
        text = "- **Scaling in time: not compared** (one corpus size only)"
    else:
        worst = lin[worst_key]["per_doc_ratio"]
        text = (
            f"- **Scaling in time: {'linear' if worst <= goal else 'not linear'}** (worst per-document wall ratio "
            f"{worst:.2f}×, {worst_key}; target ≤ {goal}×"
            + ("" if worst <= goal else f": missed by {worst - goal:.2f}×")
            + ")"
        )
    big = max(runs, key=lambda r: (r["scale"], r["workers"]))
    ref = next((r for r in runs if r["scale"] == 100 and r["workers"] == big["workers"]), None)
    if not ref or ref is big or not ref.get("tree_peak_mb") or not big.get("tree_peak_mb"):
        return [text + "; peak memory not compared (needs a ×100 and a larger build with the same workers)."]
    growth = big["tree_peak_mb"] / ref["tree_peak_mb"]
    data = big["scale"] / ref["scale"]
    mem = (
        f"the ×{big['scale']} build (w{big['workers']}) peaks at {big['tree_peak_mb']:,.0f} MB, "
        f"{growth:.2f}× the ×100 peak of {ref['tree_peak_mb']:,.0f} MB for {data:.0f}× the data"
    )
    if growth <= MEMORY_GROWTH:
        return [text + f"; **memory is bounded**: {mem} (target ≤ {MEMORY_GROWTH}×: met)."]
    text += (
        f"; **memory is not bounded**: {mem} (target ≤ {MEMORY_GROWTH}×: missed by "
        f"{big['tree_peak_mb'] - MEMORY_GROWTH * ref['tree_peak_mb']:,.0f} MB)."
    )
    if big.get("maxrss_mb") and ref.get("maxrss_mb"):
        rise = big["tree_peak_mb"] - ref["tree_peak_mb"]
        own = big["maxrss_mb"] - ref["maxrss_mb"]
        text += (
            f" The largest single process goes from {ref['maxrss_mb']:,.0f} to {big['maxrss_mb']:,.0f} MB"
            + (f", {own / rise:.0%} of the tree's rise" if rise > 0 else "")
            + (
                f", while the database grows from {ref['db_mb']:,.0f} to {big['db_mb']:,.0f} MB"
                if ref.get("db_mb") and big.get("db_mb")
                else ""
            )
            + "."
        )
    return [text]


def _workers(res: dict[str, Any]) -> list[str]:
    sc = res.get("scaling") or {}
    sp = sc.get("speedup") or {}
    if not sp:
        return []
    caps = {k: v.get("effective_cores") for k, v in (sc.get("parallel_capacity_before") or {}).items()}
    runs = {(f"x{r['scale']}", r["workers"]): r for r in sc.get("runs") or [] if r.get("documents")}
    parts = []
    for key, s in sp.items():
        part = f"{key} {s:.2f}×"
        cap = caps.get(key)
        if cap:
            part += f" with {cap:.2f} cores' worth of speed available (speed-up / available: {s / cap:.0%})"
        one, two = runs.get((key, 1)), runs.get((key, 2))
        if one and two and one.get("cpu_ms_per_document") and two.get("cpu_ms_per_document"):
            extra = two["cpu_ms_per_document"] / one["cpu_ms_per_document"] - 1
            part += (
                f", CPU per document {one['cpu_ms_per_document']:.1f} → {two['cpu_ms_per_document']:.1f} ms "
                f"({extra:+.0%})"
            )
        parts.append(part)
    best = max(sp.values())
    return [
        f"- **`--workers 2` vs `--workers 1`: {best:.2f}× at best** (no target): "
        + "; ".join(parts)
        + ". Available speed is that of two CPU-bound processes, measured just before each corpus's builds; "
        "other work on the machine lowers it and every figure here."
    ]


def _wall(res: dict[str, Any]) -> list[str]:
    total = res.get("total_seconds")
    if total is None:
        return []
    goal = TARGETS["bench"]
    secs = {k: v for k, v in (res.get("section_seconds") or {}).items() if isinstance(v, int | float)}
    top = sorted(secs.items(), key=lambda kv: -kv[1])[:2]
    text = f"- **`python -m bench{' --quick' if res.get('quick') else ''}` took {total:.0f} s** (budget {goal:.0f} s for the full run: {_budget(total, goal, 's')})"
    if top:
        text += "; the longest sections: " + ", ".join(f"{k} {v:.0f} s ({v / total:.0%})" for k, v in top)
    return [text + "."]


def findings(res: dict[str, Any]) -> list[str]:
    """Why each target is met or missed, from the figures of this run."""
    out = ["## Findings: where the time goes, and why each target is met or missed", ""]
    out += _build(res) + _profile(res) + _whatif(res) + _peers(res) + _scaling(res) + _workers(res)
    out += dashboard_findings(res) + _wall(res)
    if len(out) == 2:
        out.append("No section with a target was run.")
    return [*out, ""]
