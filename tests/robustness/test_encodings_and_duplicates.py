"""Encodings and duplicates: GB18030/GBK and UTF-16 copies of a report give exactly what the UTF-8
original gives; the same report twice (same bytes, or the same text in another encoding) is one document,
and the build says so."""

from __future__ import annotations

import codecs
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.robustness.corpus import build, bundled, problems, query

Encoder = tuple[Callable[[str], bytes], str]
UTF8: Encoder = (lambda t: t.encode("utf-8"), "utf-8")
ENCODERS: dict[str, Encoder] = {
    # folder name: (how the copy is written, the encoding the build must record)
    "utf-8-bom": (lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), "utf-8-sig"),
    "gb18030": (lambda t: t.encode("gb18030"), "gb18030"),
    "gbk": (lambda t: t.encode("gbk"), "gb18030"),
    "utf-16": (lambda t: t.encode("utf-16"), "utf-16"),
    "utf-16-be-bom": (lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), "utf-16"),
    "utf-16-le-no-bom": (lambda t: t.encode("utf-16-le"), "utf-16-le"),
}
MENTIONS = """
    select d.file_name, m.paragraph, m.char_start, m.char_end, m.surface, m.value, m.value_max, m.unit,
           m.qualifier, m.counted, m.sentence
    from mentions m join documents d using (doc_id) order by all
"""
OBSERVATIONS = """
    select d.file_name, o.indicator_id, o.paragraph, o.period_start, o.period_end, o.basis, o.value, o.unit,
           o.qualifier, o.quote, m.char_start, m.char_end
    from observations o join documents d using (doc_id) join mentions m using (mention_id) order by all
"""
DOCUMENTS = """
    select file_name, title, body, published_year, coverage_start, coverage_end, n_chars, n_mentions,
           n_observations from documents order by all
"""


def _encodable(text: str, encode: Callable[[str], bytes]) -> bool:
    try:
        encode(text)
    except UnicodeEncodeError:
        return False
    return True


@pytest.fixture(scope="module")
def databases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """One database per encoding, each built from every bundled report that encoding can hold."""
    root = tmp_path_factory.mktemp("encodings")
    dbs = {}
    for name, (encode, _) in {"utf-8": UTF8, **ENCODERS}.items():
        reports = root / name
        reports.mkdir()
        for path in bundled():
            text = path.read_text(encoding="utf-8")
            if _encodable(text, encode):
                (reports / path.name).write_bytes(encode(text))
        db = root / f"{name}.duckdb"
        result = build(reports, db)
        assert result.returncode == 0 and result.stderr == "", result.stderr
        dbs[name] = db
    return dbs


def _rows(db: Path, sql: str, files: set[object] | None = None) -> list[tuple[object, ...]]:
    return [row for row in query(db, sql) if files is None or row[0] in files]


@pytest.mark.parametrize("encoding", list(ENCODERS))
def test_a_copy_in_another_encoding_gives_the_same_mentions_and_observations(
    databases: dict[str, Path], encoding: str
) -> None:
    db, original = databases[encoding], databases["utf-8"]
    files = {row[0] for row in query(db, "select file_name from documents")}
    assert len(files) >= 3  # GBK cannot hold two of the reports (they use superscript digits)
    assert _rows(db, MENTIONS) == _rows(original, MENTIONS, files)
    assert _rows(db, OBSERVATIONS) == _rows(original, OBSERVATIONS, files)
    assert _rows(db, DOCUMENTS) == _rows(original, DOCUMENTS, files)
    assert len(_rows(db, MENTIONS)) > 150


@pytest.mark.parametrize("encoding", list(ENCODERS))
def test_the_detected_encoding_is_recorded(databases: dict[str, Path], encoding: str) -> None:
    assert {row[0] for row in query(databases[encoding], "select encoding from documents")} == {
        ENCODERS[encoding][1]
    }


def test_the_same_report_twice_is_one_document_and_the_build_says_so(tmp_path: Path, built_db: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    first, other = bundled()[0], bundled()[1]
    shutil.copy(first, reports / first.name)
    shutil.copy(first, reports / "copy of the first.txt")  # same bytes, another name
    (reports / "first in utf-16.txt").write_bytes(first.read_text(encoding="utf-8").encode("utf-16"))
    shutil.copy(other, reports / other.name)
    db = tmp_path / "x.duckdb"
    result = build(reports, db)
    assert result.returncode == 0, result.stderr
    assert problems(result.stderr) == {
        "copy of the first.txt": f"same bytes as {first.name}; loaded once",
        "first in utf-16.txt": f"same text as {first.name} (in another encoding); loaded once",
    }
    assert "built" in result.stdout and "2 reports" in result.stdout and "skipped" not in result.stdout
    docs = query(db, "select file_name, also_named from documents order by file_name")
    assert docs == [
        (first.name, "copy of the first.txt; first in utf-16.txt"),
        (other.name, None),
    ]
    expected = query(
        built_db,
        "select doc_id from documents where file_name in (?, ?) order by 1",
        [first.name, other.name],
    )
    assert query(db, "select doc_id from documents order by 1") == expected
    counts = "select doc_id, count(*) from mentions group by 1 order by 1"
    assert query(db, counts) == [row for row in query(built_db, counts) if (row[0],) in expected]
