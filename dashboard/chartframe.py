"""The frame of a chart: its options, colours and fonts, axes, layout, and where value labels go.

Pure functions of the chart options (no data), shared by every figure dashboard.figures draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from itertools import pairwise
from typing import Any

from dashboard.formatting import unit_label
from dashboard.i18n import t
from dashboard.points import YEAR_RANGE

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


def axes(units: list[str], opts: ChartOptions) -> dict[str, Any]:
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


def layout(
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


def declutter_labels(traces: list[dict[str, Any]]) -> None:
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
