"""Compare table, mentions search, reports list, export frames and headline values."""

from __future__ import annotations

from dashboard.data import Snapshot
from dashboard.pages.compare import table_view
from dashboard.tables import (
    compare_rows,
    data_frame,
    default_periods,
    filter_mentions,
    latest_change,
    mention_rows,
    period_options,
    report_rows,
    sort_rows,
)


def row_for(rows: list[dict[str, object]], indicator_id: str) -> dict[str, object]:
    return next(r for r in rows if r["indicator_id"] == indicator_id)


def test_uncac_parties_2012_to_2018_in_the_real_build(real: Snapshot) -> None:
    rows = compare_rows(real.series, real.observations, real.indicators, "2012", "2018")
    uncac = row_for(rows, "uncac_parties")
    assert (uncac["a"], uncac["b"], uncac["change"], uncac["pct"]) == ("160", "186", "+26", "+16.25 %")
    assert "¶22" in str(uncac["sources"]) and "/sources?doc=" in str(uncac["sources"])


def test_every_indicator_is_listed_and_missing_values_say_so(syn: Snapshot) -> None:
    rows = compare_rows(syn.series, syn.observations, syn.indicators, "2011", "2020")
    assert {r["indicator_id"] for r in rows} == set(syn.indicators["indicator_id"])
    cocaine = row_for(rows, "ccp_cocaine_seized")
    assert cocaine["a"] == "not reported" and cocaine["b"] == "≥ 93"
    assert cocaine["note"] == "not reported in 2011; bound, change is indicative"
    donors = row_for(rows, "donor_count")
    assert donors["note"] == "not reported in either" and donors["change"] == "–"
    conflict = row_for(rows, "countries_reached_ct_workshops")
    assert "reports disagree" in str(conflict["note"]) and str(conflict["a"]).endswith("⚠")
    assert rows[0]["_a"] is not None or rows[0]["_b"] is not None  # reported rows come first


def test_bienniums_compare_as_periods(syn: Snapshot) -> None:
    assert "2012–2013" in period_options(syn.series)
    rows = compare_rows(
        syn.series, syn.observations, syn.indicators, "2010–2011", "2012–2013", theme="funding"
    )
    budget = row_for(rows, "regular_budget")
    assert (budget["a"], budget["b"], budget["change"]) == ("39.2", "40.9", "+1.7")
    assert budget["unit"] == "USD millions"


def test_sorting_is_numeric_with_missing_last(syn: Snapshot) -> None:
    rows = compare_rows(syn.series, syn.observations, syn.indicators, "2012", "2018", only_reported=True)
    assert [r["indicator_id"] for r in rows] == ["uncac_parties", "untoc_parties"]
    by_pct = sort_rows(rows, [{"column_id": "pct", "direction": "desc"}])
    assert [r["_pct"] for r in by_pct] == [16.25, 12.5]
    assert sort_rows(rows, [{"column_id": "pct", "direction": "asc"}])[0]["_pct"] == 12.5
    everything = compare_rows(syn.series, syn.observations, syn.indicators, "2012", "2018")
    assert sort_rows(everything, [{"column_id": "b", "direction": "asc"}])[-1]["_b"] is None


def test_table_view_reports_bad_periods_kindly(syn: Snapshot) -> None:
    rows, columns, summary = table_view(syn, "<script>", "2018", None, False, None, "en")
    assert rows == [] and "is not a year or period" in str(summary)
    rows, columns, summary = table_view(syn, "2012", "2018", None, False, None, "zh")
    assert [c["name"] for c in columns][:2] == ["主题", "指标"] and rows


def test_default_periods_share_the_most_indicators(syn: Snapshot) -> None:
    assert default_periods(syn.series) == ("2012", "2018")


def test_mentions_filter(syn: Snapshot) -> None:
    m = syn.mentions
    assert len(filter_mentions(m, unit="USD")) == 5
    assert len(filter_mentions(m, doc="doc_b")) == 5
    assert list(filter_mentions(m, counted="缔约方")["surface"]) == ["168个", "160个", "189个", "186个"]
    assert list(filter_mentions(m, unit="count", vmin=100, vmax=170)["surface"]) == ["168个", "160个"]
    assert list(filter_mentions(m, text="可卡因", unit="t")["surface"]) == ["220多吨", "93多吨"]
    rows = {r["surface"]: r for r in mention_rows(filter_mentions(m, text="12个"), {"untoc_parties": "U"})}
    assert rows["12个"]["indicator"] == "" and rows["12个"]["report"] == "CND; CCPCJ 2012"
    assert rows["85个"]["indicator"] == "countries_reached_ct_workshops"  # unnamed ids fall back to the id


def test_report_rows_count_extracted_numbers(syn: Snapshot) -> None:
    rows = {r["doc_id"]: r for r in report_rows(syn.documents)}
    assert rows["doc_a"]["n_mentions"] == 9 and rows["doc_a"]["n_observations"] == 8
    assert rows["doc_b"]["coverage"] == "2017–2018"


def test_export_frame_lists_every_statement_with_its_source(syn: Snapshot) -> None:
    ids = ["countries_reached_ct_workshops", "untoc_parties"]
    frame = data_frame(syn.points(ids), syn.series_for(ids), syn.indicator_meta(ids))
    assert list(frame["indicator_id"]) == ["countries_reached_ct_workshops"] * 2 + ["untoc_parties"] * 2
    assert frame["sources_disagree"].tolist() == [True, True, False, False]
    assert {"report", "paragraph", "quote", "period", "value", "unit", "qualifier"} <= set(frame.columns)


def test_latest_change(syn: Snapshot) -> None:
    latest = latest_change(syn.series, "untoc_parties")
    assert latest is not None
    assert (latest["value"], latest["period"], latest["change"], latest["pct"]) == (189, "2018", 21, 12.5)
    assert latest["previous"] == {"value": 168.0, "qualifier": "exact", "period": "2012"}
    assert latest_change(syn.series, "donor_count") is None
