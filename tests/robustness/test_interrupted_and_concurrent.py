"""Never a half-written database: builds killed mid-way, two builds at once, and a reader that keeps
reading while the database is rebuilt under it (read-only connections, opened per request, as the
dashboard opens them)."""

from __future__ import annotations

import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from etl import atomic
from tests.conftest import REPORTS
from tests.robustness.corpus import State, build, bundled, copy_reports, start_build, state


def _wait_for(condition: Callable[[], bool], timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def _temp_files(folder: Path) -> list[str]:
    return sorted(
        p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".tmp.wal", ".tmp.texts", ".tmp.spill"))
    )


def _kill_mid_build(slow_corpus: Path, db: Path, sig: signal.Signals) -> tuple[int, str]:
    """Start a long build into `db`, send `sig` once it has been writing its new file for a while;
    return its exit status and stderr."""
    proc = start_build(slow_corpus, db)
    _wait_for(lambda: any(name.endswith(".tmp.wal") for name in _temp_files(db.parent)))
    time.sleep(1.5)
    assert proc.poll() is None, "the build finished before it could be interrupted"
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=60)
    return proc.returncode, stderr


@pytest.fixture
def previous_db(tmp_path: Path) -> tuple[Path, bytes, State]:
    db = tmp_path / "db" / "indicators.duckdb"
    assert build(REPORTS, db).returncode == 0
    return db, db.read_bytes(), state(db)


def test_sigterm_mid_build_keeps_the_previous_database_and_leaves_no_temp_files(
    slow_corpus: Path, previous_db: tuple[Path, bytes, State]
) -> None:
    db, before, contents = previous_db
    returncode, stderr = _kill_mid_build(slow_corpus, db, signal.SIGTERM)
    assert returncode == 128 + signal.SIGTERM
    assert stderr == "interrupted by signal 15: the previous database is untouched\n"
    assert db.read_bytes() == before
    assert state(db) == contents
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]


def test_sigkill_mid_build_keeps_the_previous_database_and_the_next_build_cleans_up(
    slow_corpus: Path, previous_db: tuple[Path, bytes, State]
) -> None:
    db, before, contents = previous_db
    returncode, _ = _kill_mid_build(slow_corpus, db, signal.SIGKILL)
    assert returncode == -signal.SIGKILL
    assert db.read_bytes() == before
    assert state(db) == contents
    assert _temp_files(db.parent)  # SIGKILL leaves no chance to clean up …
    assert build(REPORTS, db).returncode == 0
    assert sorted(p.name for p in db.parent.iterdir()) == [db.name]  # … the next build does it
    assert state(db) == contents


def _corpora(tmp_path: Path) -> tuple[Path, Path]:
    """Two different corpora: the five bundled reports, and three of them."""
    return copy_reports(tmp_path / "five"), copy_reports(tmp_path / "three", bundled()[:3])


def test_two_builds_at_once_into_the_same_database_give_one_complete_result(tmp_path: Path) -> None:
    five, three = _corpora(tmp_path)
    expected = {}
    for reports in (five, three):
        db = tmp_path / f"{reports.name}.duckdb"
        assert build(reports, db).returncode == 0
        expected[reports.name] = state(db)
    db = tmp_path / "shared" / "indicators.duckdb"
    for _ in range(3):
        procs = [start_build(reports, db) for reports in (five, three)]
        for proc in procs:
            _, stderr = proc.communicate(timeout=120)
            assert proc.returncode == 0, stderr
        result = state(db)
        assert result in expected.values() and result.orphan_mentions == 0
        assert sorted(p.name for p in db.parent.iterdir()) == [db.name]


def test_a_reader_sees_no_errors_while_the_database_is_rebuilt_and_then_sees_the_new_contents(
    tmp_path: Path,
) -> None:
    five, three = _corpora(tmp_path)
    db = tmp_path / "db" / "indicators.duckdb"
    assert build(five, db).returncode == 0
    seen: list[tuple[object, ...]] = []
    errors: list[str] = []
    stop = threading.Event()

    def read_forever() -> None:
        while not stop.is_set():
            try:
                con = duckdb.connect(str(db), read_only=True)
                try:
                    row = con.execute(
                        "select (select count(*) from documents), (select count(*) from mentions), "
                        "(select count(*) from series), (select sum(length(text)) from document_texts)"
                    ).fetchone()
                finally:
                    con.close()
                assert row is not None
                seen.append(row)
            except Exception as exc:
                errors.append(f"{type(exc).__name__}: {exc}")

    reader = threading.Thread(target=read_forever, daemon=True)
    reader.start()
    try:
        _wait_for(lambda: len(seen) > 5)
        for reports in (three, five, three, five, three):
            result = build(reports, db)
            assert result.returncode == 0, result.stderr
        expected_last = len(list(three.iterdir()))
        _wait_for(lambda: bool(seen) and seen[-1][0] == expected_last, timeout=10)
    finally:
        stop.set()
        reader.join(timeout=30)
    assert errors == []
    assert len(seen) > 50
    assert {row[0] for row in seen} == {3, 5}  # both contents were seen, and never anything in between
    assert len(set(seen)) == 2


def test_a_request_in_flight_keeps_reading_the_file_it_opened(tmp_path: Path) -> None:
    """A connection open across a rebuild reads the old file to the end; the next one opens the new file.

    (DuckDB shares one open database per path within a process, so a connection opened while another
    is still open gets the old file too: a reader must not keep connections open between requests.)
    """
    five, three = _corpora(tmp_path)
    db = tmp_path / "db" / "indicators.duckdb"
    assert build(five, db).returncode == 0
    before = state(db)
    in_flight = duckdb.connect(str(db), read_only=True)
    try:
        count = "select (select count(*) from documents), (select count(*) from mentions)"
        old = in_flight.execute(count).fetchone()
        assert build(three, db).returncode == 0
        assert in_flight.execute(count).fetchone() == old
        assert in_flight.execute("select count(*) from sentences").fetchone() != (0,)
    finally:
        in_flight.close()
    after = state(db)
    assert len(before.documents) == 5 and len(after.documents) == 3
    assert after.orphan_mentions == 0


def test_a_signal_whose_exception_a_library_swallowed_still_interrupts_the_build(tmp_path: Path) -> None:
    """DuckDB turns a pending signal into its own "Query interrupted" error; the build still stops as
    interrupted, with the previous database in place and no temporary file left."""
    db = tmp_path / "indicators.duckdb"
    db.write_bytes(b"previous")
    with pytest.raises(atomic.Interrupted) as raised, atomic.replacing(db) as tmp:
        tmp.write_bytes(b"half")
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            time.sleep(1)  # the handler runs here
        except atomic.Interrupted:
            raise RuntimeError("Query interrupted") from None  # what DuckDB raises instead
    assert raised.value.signum == signal.SIGTERM and not raised.value.replaced
    assert db.read_bytes() == b"previous"
    assert _temp_files(tmp_path) == []
