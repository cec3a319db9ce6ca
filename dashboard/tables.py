"""Pure table builders: data frames in, rows for Dash DataTables (or export frames) out.

- compare_rows / sort_rows: every indicator in two periods with absolute and percent change;
- filter_mentions / mention_rows: the searchable table of every extracted quantity;
- report_rows: the reports with their coverage and how many numbers were extracted;
- data_frame: the observations behind a chart, for CSV / XLSX export.
"""

from __future__ import annotations

import math
from urllib.parse import quote

import pandas as pd

from dashboard.formatting import (
    QUALIFIER_MARK,
    format_change,
    format_percent,
    format_scaled,
    parse_period,
    period_label,
    unit_label,
)
from dashboard.i18n import basis_name, indicator_name, ordered_themes, qualifier_name, t, theme_name

SORT_KEYS = {"a": "_a", "b": "_b", "change": "_change", "pct": "_pct"}


def period_options(series: pd.DataFrame, years: range = range(2011, 2022)) -> list[str]:
    """Every year of the axis plus every multi-year period a report speaks of."""
    multi = {
        period_label(s, e)
        for s, e in zip(series.get("period_start", []), series.get("period_end", []), strict=True)
        if e > s
    }
    single = [str(y) for y in years]
    return single + sorted(multi)


def default_periods(series: pd.DataFrame) -> tuple[str, str]:
    """The two single years (in 2011–2021) with the most indicators reported in both, oldest first."""
    single = series[
        (series["period_start"] == series["period_end"]) & series["period_end"].between(2011, 2021)
    ]
    by_year = {int(y): set(g["indicator_id"]) for y, g in single.groupby("period_start")}
    pairs = [(len(by_year[a] & by_year[b]), b, a) for a in by_year for b in by_year if a < b]
    if not pairs:
        return "2011", "2021"
    _, later, earlier = max(pairs)
    return str(earlier), str(later)


MAX_PERIOD_LINKS = 2  # source links per period in a compare row (its latest reports); the rest counted


def _sources_md(parts: list[pd.DataFrame], lang: str) -> str:
    """Markdown links to the reports behind each compared value (a report once), a few per period."""
    links: list[str] = []
    seen: set[tuple[str, object]] = set()
    for obs in parts:
        unique = obs.drop_duplicates(["doc_id", "paragraph"])
        shown = unique
        if len(unique) > MAX_PERIOD_LINKS and "published_year" in unique.columns:
            latest = unique.sort_values("published_year", ascending=False, kind="stable")
            shown = latest.head(MAX_PERIOD_LINKS).sort_values("published_year", kind="stable")
        for r in shown.head(MAX_PERIOD_LINKS).itertuples():
            if (r.doc_id, r.paragraph) in seen:
                continue
            seen.add((r.doc_id, r.paragraph))
            para = "" if pd.isna(r.paragraph) else f" ¶{int(r.paragraph)}"
            href = f"/sources?doc={quote(str(r.doc_id))}&m={quote(str(r.mention_id))}" + (
                "&lang=zh" if lang == "zh" else ""
            )
            label = str(r.doc_label).replace("[", "(").replace("]", ")")
            links.append(f"[{label}{para}]({href})")
        rest = unique["doc_id"].nunique() - shown.head(MAX_PERIOD_LINKS)["doc_id"].nunique()
        if rest > 0:
            links.append(t("n_more_reports", lang, n=f"{rest:,}"))
    return " · ".join(links)


def compare_rows(
    series: pd.DataFrame,
    observations: pd.DataFrame,
    indicators: pd.DataFrame,
    period_a: str,
    period_b: str,
    lang: str = "en",
    theme: str | None = None,
    only_reported: bool = False,
) -> list[dict[str, object]]:
    """One row per indicator and basis: both values, change, % change, notes, source links.

    Display columns hold text; `_a`, `_b`, `_change`, `_pct` hold numbers for sorting.
    """
    pa, pb = parse_period(period_a), parse_period(period_b)
    if pa is None or pb is None:
        return []
    rows: list[dict[str, object]] = []
    cats = indicators if not theme else indicators[indicators["theme"] == theme]
    by_series = {k: g for k, g in series.groupby("indicator_id", sort=False)}
    starts, ends = observations["period_start"], observations["period_end"]
    wanted = ((starts == pa[0]) & (ends == pa[1])) | ((starts == pb[0]) & (ends == pb[1]))
    by_obs = {k: g for k, g in observations[wanted].groupby("indicator_id", sort=False)}
    empty_series, empty_obs = series.iloc[:0], observations.iloc[:0]
    order = {th: k for k, th in enumerate(ordered_themes(set(indicators["theme"])))}
    cats = cats.assign(_t=cats["theme"].map(order).fillna(len(order))).sort_values(
        ["_t", "indicator_id"], kind="stable"
    )
    for ind in cats.itertuples():
        mine = by_series.get(ind.indicator_id, empty_series)
        at = {p: mine[(mine["period_start"] == p[0]) & (mine["period_end"] == p[1])] for p in (pa, pb)}
        bases = list(dict.fromkeys([*at[pa]["basis"], *at[pb]["basis"]])) or [None]
        for basis in bases:
            obs = by_obs.get(ind.indicator_id, empty_obs)
            row = _compare_row(ind, basis, at[pa], at[pb], period_a, period_b, obs, lang)
            if only_reported and row["_a"] is None and row["_b"] is None:
                continue
            rows.append(row)
    # reported in both first, then in one, then in neither (stable: theme order within)
    rows.sort(key=lambda r: (r["_a"] is None) + (r["_b"] is None))
    return rows


