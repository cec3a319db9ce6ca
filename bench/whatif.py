"""What-if experiments: performance changes to files this bench does not own, measured by patching
them in this process only (nothing on disk changes), with outputs checked identical, plus the
extractor's anatomy (scan versus grammar).

Each experiment names the change, times before/after (best of several runs, so other work on the
machine distorts less), and reports whether the results are the same. The what-ifs proposed by earlier
runs (a candidate prefilter, hoisting a set out of a loop) are in the code now and were removed here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from bench import REPORTS


def _best(fn: Callable[[], Any], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def extractor_anatomy(runs: int = 15) -> dict[str, Any]:
    """Where extract() spends its time on the bundled reports: the candidate scan alone (the skip
    regex and the candidate match, exactly as `Scanner.run` does them, without the grammar), and the
    grammar run on the candidates the scan hands over."""
    import etl.quantities.scanner as sc
    from etl.normalize import normalize

    if not all(hasattr(sc, n) for n in ("_SKIP", "_CANDIDATE", "Scanner")):
        return {"skipped": "scanner internals changed"}
    texts = [normalize(p.read_text(encoding="utf-8")) for p in sorted(REPORTS.glob("*.txt"))]
    candidates = 0

    def scan() -> None:
        nonlocal candidates
        candidates = 0
        for t in texts:
            pos = 0
            while True:
                pos = sc._SKIP.match(t, pos).end()
                if (m := sc._CANDIDATE.match(t, pos) or sc._CANDIDATE.search(t, pos)) is None:
                    break
                candidates += 1
                pos = m.end()

    scan_s = _best(scan, runs)
    full_s = _best(lambda: [sc.extract(t) for t in texts], runs)
    mentions = sum(len(sc.extract(t)) for t in texts)
    return {
        "change": "(measurement only)",
        "measure": f"5 bundled reports, best of {runs}",
        "extract_s": full_s,
        "scan_only_s": scan_s,
        "characters": sum(len(t) for t in texts),
        "candidates": candidates,
        "mentions": mentions,
    }


def run() -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name, fn in (("extractor_anatomy", extractor_anatomy),):
        try:
            out[name] = {"doc": " ".join((fn.__doc__ or "").split()), **fn()}
        except Exception as exc:
            out[name] = {"error": f"{type(exc).__name__}: {exc}"}
    return out
