"""Accuracy against the hand-labelled gold mentions (skipped when the gold folder is absent).

Target: recall and precision of at least 0.98 on every gold report, scored like the official
scorer (see `gold_eval`). `python -m tests.quantities.gold_eval` prints the misses and extras.
"""

from __future__ import annotations

import pytest

from tests.quantities.gold_eval import DEFAULT_GOLD, DEFAULT_REPORTS, ReportScore, score_all

scores = score_all(DEFAULT_GOLD, DEFAULT_REPORTS) if DEFAULT_GOLD.is_dir() else []


@pytest.mark.skipif(not scores, reason="gold mentions not available")
@pytest.mark.parametrize("score", scores, ids=[s.name for s in scores])
def test_recall_and_precision_against_gold(score: ReportScore) -> None:
    missed = [g["surface"] for g in score.misses]
    extra = [m.surface for m in score.extras]
    assert score.recall >= 0.98, missed
    assert score.precision >= 0.98, extra
