"""The benchmark report's detail sections: ETL, what-if, scaling, peers, dashboard, load."""

# ruff: noqa: E501  (Markdown table rows are long lines by nature)

from __future__ import annotations

from typing import Any

from bench.report_format import (
    _f,
    _get,
)


def etl_section(res: dict[str, Any]) -> list[str]:
    etl = res.get("etl") or {}
    if "error" in etl or not etl:
        return ["## ETL throughput", "", f"Not measured: {etl.get('error', 'skipped')}", ""]
    st = etl["stage_seconds_median"]
    wall = etl["wall_seconds_median"]
    lines = [
        "## ETL throughput (bundled corpus)",
        "",
        f"{etl['documents']} reports, {etl['bytes'] / 1e3:,.0f} KB of UTF-8 ({etl['chars']:,} characters), "
        f"{etl['mentions']} mentions, {etl['observations']} observations. `etl.pipeline.build(workers=1)` in a warm "
        f"process, median of {etl['runs']} runs after one warm-up run (first run: {etl['first_build_seconds']:.3f} s): "
        f"**{wall:.3f} s = {etl['mb_per_s']:.2f} MB/s, {etl['mentions_per_s']:,.0f} mentions/s**. "
        f"The CLI (`python -m etl build --workers 1`, new interpreter each time) takes {etl['cli_wall_median']:.2f} s, "
        f"of which importing `etl.pipeline` alone is {etl['python_import_etl_pipeline_wall']:.2f} s.",
        "",
        "| stage | seconds (median) | share of build |",
        "|---|---|---|",
    ]
    for stage, secs in st.items():
        lines.append(f"| {stage} | {secs:.4f} | {secs / wall:.0%} |")
    lines.append(
        f"| other (connect, schema, catalog, checkpoint, GC, bookkeeping) | {etl['other_seconds_median']:.4f} | "
        f"{etl['other_seconds_median'] / wall:.0%} |"
    )
    lines += [
        "",
        "`segment` includes metadata (language, title, year, coverage), which the pipeline times with it.",
        "",
    ]
    prof = res.get("profile") or {}
    if prof and "error" not in prof:
        lines += [
            f"### Profile (cProfile, one build of the {prof['corpus']} corpus, {prof['documents']} documents, "
            f"{prof['profiled_seconds']:.2f} s of own time)",
            "",
            "| module | own time (s) | share |",
            "|---|---|---|",
        ]
        for mod, t in list(prof["by_module"].items())[:12]:
            lines.append(f"| `{mod}` | {t:.3f} | {t / prof['profiled_seconds']:.0%} |")
        lines += ["", "| function | own (s) | cumulative (s) | calls |", "|---|---|---|---|"]
        for fn in prof["top_functions"][:15]:
            lines.append(
                f"| `{fn['function']}` | {fn['tottime']:.3f} | {fn['cumtime']:.3f} | {fn['calls']:,} |"
            )
        lines += ["", "Full listing: `bench/out/profile.txt`.", ""]
    return lines


def whatif_section(res: dict[str, Any]) -> list[str]:
    w = res.get("whatif")
    if not w:
        return []
    proposals = [(name, e) for name, e in w.items() if isinstance(e, dict) and name != "extractor_anatomy"]
    lines = ["## What-if: proposed changes, measured", ""]
    if proposals:
        lines += [
            "Each change below is to a file this bench does not own; `bench/whatif.py` applies it by patching "
            "in-process only, times before/after (best of several runs) and checks the output is identical.",
            "",
            "| change | where it matters | before (s) | after (s) | speed-up | identical output |",
            "|---|---|---|---|---|---|",
        ]
        for name, e in proposals:
            if "error" in e or "skipped" in e:
                lines.append(f"| {name} | {e.get('error') or e.get('skipped')} | | | | |")
                continue
            lines.append(
                f"| {e['doc']} Proposed: `{e['change']}` | {e['measure']} | {e['before_s']:.4f} | "
                f"{e['after_s']:.4f} | **{e['speedup']:.2f}×** | {'yes' if e['identical_output'] else '**no**'} |"
            )
        lines.append("")
    else:
        lines += ["No open proposals: the ones measured by earlier runs are in the code.", ""]
    e = w.get("extractor_anatomy") or {}
    if "extract_s" in e and "scan_only_s" in e:
        chars = f" over {e['characters']:,} characters" if "characters" in e else ""
        cands = e.get("candidates", e.get("candidates_with_unit_after"))
        lines += [
            f"Extractor anatomy ({e.get('measure')}): extract() {e['extract_s'] * 1000:.1f} ms per pass{chars}, "
            f"of which the candidate scan alone (skip regex + candidate match) {e['scan_only_s'] * 1000:.1f} ms"
            + (
                f"; the grammar runs on the {cands:,} candidates the scan hands over and keeps "
                f"{e.get('mentions')} mentions."
                if cands is not None
                else "."
            ),
            "",
        ]
    return lines


