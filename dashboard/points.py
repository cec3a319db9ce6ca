"""Chart points: observations grouped into one point per stated value, and where each sits in time.

A value restated by several reports is one point with every source; values that reports
disagree on are separate points flagged `conflict`; `reconciled` marks the value the series
view keeps (the latest report's). Pure functions, no I/O.
"""

from __future__ import annotations

import math
from typing import Any

import pandas as pd

YEAR_RANGE = (2011, 2021)


def in_range(start: int, end: int, basis: str = "annual") -> bool:
    """Whether a value can be placed on the 2011–2021 axis (a running total by its end year)."""
    if basis in ("cumulative", "as_of"):
        start = end
    return end >= YEAR_RANGE[0] and start <= YEAR_RANGE[1]


def point_x(start: int, end: int, basis: str) -> float:
    """Where a value sits on the year axis: a stock or running total at its end year, a flow over
    several years mid-way across the part of its span that is on the axis."""
    if basis in ("cumulative", "as_of") or start == end:
        return float(end)
    lo = max(start - 0.5, YEAR_RANGE[0] - 0.5)
    hi = min(end + 0.5, YEAR_RANGE[1] + 0.5)
    return (lo + hi) / 2 if lo < hi else (start + end) / 2


def is_span(start: int, end: int, basis: str) -> bool:
    """A flow over several years (a biennium budget) is drawn across its years."""
    return end > start and basis not in ("cumulative", "as_of")


def point_records(obs: pd.DataFrame, series: pd.DataFrame) -> list[dict[str, Any]]:
    """chart_points as plain dicts (fast: the chart callbacks build from these)."""
    if obs.empty:
        return []
    recon = {
        (r["indicator_id"], int(r["period_start"]), int(r["period_end"]), r["basis"]): r
        for r in series[["indicator_id", "period_start", "period_end", "basis", "value", "conflict"]].to_dict(
            "records"
        )
    }
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    cols = [
        "indicator_id",
        "period_start",
        "period_end",
        "basis",
        "value",
        "unit",
        "qualifier",
        "doc_id",
        "doc_label",
        "paragraph",
        "mention_id",
    ]
    for r in obs[cols].to_dict("records"):
        ps, pe = int(r["period_start"]), int(r["period_end"])
        key = (r["indicator_id"], ps, pe, r["basis"], round(float(r["value"]), 6))
        para = r["paragraph"]
        source = {
            "doc_id": r["doc_id"],
            "doc_label": r["doc_label"],
            "paragraph": None if para is None or pd.isna(para) else int(para),
            "mention_id": r["mention_id"],
        }
        if key in groups:
            groups[key]["sources"].append(source)
            continue
        s = recon.get(key[:4])
        groups[key] = {
            "indicator_id": key[0],
            "period_start": ps,
            "period_end": pe,
            "basis": key[3],
            "value": float(r["value"]),
            "unit": str(r["unit"]),
            "qualifier": str(r["qualifier"]),
            "x": point_x(ps, pe, str(key[3])),
            "sources": [source],
            "conflict": bool(s["conflict"]) if s is not None else False,
            "reconciled": math.isclose(float(s["value"]), float(r["value"]), rel_tol=1e-9)
            if s is not None
            else True,
        }
    return [groups[k] for k in sorted(groups, key=lambda k: (k[0], k[1], k[2], k[3], k[4]))]


def chart_points(obs: pd.DataFrame, series: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct (indicator, period, basis, value) with every report stating it.

    Columns: indicator_id, period_start, period_end, basis, value, unit, qualifier, x,
    sources (list of dicts: doc_id, doc_label, paragraph, mention_id), conflict, reconciled.
    """
    cols = [
        "indicator_id",
        "period_start",
        "period_end",
        "basis",
        "value",
        "unit",
        "qualifier",
        "x",
        "sources",
        "conflict",
        "reconciled",
    ]
    return pd.DataFrame(point_records(obs, series), columns=cols)
