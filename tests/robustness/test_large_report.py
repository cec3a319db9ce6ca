"""A 50 MB report builds in bounded memory, with a progress bar that advances inside the one file.

The report is made from the bundled reports' paragraphs, renumbered and varied, in the test's own
folder. Peak memory is the child's own maximum resident set size (from `os.wait4`). What makes it
possible — processing a report section by section — must not change what a report yields.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from etl.catalog import default_catalog
from etl.document import process_text
from etl.manifest import Manifest
from etl.models import SourceText
from tests.conftest import ROOT
from tests.robustness.corpus import big_report, bundled, query, spans_hold

MAX_RSS_BYTES = 1.5e9  # generous: the point is that the text is not held in many copies
MAX_SECONDS = 240  # generous too; about 35 s on a 2-core machine
_PERCENT = re.compile(r"building:\s+(\d+)%\|")


@pytest.mark.slow
def test_a_50_mb_report_builds_in_bounded_memory_with_progress_inside_the_file(tmp_path: Path) -> None:
    report = big_report(tmp_path / "reports" / "huge.txt", 50_000_000)
    db = tmp_path / "x.duckdb"
    stderr_path, stdout_path = tmp_path / "stderr.txt", tmp_path / "stdout.txt"
    start = time.perf_counter()
    with stderr_path.open("w") as err, stdout_path.open("w") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "etl",
                "build",
                "--reports",
                str(report.parent),
                "--db",
                str(db),
                "--progress",
            ],
            cwd=ROOT,
            stdout=out,
            stderr=err,
        )
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - start
    peak_rss = usage.ru_maxrss * 1024  # kilobytes on Linux
    stderr = stderr_path.read_text(encoding="utf-8")
    assert proc.returncode == 0, stderr[-2000:]
    print(f"\n50 MB build: {seconds:.1f} s, peak RSS {peak_rss / 1e6:.0f} MB, {stdout_path.read_text()}")

    assert peak_rss < MAX_RSS_BYTES, f"peak RSS {peak_rss / 1e6:.0f} MB"
    assert seconds < MAX_SECONDS

    percents = [int(p) for p in _PERCENT.findall(stderr)]
    inside = sorted({p for p in percents if 0 < p < 100})
    assert len(inside) >= 10, percents  # the bar moved through the one file, not 0 → 100
    assert percents[-1] == 100 and percents == sorted(percents)

    text = report.read_text(encoding="utf-8")
    [(doc_id, n_chars)] = query(db, "select doc_id, n_chars from documents")
    assert n_chars == len(text)
    assert spans_hold(db, str(doc_id), text) > 50_000
    [(n_sentences, last_end)] = query(db, "select count(*), max(char_end) from sentences")
    assert isinstance(n_sentences, int) and n_sentences > 400_000
    assert isinstance(last_end, int) and last_end > 0.99 * len(text)
    assert query(
        db, "select count(*) from (select sentence_index from sentences group by 1 having count(*) > 1)"
    ) == [(0,)]


def test_a_report_processed_in_sections_gives_what_it_gives_whole() -> None:
    """Sections cut at the report's own paragraphs change nothing: same sentences, mentions, observations."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in bundled())
    source = SourceText(path="all.txt", file_name="all.txt", sha256="0" * 64, encoding="utf-8", text=text)
    whole = process_text(source, Manifest({}), default_catalog())
    streamed: list[tuple[int, int, int | None, str]] = []
    advanced: list[float] = []
    parts = process_text(
        source,
        Manifest({}),
        default_catalog(),
        sink=lambda sentences, offset, _: streamed.extend(
            (s.start + offset, s.end + offset, s.paragraph, s.text) for s in sentences
        ),
        on_advance=advanced.append,
        section_chars=20_000,
    )
    assert len(advanced) >= 5 and advanced == sorted(advanced) and advanced[-1] == 1.0
    assert streamed == [(s.start, s.end, s.paragraph, s.text) for s in whole.sentences]
    assert parts.sentences == ()
    assert parts.mentions == whole.mentions
    assert parts.observations == whole.observations
