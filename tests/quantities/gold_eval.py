"""Score `etl.quantities.extract` against hand-labelled gold mentions, as the official scorer does.

    python -m tests.quantities.gold_eval [--gold DIR] [--reports DIR]

A system mention matches a gold one when the spans overlap, the unit is the same and the value is
within 1e-6 relative. Borderline gold mentions are neither required nor counted against precision.
Each report is read as decoded UTF-8 without newline translation and extracted as a whole.
"""

from __future__ import annotations

import argparse
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from etl.quantities import QuantityMention, extract

ROOT = Path(__file__).resolve().parents[2]


def _find_gold() -> Path:
    """`$UNODC_GOLD`, else the nearest `shared/gold` beside the repository or a folder above it."""
    if env := os.environ.get("UNODC_GOLD"):
        return Path(env)
    for folder in ROOT.parents:
        if (folder / "shared" / "gold").is_dir():
            return folder / "shared" / "gold"
    return ROOT.parent / "shared" / "gold"


DEFAULT_GOLD = _find_gold()
DEFAULT_REPORTS = ROOT / "data" / "reports"


@dataclass
class ReportScore:
    name: str
    required: int = 0
    found: int = 0
    counted: int = 0
    correct: int = 0
    misses: list[dict[str, Any]] = field(default_factory=list)
    extras: list[QuantityMention] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.required if self.required else 1.0

    @property
    def precision(self) -> float:
        return self.correct / self.counted if self.counted else 1.0


def _close(a: float, b: float, tol: float = 1e-6) -> bool:
    return abs(a) <= tol if b == 0 else abs(a - b) <= tol * abs(b)


def _overlap(s: QuantityMention, g: dict[str, Any]) -> bool:
    return bool(s.start < g["char_end"] and g["char_start"] < s.end)


def _matches(s: QuantityMention, g: dict[str, Any]) -> bool:
    return _overlap(s, g) and s.unit == g["unit"] and _close(s.value, float(g["value"]))


def score_report(gold: list[dict[str, Any]], text: str) -> ReportScore:
    """Score one report's extraction against its gold mentions."""
    found = extract(text)
    score = ReportScore(gold[0]["doc"])
    required = [g for g in gold if not g.get("borderline")]
    borderline = [g for g in gold if g.get("borderline")]
    score.required = len(required)
    for g in required:
        if any(_matches(s, g) for s in found):
            score.found += 1
        else:
            score.misses.append(g)
    for s in found:
        if any(_matches(s, g) for g in required):
            score.correct += 1
            score.counted += 1
        elif not any(_overlap(s, g) for g in borderline):
            score.counted += 1
            score.extras.append(s)
    return score


def score_all(gold_dir: Path = DEFAULT_GOLD, reports_dir: Path = DEFAULT_REPORTS) -> list[ReportScore]:
    """Scores for every `mentions_*.jsonl` in `gold_dir` whose report is in `reports_dir`."""
    scores = []
    for path in sorted(gold_dir.glob("mentions_*.jsonl")):
        lines = path.read_text(encoding="utf-8").splitlines()
        gold = [json.loads(line) for line in lines if line.strip()]
        report = reports_dir / gold[0]["doc"] if gold else None
        if report is None or not report.exists():
            continue
        with report.open(encoding="utf-8", newline="") as f:
            scores.append(score_report(gold, f.read()))
    return scores


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--reports", type=Path, default=DEFAULT_REPORTS)
    args = ap.parse_args()
    for s in score_all(args.gold, args.reports):
        print(
            f"{s.name}: recall {s.found}/{s.required} = {s.recall:.3f}   "
            f"precision {s.correct}/{s.counted} = {s.precision:.3f}"
        )
        for g in s.misses:
            print("  missed:", g["surface"], g["value"], g["unit"], g.get("context", ""))
        for m in s.extras:
            print("  not in gold:", m.surface, m.value, m.unit)


if __name__ == "__main__":
    main()
