"""Overview page: headline cards (funding, treaties, seizures, training) and small multiples per theme.

Drawn from the reconciled series and the snapshot's precomputed chart points (one point per
period in a small multiple), so the page's size and time do not grow with the number of reports.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from dash import Dash, dcc, html

from dashboard.components import href
from dashboard.data import Database, Snapshot
from dashboard.figures import ChartOptions, points_figure
from dashboard.formatting import format_percent, format_value, unit_label
from dashboard.i18n import basis_name, indicator_name, reports_phrase, t, theme_name
from dashboard.tables import latest_change
from dashboard.urlstate import State

PATH = "/"
# The headline indicator of each card: the first of these with a reported value wins, then any
# indicator of the theme with values.
HEADLINES = {
    "funding": [
        "voluntary_contributions_pledged",
        "consolidated_budget",
        "special_purpose_contributions",
        "general_purpose_income",
        "regular_budget",
        "drug_fund_pledges",
        "crime_fund_pledges",
    ],
    "treaties": [
        "untoc_parties",
        "uncac_parties",
        "tip_protocol_parties",
        "smuggling_protocol_parties",
        "firearms_protocol_parties",
    ],
    "seizures": [
        "ccp_cocaine_seized",
        "ccp_countries",
        "ccp_heroin_seized",
        "ccp_cannabis_seized",
        "ccp_precursors_seized",
    ],
    "training": ["officials_trained_counter_terrorism", "practitioners_trained_trafficking_smuggling"],
}
GRAPH_CONFIG = {"displayModeBar": False}


def headline_indicator(snap: Snapshot, theme: str) -> str | None:
    """The indicator a theme's card shows."""
    with_data = set(snap.series["indicator_id"])
    for indicator_id in HEADLINES.get(theme, []):
        if indicator_id in with_data:
            return indicator_id
    in_theme = snap.indicators[(snap.indicators["theme"] == theme) & (snap.indicators["n_obs"] > 0)]
    if not in_theme.empty:
        return str(in_theme.sort_values("n_obs", ascending=False).iloc[0]["indicator_id"])
    first = HEADLINES.get(theme, [])
    return first[0] if first and snap.indicator(first[0]) else None


def _source_link(snap: Snapshot, indicator_id: str, latest: dict[str, Any], lang: str) -> Any:
    rows = snap.observations_at(
        indicator_id, latest["period_start"], latest["period_end"], latest["basis"]
    ).sort_values("published_year", ascending=False, kind="stable")
    if rows.empty:
        return None
    r = rows.iloc[0]
    para = "" if pd.isna(r["paragraph"]) else f" ¶{int(r['paragraph'])}"
    link = dcc.Link(
        f"{t('source', lang)}: {r['doc_label']}{para}",
        href=href("/sources", lang, doc=r["doc_id"], m=r["mention_id"]),
        className="small",
    )
    n = int(rows["doc_id"].nunique())  # the reports on this period, whichever value they give
    if n == 1:
        return link
    return html.Div([link, html.Span(f" · {reports_phrase(n, lang)}", className="small text-muted")])


BOUNDS = {"at_least", "at_most"}


