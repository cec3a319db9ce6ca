"""The dashboard picks up a rebuilt database (os.replace) without a restart and never half-reads one."""

from __future__ import annotations

import os
import threading
from pathlib import Path

import duckdb
import pytest

from dashboard.data import Database, DataUnavailable
from tests.dashboard.synthetic import make_db


def add_observation(path: Path) -> None:
    con = duckdb.connect(str(path))
    con.execute(
        "insert into observations values ('donor_count', 'doc_c', 'doc_c:32-36', 35, 2020, 2020, 'as_of', "
        "99, 'count', 'exact', 'q')"
    )
    con.close()


def test_a_replaced_file_is_picked_up_and_old_snapshots_stay_whole(tmp_path: Path) -> None:
    live = make_db(tmp_path / "live.duckdb")
    db = Database(live)
    before = db.snapshot()
    assert db.snapshot() is before  # unchanged file: cached
    assert "donor_count" not in set(before.series["indicator_id"])

    fresh = make_db(tmp_path / "fresh.duckdb")
    add_observation(fresh)
    os.replace(fresh, live)
    after = db.snapshot()
    assert after is not before and after.key != before.key
    assert "donor_count" in set(after.series["indicator_id"])
    assert before.texts["doc_a"] and len(before.observations) == len(after.observations) - 1


def test_missing_or_broken_files(tmp_path: Path) -> None:
    with pytest.raises(DataUnavailable):
        Database(tmp_path / "absent.duckdb").snapshot()
    live = make_db(tmp_path / "live.duckdb")
    db = Database(live)
    good = db.snapshot()
    broken = tmp_path / "broken.duckdb"
    broken.write_bytes(b"not a database")
    os.replace(broken, live)
    assert db.snapshot() is good  # the last good snapshot keeps serving
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"junk")
    with pytest.raises(DataUnavailable):
        Database(junk).snapshot()


def test_requests_during_rebuilds_never_fail(tmp_path: Path) -> None:
    live = make_db(tmp_path / "live.duckdb")
    db = Database(live)
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                snap = db.snapshot()
                assert len(snap.indicators) == 8 and snap.texts
            except BaseException as exc:
                errors.append(exc)
                return

    threads = [threading.Thread(target=reader) for _ in range(3)]
    for th in threads:
        th.start()
    for i in range(6):
        os.replace(make_db(tmp_path / f"next{i}.duckdb"), live)
    stop.set()
    for th in threads:
        th.join(timeout=10)
    assert errors == []


def test_lookups(tmp_path: Path) -> None:
    snap = Database(make_db(tmp_path / "db.duckdb")).snapshot()
    assert snap.split_known(["untoc_parties", "nope", "<x>"]) == (["untoc_parties"], ["nope", "<x>"])
    assert snap.indicator("nope") is None and snap.document("nope") is None
    assert list(snap.indicator_meta(["uncac_parties", "untoc_parties"])["indicator_id"]) == [
        "uncac_parties",
        "untoc_parties",
    ]
    assert snap.doc_label("doc_b") == "General Assembly 2018"
    m = snap.mention("doc_a:43-48")
    assert m is not None and snap.sentence_bounds("doc_a", 43, 48)[0] <= 43


def test_warm_up_reads_the_snapshot_in_the_background(tmp_path: Path) -> None:
    db = Database(make_db(tmp_path / "db.duckdb"))
    db.warm().join(timeout=30)
    assert db._snapshot is not None and db.snapshot() is db._snapshot
    missing = Database(tmp_path / "missing.duckdb")
    missing.warm().join(timeout=30)  # a missing file: no error in the thread, the request reports it
    with pytest.raises(DataUnavailable):
        missing.snapshot()
