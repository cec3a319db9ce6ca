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
applies (see `MATCHING`, repeated in REPORT.md).
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import BENCH_DIR, GOLD, OUT, REPORTS

VENV = BENCH_DIR / ".venv-peers"
PINS = ["jionlp==1.5.31", "cn2an==0.5.24"]
RUNNER = BENCH_DIR / "peers_runner.py"
OURS_MIN_SECONDS = 0.5  # per window (before and after the peers); JioNLP's 15 passes take about 0.8 s
CURRENCY = {
    "美元": "USD",
    "欧元": "EUR",
    "英镑": "GBP",
    "日元": "JPY",
    "瑞士法郎": "CHF",
    "元": "CNY",
    "人民币": "CNY",
    "港元": "HKD",
    "加元": "CAD",
    "澳元": "AUD",
    "卢布": "RUB",
}
CHINESE_DIGITS = set("零〇一二两三四五六七八九十百千")
MATCHING = """\
- **Our extractor** (all gold mentions): a gold mention is found when one of our mentions in the
  same document overlaps its span and has the same value (relative tolerance 1e-6) and unit; each of
  our mentions can match one gold mention. *Exact-span* recall also requires identical offsets.
- **JioNLP** (`jio.ner.extract_money(text, with_parsing=True)`, gold money mentions only): the same
  rule: overlapping span, parsed `num` equal to the gold value, `case` mapped to ISO (美元 → USD …)
  equal to the gold unit. JioNLP includes leading spaces in its spans; overlap makes that harmless.
  Our extractor is scored on the same subset by the same rule. Precision on money = matched items /
  items the tool returned in the gold documents (items matching a borderline gold are left out).
- **cn2an** (`cn2an.transform(text, "cn2an")`, all gold mentions, and the subset written in Chinese
  numerals where cn2an does its real work): cn2an returns text, not spans or units, so the rule is by
  value only, per document: every Arabic number in its output (thousands separators `,`/space
  allowed) is a candidate, and so is that number times 10⁴/10⁸ when 万/亿 follow it (cn2an leaves
  `2.45亿` as written; the scaling is done in cn2an's favour). A gold mention is found when an unused
  candidate of its document equals its value. Numbers cn2an merely copies (`1,600`) count as found:
  this criterion is lenient and cannot judge precision. Our extractor is scored by the same rule.
- Recall is given over non-borderline gold mentions (strict) and over all of them."""


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


