"""Pure figure builders: observations in, Plotly figure out (no I/O, testable without a browser).

Chart grammar (the same in the app, the small multiples and every export):
- a fixed 2011–2021 axis; a point only where a report states a value, never interpolated; an
  optional dotted connector between consecutive reported values of one series;
- a multi-year period (biennium) is a horizontal span across its years, with its point mid-span;
- bounds are triangles (▲ ≥, ▼ ≤) and their labels say so (`≥ 1,600`);
- cumulative totals are open diamonds in their own series, never joined to annual values;
- values that reports disagree on are drawn outlined and listed in the notes; a period with more
  distinct values than dashboard.points draws also gets a bar from the lowest to the highest;
- each point names a few of its reports and counts the rest (a value restated by a thousand
  reports is one point); small multiples (opts.compact) draw the reconciled value of each period
  and name the other values in its hover text;
- one y axis per unit (money in millions), optionally logarithmic or as % change since the
  first value; colours from the Okabe–Ito colour-blind-safe palette.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard.chartframe import (
    FONT,
    GRID,
    INK,
    LABEL_LIMIT,
    MUTED,
    PALETTE,
    ChartOptions,
    declutter_labels,
)
from dashboard.chartframe import axes as frame_axes
from dashboard.chartframe import layout as frame_layout
from dashboard.formatting import QUALIFIER_MARK, axis_scale, format_percent, is_money, trim
from dashboard.i18n import indicator_name, t
from dashboard.points import YEAR_RANGE, chart_points, in_range, is_span, point_records
from dashboard.pointtext import hover

__all__ = [
    "FONT",
    "GRID",
    "INK",
    "MUTED",
    "PALETTE",
    "YEAR_RANGE",
    "ChartOptions",
    "chart_points",
    "explore_figure",
    "in_range",
    "point_records",
    "points_figure",
]


def _symbol(qualifier: str, basis: str) -> str:
    base = {"at_least": "triangle-up", "at_most": "triangle-down"}.get(qualifier)
    if basis == "cumulative":
        return (base or "diamond") + "-open"
    return base or "circle"


def _short_label(value: float, unit: str, qualifier: str, change: bool) -> str:
    if change:
        return format_percent(value).replace(" ", "")
    mark = QUALIFIER_MARK.get(qualifier, "")
    return mark + trim(value / axis_scale(unit), 1 if is_money(unit) else 2)


def explore_figure(
    obs: pd.DataFrame | None,
    series: pd.DataFrame | None,
    meta: pd.DataFrame,
    opts: ChartOptions | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    points: list[dict[str, Any]] | None = None,
    validate: bool = True,
) -> go.Figure:
    """The chart of the Explore page (and, with opts.compact, of each small multiple).

    obs: observations (indicator_id, doc_id, doc_label, mention_id, paragraph, period_start,
    period_end, basis, value, unit, qualifier, published_year); series: the reconciled rows of the
    same indicators; meta: catalog rows (indicator_id, name_en, name_zh, unit) in the order chosen;
    points: point_records(obs, series) when the caller has them already (obs and series are then
    not read); validate=False returns the figure as a plain dict (what dcc.Graph receives anyway).
    """
    if points is None:
        empty = pd.DataFrame()
        points = point_records(obs if obs is not None else empty, series if series is not None else empty)
    return points_figure(points, meta, opts, title, subtitle, validate)


def _range_bars(group: Sequence[dict[str, Any]], compact: bool) -> list[dict[str, Any]]:
    """A point of each period where reports disagree on more values than are drawn (one in a small
    multiple, `n_shown` otherwise): those periods get a bar from the lowest value to the highest."""
    seen: dict[tuple[int, int], dict[str, Any]] = {}
    for p in group:
        drawn = 1 if compact else int(p.get("n_shown", 1))
        if p["conflict"] and int(p.get("n_values", 1)) > drawn:
            seen.setdefault((p["period_start"], p["period_end"]), p)
    return list(seen.values())


def points_figure(
    allp: list[dict[str, Any]],
    meta: pd.DataFrame,
    opts: ChartOptions | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    validate: bool = True,
) -> go.Figure:
    """explore_figure from point records (dashboard.points.point_records)."""
    opts = opts or ChartOptions()
    shown = [p for p in allp if in_range(p["period_start"], p["period_end"], p["basis"])]
    metas = meta.to_dict("records")
    units = ["%"] if opts.change else list(dict.fromkeys(m["unit"] for m in metas)) or ["count"]
    labels = len(shown) <= LABEL_LIMIT
    traces: list[dict[str, Any]] = []
    n_legend = 0
    for i, ind in enumerate(metas):
        colour = PALETTE[i % len(PALETTE)]
        name = indicator_name(ind, opts.lang)
        row = 1 if opts.change else units.index(ind["unit"]) + 1
        axes = {"xaxis": "x" if row == 1 else f"x{row}", "yaxis": "y" if row == 1 else f"y{row}"}
        mine = [p for p in shown if p["indicator_id"] == ind["indicator_id"]]
        for basis in sorted({p["basis"] for p in mine}):
            every = sorted((p for p in mine if p["basis"] == basis), key=lambda p: (p["x"], p["value"]))
            scale = axis_scale(ind["unit"])
            recon = list(
                {(p["period_start"], p["period_end"]): p for p in reversed(every) if p["reconciled"]}.values()
            )
            recon.sort(key=lambda p: p["x"])
            group = recon if opts.compact else every  # a small multiple: one point per period
            first = (recon or every)[0]["value"]

            def y_of(v: float, scale: float = scale, first: float = first) -> float | None:
                if opts.change:
                    return (v - first) / first * 100 if first else None
                y = v / scale
                return None if opts.log and y <= 0 else y

            group_id = f"{ind['indicator_id']}|{basis}"
            common = {"hoverinfo": "skip", "showlegend": False, "legendgroup": group_id, **axes}
            if opts.connect and len(recon) >= 2:
                traces.append(
                    {
                        "type": "scatter",
                        "x": [p["x"] for p in recon],
                        "y": [y_of(p["value"]) for p in recon],
                        "mode": "lines",
                        "line": {"color": colour, "width": 1.5, "dash": "dot"},
                        **common,
                    }
                )
            spans = [p for p in group if is_span(p["period_start"], p["period_end"], basis)]
            if spans:
                xs: list[float | None] = []
                ys_span: list[float | None] = []
                for p in spans:
                    y = y_of(p["value"])
                    xs += [p["period_start"] - 0.42, p["period_end"] + 0.42, None]
                    ys_span += [y, y, None]
                traces.append(
                    {
                        "type": "scatter",
                        "x": xs,
                        "y": ys_span,
                        "mode": "lines",
                        "line": {"color": colour, "width": 7},
                        "opacity": 0.35,
                        **common,
                    }
                )
            bars = _range_bars(group, opts.compact)
            bars = [p for p in bars if y_of(p["lo"]) is not None and y_of(p["hi"]) is not None]
            if bars:
                traces.append(
                    {
                        "type": "scatter",
                        "x": [x for p in bars for x in (p["x"], p["x"], None)],
                        "y": [y for p in bars for y in (y_of(p["lo"]), y_of(p["hi"]), None)],
                        "mode": "lines",
                        "line": {"color": colour, "width": 2},
                        "opacity": 0.45,
                        **common,
                    }
                )
            traces.append(_markers(group, every, ind, name, colour, basis, opts, y_of, labels, axes))
            n_legend += 1
    declutter_labels(traces)
    layout = {**frame_axes(units, opts), **frame_layout(opts, title, subtitle, n_legend, len(units))}
    if not shown:
        message = t("choose_indicators", opts.lang) if meta.empty else t("no_figures", opts.lang)
        layout["annotations"] = [
            {
                "text": message,
                "x": 0.5,
                "y": 0.5,
                "xref": "paper",
                "yref": "paper",
                "showarrow": False,
                "font": {"size": 12 if opts.compact else 16, "color": MUTED},
            }
        ]
    if not validate:  # a plain dict: what dcc.Graph receives anyway, without plotly's validation cost
        return {"data": traces, "layout": layout}  # type: ignore[return-value]
    return go.Figure(data=traces, layout=layout)


def _markers(
    group: list[dict[str, Any]],
    every: list[dict[str, Any]],
    ind: dict[str, Any],
    name: str,
    colour: str,
    basis: str,
    opts: ChartOptions,
    y_of: Any,
    labels: bool,
    axes: dict[str, str],
) -> dict[str, Any]:
    """The markers of one indicator and basis: shape for bound / cumulative, outline for conflict."""
    ys = [y_of(p["value"]) for p in group]
    text = [
        _short_label(y if opts.change else p["value"], ind["unit"], p["qualifier"], opts.change)
        if y is not None
        else ""
        for p, y in zip(group, ys, strict=True)
    ]
    if opts.compact:  # label only the latest value
        text = ["" for _ in text[:-1]] + text[-1:]
    extras = [
        f"<br>{escape(format_percent(y))} {escape(t('change_axis', opts.lang))}"
        if opts.change and y is not None
        else ""
        for y in ys
    ]

    def others(p: dict[str, Any]) -> list[dict[str, Any]] | None:
        """In a small multiple, the values of the same period that are not drawn."""
        if not opts.compact or not p["conflict"]:
            return None
        same = (p["period_start"], p["period_end"])
        return [o for o in every if (o["period_start"], o["period_end"]) == same and o is not p]

    cumulative = basis == "cumulative"
    trace = {
        "type": "scatter",
        "x": [p["x"] for p in group],
        "y": ys,
        "mode": "markers+text" if labels or opts.compact else "markers",
        "text": text,
        "textposition": "top center",
        "textfont": {"size": 10 if opts.compact else 12, "color": colour},
        "cliponaxis": False,
        "name": name + (t("cumulative_suffix", opts.lang) if cumulative else ""),
        "legendgroup": f"{ind['indicator_id']}|{basis}",
        "showlegend": not opts.compact,
        "marker": {
            "size": 7 if opts.compact else 12,
            "color": colour,
            "symbol": [_symbol(p["qualifier"], basis) for p in group],
            "line": {
                "width": [2.5 if p["conflict"] else (2 if cumulative else 1) for p in group],
                "color": [INK if p["conflict"] else (colour if cumulative else "white") for p in group],
            },
        },
        "hovertext": [hover(name, p, opts.lang, e, others(p)) for p, e in zip(group, extras, strict=True)],
        "hovertemplate": "%{hovertext}<extra></extra>",
        **axes,
    }
    if not opts.compact:  # what a click sends to the source panel
        trace["customdata"] = [
            [p["indicator_id"], p["period_start"], p["period_end"], p["basis"], p["value"]] for p in group
        ]
    return trace
