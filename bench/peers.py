"""Peer comparison: our extractor against JioNLP's money extraction and cn2an's text transform.

The peers live only in bench/.venv-peers (created here with `python3 -m venv` and pinned versions
from PyPI) and run there as a subprocess (bench/peers_runner.py), so they never become dependencies
of the product. All three get the same input: each bundled report after `etl.normalize` (full-width
digits made ASCII; one code point for one, so offsets are unchanged). Throughput is the median wall
time of repeated full passes over the five reports, after a warm-up pass, in UTF-8 MB/s; ours is timed
before and after the peers. The speed ratio is taken on CPU time per pass (wall ratio alongside).
A pass of ours takes a tenth of JioNLP's, so ours runs until each of its two windows has lasted at
least `OURS_MIN_SECONDS` (about as long as the peers' passes together): on a shared machine a
short slow spell then weighs on both sides alike instead of on the shorter measurement alone.

Recall is judged against the hand-labelled gold (shared/gold/mentions_*.jsonl), where each tool
applies (see `bench.peer_scoring.MATCHING`, repeated in REPORT.md).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import BENCH_DIR, OUT, REPORTS
from bench.peer_scoring import (
    CURRENCY,
    MATCHING,
    cn_subsets,
    gold_mentions,
    jionlp_items,
    precision,
    recall,
    same_value,
    span_match,
    value_candidates,
)

VENV = BENCH_DIR / ".venv-peers"
PINS = ["jionlp==1.5.31", "cn2an==0.5.24"]
RUNNER = BENCH_DIR / "peers_runner.py"
OURS_MIN_SECONDS = 0.5  # per window (before and after the peers); JioNLP's 15 passes take about 0.8 s


def ensure_venv(log: Path) -> dict[str, Any]:
    """Create bench/.venv-peers with the pinned peers unless it already imports them."""
    python = VENV / "bin" / "python"
    check = [
        str(python),
        "-c",
        "import importlib.metadata as m; print(m.version('jionlp'), m.version('cn2an'))",
    ]
    info: dict[str, Any] = {"venv": str(VENV.relative_to(BENCH_DIR.parent)), "pins": PINS}
    if python.exists():
        done = subprocess.run(check, capture_output=True, text=True)
        if done.returncode == 0 and done.stdout.split() == [p.split("==")[1] for p in PINS]:
            info["cached"] = True
            return info
    start = time.perf_counter()
    with log.open("w") as fh:
        steps = [
            ["python3", "-m", "venv", "--clear", str(VENV)],
            [str(python), "-m", "pip", "install", *PINS],
        ]
        for step in steps:
            done = subprocess.run(step, stdout=fh, stderr=subprocess.STDOUT)
            if done.returncode != 0:
                info["error"] = f"`{' '.join(step)}` failed (exit {done.returncode}); see {log}"
                return info
    info.update(cached=False, install_seconds=time.perf_counter() - start)
    return info


def _texts() -> dict[str, str]:
    from etl.normalize import normalize

    return {p.name: normalize(p.read_text(encoding="utf-8")) for p in sorted(REPORTS.glob("*.txt"))}


def time_ours(texts: dict[str, str], repeats: int, min_seconds: float = OURS_MIN_SECONDS) -> dict[str, Any]:
    """Our extractor's output per document, and the wall and CPU seconds of each full pass."""
    from etl.quantities import extract

    out = {doc: extract(text) for doc, text in texts.items()}
    walls: list[float] = []
    cpus: list[float] = []
    while len(walls) < repeats or sum(walls) < min_seconds:
        start, cpu = time.perf_counter(), time.process_time()
        for text in texts.values():
            extract(text)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return {"walls": walls, "cpus": cpus, "out": out}


