"""`python -m etl build` end to end: the real CLI, the bundled reports, a real DuckDB file."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb

from tests.conftest import REPORTS, run_cli

CONTRACT_COLUMNS = {
    "documents": {"doc_id", "file_name", "sha256", "title", "body", "published_year", "coverage_start",
                  "coverage_end"},
    "mentions": {"mention_id", "doc_id", "paragraph", "char_start", "char_end", "surface", "value",
                 "value_max", "unit", "qualifier", "counted", "sentence"},
    "indicators": {"indicator_id", "theme", "name_en", "name_zh", "unit", "description_en"},
    "observations": {"indicator_id", "doc_id", "mention_id", "paragraph", "period_start", "period_end",
                     "basis", "value", "unit", "qualifier", "quote"},
    "series": {"indicator_id", "period_start", "period_end", "basis", "value", "qualifier", "n_sources",
               "conflict"},
}  # fmt: skip


def test_build_creates_every_contract_table(built_db: Path) -> None:
    con = duckdb.connect(str(built_db), read_only=True)
    for table, columns in CONTRACT_COLUMNS.items():
        present = {row[0] for row in con.execute(f"describe {table}").fetchall()}
        assert columns <= present, (table, columns - present)
    assert con.execute("select count(*) from documents").fetchone() == (5,)
    assert con.execute("select count(*) from mentions").fetchone()[0] > 200


def test_treaty_parties_for_2012_and_2018(built_db: Path) -> None:
    con = duckdb.connect(str(built_db), read_only=True)
    rows = con.execute(
        "select indicator_id, period_start, value from series where indicator_id like '%parties' "
        "and basis = 'as_of' and not conflict"
    ).fetchall()
    found = {(i, y): v for i, y, v in rows}
    assert found[("untoc_parties", 2012)] == 168
    assert found[("tip_protocol_parties", 2012)] == 148
    assert found[("smuggling_protocol_parties", 2012)] == 130
    assert found[("firearms_protocol_parties", 2012)] == 91
    assert found[("uncac_parties", 2012)] == 160
    assert found[("untoc_parties", 2018)] == 189
    assert found[("tip_protocol_parties", 2018)] == 173
    assert found[("smuggling_protocol_parties", 2018)] == 146
    assert found[("firearms_protocol_parties", 2018)] == 115
    assert found[("uncac_parties", 2018)] == 186


def test_every_mention_span_points_at_its_surface_in_the_original_file(built_db: Path) -> None:
    con = duckdb.connect(str(built_db), read_only=True)
    rows = con.execute(
        "select d.file_name, m.char_start, m.char_end, m.surface "
        "from mentions m join documents d using (doc_id)"
    ).fetchall()
    texts = {p.name: p.read_text(encoding="utf-8") for p in REPORTS.glob("*.txt")}
    for file_name, start, end, surface in rows:
        assert "".join(texts[file_name][start:end].split()) == surface


def _doc_ids(db: Path) -> set[str]:
    con = duckdb.connect(str(db), read_only=True)
    return {row[0] for row in con.execute("select doc_id from documents").fetchall()}


def test_doc_ids_are_stable_across_rebuilds_and_renames(tmp_path: Path, built_db: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    for i, path in enumerate(sorted(REPORTS.glob("*.txt"))):
        shutil.copy(path, reports / f"renamed_{9 - i}.txt")
    db = tmp_path / "again.duckdb"
    assert run_cli("build", "--reports", str(reports), "--db", str(db), "--quiet").returncode == 0
    assert _doc_ids(db) == _doc_ids(built_db)


def test_missing_reports_folder_is_a_one_line_error(tmp_path: Path) -> None:
    result = run_cli("build", "--reports", str(tmp_path / "nowhere"), "--db", str(tmp_path / "x.duckdb"))
    assert result.returncode != 0
    assert result.stderr.strip().count("\n") == 0
    assert "nowhere" in result.stderr and "does not exist" in result.stderr


def test_empty_reports_folder_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    result = run_cli("build", "--reports", str(tmp_path / "empty"), "--db", str(tmp_path / "x.duckdb"))
    assert result.returncode != 0
    assert "no .txt reports" in result.stderr


def test_a_bad_file_is_reported_and_skipped_while_the_rest_builds(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    shutil.copytree(REPORTS, reports)
    (reports / "broken.txt").write_bytes(b"\x00\x01\x02\x03" * 1000)
    db = tmp_path / "x.duckdb"
    result = run_cli("build", "--reports", str(reports), "--db", str(db), "--quiet")
    assert result.returncode == 0
    assert "broken.txt: binary file" in result.stderr
    assert len(_doc_ids(db)) == 5


def test_a_failed_build_leaves_the_previous_database_untouched(tmp_path: Path) -> None:
    db = tmp_path / "x.duckdb"
    assert run_cli("build", "--reports", str(REPORTS), "--db", str(db), "--quiet").returncode == 0
    before = db.read_bytes()
    reports = tmp_path / "only_bad"
    reports.mkdir()
    (reports / "empty.txt").write_bytes(b"")
    result = run_cli("build", "--reports", str(reports), "--db", str(db), "--quiet")
    assert result.returncode != 0
    assert db.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
