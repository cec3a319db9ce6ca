"""Pure figure builders: observations in, Plotly figure out (no I/O, testable without a browser)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

YEAR_RANGE = (2011, 2021)
QUALIFIER_MARK = {"exact": "", "approx": "≈ ", "at_least": "≥ ", "at_most": "≤ "}
# Okabe–Ito: distinguishable with the common forms of colour blindness.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]


def format_value(value: float, unit: str, qualifier: str = "exact") -> str:
    mark = QUALIFIER_MARK.get(qualifier, "")
    if unit == "USD":
        if abs(value) >= 1e6:
            return f"{mark}${value / 1e6:,.1f} million"
        return f"{mark}${value:,.0f}"
    if unit == "t":
        return f"{mark}{value:,.1f} t"
    if unit == "percent":
        return f"{mark}{value:g}%"
    return f"{mark}{value:,.0f}"


def series_figure(observations: pd.DataFrame, title: str, unit: str) -> go.Figure:
    """Points where a report speaks, gaps where none does; hover names the source sentence."""
    fig = go.Figure()
    for i, (basis, group) in enumerate(observations.groupby("basis", sort=True)):
        midpoint = (group["period_start"] + group["period_end"]) / 2
        labels = [
            format_value(v, unit, q) for v, q in zip(group["value"], group["qualifier"], strict=True)
        ]
        fig.add_trace(
            go.Scatter(
                x=midpoint,
                y=group["value"],
                mode="markers",
                name=str(basis),
                marker={"size": 11, "color": PALETTE[i % len(PALETTE)]},
                customdata=list(
                    zip(labels, group["period_start"], group["period_end"], group["file_name"],
                        group["paragraph"].fillna(-1).astype(int), group["quote"], strict=True)
                ),
                hovertemplate=(
                    "<b>%{customdata[0]}</b> (%{customdata[1]}–%{customdata[2]})<br>"
                    "%{customdata[3]} ¶%{customdata[4]}<br>%{customdata[5]}<extra></extra>"
                ),
            )
        )
    fig.update_layout(
        title=title,
        template="plotly_white",
        xaxis={"range": [YEAR_RANGE[0] - 0.5, YEAR_RANGE[1] + 0.5], "dtick": 1, "title": "Year"},
        yaxis={"title": unit, "rangemode": "tozero"},
        hoverlabel={"align": "left"},
        margin={"l": 60, "r": 20, "t": 60, "b": 50},
    )
    return fig
