"""What-if experiments: proposed performance changes to files this bench does not own, measured by
patching them in this process only (nothing on disk changes), with outputs checked identical.

Each experiment names the change, times before/after (best of several runs, so other work on the
machine distorts less), and reports whether the results are the same. One whose hook is gone
(the code moved on, or the change is already in) reports that instead of a number.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import REPORTS
from bench.corpus import make_corpus


def _best(fn: Callable[[], Any], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def extractor_anatomy(runs: int = 15) -> dict[str, Any]:
    """Where extract() spends its time on the bundled reports: the candidate scan alone (regex
    stops and the unit look-ahead, no grammar), and the per-candidate grammar (`Scanner._number`)."""
    import etl.quantities.scanner as sc
    from etl.normalize import normalize

    if not all(hasattr(sc, n) for n in ("_CANDIDATE", "_FOLLOWS", "Scanner")):
        return {"skipped": "scanner internals changed"}
    texts = [normalize(p.read_text(encoding="utf-8")) for p in sorted(REPORTS.glob("*.txt"))]
    stops = follows = 0

    def scan() -> None:
        nonlocal stops, follows
        stops = follows = 0
        for t in texts:
            pos = 0
            while (m := sc._CANDIDATE.search(t, pos)) is not None:
                stops += 1
                follows += sc._FOLLOWS.match(t, m.end()) is not None
                pos = m.end()

    scan_s = _best(scan, runs)
    full_s = _best(lambda: [sc.extract(t) for t in texts], runs)
    mentions = sum(len(sc.extract(t)) for t in texts)
    return {
        "change": "(measurement only)",
        "measure": f"5 bundled reports, best of {runs}",
        "extract_s": full_s,
        "scan_only_s": scan_s,
        "regex_stops": stops,
        "candidates_with_unit_after": follows,
        "mentions": mentions,
    }


def candidate_prefilter(runs: int = 15) -> dict[str, Any]:
    """etl/quantities/scanner.py: start `_CANDIDATE` with a lookahead on one character class, so
    Python's `re` can skip to candidate characters (its charset prefix scan) instead of trying the
    three named alternatives at every position."""
    import etl.quantities.numerals as nu
    import etl.quantities.scanner as sc
    from etl.normalize import normalize

    if not hasattr(sc, "_CANDIDATE") or sc._CANDIDATE.pattern.startswith("(?=["):
        return {"skipped": "scanner._CANDIDATE is gone or already starts with a lookahead"}
    texts = [normalize(p.read_text(encoding="utf-8")) for p in sorted(REPORTS.glob("*.txt"))]
    check = texts + [normalize(p.read_text(encoding="utf-8")) for p in sorted(make_corpus(10).glob("*.txt"))]
    first = f"{nu.DIGITS}{nu.CHINESE_DIGIT_CHARS}十百"
    proposed = re.compile(f"(?=[{first}])(?:{sc._CANDIDATE.pattern})")

    def out() -> list[list[tuple[Any, ...]]]:
        return [[tuple(m.model_dump().values()) for m in sc.extract(t)] for t in check]

    def run() -> None:
        for t in texts:
            sc.extract(t)

    original = sc._CANDIDATE
    try:
        before_out, before = out(), _best(run, runs)
        sc._CANDIDATE = proposed
        after_out, after = out(), _best(run, runs)
    finally:
        sc._CANDIDATE = original
    return {
        "change": '_CANDIDATE = re.compile(rf"(?=[{DIGITS}{CHINESE_DIGIT_CHARS}十百])(?:{old pattern})")',
        "measure": f"extract() over the 5 bundled reports, best of {runs}",
        "before_s": before,
        "after_s": after,
        "speedup": before / after,
        "identical_output": before_out == after_out,
        "checked_documents": len(check),
    }


def pooled_membership(n: int = 5000) -> dict[str, Any]:
    """etl/pipeline.py build(): `[p for p in files if p not in set(pooled)]` builds the set once per
    file, O(n²): hoist it."""
    import inspect

    import etl.pipeline as pipeline

    source = inspect.getsource(pipeline.build)
    if "not in set(pooled)" not in source:
        return {"skipped": "etl.pipeline.build no longer has `not in set(pooled)`"}
    files = [Path(f"/tmp/report_{i:05d}.txt") for i in range(n)]
    start = time.perf_counter()
    slow = [p for p in files if p not in set(files)]
    before = time.perf_counter() - start
    start = time.perf_counter()
    pooled = set(files)
    fast = [p for p in files if p not in pooled]
    after = time.perf_counter() - start
    return {
        "change": "pooled_set = set(pooled); here = [p for p in files if p not in pooled_set]",
        "measure": f"that line with {n} files (the ×1000 corpus), all pooled (--workers 2)",
        "before_s": before,
        "after_s": after,
        "speedup": before / max(after, 1e-9),
        "identical_output": slow == fast,
    }


def run() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, fn in (
        ("extractor_anatomy", extractor_anatomy),
        ("candidate_prefilter", candidate_prefilter),
        ("pooled_membership", pooled_membership),
    ):
        try:
            out[name] = {"doc": " ".join((fn.__doc__ or "").split()), **fn()}
        except Exception as exc:
            out[name] = {"error": f"{type(exc).__name__}: {exc}"}
    return out
