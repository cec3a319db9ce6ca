"""Pathological text finishes in bounded time: the real CLI on each input, with a time limit.

Each input is tried alone (where it is refused with a reason) and inside a real report (where every
stage has to read through it). The limit includes starting Python and importing the ETL (about 1 s).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.robustness.corpus import build, bundled, problems, query, spans_hold

LIMIT_SECONDS = 10.0
MB = 1_000_000


def _report() -> str:
    return bundled()[0].read_text(encoding="utf-8")


def _inside(filler: str) -> str:
    """`filler` in the middle of a real report, between two of its paragraphs."""
    text = _report()
    middle = text.index("\n", len(text) // 2) + 1
    return text[:middle] + filler + "\n" + text[middle:]


def _one_line(n_bytes: int) -> str:
    """Real report text with every line break removed, repeated to `n_bytes`: one line, no breaks."""
    flat = "".join(_report().split("\n"))
    return flat * (n_bytes // len(flat.encode()) + 1)


def _timed_build(tmp_path: Path, name: str, text: str) -> tuple[float, str, str, Path]:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / name).write_text(text, encoding="utf-8")
    db = tmp_path / "x.duckdb"
    start = time.perf_counter()
    result = build(reports, db, timeout=120)
    return time.perf_counter() - start, result.stdout, result.stderr, db


ALONE = {
    "1 MB of digits and commas": ("1,234," * MB)[:MB],
    "1 MB of 多": "多" * (MB // 3),
    "1 MB of Chinese numerals": ("一二三四五六七八九十百千万亿" * MB)[: MB // 3],
    "1 MB of 《": "《" * (MB // 3),
}
REFUSED = {
    "1 MB of digits and commas": "no text in a recognizable language",
    "1 MB of 多": "not a UN report",
    "1 MB of Chinese numerals": "not a UN report",
    "1 MB of 《": "no text in a recognizable language",
}


@pytest.mark.parametrize("case", list(ALONE))
def test_pathological_file_alone_is_refused_quickly(tmp_path: Path, case: str) -> None:
    seconds, _, stderr, _ = _timed_build(tmp_path, "odd.txt", ALONE[case])
    assert REFUSED[case] in problems(stderr)["odd.txt"]
    assert seconds < LIMIT_SECONDS, (case, seconds)


INSIDE = {
    "1 MB of digits and commas": ("1,234," * MB)[:MB],
    "1 MB of 多": "多" * (MB // 3),
    "1 MB of Chinese numerals": ("一二三四五六七八九十百千万亿" * MB)[: MB // 3],
    "1 MB of 《": "《" * (MB // 3),
    "1 MB of line breaks": "\n" * MB,
    "1 MB of paragraph numbers": "".join(f"{i % 999 + 1}. \n" for i in range(MB // 6)),
    "1 MB of a list of numbers with no unit": ("12、" * MB)[: MB // 2],  # each looks ahead for a unit
    "1 MB of table rows under a caption": "表 1\n缉获量（吨）\n类别\t2015 年\n"
    + "可卡因\t58.1\n" * (MB // 16),
    "1 MB of tab-separated numbers on one line": "表 1\n" + "\t1" * (MB // 2),
    "1 MB of table labels": "表 1\n名称 数目\n" * (MB // 24),
    "1 MB of 表 on one line": "表" * (MB // 3),
}


@pytest.mark.parametrize("case", list(INSIDE))
def test_pathological_text_inside_a_report_is_read_through_quickly(tmp_path: Path, case: str) -> None:
    text = _inside(INSIDE[case])
    seconds, stdout, stderr, db = _timed_build(tmp_path, "report.txt", text)
    assert "1 reports" in stdout, stderr
    [(doc_id,)] = query(db, "select doc_id from documents")
    assert spans_hold(db, str(doc_id), text) >= 80  # the report's own quantities are all still found
    assert seconds < LIMIT_SECONDS, (case, seconds)


def test_one_5_mb_line_without_breaks_finishes_quickly(tmp_path: Path) -> None:
    text = _one_line(5 * MB)
    assert "\n" not in text and 5 * MB <= len(text.encode()) < 5.1 * MB
    seconds, stdout, stderr, db = _timed_build(tmp_path, "one line.txt", text)
    assert "1 reports" in stdout, stderr
    [(doc_id,)] = query(db, "select doc_id from documents")
    assert spans_hold(db, str(doc_id), text) > 5000
    assert seconds < LIMIT_SECONDS, seconds


def test_a_long_run_of_spaces_inside_a_report_finishes_quickly(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "spaces.txt").write_text(_inside("x" + " " * 200_000 + "x"), encoding="utf-8")
    try:
        result = build(reports, tmp_path / "x.duckdb", timeout=5)
    except Exception as exc:  # subprocess.TimeoutExpired: the build was killed at the limit
        pytest.fail(f"no result within 5 s: {type(exc).__name__}")
    assert result.returncode == 0
