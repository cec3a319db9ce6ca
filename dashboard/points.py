"""Chart points: observations grouped into one point per stated value, and where each sits in time.

A value restated by many reports is one point that counts them (`n_sources`) and names a few
(`sources`, the latest first; the rest are counted, never listed, so a point stays small however
many reports repeat it). Values that reports disagree on are separate points flagged `conflict`;
`reconciled` marks the value the series view keeps (the latest report's). A period with more
distinct values than `MAX_VALUES` draws the reconciled one, the lowest and the highest (then the
most often stated) and records how many values there are (`n_values`) and their range (`lo`, `hi`).
Pure functions, no I/O; vectorised, so a corpus of thousands of reports is grouped in one pass.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

YEAR_RANGE = (2011, 2021)
KEY = ["indicator_id", "period_start", "period_end", "basis"]
MAX_VALUES = 4  # distinct values drawn per period
MAX_SOURCES = 5  # reports named per point (the latest); the others are counted
POINT_COLUMNS = [
    "indicator_id",
    "period_start",
    "period_end",
    "basis",
    "value",
    "unit",
    "qualifier",
    "x",
    "sources",
    "n_sources",
    "conflict",
    "reconciled",
    "n_values",
    "n_shown",
    "lo",
    "hi",
    "period_sources",
]


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


def _statements(obs: pd.DataFrame) -> pd.DataFrame:
    """The observations with a rounded value key, latest report first within each value."""
    cols = [*KEY, "value", "unit", "qualifier", "doc_id", "doc_label", "paragraph", "mention_id"]
    o = obs[cols].copy()
    o["period_start"] = o["period_start"].astype("int64")
    o["period_end"] = o["period_end"].astype("int64")
    o["value"] = o["value"].astype(float)
    o["vkey"] = o["value"].round(6)
    year = obs["published_year"] if "published_year" in obs.columns else pd.Series(0, index=obs.index)
    o["pyear"] = pd.to_numeric(year, errors="coerce").fillna(0).to_numpy()
    return o.sort_values(
        [*KEY, "vkey", "pyear", "doc_label", "paragraph", "mention_id"],
        ascending=[True, True, True, True, True, False, True, True, True],
        na_position="last",
        kind="stable",
    )


def _values(o: pd.DataFrame, series: pd.DataFrame, max_values: int) -> pd.DataFrame:
    """One row per distinct value of each period, with the period's counts; the drawn ones only."""
    vals = (
        o.groupby([*KEY, "vkey"], sort=False)
        .agg(
            value=("value", "first"),
            unit=("unit", "first"),
            qualifier=("qualifier", "first"),
            n_sources=("doc_id", "nunique"),
        )
        .reset_index()
    )
    per = vals.groupby(KEY, sort=False)["value"]
    vals["n_values"] = per.transform("size")
    vals["lo"] = per.transform("min")
    vals["hi"] = per.transform("max")
    reports = o.groupby(KEY, sort=False)["doc_id"].nunique().rename("period_sources").reset_index()
    vals = vals.merge(reports, on=KEY, how="left")
    recon = series[[*KEY, "value", "conflict"]].rename(columns={"value": "rv", "conflict": "rc"})
    recon = recon.astype({"period_start": "int64", "period_end": "int64"}).drop_duplicates(KEY)
    vals = vals.merge(recon, on=KEY, how="left")
    known = vals["rv"].notna()
    rv = vals["rv"].astype(float)
    close = np.isclose(vals["value"], rv, rtol=1e-9, atol=0.0) & known.to_numpy()
    vals["reconciled"] = close | ~known.to_numpy()
    vals["conflict"] = vals["rc"].astype("boolean").fillna(False).astype(bool) & known
    # which values a period draws: the reconciled one, the extremes, then the most stated
    prio = np.select(
        [vals["reconciled"], vals["value"] == vals["lo"], vals["value"] == vals["hi"]], [0, 1, 2], default=3
    )
    vals["prio"] = prio
    vals = vals.sort_values(
        [*KEY, "prio", "n_sources", "vkey"], ascending=[True, True, True, True, True, False, True]
    )
    vals = vals[vals.groupby(KEY, sort=False).cumcount() < max_values].copy()
    vals["n_shown"] = vals.groupby(KEY, sort=False)["value"].transform("size")
    return vals


def point_records(
    obs: pd.DataFrame, series: pd.DataFrame, max_values: int = MAX_VALUES, max_sources: int = MAX_SOURCES
) -> list[dict[str, Any]]:
    """The chart's points as plain dicts (see the module docstring), sorted by indicator, period,
    basis and value. Keys: POINT_COLUMNS; `sources` is a list of {doc_id, doc_label, paragraph,
    mention_id}, at most `max_sources` long, while `n_sources` counts every report stating it."""
    if obs.empty:
        return []
    o = _statements(obs)
    vals = _values(o, series, max_values)
    drawn = pd.MultiIndex.from_frame(vals[[*KEY, "vkey"]])
    keyed = o[pd.MultiIndex.from_frame(o[[*KEY, "vkey"]]).isin(drawn)]
    keyed = keyed.groupby([*KEY, "vkey"], sort=False).head(max_sources)
    sources: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for r in keyed[[*KEY, "vkey", "doc_id", "doc_label", "paragraph", "mention_id"]].itertuples(index=False):
        para = r.paragraph
        sources.setdefault(tuple(r[:5]), []).append(
            {
                "doc_id": str(r.doc_id),
                "doc_label": str(r.doc_label),
                "paragraph": None if para is None or pd.isna(para) else int(para),
                "mention_id": str(r.mention_id),
            }
        )
    out = []
    for r in vals.sort_values([*KEY, "vkey"]).itertuples(index=False):
        ps, pe, basis = int(r.period_start), int(r.period_end), str(r.basis)
        out.append(
            {
                "indicator_id": str(r.indicator_id),
                "period_start": ps,
                "period_end": pe,
                "basis": basis,
                "value": float(r.value),
                "unit": str(r.unit),
                "qualifier": str(r.qualifier),
                "x": point_x(ps, pe, basis),
                "sources": sources.get((r.indicator_id, r.period_start, r.period_end, r.basis, r.vkey), []),
                "n_sources": int(r.n_sources),
                "conflict": bool(r.conflict),
                "reconciled": bool(r.reconciled),
                "n_values": int(r.n_values),
                "n_shown": int(r.n_shown),
                "lo": float(r.lo),
                "hi": float(r.hi),
                "period_sources": int(r.period_sources),
            }
        )
    return out


def points_by_indicator(obs: pd.DataFrame, series: pd.DataFrame) -> dict[str, list[dict[str, Any]]]:
    """point_records of every indicator at once, keyed by indicator id (a snapshot keeps these)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for p in point_records(obs, series):
        out.setdefault(p["indicator_id"], []).append(p)
    return out


def chart_points(obs: pd.DataFrame, series: pd.DataFrame) -> pd.DataFrame:
    """point_records as a data frame (columns: POINT_COLUMNS)."""
    return pd.DataFrame(point_records(obs, series), columns=POINT_COLUMNS)
