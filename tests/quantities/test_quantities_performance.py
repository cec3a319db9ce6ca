"""Bounded time: extraction is linear in the text, with no catastrophic regex backtracking.

The pipeline may call `extract()` on whole documents of several MB, so pathological text must finish
within seconds. How fast extraction is on real text is measured by `make bench`, not asserted here.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from etl.quantities import extract

REPORTS = Path(__file__).resolve().parents[2] / "data" / "reports"


def seconds(fn: Callable[[], object]) -> float:
    """Best of three runs, to keep the measurement steady on a busy machine."""
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("digits and commas", "1,2" * 350_000),
        ("thousands groups", "1,000" * 200_000),
        ("one long digit run", "7" * 1_000_000),
        ("多多多", "多" * 1_000_000),
        ("余余余 after a number", "5" + "余" * 1_000_000),
        ("Chinese numerals", "一二三四五六七八九十百千万亿" * 70_000),
        ("numbers and spaces", "1 " * 500_000),
        ("whitespace inside an expression", "5" + " \n" * 1_000_000 + "个"),
        ("qualifiers", "约超过近" * 300_000),
        ("counts everywhere", "12个" * 100_000),
    ],
)
def test_pathological_input_finishes_fast(name: str, text: str) -> None:
    start = time.perf_counter()
    extract(text)
    assert time.perf_counter() - start < 5.0, name


def test_one_five_megabyte_line() -> None:
    corpus = "".join(p.read_text(encoding="utf-8") for p in sorted(REPORTS.glob("*.txt")))
    assert corpus, "the bundled reports are part of the repository"
    line = (corpus.replace("\n", " ") * 30)[:5_000_000]
    start = time.perf_counter()
    found = extract(line)
    assert time.perf_counter() - start < 5.0
    assert found


def test_time_grows_linearly_with_the_text() -> None:
    unit = "在 2011 年，向 1,600 多名官员和六个国家提供了约 2.45 亿美元。" * 200
    small = seconds(lambda: extract(unit * 5))
    large = seconds(lambda: extract(unit * 40))
    assert large < 8 * small * 2  # 8× the text: linear is 8×, allow noise; quadratic would be 64×
