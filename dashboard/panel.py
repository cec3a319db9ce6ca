"""The source panel of the Explore page: the report sentences behind a clicked point.

`source_panel(snapshot, customdata, lang)` reads only the statements of the clicked indicator,
period and basis (an indexed look-up) and quotes a bounded number of them, so a value restated by
thousands of reports opens as fast as one stated once; the panel says how many reports state it.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from dash import dcc, html

from dashboard.components import alert, href, source_cards
from dashboard.data import Snapshot
from dashboard.formatting import format_value
from dashboard.i18n import reports_phrase, t

MAX_SOURCE_CARDS = 5  # reports quoted for the clicked value (the latest)
MAX_OTHER_VALUES = 4  # other values of the same period quoted (the latest report of each)


def _latest_first(rows: pd.DataFrame) -> pd.DataFrame:
    return rows.sort_values(["published_year", "doc_label"], ascending=[False, True], kind="stable")


def _values(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct value: its latest statement with `n_reports` stating it, most stated first."""
    rows = _latest_first(rows)
    key = rows["value"].round(6)
    counts = rows.groupby(key, sort=False)["doc_id"].nunique()
    first = ~key.duplicated()
    latest = rows[first].assign(n_reports=key[first].map(counts).to_numpy())
    return latest.sort_values("n_reports", ascending=False, kind="stable")


def source_panel(snap: Snapshot, point: list[Any] | None, lang: str) -> list[Any]:
    """The report sentences behind a clicked point (indicator, start, end, basis, value).

    The latest few reports stating the value are quoted, with how many state it in all; where
    reports disagree, the latest report of each other value (the most stated first) is quoted too,
    and the values not quoted are counted with their range."""
    if not point or len(point) != 5:
        return [html.P(t("click_hint", lang), className="text-muted small")]
    indicator_id, start, end, basis, value = point
    try:
        value = float(value)
        rows = snap.observations_at(str(indicator_id), int(start), int(end), str(basis))
    except (TypeError, ValueError):
        return [alert(t("unknown_indicators", lang, ids=str(indicator_id)[:80]))]
    mask = np.isclose(rows["value"].to_numpy(dtype=float), value, rtol=1e-9, atol=0.0)
    same, others = _latest_first(rows[mask]), rows[~mask]
    if same.empty:
        return [alert(t("unknown_indicators", lang, ids=str(indicator_id)[:80]))]
    first = same.iloc[0]
    shown_value = format_value(float(first["value"]), str(first["unit"]), str(first["qualifier"]), lang)
    n = int(same["doc_id"].nunique())
    quoted = same.head(MAX_SOURCE_CARDS)
    count = (
        t("panel_count", lang, value=shown_value, reports=reports_phrase(n, lang), shown=len(quoted))
        if len(same) > len(quoted)
        else t("panel_count_all", lang, value=shown_value, reports=reports_phrase(n, lang))
    )
    cards: list[Any] = [html.P(count, className="small fw-semibold mb-1", id="panel-count")]
    cards += source_cards(snap, quoted, lang)
    rest = n - int(quoted["doc_id"].nunique())
    if rest > 0:
        cards.append(
            html.P(
                [
                    f"{t('more_reports', lang, n=f'{rest:,}')} · ",
                    dcc.Link(t("see_all_mentions", lang), href=_mentions_link(snap, first, lang)),
                ],
                className="small",
            )
        )
    if not others.empty:
        cards.append(html.Div("⚠ " + t("panel_others", lang), className="small fw-semibold mt-2"))
        values = _values(others)
        for k in range(min(len(values), MAX_OTHER_VALUES)):
            r = values.iloc[k]
            other = format_value(float(r["value"]), str(r["unit"]), str(r["qualifier"]), lang)
            reports = reports_phrase(int(r["n_reports"]), lang)
            line = t("panel_other_value", lang, value=other, reports=reports)
            cards.append(html.Div(line, className="small"))
            cards += source_cards(snap, values.iloc[[k]], lang)
        if len(values) > MAX_OTHER_VALUES:
            rest_values = values["value"].iloc[MAX_OTHER_VALUES:]
            unit = str(first["unit"])
            text = t(
                "panel_more_values",
                lang,
                n=f"{len(rest_values):,}",
                lo=format_value(float(rest_values.min()), unit, "exact", lang),
                hi=format_value(float(rest_values.max()), unit, "exact", lang),
            )
            cards.append(html.P(text, className="small"))
    return cards


def _plain(value: float) -> str:
    """A number as the mentions filter reads it: `186`, `245000000`, `2.5`."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _mentions_link(snap: Snapshot, statement: pd.Series, lang: str) -> str:
    """The sources page's list of every mention with the statement's number (as the text writes it)."""
    mentions = snap.rows_of("mentions", str(statement["doc_id"]))
    hit = mentions[mentions["mention_id"] == statement["mention_id"]]
    value, unit = (
        (float(hit.iloc[0]["value"]), str(hit.iloc[0]["unit"]))
        if not hit.empty
        else (float(statement["value"]), str(statement["unit"]))
    )
    return href("/sources", lang, unit=unit, vmin=_plain(value), vmax=_plain(value))
