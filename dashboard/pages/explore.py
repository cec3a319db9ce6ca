"""Explore page: a theme, one or more indicators, the chart, the source behind a clicked point, exports.

The callbacks only parse their inputs and call the pure builders (dashboard.figures,
dashboard.tables, dashboard.panel); `chart_view`, `source_panel` and `export_file` are importable
and testable without a browser.
"""

from __future__ import annotations

from typing import Any

import dash_bootstrap_components as dbc
import plotly.graph_objects as go
from dash import Dash, Input, Output, State, ctx, dcc, html, no_update
from dash.exceptions import PreventUpdate

from dashboard.annotate import chart_titles
from dashboard.components import alert, values_table
from dashboard.data import Database, Snapshot
from dashboard.downloads import KINDS, export_file
from dashboard.figures import ChartOptions, in_range, points_figure
from dashboard.formatting import period_label
from dashboard.i18n import dropdown_labels, indicator_name, t, theme_name
from dashboard.panel import source_panel
from dashboard.pointtext import conflict_message
from dashboard.urlstate import State as UrlState
from dashboard.urlstate import as_list

__all__ = ["chart_view", "default_indicators", "indicator_options", "layout", "register", "source_panel"]

PATH = "/explore"
DEFAULT_OPTS = ["connect"]
MAX_INDICATORS = 8
IMAGE_SIZE = (1200, 720)


def sid(key: str) -> dict[str, str]:
    return {"type": "state", "page": "explore", "key": key}


def default_indicators(snap: Snapshot, theme: str | None = None) -> list[str]:
    """Up to four indicators with the most values, from one theme and of one unit."""
    ind = snap.indicators[snap.indicators["n_obs"] > 0]
    if theme:
        ind = ind[ind["theme"] == theme]
    if ind.empty:
        return []
    ind = ind.sort_values("n_obs", ascending=False, kind="stable")
    top = ind.iloc[0]
    same = ind[(ind["theme"] == top["theme"]) & (ind["unit"] == top["unit"])]
    return list(same["indicator_id"][:4])


def indicator_options(
    snap: Snapshot, theme: str | None, selected: list[str], lang: str
) -> list[dict[str, Any]]:
    ind = snap.indicators
    shown = ind[(ind["theme"] == theme) | ind["indicator_id"].isin(selected)] if theme else ind
    options = []
    for r in shown.itertuples():
        count = t("n_values", lang, n=r.n_obs) if r.n_obs else t("no_values", lang)
        label = f"{indicator_name(r._asdict(), lang)} ({count})"
        if not theme:
            label = f"{theme_name(str(r.theme), lang)} · {label}"
        options.append({"label": label, "value": r.indicator_id})
    return options


MAX_CONFLICT_NOTES = 5  # periods spelled out under the chart; the rest are counted


def chart_view(
    snap: Snapshot, ids: list[str], opts: list[str] | None, lang: str
) -> tuple[go.Figure, list[Any]]:
    """The chart for a selection and the notes under it (conflicts, values off the axis).

    Built from the snapshot's precomputed points: its cost follows the number of periods charted,
    not the number of reports that state them."""
    known, unknown = snap.split_known(ids or [])
    known = known[:MAX_INDICATORS]
    options = ChartOptions.from_opts(opts, lang)
    meta = snap.indicator_meta(known)
    title, subtitle = chart_titles(meta, options)
    points = snap.chart_points(known)
    fig = points_figure(points, meta, options, title=title, subtitle=subtitle)
    notes: list[Any] = []
    if unknown:
        notes.append(alert(t("unknown_indicators", lang, ids=", ".join(unknown)[:200])))
    names = {r.indicator_id: indicator_name(r._asdict(), lang) for r in meta.itertuples()}
    conflicts: dict[tuple[str, int, int, str], list[dict[str, Any]]] = {}
    for p in points:
        if p["conflict"]:
            key = (p["indicator_id"], p["period_start"], p["period_end"], p["basis"])
            conflicts.setdefault(key, []).append(p)
    # the periods on the chart first, then those off the axis (listed in the table of values)
    ordered = sorted(conflicts.items(), key=lambda kv: not in_range(kv[0][1], kv[0][2], kv[0][3]))
    for (indicator_id, *_), group in ordered[:MAX_CONFLICT_NOTES]:
        message = conflict_message(names.get(indicator_id, indicator_id), group, lang)
        notes.append(alert("⚠ " + message, className="conflict-note"))
    if len(conflicts) > MAX_CONFLICT_NOTES:
        more = t("more_conflicts", lang, n=len(conflicts) - MAX_CONFLICT_NOTES)
        notes.append(alert("⚠ " + more, className="conflict-note"))
    off = [p for p in points if not in_range(p["period_start"], p["period_end"], p["basis"])]
    if off:
        periods = ", ".join(sorted({period_label(p["period_start"], p["period_end"]) for p in off}))
        per_period = {(p["indicator_id"], p["period_start"], p["period_end"], p["basis"]): p for p in off}
        n = sum(int(p.get("n_values", 1)) for p in per_period.values())  # drawn or not
        note = t("outside_range", lang, n=f"{n:,}", periods=periods)
        notes.append(html.P(note, className="small text-muted"))
    dropped = sum(p["value"] <= 0 for p in points)
    if options.log and not options.change and dropped:
        notes.append(html.P(t("log_dropped", lang, n=dropped), className="small"))
    if points:
        notes.append(values_table(points, names, lang))
    return fig, notes


