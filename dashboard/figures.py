"""Pure figure builders: observations in, Plotly figure out (no I/O, testable without a browser).

Chart grammar (the same in the app, the small multiples and every export):
- a fixed 2011–2021 axis; a point only where a report states a value, never interpolated; an
  optional dotted connector between consecutive reported values of one series;
- a multi-year period (biennium) is a horizontal span across its years, with its point mid-span;
- bounds are triangles (▲ ≥, ▼ ≤) and their labels say so (`≥ 1,600`);
- cumulative totals are open diamonds in their own series, never joined to annual values;
- values that reports disagree on are all drawn, outlined, and listed in the notes;
- one y axis per unit (money in millions), optionally logarithmic or as % change since the
  first value; colours from the Okabe–Ito colour-blind-safe palette.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from itertools import pairwise
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from dashboard.formatting import (
    QUALIFIER_MARK,
    axis_scale,
    format_percent,
    format_value,
    is_money,
    period_label,
    trim,
    unit_label,
)
from dashboard.i18n import basis_name, indicator_name, t
from dashboard.points import YEAR_RANGE, chart_points, in_range, is_span, point_records

__all__ = ["YEAR_RANGE", "ChartOptions", "chart_points", "explore_figure", "in_range", "point_records"]

# Okabe–Ito, reordered so the first colours have the most contrast on white (yellow last).
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"]
FONT = (  # "UNODC Symbols" (assets/style.css) draws ≥ ≤ ≈ upright in the browser
    "'UNODC Symbols', 'Noto Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', "
    "'Microsoft YaHei', sans-serif"
)
INK, MUTED, GRID = "#222222", "#666666", "#e6e6e6"
LABEL_LIMIT = 24  # print values next to points when a chart has at most this many


@dataclass(frozen=True)
class ChartOptions:
    lang: str = "en"
    log: bool = False
    change: bool = False
    connect: bool = True
    compact: bool = False

    @classmethod
    def from_opts(cls, opts: list[str] | None, lang: str = "en") -> ChartOptions:
        chosen = set(opts or [])
        return cls(lang=lang, log="log" in chosen, change="change" in chosen, connect="connect" in chosen)


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


def _hover(name: str, p: dict[str, Any], lang: str, extra: str = "") -> str:
    sources = "<br>".join(
        escape(f"{s['doc_label']}" + (f" ¶{s['paragraph']}" if s["paragraph"] is not None else ""))
        for s in p["sources"]
    )
    text = (
        f"<b>{escape(name)}</b><br>{escape(format_value(p['value'], p['unit'], p['qualifier'], lang))}"
        f" · {period_label(p['period_start'], p['period_end'])} · {escape(basis_name(p['basis'], lang))}"
        f"{extra}<br>{sources}"
    )
    if p["conflict"]:
        text += "<br>⚠ " + escape(t("note_conflict", lang))
    return text


def _axes(units: list[str], opts: ChartOptions) -> dict[str, Any]:
    """x and y axes for one row per unit, stacked, sharing the fixed year axis."""
    lo, hi = YEAR_RANGE
    ticks = [lo, (lo + hi) // 2, hi] if opts.compact else list(range(lo, hi + 1))
    n = len(units)
    gap = 0.1 if n > 1 else 0.0
    height = (1 - gap * (n - 1)) / n
    layout: dict[str, Any] = {}
    for k, unit in enumerate(units, start=1):
        suffix = "" if k == 1 else str(k)
        top = 1 - (k - 1) * (height + gap)
        title = t("change_axis", opts.lang) if opts.change else unit_label(unit, opts.lang)
        layout[f"xaxis{suffix}"] = {
            "range": [lo - 0.5, hi + 0.5],
            "tickvals": ticks,
            "ticktext": [str(y) for y in ticks],
            "showgrid": False,
            "showline": True,
            "linecolor": "#999",
            "ticks": "outside",
            "fixedrange": True,
            "anchor": f"y{suffix}",
            "showticklabels": k == n,
            **({"matches": "x"} if k > 1 else {}),
        }
        layout[f"yaxis{suffix}"] = {
            "title": {"text": None if opts.compact else title},
            "type": "log" if opts.log and not opts.change else "linear",
            "rangemode": "tozero" if not (opts.log or opts.change) else "normal",
            "gridcolor": GRID,
            "zeroline": opts.change,
            "zerolinecolor": "#999",
            "fixedrange": True,
            "domain": [max(0.0, top - height), min(1.0, top)],
            "anchor": f"x{suffix}",
            **({"nticks": 4} if opts.compact else {}),
        }
    return layout


def explore_figure(
    obs: pd.DataFrame,
    series: pd.DataFrame,
    meta: pd.DataFrame,
    opts: ChartOptions | None = None,
    title: str | None = None,
    subtitle: str | None = None,
    points: list[dict[str, Any]] | None = None,
    validate: bool = True,
) -> go.Figure:
    """The chart of the Explore page (and, with opts.compact, of each small multiple).

    obs: observations (indicator_id, doc_id, doc_label, mention_id, paragraph, period_start,
    period_end, basis, value, unit, qualifier); series: the reconciled rows of the same
    indicators; meta: catalog rows (indicator_id, name_en, name_zh, unit) in the order chosen;
    points: point_records(obs, series) when the caller has them already; validate=False returns the
    figure as a plain dict (for the many small multiples of the overview).
    """
    opts = opts or ChartOptions()
    allp = point_records(obs, series) if points is None else points
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
            group = sorted((p for p in mine if p["basis"] == basis), key=lambda p: (p["x"], p["value"]))
            scale = axis_scale(ind["unit"])
            recon = list(
                {(p["period_start"], p["period_end"]): p for p in reversed(group) if p["reconciled"]}.values()
            )
            recon.sort(key=lambda p: p["x"])
            first = (recon or group)[0]["value"]

            def y_of(v: float, scale: float = scale, first: float = first) -> float | None:
                if opts.change:
                    return (v - first) / first * 100 if first else None
                y = v / scale
                return None if opts.log and y <= 0 else y

            group_id = f"{ind['indicator_id']}|{basis}"
            if opts.connect and len(recon) >= 2:
                traces.append(
                    {
                        "type": "scatter",
                        "x": [p["x"] for p in recon],
                        "y": [y_of(p["value"]) for p in recon],
                        "mode": "lines",
                        "line": {"color": colour, "width": 1.5, "dash": "dot"},
                        "hoverinfo": "skip",
                        "showlegend": False,
                        "legendgroup": group_id,
                        **axes,
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
                        "hoverinfo": "skip",
                        "showlegend": False,
                        "legendgroup": group_id,
                        **axes,
                    }
                )
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
            cumulative = basis == "cumulative"
            traces.append(
                {
                    "type": "scatter",
                    "x": [p["x"] for p in group],
                    "y": ys,
                    "mode": "markers+text" if labels or opts.compact else "markers",
                    "text": text,
                    "textposition": "top center",
                    "textfont": {"size": 10 if opts.compact else 12, "color": colour},
                    "cliponaxis": False,
                    "name": name + (t("cumulative_suffix", opts.lang) if cumulative else ""),
                    "legendgroup": group_id,
                    "showlegend": not opts.compact,
                    "marker": {
                        "size": 7 if opts.compact else 12,
                        "color": colour,
                        "symbol": [_symbol(p["qualifier"], basis) for p in group],
                        "line": {
                            "width": [2.5 if p["conflict"] else (2 if cumulative else 1) for p in group],
                            "color": [
                                INK if p["conflict"] else (colour if cumulative else "white") for p in group
                            ],
                        },
                    },
                    "customdata": [
                        [p["indicator_id"], p["period_start"], p["period_end"], p["basis"], p["value"]]
                        for p in group
                    ],
                    "hovertext": [_hover(name, p, opts.lang, e) for p, e in zip(group, extras, strict=True)],
                    "hovertemplate": "%{hovertext}<extra></extra>",
                    **axes,
                }
            )
            n_legend += 1
    _declutter_labels(traces)
    layout = {**_axes(units, opts), **_layout(opts, title, subtitle, n_legend, len(units))}
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


def _declutter_labels(traces: list[dict[str, Any]]) -> None:
    """Points of one year whose labels would collide get labels above, beside, below."""
    spots: dict[tuple[str, float], list[tuple[float, int, int]]] = {}
    spans: dict[str, float] = {}
    for ti, trace in enumerate(traces):
        if "text" not in trace.get("mode", ""):
            continue
        axis = trace.get("yaxis", "y")
        for pi, (x, y) in enumerate(zip(trace["x"], trace["y"], strict=True)):
            if y is None:
                continue
            spots.setdefault((axis, x), []).append((y, ti, pi))
            spans[axis] = max(spans.get(axis, 0.0), abs(y))
    cycle = ["top center", "middle right", "bottom center", "middle left"]
    for (axis, _), items in spots.items():
        items.sort(reverse=True)
        crowded = any(a[0] - b[0] < 0.08 * (spans[axis] or 1) for a, b in pairwise(items))
        if not crowded:
            continue
        for k, (_, ti, pi) in enumerate(items):
            trace = traces[ti]
            if isinstance(trace["textposition"], str):
                trace["textposition"] = [trace["textposition"]] * len(trace["x"])
            side = cycle[k % len(cycle)]
            if side.startswith("middle"):  # the side where this series has no connector
                side = "middle left" if pi == 0 and len(trace["x"]) > 1 else "middle right"
            trace["textposition"][pi] = side


def _layout(
    opts: ChartOptions, title: str | None, subtitle: str | None, n_legend: int, n_rows: int
) -> dict[str, Any]:
    top = 22 if opts.compact else 20 + (45 if title else 0) + (25 if subtitle else 0) + 30 * n_legend
    layout: dict[str, Any] = {
        "font": {"family": FONT, "size": 11 if opts.compact else 13, "color": INK},
        "paper_bgcolor": "white",
        "plot_bgcolor": "white",
        "showlegend": not opts.compact and n_legend > 0,
        "legend": {
            "orientation": "v",
            "x": 0,
            "xanchor": "left",
            "y": 1.0,
            "yanchor": "bottom",
            "font": {"size": 13},
            "itemclick": "toggle",
            "bgcolor": "rgba(255,255,255,0)",
        },
        "margin": {
            "l": 40 if opts.compact else 70,
            "r": 15 if opts.compact else 30,
            "t": top,
            "b": 25 if opts.compact else 45,
        },
        "hovermode": "closest",
        "hoverlabel": {"align": "left", "bgcolor": "white", "bordercolor": "#999", "font": {"family": FONT}},
        "height": 170 if opts.compact else top + 45 + (330 if n_rows == 1 else 230 * n_rows),
        "uirevision": "keep",
    }
    if title:
        layout["title"] = {
            "text": f"<b>{escape(title)}</b>",
            "x": 0.01,
            "xanchor": "left",
            "y": 1.0,
            "yanchor": "top",
            "yref": "container",
            "pad": {"t": 14},
            "font": {"size": 20, "color": INK},
            "subtitle": {"text": escape(subtitle or ""), "font": {"size": 14, "color": MUTED}},
        }
    return layout