def scaling_section(res: dict[str, Any]) -> list[str]:
    sc = res.get("scaling") or {}
    if not sc or "error" in sc:
        return ["## Scaling", "", f"Not measured: {sc.get('error', 'skipped')}", ""]
    lines = [
        "## Scaling (synthetic corpora)",
        "",
        "`bench.corpus` replicates the five reports N times (seeded): every year is shifted by a per-copy "
        "offset and the digits of numbers before a quantity cue are redrawn (same length, so structure and "
        "offsets are unchanged and every file has distinct bytes). Each build is `python -m etl build "
        "--workers W` as a subprocess; peak memory is the sampled (20 Hz) RSS sum of the process tree "
        "(main + pool workers) and `ru_maxrss` of the largest single process.",
        "",
        "| corpus | docs | MB | workers | wall (s) | ms/doc | CPU ms/doc | MB/s | mentions | peak tree RSS (MB) | largest process (MB) | DB (MB) |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in sc["runs"]:
        lines.append(
            f"| ×{r['scale']} | {r.get('documents', r['documents_in'])} | {r['bytes_in'] / 1e6:.1f} | {r['workers']} | "
            f"{r['wall_seconds']:.2f} | {_f(r.get('ms_per_document'), 1)} | {_f(r.get('cpu_ms_per_document'), 1)} | {_f(r.get('mb_per_s'))} | {_f(r.get('mentions'))} | "
            f"{_f(r.get('tree_peak_mb'), 0)} | {_f(r.get('maxrss_mb'), 0)} | {_f(r.get('db_mb'), 1)} |"
            + (f" exit {r['returncode']}: {' '.join(r['stderr_tail'])}" if r["returncode"] else "")
        )
    lines += [
        "",
        "| comparison | per-document wall ratio | per-document CPU ratio | marginal wall ms/doc |",
        "|---|---|---|---|",
    ]
    for k, v in sc.get("linearity", {}).items():
        lines.append(
            f"| {k} | {v['per_doc_ratio']:.2f}× | {_f(v.get('cpu_per_doc_ratio'))}× | {v['marginal_ms_per_document']:.1f} |"
        )
    cap = sc.get("parallel_capacity_before") or {}
    if cap:
        lines += [
            "",
            "Parallel capacity measured before each corpus's builds (two CPU-bound processes at once, in cores): "
            + ", ".join(f"{k} {v['effective_cores']:.2f}" for k, v in cap.items())
            + ".",
        ]
    lines += [
        "",
        "Speed-up of `--workers 2` over `--workers 1`: "
        + ", ".join(f"{k} {v:.2f}×" for k, v in sc.get("speedup", {}).items())
        + ".",
        "",
    ]
    return lines


def peers_section(res: dict[str, Any]) -> list[str]:
    p = res.get("peers") or {}
    if not p or "error" in p:
        return ["## Peer comparison", "", f"Not measured: {p.get('error', 'skipped')}", ""]
    tools = p.get("tools", {})
    venv = p.get("venv", {})
    lines = [
        "## Peer comparison (same text, one run)",
        "",
        f"Input: the {p['documents']} bundled reports after `etl.normalize` ({p['bytes'] / 1e3:,.0f} KB, {p['chars']:,} characters), "
        f"the same string for every tool; median of {p['repeats']} full passes after a warm-up pass (ours: "
        f"{p.get('ours_passes', p['repeats'])} passes in two windows of at least {p.get('ours_min_seconds', 0)} s, "
        "before and after the peers, so both sides are timed over a similar span). Peers run in "
        f"`{venv.get('venv')}` (pins: {', '.join(venv.get('pins', []))}; "
        + ("reused" if venv.get("cached") else f"installed in {_f(venv.get('install_seconds'), 1)} s")
        + f"; Python {p.get('peer_python', '?')}), never in the product's venv.",
        "",
        "| tool | call | MB/s | k chars/s | vs ours | money recall strict (all) | money precision | value recall (cn2an rule) | value recall, Chinese numerals |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    ours_speed = _get(tools, "ours", "speed", "mb_per_s")
    for name in ("ours", "jionlp", "cn2an"):
        t = tools.get(name) or {}
        if "error" in t:
            lines.append(f"| {name} | — | error: {t['error']} | | | | | | |")
            continue
        sp = t.get("speed", {})
        money = t.get("money") or {}
        vr = t.get("value_recall") or {}
        vc = t.get("value_recall_chinese_numerals") or {}
        built = f", {t['implementation']}" if name == "ours" and t.get("implementation") else ""
        call = {"ours": f"`etl.quantities.extract(text)`{built}"}.get(
            name, f"`{t.get('call')}` ({name} {t.get('version')})"
        )
        lines.append(
            f"| {name} | {call} | {_f(sp.get('mb_per_s'))} | {_f(sp.get('kchars_per_s'), 0)} | "
            f"{_f(ours_speed / sp['mb_per_s'] if ours_speed and sp.get('mb_per_s') else None, 1)}× | "
            + (
                f"{money['found_strict']}/{money['gold_strict']} = {money['recall_strict']:.2f} ({money['found']}/{money['gold']})"
                if money
                else "—"
            )
            + f" | {_f(money.get('precision')) if money else '—'} | "
            + (f"{vr['found_strict']}/{vr['gold_strict']} = {vr['recall_strict']:.2f}" if vr else "—")
            + " | "
            + (
                f"{vc['found_strict']}/{vc['gold_strict']} = {vc['recall_strict']:.2f} ({vc['found']}/{vc['gold']})"
                if vc
                else "—"
            )
            + " |"
        )
    ours = tools.get("ours") or {}
    if "recall" in ours:
        r, e = ours["recall"], ours["recall_exact_span"]
        lines += [
            "",
            f"Our extractor on all gold mentions (value+unit+overlapping span): {r['found_strict']}/{r['gold_strict']} strict "
            f"= {r['recall_strict']:.3f}, {r['found']}/{r['gold']} with borderline; exact offsets: {e['found_strict']}/{e['gold_strict']}. "
            f"It found {ours['mentions']} mentions in the five reports.",
        ]
    jio = tools.get("jionlp") or {}
    if jio.get("examples_unmatched"):
        lines += [
            "",
            "JioNLP items in the gold documents that match no gold money mention: "
            + ", ".join(f"`{s.strip()}`" for s in jio["examples_unmatched"])
            + ".",
        ]
    if "speed_without_parsing" in jio:
        lines += [
            "",
            f"JioNLP without parsing (`with_parsing=False`, spans only): {jio['speed_without_parsing']['mb_per_s']:.2f} MB/s; "
            f"its import takes {jio['import_seconds']:.2f} s (not counted above).",
        ]
    lines += ["", "### How matches are judged", "", p.get("matching", ""), ""]
    return lines


def dashboard_section(res: dict[str, Any]) -> list[str]:
    lines = ["## Dashboard", ""]
    for key in ("dashboard_bundled", "dashboard_large"):
        d = res.get(key)
        if not d:
            continue
        title = "bundled database" if key == "dashboard_bundled" else f"×{d.get('scale')} database"
        lines += [f"### On the {title} ({_f(d.get('db_mb'), 1)} MB)", ""]
        if "error" in d:
            lines += [f"Not measured: {d['error']}", ""]
            continue
        cold = d.get("cold_start") or {}
        if "median" in cold:
            m = cold["median"]
            lines.append(
                f"Cold start (fresh interpreter, median of {cold['runs']}): import `dashboard.app` {m['import']:.2f} s, "
                f"`create_app(db)` {m['create_app']:.2f} s, first `/_dash-layout` + `/_dash-dependencies` "
                f"{m['first_layout_and_deps']:.2f} s; `python app.py --db … --port …` answers its first HTTP request "
                f"after **{cold['server_first_response_median_s']:.2f} s** (runs: "
                + ", ".join(f"{x:.2f}" for x in cold["server_first_response_s"])
                + ")."
            )
        elif cold:
            lines.append(f"Cold start: {cold.get('error')}")
        lines.append("")
        loads = d.get("page_loads") or []
        if loads:
            lines += [
                "Page loads, simulated in-process (every callback the browser would run on load, until nothing "
                "changes; second pass, so the app's data cache is warm):",
                "",
                "| URL | callbacks run | server time (ms) | JSON answered (KB) |",
                "|---|---|---|---|",
                *(
                    f"| `{p['path'][:70]}` | {p['callbacks']} | {p['server_ms']:,.0f} | {p['response_kb']:,.0f} |"
                    for p in loads
                ),
                "",
            ]
        cbs = d.get("callbacks")
        if isinstance(cbs, dict):
            lines += [f"Callbacks: {cbs.get('error')}", ""]
            continue
        notes = _get(d, "discovered", "notes") or []
        lines += [
            "| callback (output) | chart | inputs | distinct inputs | direct p50 / p95 (ms) | dispatch p50 / p95 (ms) | HTTP p50 / p95 (ms) | errors |",
            "|---|---|---|---|---|---|---|---|",
        ]
        http = {r["output"]: r for r in d.get("http") or [] if isinstance(r, dict) and "output" in r}
        for r in cbs or []:
            direct = r.get("direct") or {}
            disp = r.get("dispatch") or {}
            h = http.get(r["output"], {})
            dtxt = (
                (
                    "needs callback context"
                    if "MissingCallbackContext" in direct["error"]
                    else "no update (PreventUpdate)"
                    if direct["error"].startswith("PreventUpdate")
                    else f"**raised** {direct['error']}"
                )
                if "error" in direct
                else (f"{direct['p50_ms']:.1f} / {direct['p95_ms']:.1f}" if direct else "—")
            )
            lines.append(
                f"| `{r['output']}` | {'yes' if r['chart'] else ''} | {', '.join(f'`{i}`' for i in r['inputs'])} | {r['distinct_input_sets']} | {dtxt} | "
                f"{disp.get('p50_ms', 0):.1f} / {disp.get('p95_ms', 0):.1f} | "
                + (f"{h['p50_ms']:.1f} / {h['p95_ms']:.1f}" if h else "—")
                + f" | {disp.get('errors', 0) + h.get('errors', 0)} |"
            )
        builders = []
        for r in cbs or []:
            inner = sorted((r.get("builders") or {}).items(), key=lambda kv: -kv[1]["p95_ms"])
            builders += [(r["output"], name, st) for name, st in inner[:3] if st["p95_ms"] >= 0.5]
        if builders:
            lines += [
                "",
                "Where callback time goes (the `dashboard.*` functions each callback calls, wrapped with timers during "
                "dispatch calls; inclusive times, the three slowest per callback):",
                "",
                "| callback | function | calls | p50 (ms) | p95 (ms) |",
                "|---|---|---|---|---|",
            ]
            for out, name, st in builders:
                lines.append(f"| `{out}` | `{name}` | {st['n']} | {st['p50_ms']:.2f} | {st['p95_ms']:.2f} |")
        if notes:
            lines += ["", "Discovery: " + "; ".join(notes) + "."]
        b = d.get("browser") or {}
        lines.append("")
        for path, p in (b.get("paths") or {}).items():
            if p.get("cold_s") is not None:
                lines.append(
                    f"Headless Chromium (selenium 4.2, `/usr/bin/chromium`), page `{path}`: first chart drawn with data "
                    f"**{p['cold_s']:.2f} s** after navigation in a fresh browser, {_f(p.get('warm_median_s'))} s median "
                    f"over {len(p['samples']) - 1} reloads (browser start {b['browser_start_s']:.2f} s, not counted).  "
                )
            else:
                lines.append(f"Headless Chromium, page `{path}`: {p.get('error')}  ")
        if b.get("error"):
            lines.append(f"Headless Chromium: {b['error']}.")
        lines.append("")
    return lines


def load_section(res: dict[str, Any]) -> list[str]:
    load = res.get("load")
    if not load:
        return []
    if "error" in load:
        return ["## Load", "", f"Not measured: {load['error']}", ""]
    return [
        "## Load (`bench/load.py`)",
        "",
        f"{load['clients']} concurrent clients (threads, one HTTP session each), closed loop, for {load['duration_s']} s "
        f"against `python app.py` on 127.0.0.1 with the bundled database, POSTing `/_dash-update-component` for "
        f"{', '.join(f'`{c}`' for c in load['callbacks'])} with varied inputs: **{load['requests']} requests "
        f"({load['throughput_rps']}/s), p50 {load['p50_ms']} ms, p95 {load['p95_ms']} ms, p99 {load['p99_ms']} ms, "
        f"max {load['max_ms']} ms, errors {load['errors']}** {load['error_kinds'] or ''}. Latency is client-side and "
        f"includes queueing: the clients share the machine's {_get(res, 'environment', 'cpus') or '?'} CPUs with the server.",
        "",
    ]