def _controls(snap: Snapshot, theme: str | None, ids: list[str], opts: list[str], lang: str) -> html.Div:
    themes = snap.themes
    button = "btn btn-outline-primary btn-sm"
    return html.Div(
        [
            html.Label(
                t("theme", lang), htmlFor="explore-theme-dd", className="form-label small fw-semibold"
            ),
            dcc.Dropdown(
                labels=dropdown_labels(lang),
                id=sid("theme"),
                options=[{"label": t("all_themes", lang), "value": "all"}]
                + [{"label": theme_name(th, lang), "value": th} for th in themes],
                value=theme or "all",
                clearable=False,
                searchable=False,
                className="mb-3",
            ),
            html.Label(t("indicators", lang), className="form-label small fw-semibold"),
            html.Div(
                dcc.Dropdown(
                    labels=dropdown_labels(lang),
                    id=sid("ind"),
                    options=indicator_options(snap, theme, ids, lang),
                    value=ids,
                    multi=True,
                    placeholder=t("choose_indicators", lang),
                    maxHeight=360,
                ),
                id="explore-ind",
                className="mb-3",
            ),
            html.Fieldset(
                [
                    html.Legend(t("options", lang), className="form-label small fw-semibold"),
                    dcc.Checklist(
                        id=sid("opts"),
                        options=[
                            {"label": " " + t(f"opt_{o}", lang), "value": o}
                            for o in ("log", "change", "connect")
                        ],
                        value=opts,
                        labelClassName="d-block small",
                    ),
                ],
                className="mb-3",
            ),
            html.Div(
                [
                    html.Div(t("export", lang), className="form-label small fw-semibold"),
                    html.Div(
                        [html.Span(t("export_chart", lang), className="export-label")]
                        + [
                            html.Button(f.upper(), id=f"export-{f}", className=button)
                            for f in ("png", "svg", "pdf")
                        ],
                        className="export-row",
                    ),
                    html.Div(
                        [html.Span(t("export_data", lang), className="export-label")]
                        + [
                            html.Button(f.upper(), id=f"export-{f}", className=button)
                            for f in ("csv", "xlsx")
                        ],
                        className="export-row",
                    ),
                    html.Div(t("briefing", lang), className="form-label small fw-semibold mt-2"),
                    html.Div(
                        [
                            html.Button(
                                t("add_to_pack", lang),
                                id="pack-add",
                                className="btn btn-outline-secondary btn-sm",
                            ),
                            html.Button(
                                t("clear_pack", lang), id="pack-clear", className="btn btn-link btn-sm"
                            ),
                        ],
                        className="export-row",
                    ),
                    html.Div(id="pack-count", className="small text-muted mb-1"),
                    html.Div(
                        [
                            html.Button(label, id=f"export-{key}", className="btn btn-primary btn-sm")
                            for key, label in (("pptx", "PPTX"), ("packpdf", "PDF"))
                        ],
                        className="export-row",
                    ),
                    dcc.Loading(html.Div(id="export-status", className="small"), type="dot"),
                    dcc.Download(id="download"),
                ],
                className="export-box",
            ),
        ],
        className="controls",
    )


