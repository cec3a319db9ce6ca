"""The chart grammar, checked on the figure objects (no browser)."""

from __future__ import annotations

import plotly.graph_objects as go

from dashboard.annotate import chart_titles, export_figure, footnote
from dashboard.data import Snapshot
from dashboard.figures import ChartOptions, chart_points, explore_figure


def figure(snap: Snapshot, ids: list[str], **opts: object) -> go.Figure:
    options = ChartOptions(**opts)  # type: ignore[arg-type]
    meta = snap.indicator_meta(ids)
    title, subtitle = chart_titles(meta, options)
    return explore_figure(snap.points(ids), snap.series_for(ids), meta, options, title, subtitle)


def markers(fig: go.Figure) -> list[go.Scatter]:
    return [tr for tr in fig.data if tr.mode and "markers" in tr.mode]


def test_points_only_where_a_report_speaks_on_a_fixed_axis(syn: Snapshot) -> None:
    fig = figure(syn, ["untoc_parties"])
    (trace,) = markers(fig)
    assert list(trace.x) == [2012, 2018] and list(trace.y) == [168, 189]
    assert list(fig.layout.xaxis.range) == [2010.5, 2021.5]
    assert list(fig.layout.xaxis.tickvals) == list(range(2011, 2022))
    (connector,) = [tr for tr in fig.data if tr.mode == "lines"]
    assert connector.line.dash == "dot" and connector.hoverinfo == "skip"


def test_connectors_are_optional(syn: Snapshot) -> None:
    fig = figure(syn, ["untoc_parties"], connect=False)
    assert [tr.mode for tr in fig.data] == ["markers+text"]


def test_bienniums_are_spans_and_money_is_in_millions(syn: Snapshot) -> None:
    fig = figure(syn, ["regular_budget"])
    (trace,) = markers(fig)
    assert sorted(trace.y) == [39.2, 40.9]
    assert sorted(trace.x) == [2011.0, 2012.5]  # 2010–2011 sits on the part of its span on the axis
    (span,) = [tr for tr in fig.data if tr.mode == "lines" and tr.line.width == 7]
    assert [round(x, 2) for x in span.x if x is not None] == [2009.58, 2011.42, 2011.58, 2013.42]
    assert fig.layout.yaxis.title.text == "USD millions"


def test_bounds_are_marked(syn: Snapshot) -> None:
    fig = figure(syn, ["officials_trained_counter_terrorism"])
    (trace,) = markers(fig)
    assert list(trace.text) == ["≥ 1,600"]
    assert list(trace.marker.symbol) == ["triangle-up"]
    assert "≥ 1,600" in trace.hovertext[0]


def test_cumulative_totals_are_their_own_unjoined_series(syn: Snapshot) -> None:
    fig = figure(syn, ["ccp_cocaine_seized"])
    names = sorted(tr.name for tr in markers(fig))
    assert names == ["Cocaine seized (CCP)", "Cocaine seized (CCP) — cumulative total"]
    cumulative = next(tr for tr in markers(fig) if "cumulative" in tr.name)
    assert list(cumulative.x) == [2018] and cumulative.marker.symbol[0].endswith("-open")
    assert not [tr for tr in fig.data if tr.mode == "lines"]  # one value per series: nothing joined


def test_conflicting_sources_are_both_drawn_and_flagged(syn: Snapshot) -> None:
    ids = ["countries_reached_ct_workshops"]
    points = chart_points(syn.points(ids), syn.series_for(ids))
    assert sorted(points["value"]) == [65, 85] and points["conflict"].all()
    (trace,) = markers(figure(syn, ids))
    assert sorted(trace.y) == [65, 85]
    assert all("⚠" in h for h in trace.hovertext)
    assert all(w == 2.5 for w in trace.marker.line.width)


def test_units_get_their_own_axes(syn: Snapshot) -> None:
    fig = figure(syn, ["untoc_parties", "regular_budget", "ccp_cocaine_seized"])
    titles = [fig.layout[a].title.text for a in ("yaxis", "yaxis2", "yaxis3")]
    assert titles == ["number", "USD millions", "tonnes"]


def test_log_scale_and_change_since_first_value(syn: Snapshot) -> None:
    assert figure(syn, ["untoc_parties"], log=True).layout.yaxis.type == "log"
    fig = figure(syn, ["untoc_parties", "uncac_parties"], change=True)
    ys = {tr.name: list(tr.y) for tr in markers(fig)}
    assert ys["Parties to UNTOC"] == [0.0, 12.5]
    assert ys["Parties to UNCAC"] == [0.0, 16.25]
    assert fig.layout.yaxis.title.text == "% change since first value"


def test_hover_and_click_data_name_the_source(syn: Snapshot) -> None:
    (trace,) = markers(figure(syn, ["uncac_parties"]))
    assert "CND; CCPCJ 2012 ¶22" in trace.hovertext[0]
    assert list(trace.customdata[1]) == ["uncac_parties", 2018, 2018, "as_of", 186.0]


def test_values_outside_the_axis_are_left_out(syn: Snapshot) -> None:
    (trace,) = markers(figure(syn, ["voluntary_contributions_pledged"]))
    assert list(trace.x) == [2011, 2017]  # 2010 is off the 2011–2021 axis


def test_chinese_labels(syn: Snapshot) -> None:
    fig = figure(syn, ["regular_budget"], lang="zh")
    assert fig.layout.yaxis.title.text == "百万美元"
    assert markers(fig)[0].name == "联合国经常预算拨款"
    assert fig.layout.title.text == "<b>联合国经常预算拨款</b>"


def test_empty_selection_says_what_to_do(syn: Snapshot) -> None:
    fig = figure(syn, [])
    assert fig.layout.annotations[0].text == "Choose one or more indicators"
    fig = figure(syn, ["donor_count"])
    assert fig.layout.annotations[0].text == "No figures extracted yet"


def test_compact_small_multiple_labels_only_the_latest(syn: Snapshot) -> None:
    fig = figure(syn, ["untoc_parties"], compact=True)
    (trace,) = markers(fig)
    assert list(trace.text) == ["", "189"] and fig.layout.showlegend is False


def test_export_figure_has_title_unit_and_sources(syn: Snapshot) -> None:
    ids = ["untoc_parties", "uncac_parties"]
    note = footnote(syn.points(ids), "en", "2026-01-02T03:04:05")
    assert "CND; CCPCJ 2012 ¶6, ¶22" in note and "General Assembly 2018 ¶16, ¶37" in note
    assert "2026-01-02" in note
    fig = export_figure(figure(syn, ids), note)
    assert fig.layout.width == 1200 and fig.layout.height == 720
    assert "Sources" in fig.layout.annotations[-1].text or "Source" in fig.layout.annotations[-1].text
    assert "Treaties" in fig.layout.title.text and "number" in fig.layout.title.subtitle.text