def _pick(frame: pd.DataFrame, basis: str | None) -> pd.Series | None:
    if basis is None:
        return None
    hit = frame[frame["basis"] == basis]
    return None if hit.empty else hit.iloc[0]


def _compare_row(
    ind: object,
    basis: str | None,
    rows_a: pd.DataFrame,
    rows_b: pd.DataFrame,
    label_a: str,
    label_b: str,
    observations: pd.DataFrame,
    lang: str,
) -> dict[str, object]:
    a, b = _pick(rows_a, basis), _pick(rows_b, basis)
    unit = str(ind.unit)  # type: ignore[attr-defined]
    notes: list[str] = []

    def cell(r: pd.Series | None, label: str) -> str:
        if r is None:
            return t("not_reported", lang)
        mark = QUALIFIER_MARK.get(str(r["qualifier"]), "")
        return mark + format_scaled(float(r["value"]), unit) + (" ⚠" if bool(r["conflict"]) else "")

    va = float(a["value"]) if a is not None else None
    vb = float(b["value"]) if b is not None else None
    change = pct = None
    if va is not None and vb is not None:
        change = vb - va
        pct = (change / va * 100) if va else None
    if a is None and b is None:
        notes.append(t("not_reported_either", lang))
    elif a is None or b is None:
        notes.append(t("not_reported_in", lang, p=label_a if a is None else label_b))
    if any(r is not None and r["qualifier"] in ("at_least", "at_most") for r in (a, b)):
        notes.append(t("note_bound", lang))
    if any(r is not None and bool(r["conflict"]) for r in (a, b)):
        notes.append(t("note_conflict", lang))
    obs = observations  # already this indicator's
    used = [
        obs[
            (obs["period_start"] == r["period_start"])
            & (obs["period_end"] == r["period_end"])
            & (obs["basis"] == r["basis"])
        ]
        for r in (a, b)
        if r is not None
    ]
    meta = ind._asdict()  # type: ignore[attr-defined]
    return {
        "indicator_id": meta["indicator_id"],
        "theme": theme_name(str(meta["theme"]), lang),
        "indicator": indicator_name(meta, lang),
        "basis": basis_name(basis, lang) if basis else "",
        "unit": unit_label(unit, lang),
        "a": cell(a, label_a),
        "b": cell(b, label_b),
        "change": format_change(change, unit),
        "pct": format_percent(pct),
        "note": "; ".join(notes),
        "sources": _sources_md(used, lang),
        "_a": va,
        "_b": vb,
        "_change": change,
        "_pct": pct,
    }


def sort_rows(rows: list[dict[str, object]], sort_by: list[dict[str, str]] | None) -> list[dict[str, object]]:
    """Sort like DataTable's sort_by (column_id, direction); numbers by value, missing last."""
    out = list(rows)
    for spec in reversed(sort_by or []):
        col = spec.get("column_id", "")
        key = SORT_KEYS.get(col, col)
        desc = spec.get("direction") == "desc"

        def sort_key(row: dict[str, object], key: str = key, desc: bool = desc) -> tuple[int, object]:
            v = row.get(key)
            if v is None or (isinstance(v, float) and math.isnan(v)):
                return (1, 0)
            return (0, (-v if desc else v) if isinstance(v, int | float) else str(v))

        if key in SORT_KEYS.values():
            out.sort(key=sort_key)
        else:
            present = [r for r in out if r.get(key) not in (None, "")]
            absent = [r for r in out if r.get(key) in (None, "")]
            out = sorted(present, key=lambda r: str(r.get(key)), reverse=desc) + absent
    return out


def filter_mentions(
    mentions: pd.DataFrame,
    doc: str | None = None,
    unit: str | None = None,
    counted: str | None = None,
    vmin: float | None = None,
    vmax: float | None = None,
    text: str | None = None,
) -> pd.DataFrame:
    """Mentions matching every given filter (substring filters ignore case)."""
    m = mentions
    if doc:
        m = m[m["doc_id"] == doc]
    if unit:
        m = m[m["unit"] == unit]
    if counted:
        m = m[m["counted"].str.contains(counted, case=_match_case(counted), regex=False, na=False)]
    if vmin is not None:
        m = m[m["value"] >= vmin]
    if vmax is not None:
        m = m[m["value"] <= vmax]
    if text:
        case = _match_case(text)
        hit = pd.Series(False, index=m.index)
        for column in ("surface", "sentence", "counted"):
            hit |= m[column].str.contains(text, case=case, regex=False, na=False)
        m = m[hit]
    return m