def layout(snap: Snapshot, state: UrlState, lang: str) -> html.Div:
    theme = state.get("theme") if state.get("theme") in snap.themes else None
    requested = as_list(state.get("ind")) if "ind" in state else None
    ids = [i for i in requested if i != "none"] if requested is not None else default_indicators(snap, theme)
    if theme is None and "theme" not in state and ids:
        themes_of = set(snap.indicator_meta(ids)["theme"])
        theme = themes_of.pop() if len(themes_of) == 1 else None
    opts = [o for o in as_list(state.get("opts", DEFAULT_OPTS)) if o in ("log", "change", "connect")]
    known, unknown = snap.split_known(ids)
    top: list[Any] = []
    if unknown:
        top.append(alert(t("unknown_indicators", lang, ids=", ".join(unknown)[:200]), id="unknown-ids"))
    if isinstance(state.get("theme"), str) and state["theme"] not in snap.themes and state["theme"] != "all":
        top.append(alert(t("unknown_indicators", lang, ids=str(state["theme"])[:80])))
    return dbc.Row(
        [
            dbc.Col(_controls(snap, theme, known, opts, lang), lg=3, className="mb-3"),
            dbc.Col(
                [
                    *top,
                    dcc.Loading(
                        dcc.Graph(
                            id="chart",
                            config={"displayModeBar": False, "responsive": True},
                            figure=go.Figure(layout={"height": 480}),
                        ),
                        type="circle",
                        delay_show=300,
                    ),
                    html.P(t("legend_help", lang), className="legend-help"),
                    html.Div(id="chart-notes"),
                    html.Section(
                        [
                            html.H2(t("source_panel", lang), className="h6"),
                            html.Div(
                                source_panel(snap, None, lang), id="source-panel", **{"aria-live": "polite"}
                            ),
                        ],
                        className="source-box",
                    ),
                ],
                lg=9,
            ),
        ]
    )


def register(app: Dash, db: Database) -> None:
    @app.callback(
        Output(sid("ind"), "options"),
        Output(sid("ind"), "value"),
        Input(sid("theme"), "value"),
        State(sid("ind"), "value"),
        State("lang", "data"),
        prevent_initial_call=True,
    )
    def on_theme(
        theme: str | None, _current: list[str] | None, lang: str
    ) -> tuple[list[dict[str, Any]], list[str]]:
        snap = db.snapshot()
        theme = theme if theme in snap.themes else None
        ids = default_indicators(snap, theme)
        return indicator_options(snap, theme, ids, lang), ids

    @app.callback(
        Output("chart", "figure"),
        Output("chart-notes", "children"),
        Input(sid("ind"), "value"),
        Input(sid("opts"), "value"),
        State("lang", "data"),
    )
    def on_selection(ids: list[str] | None, opts: list[str] | None, lang: str) -> tuple[go.Figure, list[Any]]:
        return chart_view(db.snapshot(), as_list(ids), as_list(opts), lang)

    @app.callback(
        Output("source-panel", "children"),
        Input("chart", "clickData"),
        State("lang", "data"),
        prevent_initial_call=True,
    )
    def on_click(click: dict[str, Any] | None, lang: str) -> list[Any]:
        points = (click or {}).get("points") or []
        if not points or "customdata" not in points[0]:
            raise PreventUpdate
        return source_panel(db.snapshot(), points[0]["customdata"], lang)

    @app.callback(
        Output("basket", "data"),
        Input("pack-add", "n_clicks"),
        Input("pack-clear", "n_clicks"),
        State(sid("ind"), "value"),
        State(sid("opts"), "value"),
        State("basket", "data"),
        prevent_initial_call=True,
    )
    def on_pack(
        _add: int | None,
        _clear: int | None,
        ids: list[str] | None,
        opts: list[str] | None,
        basket: list[dict[str, Any]] | None,
    ) -> list[dict[str, Any]]:
        if not ctx.triggered or not ctx.triggered[0].get("value"):
            raise PreventUpdate  # the buttons were just drawn, not clicked
        if ctx.triggered_id == "pack-clear":
            return []
        view = {"ind": as_list(ids), "opts": as_list(opts)}
        items = [v for v in (basket or []) if isinstance(v, dict)]
        return items if view in items or not view["ind"] else [*items, view][-12:]

    @app.callback(Output("pack-count", "children"), Input("basket", "data"), Input("lang", "data"))
    def on_basket(basket: list[dict[str, Any]] | None, lang: str) -> str:
        n = len([v for v in (basket or []) if isinstance(v, dict)])
        return t("pack_count", lang, n=n) if n else t("pack_empty", lang)

    kinds = KINDS

    @app.callback(
        Output("download", "data"),
        Output("export-status", "children"),
        *[Input(f"export-{k}", "n_clicks") for k in kinds],
        State(sid("ind"), "value"),
        State(sid("opts"), "value"),
        State("lang", "data"),
        State("basket", "data"),
        prevent_initial_call=True,
    )
    def on_export(*args: Any) -> tuple[Any, Any]:
        ids, opts, lang, basket = args[len(kinds) :]
        kind = str(ctx.triggered_id or "").removeprefix("export-")
        if kind not in kinds or not any(args[: len(kinds)]):
            raise PreventUpdate
        try:
            return export_file(
                db.snapshot(),
                kind,
                as_list(ids),
                as_list(opts),
                lang,
                basket if kind in ("pptx", "packpdf") else None,
            ), ""
        except (RuntimeError, OSError, ValueError) as exc:
            return no_update, alert(t("export_failed", lang, err=str(exc)[:200]), color="danger")