def _ours(texts: dict[str, str], repeats: int, min_seconds: float = OURS_MIN_SECONDS) -> dict[str, Any]:
    timed = time_ours(texts, repeats, min_seconds)
    walls, cpus, out = timed["walls"], timed["cpus"], timed["out"]
    items = {
        doc: [
            {"start": m.start, "end": m.end, "value": m.value, "unit": m.unit, "surface": m.surface}
            for m in found
        ]
        for doc, found in out.items()
    }
    return {"walls": walls, "cpus": cpus, "items": items}


def _implementation() -> str:
    import etl.quantities

    return etl.quantities.IMPLEMENTATION


def _ours_as_python(job: Path, out: Path) -> dict[str, Any]:
    """Our extractor timed with its native build switched off (UNODC_PURE_PYTHON=1), in a subprocess."""
    env = {**os.environ, "UNODC_PURE_PYTHON": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "bench.ours_python", str(job), str(out)],
        capture_output=True,
        text=True,
        timeout=600,
        env=env,
        cwd=BENCH_DIR.parent,
    )
    if done.returncode != 0:
        return {"error": (done.stderr.strip().splitlines() or ["no output"])[-1]}
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def run(repeats: int = 5) -> dict[str, Any]:
    """Install (or reuse) the peers' venv, run all three extractors on the same text, score them."""
    out_dir = OUT / "peers"
    out_dir.mkdir(parents=True, exist_ok=True)
    texts = _texts()
    n_bytes = sum(len(t.encode("utf-8")) for t in texts.values())
    n_chars = sum(len(t) for t in texts.values())
    gold = gold_mentions()
    result: dict[str, Any] = {
        "bytes": n_bytes,
        "chars": n_chars,
        "documents": len(texts),
        "repeats": repeats,
        "matching": MATCHING,
    }

    def speed(walls: list[float], cpus: list[float] | None = None) -> dict[str, Any]:
        wall = statistics.median(walls)
        out = {"wall_median": wall, "mb_per_s": n_bytes / 1e6 / wall, "kchars_per_s": n_chars / 1e3 / wall}
        if cpus:
            out["cpu_median"] = statistics.median(cpus)
            out["mb_per_cpu_s"] = n_bytes / 1e6 / out["cpu_median"]
        return out

    # Ours, in this process (the product's venv).
    try:
        ours = _ours(texts, repeats)
    except Exception as exc:  # the extractor is being finished concurrently
        ours = {"error": f"{type(exc).__name__}: {exc}"}
    scored: dict[str, Any] = {}
    if "error" not in ours:
        all_gold = [g for doc in gold for g in gold[doc]]
        found = [f for doc in gold for f in span_match(gold[doc], ours["items"].get(doc, []))]
        exact = [f for doc in gold for f in span_match(gold[doc], ours["items"].get(doc, []), exact=True)]
        money = {doc: [g for g in rows if g["unit"] in CURRENCY.values()] for doc, rows in gold.items()}
        money_found = [f for doc in money for f in span_match(money[doc], ours["items"].get(doc, []))]
        m_p = [
            precision(money[doc], [i for i in ours["items"].get(doc, []) if i["unit"] in CURRENCY.values()])
            for doc in money
        ]
        scored["ours"] = {
            "speed": speed(ours["walls"], ours["cpus"]),
            "mentions": sum(len(v) for v in ours["items"].values()),
            "implementation": _implementation(),
            "recall": recall(all_gold, found),
            "recall_exact_span": recall(all_gold, exact),
            "money": {
                **recall([g for d in money for g in money[d]], money_found),
                "precision": sum(a for a, _ in m_p) / max(1, sum(b for _, b in m_p)),
            },
            **cn_subsets(gold, {d: [i["value"] for i in ours["items"].get(d, [])] for d in gold}),
        }
    else:
        scored["ours"] = ours

    venv = ensure_venv(out_dir / "install.log")
    result["venv"] = venv
    if "error" in venv:
        scored["jionlp"] = scored["cn2an"] = {"error": venv["error"]}
        result["tools"] = scored
        return result
    job, peer_out = out_dir / "job.json", out_dir / "peers_out.json"
    job.write_text(json.dumps({"texts": texts, "repeats": repeats}, ensure_ascii=False), encoding="utf-8")
    done = subprocess.run(
        [str(VENV / "bin" / "python"), str(RUNNER), str(job), str(peer_out)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-1:] or ["no output"]
        scored["jionlp"] = scored["cn2an"] = {"error": f"peer runner failed: {tail[0]}"}
        result["tools"] = scored
        return result
    peers = json.loads(peer_out.read_text(encoding="utf-8"))
    if "error" not in ours:  # time ours again after the peers, so load that drifts affects both sides
        again = _ours(texts, repeats)
        ours["walls"] += again["walls"]
        ours["cpus"] += again["cpus"]
        scored["ours"]["speed"] = speed(ours["walls"], ours["cpus"])
        result["ours_passes"], result["ours_min_seconds"] = len(ours["walls"]), OURS_MIN_SECONDS
        python = _ours_as_python(job, out_dir / "ours_python.json")
        if "walls" in python:
            python["speed"] = speed(python.pop("walls"), python.pop("cpus"))
        scored["ours"]["as_python"] = python
    result["peer_python"] = peers["python"]
    freeze = subprocess.run(
        [str(VENV / "bin" / "python"), "-m", "pip", "freeze"], capture_output=True, text=True
    )
    result["peer_freeze"] = freeze.stdout.split()

    jio = peers["tools"]["jionlp"]
    if "error" in jio:
        scored["jionlp"] = jio
    else:
        items = jionlp_items(jio["output"])
        money = {doc: [g for g in rows if g["unit"] in CURRENCY.values()] for doc, rows in gold.items()}
        found = [f for doc in money for f in span_match(money[doc], items.get(doc, []))]
        prec = [precision(money[doc], items.get(doc, [])) for doc in money]
        scored["jionlp"] = {
            "version": jio["version"],
            "call": jio["call"],
            "import_seconds": jio["import_seconds"],
            "speed": speed(jio["walls"], jio.get("cpus")),
            "speed_without_parsing": speed(jio["walls_without_parsing"]),
            "items": sum(len(v) for v in items.values()),
            "money": {
                **recall([g for d in money for g in money[d]], found),
                "precision": sum(a for a, _ in prec) / max(1, sum(b for _, b in prec)),
            },
            "examples_unmatched": [
                it["surface"]
                for doc in money
                for it in items.get(doc, [])
                if not any(
                    it["start"] < g["char_end"]
                    and g["char_start"] < it["end"]
                    and same_value(it["value"], float(g["value"]))
                    for g in money[doc]
                )
            ][:8],
        }
    cn = peers["tools"]["cn2an"]
    if "error" in cn:
        scored["cn2an"] = cn
    else:
        cands = {doc: value_candidates(cn["output"].get(doc, "")) for doc in gold}
        scored["cn2an"] = {
            "version": cn["version"],
            "call": cn["call"],
            "import_seconds": cn["import_seconds"],
            "speed": speed(cn["walls"], cn.get("cpus")),
            **cn_subsets(gold, cands),
        }
    result["tools"] = scored
    if "error" not in scored["ours"]:
        for peer in ("jionlp", "cn2an"):
            if "speed" in scored[peer]:
                ours_speed, peer_speed = scored["ours"]["speed"], scored[peer]["speed"]
                result[f"speed_ratio_wall_vs_{peer}"] = ours_speed["mb_per_s"] / peer_speed["mb_per_s"]
                # The headline ratio is of CPU time per pass: both sides run single-threaded, and CPU
                # time does not count the moments another process holds the core.
                result[f"speed_ratio_vs_{peer}"] = (
                    ours_speed["mb_per_cpu_s"] / peer_speed["mb_per_cpu_s"]
                    if "mb_per_cpu_s" in peer_speed
                    else result[f"speed_ratio_wall_vs_{peer}"]
                )
    return result


if __name__ == "__main__":
    json.dump(run(), sys.stdout, indent=1, ensure_ascii=False, default=str)
