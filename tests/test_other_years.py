"""Reports of other years, dropped in a folder, build like the bundled ones (the real CLI).

tests/other_years/ holds two short reports written for this test in the layout of the real ones: a
General Assembly report of 2015 and an Executive Director's report to both commissions of 2016. No
rule knows them; their metadata and every indicator value must come from the general rules.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tests.conftest import ROOT, run_cli

OTHER_YEARS = ROOT / "tests" / "other_years"


@pytest.fixture(scope="module")
def other_years_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("other_years") / "indicators.duckdb"
    result = run_cli("build", "--reports", str(OTHER_YEARS), "--db", str(db), "--quiet")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""  # nothing skipped, nothing to warn about
    return db


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_each_reports_metadata_comes_from_its_own_text(other_years_db: Path) -> None:
    assert rows(
        other_years_db,
        "select file_name, body, symbol, published_year, coverage_start, coverage_end"
        " from documents order by file_name",
    ) == [
        (
            "commissions_2016_written_for_tests.txt",
            "CND; CCPCJ",
            "E/CN.7/2016/8–E/CN.15/2016/8",
            2016,
            2015,
            2015,
        ),
        ("ga_2015_written_for_tests.txt", "General Assembly", "A/70/99", 2015, 2014, 2015),
    ]


def test_every_indicator_value_with_its_period_basis_and_qualifier(other_years_db: Path) -> None:
    found = rows(
        other_years_db,
        "select d.file_name[1:3], indicator_id, period_start, period_end, basis, value, qualifier"
        " from observations join documents d using (doc_id)",
    )
    assert sorted(found) == sorted(
        [
            # the General Assembly report, 2015 (coverage mid-2014 to mid-2015)
            ("ga_", "untoc_parties", 2015, 2015, "as_of", 185, "exact"),
            ("ga_", "tip_protocol_parties", 2015, 2015, "as_of", 167, "exact"),
            ("ga_", "smuggling_protocol_parties", 2015, 2015, "as_of", 142, "exact"),
            ("ga_", "firearms_protocol_parties", 2015, 2015, "as_of", 112, "exact"),
            ("ga_", "uncac_parties", 2015, 2015, "as_of", 176, "exact"),
            ("ga_", "voluntary_contributions_pledged", 2014, 2014, "annual", 292_000_000, "exact"),
            ("ga_", "drug_fund_pledges", 2014, 2014, "annual", 110_000_000, "exact"),
            ("ga_", "crime_fund_pledges", 2014, 2014, "annual", 182_000_000, "exact"),
            ("ga_", "countries_assisted_money_laundering", 2015, 2015, "annual", 70, "at_least"),
            ("ga_", "ccp_countries", 2015, 2015, "as_of", 40, "exact"),
            ("ga_", "ccp_cocaine_seized", 2014, 2014, "annual", 35, "exact"),
            ("ga_", "ccp_heroin_seized", 2014, 2014, "annual", 1.1, "exact"),
            ("ga_", "ccp_cannabis_seized", 2014, 2014, "annual", 40, "exact"),
            # the commissions' report, 2016 (coverage 2015)
            ("com", "ccp_countries", 2015, 2015, "as_of", 50, "exact"),
            ("com", "ccp_cocaine_seized", 2015, 2015, "annual", 45, "exact"),
            ("com", "ccp_heroin_seized", 2015, 2015, "annual", 1.5, "exact"),
            ("com", "ccp_cannabis_seized", 2015, 2015, "annual", 0.7, "exact"),
            ("com", "ice_countries", 2015, 2015, "annual", 62, "exact"),
            ("com", "ice_laboratories", 2015, 2015, "annual", 214, "exact"),
            ("com", "nps_reporting_countries", 2015, 2015, "as_of", 102, "exact"),
            ("com", "nps_substances_monitored", 2015, 2015, "as_of", 644, "exact"),
            ("com", "practitioners_trained_trafficking_smuggling", 2015, 2015, "annual", 1800, "at_least"),
            ("com", "voluntary_contributions_pledged", 2015, 2015, "annual", 292_000_000, "exact"),
            ("com", "voluntary_contributions_pledged", 2014, 2014, "annual", 274_000_000, "exact"),
            ("com", "general_purpose_income", 2015, 2015, "annual", 10_500_000, "exact"),
            ("com", "special_purpose_contributions", 2015, 2015, "annual", 281_000_000, "exact"),
            ("com", "consolidated_budget", 2016, 2017, "biennium", 707_000_000, "exact"),
            ("com", "regular_budget", 2016, 2017, "biennium", 44_700_000, "exact"),
        ]
    )


def test_where_the_two_reports_disagree_both_values_are_kept_and_flagged(other_years_db: Path) -> None:
    # written in on purpose: the countries in the programme in 2015, and the pledges of 2014
    assert rows(
        other_years_db,
        "select indicator_id, period_start, list_sort(values) from series where conflict order by all",
    ) == [
        ("ccp_countries", 2015, [40.0, 50.0]),
        ("voluntary_contributions_pledged", 2014, [274_000_000.0, 292_000_000.0]),
    ]
