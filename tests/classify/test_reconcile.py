"""The `series` view over a tiny DuckDB built by the real load code from reports of our own."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from etl.catalog import default_catalog
from etl.load import create_schema, write_documents
from etl.models import DocumentResult
from tests.classify.helpers import analyse

WORKSHOPS = """
 B. 打击恐怖主义

1. 2013 年，毒品和犯罪问题办公室通过 20 个区域讲习班接触了 {countries} 个国家。

2. 在编写本报告时，《联合国打击跨国有组织犯罪公约》共有 {parties} 个缔约方。
"""

TRAFFICKING = """
 A. 打击贩运人口

1. 2013 年，毒品和犯罪问题办公室协助 {countries} 国家处理了贩运人口问题。
"""


def _build(path: Path, results: list[DocumentResult]) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect(str(path))
    create_schema(con, default_catalog())
    write_documents(con, [(r, "", ()) for r in results])
    return con


def _series(con: duckdb.DuckDBPyConnection, indicator: str) -> dict[str, object]:
    cur = con.execute("select * from series where indicator_id = ?", [indicator])
    rows = cur.fetchall()
    assert len(rows) == 1, rows
    return dict(zip([d[0] for d in cur.description], rows[0], strict=True))


@pytest.fixture
def db(tmp_path: Path) -> duckdb.DuckDBPyConnection:
    early = analyse(WORKSHOPS.format(countries=85, parties=180), doc_id="doc_early", published=2014,
                    coverage=(2013, 2013))  # fmt: skip
    late = analyse(WORKSHOPS.format(countries=65, parties=180), doc_id="doc_late", published=2014,
                   coverage=(2013, 2014))  # fmt: skip
    twice = analyse(
        TRAFFICKING.format(countries="70 多个") + "\n2. 2013 年，办公室协助 70 多个国家处理了贩运问题。\n",
        doc_id="doc_twice",
        published=2014,
    )
    exact = analyse(TRAFFICKING.format(countries="75 个"), doc_id="doc_exact", published=2014)
    return _build(tmp_path / "tiny.duckdb", [early, late, twice, exact])


def test_disagreeing_reports_are_a_conflict_and_both_observations_stay(db: duckdb.DuckDBPyConnection) -> None:
    row = _series(db, "countries_reached_ct_workshops")
    assert row["conflict"] is True
    assert row["n_sources"] == 2
    assert sorted(row["values"]) == [65, 85]  # type: ignore[call-overload]
    assert row["value"] == 65 and row["value_doc_id"] == "doc_late"  # the most recent report's value
    kept = db.execute(
        "select count(*) from observations where indicator_id = 'countries_reached_ct_workshops'"
    )
    assert kept.fetchone() == (2,)


def test_a_fact_restated_by_two_reports_counts_once_with_two_sources(db: duckdb.DuckDBPyConnection) -> None:
    row = _series(db, "untoc_parties")
    assert (row["value"], row["n_sources"], row["conflict"]) == (180, 2, False)


def test_one_report_saying_it_twice_is_one_source_and_more_than_70_agrees_with_75(
    db: duckdb.DuckDBPyConnection,
) -> None:
    row = _series(db, "countries_assisted_trafficking_smuggling")
    assert row["n_observations"] == 3
    assert row["n_sources"] == 2
    assert row["conflict"] is False
    assert (row["value"], row["qualifier"]) == (75, "exact")  # same year: the exact statement is shown


def test_more_than_70_does_not_agree_with_95(tmp_path: Path) -> None:
    results = [
        analyse(TRAFFICKING.format(countries="70 多个"), doc_id="doc_a", published=2014),
        analyse(TRAFFICKING.format(countries="95 个"), doc_id="doc_b", published=2015),
    ]
    row = _series(_build(tmp_path / "tiny.duckdb", results), "countries_assisted_trafficking_smuggling")
    assert (row["conflict"], row["value"], row["n_sources"]) == (True, 95, 2)


PLEDGES = "1. 2013 年自愿捐款认捐总额{amount}。\n"


@pytest.mark.parametrize(
    ("first", "second", "conflict"),
    [
        ("约为 2.88 亿美元", "为 2.95 亿美元", True),  # 约 reaches the next rounding step, not 5 %
        ("约为 540 万美元", "为 520 万美元", True),
        ("约为 2.88 亿美元", "为 2.88 亿美元", False),
        ("约为 2.9 亿美元", "为 2.88 亿美元", False),  # 约 2.9 亿: 2.8 to 3.0 亿
        ("约为 3,000 万美元", "为 2,900 万美元", False),  # a round number: never beyond 5 %
        ("约为 3,000 万美元", "为 2,800 万美元", True),
    ],
)
def test_about_stretches_a_value_to_its_next_rounding_step_at_most_5_percent(
    tmp_path: Path, first: str, second: str, conflict: bool
) -> None:
    results = [
        analyse(PLEDGES.format(amount=first), doc_id="doc_a", published=2014, coverage=(2013, 2013)),
        analyse(PLEDGES.format(amount=second), doc_id="doc_b", published=2014, coverage=(2013, 2013)),
    ]
    row = _series(_build(tmp_path / "tiny.duckdb", results), "voluntary_contributions_pledged")
    assert row["n_sources"] == 2
    assert row["conflict"] is conflict
