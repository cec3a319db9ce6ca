"""Test corpora made from the bundled reports, and small helpers to build and inspect databases."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import duckdb

from tests.conftest import REPORTS, ROOT, run_cli

_LINE_START_NUMBER = re.compile(r"(?m)^([ \t]*)([1-9]\d{0,2})\.(?!\d)")
_THOUSANDS = re.compile(r"(?<=\d,)\d{3}")


def bundled() -> list[Path]:
    return sorted(REPORTS.glob("*.txt"))


def copy_reports(dest: Path, paths: list[Path] | None = None) -> Path:
    """A reports folder holding copies of the bundled reports (or of `paths`)."""
    dest.mkdir(parents=True, exist_ok=True)
    for path in paths if paths is not None else bundled():
        shutil.copy(path, dest / path.name)
    return dest


def _vary(offset: int, m: re.Match[str]) -> str:
    return f"{(int(m.group()) + offset) % 1000:03d}"


def big_report(path: Path, n_bytes: int) -> Path:
    """A report of about `n_bytes` UTF-8 bytes: one bundled header, then the bundled reports' numbered
    paragraphs over and over, renumbered in sequence, with amounts varied in every round."""
    texts = [p.read_text(encoding="utf-8") for p in bundled()]
    bodies = []
    for text in texts:
        first = _LINE_START_NUMBER.search(text)
        assert first is not None
        bodies.append(text[first.start() :])
    header = texts[0][: texts[0].index(bodies[0])]
    parts, size, number, round_ = [header], len(header.encode()), 0, 0
    while size < n_bytes:

        def renumber(m: re.Match[str]) -> str:
            nonlocal number
            number += 1
            return f"{m.group(1)}{number}."

        body = _LINE_START_NUMBER.sub(renumber, bodies[round_ % len(bodies)])
        body = _THOUSANDS.sub(partial(_vary, round_), body)
        parts.append(body)
        size += len(body.encode())
        round_ += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(parts), encoding="utf-8")
    return path


def build(reports: Path, db: Path, *extra: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`python -m etl build --reports … --db … --quiet` as a user would run it."""
    return run_cli("build", "--reports", str(reports), "--db", str(db), "--quiet", *extra, timeout=timeout)


def start_build(reports: Path, db: Path, *extra: str) -> subprocess.Popen[str]:
    """The same build, started in the background."""
    return subprocess.Popen(
        [sys.executable, "-m", "etl", "build", "--reports", str(reports), "--db", str(db), "--quiet", *extra],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def problems(stderr: str) -> dict[str, str]:
    """`NAME: reason` lines of a build's stderr, by file name."""
    found = {}
    for line in stderr.splitlines():
        name, sep, reason = line.partition(": ")
        if sep and not line.startswith("error: "):
            found[name] = reason
    return found


def query(db: Path, sql: str, params: list[object] | None = None) -> list[tuple[object, ...]]:
    """Rows from a read-only connection, opened and closed as the dashboard does."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


Rows = tuple[tuple[object, ...], ...]


@dataclass(frozen=True)
class State:
    """What a complete database holds: documents with their counts, mentions per document, totals."""

    documents: Rows
    mentions_per_document: Rows
    observations: int
    orphan_mentions: int
    series: int


def state(db: Path) -> State:
    con = duckdb.connect(str(db), read_only=True)
    try:

        def rows(sql: str) -> Rows:
            return tuple(con.execute(sql).fetchall())

        def number(sql: str) -> int:
            row = con.execute(sql).fetchone()
            assert row is not None
            return int(row[0])

        return State(
            documents=rows("select doc_id, n_mentions, n_observations from documents order by doc_id"),
            mentions_per_document=rows("select doc_id, count(*) from mentions group by 1 order by 1"),
            observations=number("select count(*) from observations"),
            orphan_mentions=number(
                "select count(*) from mentions where doc_id not in (select doc_id from documents)"
            ),
            series=number("select count(*) from series"),
        )
    finally:
        con.close()


def spans_hold(db: Path, doc_id: str, text: str) -> int:
    """Assert every mention of `doc_id` points at its surface in `text`; return how many there are."""
    rows = query(db, "select char_start, char_end, surface from mentions where doc_id = ?", [doc_id])
    for start, end, surface in rows:
        assert isinstance(start, int) and isinstance(end, int)
        assert "".join(text[start:end].split()) == surface, (start, end, surface)
    return len(rows)
