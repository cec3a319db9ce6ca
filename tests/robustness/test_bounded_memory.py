"""Memory bounded by row groups, not by the corpus: DuckDB's memory limit is applied, the texts are
written last in small row groups, and neither the limit nor the process pool changes what is built.

No timings here: `bench/` measures time and peak memory on the ×100 and ×1000 corpora.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from etl import store as store_module
from etl.catalog import default_catalog
from etl.load import COLUMNS, DocumentRows
from etl.pipeline import build
from etl.store import BUILD_MEMORY_MB, TABLE_ROW_GROUP, TEXT_ROW_GROUP, Store, texts_memory_mb
from tests.robustness.corpus import big_report, bundled, copy_reports

MB = 1 << 20
TABLES = [*COLUMNS, "indicators", "series"]


def _rows(i: int, text: str, full_text: str | None = None) -> DocumentRows:
    """A made-up processed document: one row in every table, `text` in each, `full_text` its text."""
    doc_id = f"doc_{i:06d}"
    data = (text if full_text is None else full_text).encode("utf-8")
    document = (doc_id, f"{i}.txt", f"sha{i}", "标题", "General Assembly", None, "zh", 2020, 2019, 2020)
    tables: dict[str, list[tuple[object, ...]]] = {
        "documents": [(*document, "utf-8", len(text), 1, 1, None, None)],
        "paragraphs": [(doc_id, 1, 0, len(text))],
        "sentences": [(doc_id, 0, 1, 0, len(text), text)],
        "mentions": [
            (f"{doc_id}:0-2", doc_id, 1, 0, 0, 2, "6个", 6.0, None, "count", "exact", "个", "c", text, False)
        ],
        "observations": [
            (
                f"{doc_id}:0-2:x",
                "x",
                doc_id,
                f"{doc_id}:0-2",
                1,
                2020,
                2020,
                "annual",
                6.0,
                "count",
                "exact",
                text,
                "",
            )
        ],
    }
    return DocumentRows(doc_id, f"{i}.txt", f"sha{i}", f"key{i}", data, len(text), tables, (), {})


def _dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {table: con.execute(f"select * from {table} order by all").fetchall() for table in TABLES}
    finally:
        con.close()


def test_the_memory_limit_and_one_thread_are_applied(tmp_path: Path) -> None:
    store = Store(tmp_path / "x.duckdb", default_catalog(), memory_mb=48)
    try:
        limit, threads = store.con.execute(
            "select current_setting('memory_limit'), current_setting('threads')"
        ).fetchone() or (None, None)
    finally:
        store.close()
    assert limit is not None and abs(float(str(limit).split()[0]) - 48 * 1e6 / MB) < 1  # "45.7 MiB"
    assert threads == 1


def test_the_texts_step_needs_one_row_group_of_texts_however_many_reports_there_are() -> None:
    report = 60_000  # bytes, about a real report
    assert texts_memory_mb([report] * 100) == BUILD_MEMORY_MB  # fits in the build's limit
    bound = 2 * TEXT_ROW_GROUP * report / MB + 64  # a row group of texts, and a margin
    assert all(texts_memory_mb([report] * n) <= bound for n in (2_048, 5_000, 50_000, 500_000))
    assert texts_memory_mb([40 * MB]) > max(BUILD_MEMORY_MB, 1.3 * 40)  # one huge report: raised for it


def test_rows_appended_in_one_transaction_and_texts_written_last_in_small_row_groups(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    n = 2 * TEXT_ROW_GROUP + 100
    store = Store(db, default_catalog(), memory_mb=32)
    try:
        for i in range(n):
            store.add(_rows(i, f"{i}。" + "毒品和犯罪问题办公室" * (i % 50)))
        store.finish()
    except BaseException:
        store.close()
        raise
    assert not store.spool_path.exists()
    con = duckdb.connect(str(db), read_only=True)
    try:
        for table in COLUMNS:
            assert con.execute(f"select count(*) from {table}").fetchone() == (n,), table
        texts = con.execute("select doc_id, text from document_texts order by doc_id").fetchall()
        sentences = con.execute("select doc_id, text from sentences order by doc_id").fetchall()
    finally:
        con.close()
    assert texts == sentences  # every text, whole, under its document
    sizes = _row_group_sizes(db, "document_texts")
    assert len(sizes) >= 3 and max(sizes) <= TEXT_ROW_GROUP
    assert max(_row_group_sizes(db, "sentences")) <= TABLE_ROW_GROUP


def test_when_the_texts_step_runs_out_of_memory_it_is_retried_with_more(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(store_module, "texts_memory_mb", lambda sizes, base_mb: 24)  # far too little
    report = bundled()[0].read_text(encoding="utf-8")
    db = tmp_path / "x.duckdb"
    n = TEXT_ROW_GROUP + 500
    store = Store(db, default_catalog(), memory_mb=24)
    try:
        for i in range(n):
            store.add(_rows(i, str(i), full_text=f"{report}{i}"))
        store.finish()
    except BaseException:
        store.close()
        raise
    assert store.text_memory_mb > 24  # DuckDB 2.0 cannot commit a row group of 2,048 such texts in 24 MB
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("select count(*), sum(length(text)) from document_texts").fetchone() == (
            n,
            n * len(report) + sum(len(str(i)) for i in range(n)),
        )
    finally:
        con.close()


def _row_group_sizes(db: Path, table: str) -> list[int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            f"select row_group_id, sum(count) from pragma_storage_info('{table}') "
            "where column_name = 'doc_id' and segment_type = 'VARCHAR' group by 1"
        ).fetchall()
    finally:
        con.close()
    return [int(size) for _, size in rows]


@pytest.fixture(scope="module")
def mixed_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled reports, a copy under another name, one in GB18030, a bad file, one streamed file."""
    reports = copy_reports(tmp_path_factory.mktemp("mixed") / "reports")
    first = bundled()[0]
    shutil.copy(first, reports / "zz_copy.txt")
    (reports / "zz_gb18030.txt").write_bytes(first.read_text(encoding="utf-8").encode("gb18030"))
    (reports / "zz_empty.txt").write_bytes(b"")
    big_report(reports / "zz_large.txt", 2_500_000)  # above STREAM_BYTES: processed in this process
    return reports


def test_workers_memory_limit_and_transaction_size_do_not_change_the_database(
    tmp_path: Path, mixed_corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = {}
    for name, workers, memory_mb, commit_rows in (
        ("one", 1, BUILD_MEMORY_MB, store_module.COMMIT_ROWS),
        ("pool", 2, BUILD_MEMORY_MB, store_module.COMMIT_ROWS),
        ("tight", 2, 32, store_module.COMMIT_ROWS),
        ("small transactions", 1, BUILD_MEMORY_MB, 2_000),  # commits inside the streamed file too
    ):
        monkeypatch.setattr(store_module, "COMMIT_ROWS", commit_rows)
        monkeypatch.setattr(store_module, "FLUSH_ROWS", min(store_module.FLUSH_ROWS, commit_rows))
        db = tmp_path / f"{name}.duckdb"
        summary = build(mixed_corpus, db, workers=workers, memory_mb=memory_mb)
        assert summary.documents == 6 and [name for name, _ in summary.skipped] == ["zz_empty.txt"]
        built[name] = _dump(db)
    assert built["pool"] == built["one"]
    assert built["tight"] == built["one"]
    assert built["small transactions"] == built["one"]
    [(also_named,)] = [(row[14],) for row in built["one"]["documents"] if row[1] == bundled()[0].name]
    assert also_named == "zz_copy.txt; zz_gb18030.txt"