def _match_case(query: str) -> bool:
    """Searches ignore case; a query without cased letters (Chinese, digits) finds the same rows
    with the faster case-sensitive match, so it takes that one."""
    return query.lower() == query.upper()


def mention_rows(mentions: pd.DataFrame, names: dict[str, str], lang: str = "en") -> list[dict[str, object]]:
    """Rows for the mentions table; `names` maps indicator ids to names in `lang`."""
    rows = []
    for r in mentions.itertuples():
        ids = [i for i in str(r.indicator_ids or "").split(",") if i and i != "nan"]
        rows.append(
            {
                "mention_id": r.mention_id,
                "report": r.doc_label,
                "paragraph": None if pd.isna(r.paragraph) else int(r.paragraph),
                "surface": r.surface,
                "value": float(r.value),
                "unit": r.unit,
                "qualifier": qualifier_name(str(r.qualifier), lang),
                "counted": "" if pd.isna(r.counted) else str(r.counted),
                "indicator": "; ".join(names.get(i, i) for i in ids),
                "sentence": "" if pd.isna(r.sentence) else str(r.sentence),
            }
        )
    return rows


def report_rows(documents: pd.DataFrame, lang: str = "en") -> list[dict[str, object]]:
    rows = []
    for d in documents.itertuples():
        cov = "" if pd.isna(d.coverage_start) else period_label(d.coverage_start, d.coverage_end)
        rows.append(
            {
                "doc_id": d.doc_id,
                "label": d.label,
                "title": d.title if isinstance(d.title, str) else d.file_name,
                "body": d.body if isinstance(d.body, str) else "",
                "published": "" if pd.isna(d.published_year) else int(d.published_year),
                "coverage": cov,
                "n_mentions": int(d.n_mentions),
                "n_observations": int(d.n_observations),
            }
        )
    return rows


def data_frame(obs: pd.DataFrame, series: pd.DataFrame, meta: pd.DataFrame, lang: str = "en") -> pd.DataFrame:
    """The observations behind a chart, one row per report statement, for CSV / XLSX."""
    names = {r.indicator_id: indicator_name(r._asdict(), lang) for r in meta.itertuples()}
    conflict = {
        (r.indicator_id, r.period_start, r.period_end, r.basis): bool(r.conflict) for r in series.itertuples()
    }
    order = {i: k for k, i in enumerate(meta["indicator_id"])} if not meta.empty else {}
    out = obs.assign(_o=obs["indicator_id"].map(order)).sort_values(["_o", "period_start", "period_end"])
    return pd.DataFrame(
        {
            "indicator_id": out["indicator_id"],
            "indicator": out["indicator_id"].map(names),
            "period": [
                period_label(s, e) for s, e in zip(out["period_start"], out["period_end"], strict=True)
            ],
            "period_start": out["period_start"],
            "period_end": out["period_end"],
            "basis": out["basis"],
            "value": out["value"],
            "unit": out["unit"],
            "qualifier": out["qualifier"],
            "sources_disagree": [
                conflict.get(k, False)
                for k in zip(
                    out["indicator_id"], out["period_start"], out["period_end"], out["basis"], strict=True
                )
            ],
            "report": out["doc_label"],
            "paragraph": out["paragraph"],
            "quote": out["quote"],
            "doc_id": out["doc_id"],
            "mention_id": out["mention_id"],
        }
    )


def latest_change(series: pd.DataFrame, indicator_id: str) -> dict[str, object] | None:
    """The latest reported value (2011–2021 preferred) and the one before it on the same basis.

    Keys: value, qualifier, basis, period (label), period_start, period_end, conflict,
    previous (dict or None), change, pct.
    """
    mine = series[series["indicator_id"] == indicator_id]
    if mine.empty:
        return None
    on_axis = mine[mine["period_end"].between(2011, 2021)]
    mine = (on_axis if not on_axis.empty else mine).sort_values(["period_end", "period_start"])
    last = mine.iloc[-1]
    same = mine[mine["basis"] == last["basis"]]
    prev = same.iloc[-2] if len(same) >= 2 else None
    change = pct = None
    if prev is not None:
        change = float(last["value"]) - float(prev["value"])
        pct = change / float(prev["value"]) * 100 if float(prev["value"]) else None
    return {
        "value": float(last["value"]),
        "qualifier": str(last["qualifier"]),
        "basis": str(last["basis"]),
        "period": period_label(last["period_start"], last["period_end"]),
        "period_start": int(last["period_start"]),
        "period_end": int(last["period_end"]),
        "conflict": bool(last["conflict"]),
        "previous": None
        if prev is None
        else {
            "value": float(prev["value"]),
            "qualifier": str(prev["qualifier"]),
            "period": period_label(prev["period_start"], prev["period_end"]),
        },
        "change": change,
        "pct": pct,
    }