def _gold() -> dict[str, list[dict[str, Any]]]:
    gold: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(GOLD.glob("mentions_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                gold.setdefault(row["doc"], []).append(row)
    return gold


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _span_match(gold: list[dict[str, Any]], items: list[dict[str, Any]], exact: bool = False) -> list[bool]:
    """For each gold mention, whether an unused item overlaps it with equal value and unit."""
    used = [False] * len(items)
    found = [False] * len(gold)
    for k in sorted(range(len(gold)), key=lambda k: gold[k]["borderline"]):
        g = gold[k]
        hit = False
        for i, it in enumerate(items):
            if used[i] or it["unit"] != g["unit"] or not _same(it["value"], float(g["value"])):
                continue
            if exact:
                ok = it["start"] == g["char_start"] and it["end"] == g["char_end"]
            else:
                ok = it["start"] < g["char_end"] and g["char_start"] < it["end"]
            if ok:
                used[i] = hit = True
                break
        found[k] = hit
    return found


def _precision(gold: list[dict[str, Any]], items: list[dict[str, Any]]) -> tuple[int, int]:
    """(matched, counted) items: an item matching only a borderline gold mention is not counted."""
    matched = counted = 0
    for it in items:
        hits = [
            g
            for g in gold
            if it["unit"] == g["unit"]
            and _same(it["value"], float(g["value"]))
            and it["start"] < g["char_end"]
            and g["char_start"] < it["end"]
        ]
        if hits and all(g["borderline"] for g in hits):
            continue
        counted += 1
        matched += bool(hits)
    return matched, counted


_NUMBER = re.compile(r"(\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(亿|万)?")


def _value_candidates(text: str) -> list[float]:
    values: list[float] = []
    for m in _NUMBER.finditer(text):
        number = float(re.sub(r"[, ]", "", m.group(1)))
        values.append(number)
        if m.group(2):
            values.append(number * (1e8 if m.group(2) == "亿" else 1e4))
    return values


def _value_match(gold: list[dict[str, Any]], candidates: list[float]) -> list[bool]:
    """Multiset match by value; non-borderline gold mentions get the first pick."""
    pool = list(candidates)
    found = [False] * len(gold)
    for k in sorted(range(len(gold)), key=lambda k: gold[k]["borderline"]):
        idx = next((i for i, v in enumerate(pool) if _same(v, float(gold[k]["value"]))), None)
        if idx is not None:
            pool.pop(idx)
            found[k] = True
    return found


def _recall(gold: list[dict[str, Any]], found: list[bool]) -> dict[str, Any]:
    strict = [f for g, f in zip(gold, found, strict=True) if not g["borderline"]]
    return {
        "found": sum(found),
        "gold": len(found),
        "recall_all": sum(found) / len(found) if found else None,
        "found_strict": sum(strict),
        "gold_strict": len(strict),
        "recall_strict": sum(strict) / len(strict) if strict else None,
    }


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


def _jionlp_items(output: dict[str, list[dict[str, Any]]]) -> dict[str, list[dict[str, Any]]]:
    items: dict[str, list[dict[str, Any]]] = {}
    for doc, found in output.items():
        rows = []
        for ent in found:
            detail = ent.get("detail") or {}
            num = detail.get("num")
            if isinstance(num, list):
                num = num[0]
            try:
                value = float(num)
            except (TypeError, ValueError):
                continue
            rows.append(
                {
                    "start": ent["offset"][0],
                    "end": ent["offset"][1],
                    "value": value,
                    "unit": CURRENCY.get(str(detail.get("case")), str(detail.get("case"))),
                    "surface": ent["text"],
                }
            )
        items[doc] = rows
    return items


def run(repeats: int = 5) -> dict[str, Any]:
    """Install (or reuse) the peers' venv, run all three extractors on the same text, score them."""
    out_dir = OUT / "peers"
    out_dir.mkdir(parents=True, exist_ok=True)
    texts = _texts()
    n_bytes = sum(len(t.encode("utf-8")) for t in texts.values())
    n_chars = sum(len(t) for t in texts.values())
    gold = _gold()
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
        found = [f for doc in gold for f in _span_match(gold[doc], ours["items"].get(doc, []))]
        exact = [f for doc in gold for f in _span_match(gold[doc], ours["items"].get(doc, []), exact=True)]
        money = {doc: [g for g in rows if g["unit"] in CURRENCY.values()] for doc, rows in gold.items()}
        money_found = [f for doc in money for f in _span_match(money[doc], ours["items"].get(doc, []))]
        m_p = [
            _precision(money[doc], [i for i in ours["items"].get(doc, []) if i["unit"] in CURRENCY.values()])
            for doc in money
        ]
        scored["ours"] = {
            "speed": speed(ours["walls"], ours["cpus"]),
            "mentions": sum(len(v) for v in ours["items"].values()),
            "implementation": _implementation(),
            "recall": _recall(all_gold, found),
            "recall_exact_span": _recall(all_gold, exact),
            "money": {
                **_recall([g for d in money for g in money[d]], money_found),
                "precision": sum(a for a, _ in m_p) / max(1, sum(b for _, b in m_p)),
            },
            **_cn_subsets(gold, {d: [i["value"] for i in ours["items"].get(d, [])] for d in gold}),
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
        items = _jionlp_items(jio["output"])
        money = {doc: [g for g in rows if g["unit"] in CURRENCY.values()] for doc, rows in gold.items()}
        found = [f for doc in money for f in _span_match(money[doc], items.get(doc, []))]
        prec = [_precision(money[doc], items.get(doc, [])) for doc in money]
        scored["jionlp"] = {
            "version": jio["version"],
            "call": jio["call"],
            "import_seconds": jio["import_seconds"],
            "speed": speed(jio["walls"], jio.get("cpus")),
            "speed_without_parsing": speed(jio["walls_without_parsing"]),
            "items": sum(len(v) for v in items.values()),
            "money": {
                **_recall([g for d in money for g in money[d]], found),
                "precision": sum(a for a, _ in prec) / max(1, sum(b for _, b in prec)),
            },
            "examples_unmatched": [
                it["surface"]
                for doc in money
                for it in items.get(doc, [])
                if not any(
                    it["start"] < g["char_end"]
                    and g["char_start"] < it["end"]
                    and _same(it["value"], float(g["value"]))
                    for g in money[doc]
                )
            ][:8],
        }
    cn = peers["tools"]["cn2an"]
    if "error" in cn:
        scored["cn2an"] = cn
    else:
        cands = {doc: _value_candidates(cn["output"].get(doc, "")) for doc in gold}
        scored["cn2an"] = {
            "version": cn["version"],
            "call": cn["call"],
            "import_seconds": cn["import_seconds"],
            "speed": speed(cn["walls"], cn.get("cpus")),
            **_cn_subsets(gold, cands),
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


def _cn_subsets(gold: dict[str, list[dict[str, Any]]], candidates: dict[str, list[float]]) -> dict[str, Any]:
    """Value-only recall (the cn2an rule) over all gold mentions and the Chinese-numeral subset."""
    all_rows, all_found, cn_rows, cn_found = [], [], [], []
    for doc, rows in gold.items():
        found = _value_match(rows, candidates.get(doc, []))
        all_rows += rows
        all_found += found
        chinese = [
            g for g in rows if not re.search(r"\d", g["surface"]) and set(g["surface"]) & CHINESE_DIGITS
        ]
        cn_rows += chinese
        cn_found += _value_match(chinese, candidates.get(doc, []))
    return {
        "value_recall": _recall(all_rows, all_found),
        "value_recall_chinese_numerals": _recall(cn_rows, cn_found),
    }


if __name__ == "__main__":
    json.dump(run(), sys.stdout, indent=1, ensure_ascii=False, default=str)