def headline_card(snap: Snapshot, theme: str, lang: str) -> html.Div:
    indicator_id = headline_indicator(snap, theme)
    meta = snap.indicator(indicator_id) if indicator_id else None
    latest = latest_change(snap.series, indicator_id) if indicator_id else None
    body: list[Any] = [html.Div(theme_name(theme, lang), className="card-theme")]
    if meta is None or latest is None:
        body += [
            html.Div(indicator_name(meta, lang) if meta else "", className="small"),
            html.Div(t("no_figures", lang), className="text-muted mt-2"),
        ]
    else:
        unit = str(meta["unit"])
        prev = latest["previous"]
        if prev is None:
            delta = t("only_value", lang)
        else:
            arrow = "▲" if (latest["change"] or 0) > 0 else ("▼" if (latest["change"] or 0) < 0 else "■")
            sign = "+" if (latest["change"] or 0) > 0 else ("−" if (latest["change"] or 0) < 0 else "±")
            amount = format_value(abs(latest["change"] or 0), unit, "exact", lang)
            delta = (
                f"{arrow} {sign}{amount} ({format_percent(latest['pct'])}) "
                f"{t('since_prev', lang, period=prev['period'])}"
            )
            if BOUNDS & {latest["qualifier"], prev["qualifier"]}:  # "≥ 1,600" to "≥ 1,000" is no exact change
                previous = format_value(prev["value"], unit, prev["qualifier"], lang)
                delta += f" ({previous}; {t('note_bound', lang)})"
        body += [
            dcc.Link(
                indicator_name(meta, lang),
                href=href("/explore", lang, ind=[indicator_id]),
                className="card-indicator",
            ),
            html.Div(format_value(latest["value"], unit, latest["qualifier"], lang), className="card-value"),
            html.Div(
                f"{latest['period']} · {basis_name(latest['basis'], lang)}"
                + (f" · {unit_label(unit, lang)}" if unit == "count" else ""),
                className="small text-muted",
            ),
            html.Div(delta, className="card-delta"),
            _source_link(snap, indicator_id, latest, lang),
        ]
    return html.Div(html.Div(body, className="headline-card h-100"), className="col-12 col-sm-6 col-lg-3")


def small_multiple(snap: Snapshot, indicator_id: str, lang: str) -> html.Div:
    meta = snap.indicator_meta([indicator_id])
    fig = points_figure(
        snap.chart_points([indicator_id]), meta, ChartOptions(lang=lang, compact=True), validate=False
    )
    name = indicator_name(meta.iloc[0].to_dict(), lang)
    unit = unit_label(str(meta.iloc[0]["unit"]), lang)
    return html.Div(
        html.Div(
            [
                dcc.Link(name, href=href("/explore", lang, ind=[indicator_id]), className="sm-title"),
                html.Div(unit, className="sm-unit"),
                dcc.Graph(
                    figure=fig,
                    config=GRAPH_CONFIG,
                    style={"height": "170px"},
                    id={"type": "sm-graph", "ind": indicator_id},
                ),
            ],
            className="small-multiple h-100",
        ),
        className="col-12 col-sm-6 col-lg-4 col-xl-3",
    )


def theme_section(snap: Snapshot, theme: str, lang: str) -> html.Section:
    ind = snap.indicators[snap.indicators["theme"] == theme]
    reported = set(snap.series["indicator_id"])
    with_data = [i for i in ind.sort_values("n_obs", ascending=False)["indicator_id"] if i in reported]
    without = ind[~ind["indicator_id"].isin(with_data)]
    children: list[Any] = [html.H2(theme_name(theme, lang), className="h5 mt-4 mb-2")]
    if with_data:
        children.append(html.Div([small_multiple(snap, i, lang) for i in with_data], className="row g-3"))
    if not without.empty:
        names = ", ".join(indicator_name(r._asdict(), lang) for r in without.itertuples())
        children.append(html.P(t("no_data_in_theme", lang, names=names), className="small text-muted mt-2"))
    return html.Section(children, id=f"theme-{theme}")


def layout(snap: Snapshot, state: State, lang: str) -> html.Div:
    return html.Div(
        [
            html.H1(t("overview_title", lang), className="h3 mb-1"),
            html.P(t("tagline", lang), className="text-muted"),
            html.Div(
                [headline_card(snap, th, lang) for th in HEADLINES], className="row g-3", id="headlines"
            ),
            html.H2(t("themes_heading", lang), className="h4 mt-4"),
            *[theme_section(snap, th, lang) for th in snap.themes],
        ]
    )


def register(app: Dash, db: Database) -> None:
    """The overview has no callbacks of its own: it is drawn by the router."""
