"""A large corpus: many reports restating one number, or disagreeing on it.

The chart draws one point per stated value with how many reports state it (a few named, the rest
counted); disagreeing values are still all visible (drawn, or counted with their range); pages do
not grow with the number of reports. Sizes are checked, never times.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from dash import html

from dashboard.data import Database, Snapshot
from dashboard.figures import ChartOptions, points_figure
from dashboard.pages import explore, overview, sources
from dashboard.points import MAX_SOURCES, MAX_VALUES
from tests.dashboard.synthetic import add_reports, make_db

RESTATED = 300
OTHERS = [150.0, 175.0, 190.0, 195.0, 250.0, 260.0]


def size(component: Any) -> int:
    return len(json.dumps(component, default=lambda c: c.to_plotly_json(), ensure_ascii=False))


def text_of(component: Any) -> str:
    return json.dumps(component, default=lambda c: c.to_plotly_json(), ensure_ascii=False)


@pytest.fixture(scope="module")
def restated(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """The synthetic database plus 300 reports that all say UNTOC had 189 parties in 2018."""
    path = make_db(tmp_path_factory.mktemp("restated") / "restated.duckdb")
    add_reports(path, [189.0] * RESTATED)
    return Database(path).snapshot()


@pytest.fixture(scope="module")
def disputed(tmp_path_factory: pytest.TempPathFactory) -> Snapshot:
    """As `restated`, and a few reports giving six other values for the same year."""
    path = make_db(tmp_path_factory.mktemp("disputed") / "disputed.duckdb")
    add_reports(path, [189.0] * RESTATED + OTHERS)
    return Database(path).snapshot()


def points_2018(snap: Snapshot) -> list[dict[str, Any]]:
    return [p for p in snap.chart_points(["untoc_parties"]) if p["period_end"] == 2018]


def test_a_value_restated_by_many_reports_is_one_point_that_counts_them(restated: Snapshot) -> None:
    (point,) = points_2018(restated)
    assert point["value"] == 189 and point["n_sources"] == RESTATED + 1  # + doc_b of the base set
    assert len(point["sources"]) == MAX_SOURCES and not point["conflict"]
    assert point["sources"][0]["doc_label"].startswith("General Assembly 2019")  # the latest first
    fig, notes = explore.chart_view(restated, ["untoc_parties"], ["connect"], "en")
    (markers,) = [tr for tr in fig.data if tr.mode and "markers" in tr.mode]
    assert list(markers.x) == [2012, 2018] and list(markers.y) == [168, 189]
    hover = markers.hovertext[1]
    assert f"Stated by {RESTATED + 1} reports" in hover
    assert f"and {RESTATED + 1 - MAX_SOURCES} more" in hover
    assert f"+{RESTATED + 1 - 2} more reports" in text_of(notes)


def test_the_source_panel_quotes_a_few_and_says_how_many_state_it(restated: Snapshot) -> None:
    cards = explore.source_panel(restated, ["untoc_parties", 2018, 2018, "as_of", 189.0], "en")
    text = text_of(cards)
    assert f"189 is stated by {RESTATED + 1} reports; the latest 5 are shown." in text
    quoted = [c for c in cards if isinstance(c, html.Article)]
    assert len(quoted) == 5
    mark = next(c for c in quoted[0].children[2].children if isinstance(c, html.Mark))
    assert mark.children == "189个"  # the number highlighted in its sentence
    assert f"and {RESTATED + 1 - 5} more" in text
    assert "/sources?unit=count&vmin=189&vmax=189" in text  # every mention of that number


def test_disagreeing_values_are_all_visible(disputed: Snapshot) -> None:
    points = points_2018(disputed)
    assert len(points) == MAX_VALUES and all(p["conflict"] for p in points)
    drawn = {p["value"] for p in points}
    assert {150.0, 260.0} <= drawn  # the lowest and the highest are drawn
    assert any(p["reconciled"] for p in points)  # and the value the series keeps
    assert points[0]["n_values"] == 1 + len(OTHERS)
    assert (points[0]["lo"], points[0]["hi"]) == (150.0, 260.0)
    fig, notes = explore.chart_view(disputed, ["untoc_parties"], ["connect"], "en")
    bar = next(tr for tr in fig.data if tr.mode == "lines" and tr.line.width == 2)
    assert list(bar.x) == [2018, 2018, None] and list(bar.y) == [150, 260, None]
    note = text_of(notes)
    assert "Reports disagree on Parties to UNTOC, 2018" in note
    assert "7 different values in all, from 150 to 260" in note
    assert "(and 3 other value(s))" in note  # the values table counts those it does not list
    panel = text_of(explore.source_panel(disputed, ["untoc_parties", 2018, 2018, "as_of", 189.0], "en"))
    assert "reports disagree" in panel and "more value(s), from" in panel


def test_two_disagreeing_reports_still_show_both_values(syn: Snapshot) -> None:
    points = [p for p in syn.chart_points(["countries_reached_ct_workshops"]) if p["period_end"] == 2011]
    assert sorted(p["value"] for p in points) == [65, 85] and all(p["conflict"] for p in points)
    fig, notes = explore.chart_view(syn, ["countries_reached_ct_workshops"], [], "en")
    assert "65 (General Assembly 2018) / 85 (CND; CCPCJ 2012). Both are shown." in text_of(notes)
    assert not [tr for tr in fig.data if tr.mode == "lines"]  # both drawn: no range bar needed


def test_a_small_multiple_draws_the_reconciled_value_and_names_the_others(disputed: Snapshot) -> None:
    meta = disputed.indicator_meta(["untoc_parties"])
    fig = points_figure(disputed.chart_points(["untoc_parties"]), meta, ChartOptions(compact=True))
    (markers,) = [tr for tr in fig.data if tr.mode and "markers" in tr.mode]
    assert list(markers.x) == [2012, 2018]  # one point per period
    assert "Also stated:" in markers.hovertext[1] and "⚠ reports disagree" in markers.hovertext[1]
    assert "7 different values for this period, from 150 to 260" in markers.hovertext[1]
    assert markers.customdata is None  # nothing to click in a small multiple
    bar = next(tr for tr in fig.data if tr.mode == "lines" and tr.line.width == 2)
    assert list(bar.y) == [150, 260, None]


def test_pages_do_not_grow_with_the_number_of_reports(syn: Snapshot, restated: Snapshot) -> None:
    for page in (overview.layout, explore.layout):
        assert size(page(restated, {}, "en")) < 1.2 * size(page(syn, {}, "en"))
    base = size(explore.chart_view(syn, ["untoc_parties"], ["connect"], "en"))
    assert size(explore.chart_view(restated, ["untoc_parties"], ["connect"], "en")) < 2 * base
    listing = sources.layout(restated, {}, "en")
    assert "reports-count" in text_of(listing) and "302 reports" not in text_of(listing)
    assert f"{sources.MAX_REPORT_ROWS} of {len(restated.documents)} reports shown" in text_of(listing)
    rows, _, pages = sources.mentions_view(restated, "", "", "", "", None, None, "en")
    assert len(rows) == sources.PAGE_SIZE and pages > 20


def test_reports_are_found_by_search(restated: Snapshot) -> None:
    found = sources.find_reports(restated.documents, "doc_r00042")
    assert list(found["doc_id"]) == ["doc_r00042"]
    assert len(sources.find_reports(restated.documents, "general assembly 2019")) == RESTATED
    listing = text_of(sources.reports_list(restated, "en", "doc_r00299", "2012"))
    assert "doc_r00299" in listing  # the chosen report stays listed
    options = sources.doc_options(restated, "en", None, "r0004")
    assert [o["value"] for o in options][1:] == [f"doc_r{i:05d}" for i in range(40, 50)]
