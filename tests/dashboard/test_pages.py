"""Page builders as pure functions: snapshot and URL state in, components out."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from dash import html

from dashboard.data import Database, Snapshot
from dashboard.pages import explore, overview, sources
from tests.dashboard.synthetic import make_db
from tests.dashboard.test_data import add_observation


def text_of(component: Any) -> str:
    return json.dumps(
        component.to_plotly_json() if hasattr(component, "to_plotly_json") else component,
        default=lambda c: c.to_plotly_json(),
        ensure_ascii=False,
    )


def test_overview_headlines(syn: Snapshot) -> None:
    assert overview.headline_indicator(syn, "funding") == "voluntary_contributions_pledged"
    text = text_of(overview.layout(syn, {}, "en"))
    assert "US$361 million" in text and "+US$116 million" in text and "since 2011" in text
    assert "≥ 93 t" in text and "only reported value" in text
    assert "/sources?doc=doc_b" in text  # each card links to its source
    zh = text_of(overview.layout(syn, {"lang": "zh"}, "zh"))
    assert "3.61亿美元" in zh and "资金" in zh


def test_chart_view_notes_conflicts_and_values_off_the_axis(syn: Snapshot) -> None:
    fig, notes = explore.chart_view(
        syn, ["countries_reached_ct_workshops", "voluntary_contributions_pledged", "nope"], ["connect"], "en"
    )
    text = text_of(notes)
    assert "Unknown indicator id(s) ignored: nope" in text
    assert (
        "Reports disagree on Countries reached by CT workshops, 2011: 65 (General Assembly 2018) / 85" in text
    )
    assert "1 value(s) outside 2011–2021 not charted (2010)" in text
    assert "values-table" in text and "/sources?doc=doc_a" in text
    assert len(fig.data) >= 2


def test_source_panel_highlights_the_number(syn: Snapshot) -> None:
    cards = explore.source_panel(syn, ["untoc_parties", 2012, 2012, "as_of", 168.0], "en")
    text = text_of(cards)
    assert '"children": "168个", "className": "hl-number"' in text or "168个" in text
    assert "168 is stated by 1 report." in text
    card = next(c for c in cards if isinstance(c, html.Article))
    mark = next(c for c in card.children[2].children if isinstance(c, html.Mark))
    assert mark.children == "168个"  # the PDF line break inside the number is gone
    assert "CND; CCPCJ 2012 · paragraph 6" in text
    conflict = text_of(
        explore.source_panel(syn, ["countries_reached_ct_workshops", 2011, 2011, "annual", 85], "en")
    )
    assert "reports disagree" in conflict and "65个" in conflict
    assert "Click a point" in text_of(explore.source_panel(syn, None, "en"))
    assert "Unknown" in text_of(explore.source_panel(syn, ["x", "y", 1, "b", 2], "en"))


def test_report_viewer_highlights_and_links_every_quantity(syn: Snapshot) -> None:
    parts = sources.viewer(syn, "doc_a", "doc_a:219-222", "en")
    text = text_of(parts)
    assert text.count("hl-linked") == 8 and text.count('"hl-number"') == 1  # 12个 is linked to nothing
    assert "hl-target" in text and "/explore?ind=countries_reached_ct_workshops" in text
    b = text_of(sources.viewer(syn, "doc_b", None, "en"))
    assert "<script>alert('x')</script>" in b  # a string, rendered as text by React
    assert "No report with id" in text_of(sources.viewer(syn, "../../etc/passwd", None, "en"))


def test_mentions_search(syn: Snapshot) -> None:
    rows, count, pages = sources.mentions_view(syn, "doc_b", "", "可卡因", "", None, None, "en")
    assert [r["surface"] for r in rows] == ["220多吨"] and count == "1 of 15 quantities" and pages == 1
    rows, _, _ = sources.mentions_view(syn, "", "USD", "", "", "100000000", "abc", "zh")
    assert sorted(r["value"] for r in rows) == [242e6, 245e6, 361e6]


def test_explore_layout_restores_the_url_state(syn: Snapshot) -> None:
    text = text_of(explore.layout(syn, {"ind": ["uncac_parties", "bogus"], "opts": ["log"]}, "en"))
    assert '"value": ["uncac_parties"]' in text and '"value": ["log"]' in text
    assert "Unknown indicator id(s) ignored: bogus" in text
    assert explore.default_indicators(syn) == ["voluntary_contributions_pledged", "regular_budget"]


def test_a_running_app_sees_a_rebuilt_database(tmp_path: Path) -> None:
    live = make_db(tmp_path / "live.duckdb")
    db = Database(live)
    _, before = explore.chart_view(db.snapshot(), ["donor_count"], [], "en")
    assert "values-table" not in text_of(before)
    fresh = make_db(tmp_path / "fresh.duckdb")
    add_observation(fresh)
    os.replace(fresh, live)
    fig, after = explore.chart_view(db.snapshot(), ["donor_count"], [], "en")
    assert "values-table" in text_of(after) and list(fig.data[-1].y) == [99]


def test_the_mentions_table_is_paged_and_sorted_on_the_server(
    syn: Snapshot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "PAGE_SIZE", 2)
    rows, count, pages = sources.mentions_view(syn, "", "", "", "", None, None, "en")
    assert len(rows) == 2 and pages == 8 and count == "15 of 15 quantities"
    last, _, _ = sources.mentions_view(syn, "", "", "", "", None, None, "en", page=7)
    assert len(last) == 1
    beyond, _, _ = sources.mentions_view(syn, "", "", "", "", None, None, "en", page=99)
    assert beyond == last  # a page past the end shows the last one
    by_value = [{"column_id": "value", "direction": "desc"}]
    top, _, _ = sources.mentions_view(syn, "", "", "", "", None, None, "en", sort_by=by_value)
    assert [r["value"] for r in top] == [361e6, 245e6]
    second, _, _ = sources.mentions_view(syn, "", "USD", "", "", None, None, "en", 1, by_value)
    assert [r["value"] for r in second] == [242e6, 40.9e6]


def test_a_value_restated_by_many_reports_lists_a_bounded_number_of_source_links() -> None:
    from dashboard.components import MAX_SOURCE_LINKS, values_table

    sources_ = [
        {"doc_label": f"Report {i}", "paragraph": i, "doc_id": f"d{i}", "mention_id": f"m{i}"}
        for i in range(5)
    ]
    point = {
        "indicator_id": "untoc_parties", "period_start": 2012, "period_end": 2012, "basis": "as_of",
        "value": 168.0, "unit": "count", "qualifier": "exact", "conflict": False, "sources": sources_,
        "n_sources": 998,
    }  # fmt: skip
    table = values_table([point], {"untoc_parties": "UNTOC parties"}, "en")
    heading, row = table.children[1].children[1].children
    assert heading.children.children == "UNTOC parties"
    links = row.children[-1].children
    assert sum(1 for c in links if getattr(c, "href", None)) == MAX_SOURCE_LINKS
    assert links[-1] == f"+{998 - MAX_SOURCE_LINKS} more reports"


def test_a_headline_change_between_bounds_is_marked_indicative(real: Snapshot) -> None:
    # officials trained: "1,600 多名" in 2011 and "1,000 多名" in 2020 are lower bounds, not exact values
    card = str(overview.headline_card(real, "training", "en"))
    assert "≥ 1,600" in card
    assert "bound, change is indicative" in card
