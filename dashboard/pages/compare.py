"""Compare page: two years or periods, every indicator side by side with its change and sources."""

from __future__ import annotations

from datetime import date
from typing import Any

import pandas as pd
from dash import Dash, Input, Output, State, ctx, dcc, html
from dash.exceptions import PreventUpdate

from dashboard import exports
from dashboard.components import alert, data_table
from dashboard.data import Database, Snapshot
from dashboard.figures import FONT
from dashboard.formatting import parse_period
from dashboard.i18n import dropdown_labels, t, theme_name
from dashboard.tables import compare_rows, default_periods, period_options, sort_rows
from dashboard.urlstate import State as UrlState

PATH = "/compare"
COLUMNS = ("theme", "indicator", "basis", "unit", "a", "b", "change", "pct", "note", "sources")


def sid(key: str) -> dict[str, str]:
    return {"type": "state", "page": "compare", "key": key}


def columns(lang: str, label_a: str, label_b: str) -> list[dict[str, Any]]:
    names = {
        "theme": t("col_theme", lang),
        "indicator": t("col_indicator", lang),
        "basis": t("col_basis", lang),
        "unit": t("col_unit", lang),
        "a": label_a,
        "b": label_b,
        "change": t("col_change", lang),
        "pct": t("col_pct", lang),
        "note": t("col_note", lang),
        "sources": t("col_sources", lang),
    }
    return [
        {"name": names[c], "id": c, **({"presentation": "markdown"} if c == "sources" else {})}
        for c in COLUMNS
    ]


def table_view(
    snap: Snapshot,
    a: str | None,
    b: str | None,
    theme: str | None,
    only: bool,
    sort_by: list[dict[str, str]] | None,
    lang: str,
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Any]]:
    """Rows, columns and the summary line for two periods (unparseable periods give a message)."""
    bad = [p for p in (a, b) if parse_period(p) is None]
    if bad:
        return [], columns(lang, str(a), str(b)), [alert(t("bad_period", lang, p=str(bad[0])[:40]))]
    rows = compare_rows(
        snap.series,
        snap.observations,
        snap.indicators,
        str(a),
        str(b),
        lang,
        theme if theme in snap.themes else None,
        only,
    )
    both = sum(r["_a"] is not None and r["_b"] is not None for r in rows)
    one = sum((r["_a"] is None) != (r["_b"] is None) for r in rows)
    none = sum(r["_a"] is None and r["_b"] is None for r in rows)
    summary = [
        html.P(t("compare_summary", lang, both=both, one=one, none=none), className="small text-muted mb-2")
    ]
    return sort_rows(rows, sort_by), columns(lang, str(a), str(b)), summary


def layout(snap: Snapshot, state: UrlState, lang: str) -> html.Div:
    options = period_options(snap.series)
    da, db_ = default_periods(snap.series)
    a, b = str(state.get("a") or da), str(state.get("b") or db_)
    extra = [p for p in (a, b) if p not in options and parse_period(p)]
    themes = snap.themes
    theme = state.get("theme") if state.get("theme") in themes else "all"
    only = ["1"] if state.get("only") == "1" else []
    period_opts = [{"label": p, "value": p} for p in options + extra]

    def picker(key: str, label: str, value: str) -> html.Div:
        return html.Div(
            [
                html.Label(label, className="form-label small fw-semibold"),
                dcc.Dropdown(
                    id=sid(key),
                    labels=dropdown_labels(lang),
                    options=period_opts,
                    value=value,
                    clearable=False,
                ),
            ],
            className="col-6 col-md-2",
            id=f"compare-{key}",
        )

    return html.Div(
        [
            html.H1(t("compare_title", lang), className="h3 mb-3"),
            html.Div(
                [
                    picker("a", t("period_a", lang), a),
                    picker("b", t("period_b", lang), b),
                    html.Div(
                        [
                            html.Label(t("theme", lang), className="form-label small fw-semibold"),
                            dcc.Dropdown(
                                labels=dropdown_labels(lang),
                                id=sid("theme"),
                                clearable=False,
                                searchable=False,
                                value=theme,
                                options=[{"label": t("all_themes", lang), "value": "all"}]
                                + [{"label": theme_name(th, lang), "value": th} for th in themes],
                            ),
                        ],
                        className="col-12 col-md-3",
                    ),
                    html.Div(
                        dcc.Checklist(
                            id=sid("only"),
                            options=[{"label": " " + t("only_with_data", lang), "value": "1"}],
                            value=only,
                            labelClassName="small",
                        ),
                        className="col-12 col-md-3 d-flex align-items-end",
                    ),
                    html.Div(
                        [
                            html.Button(
                                f.upper(),
                                id=f"compare-export-{f}",
                                className="btn btn-outline-primary btn-sm me-1",
                            )
                            for f in ("csv", "xlsx")
                        ]
                        + [dcc.Download(id="compare-download")],
                        className="col-12 col-md-2 d-flex align-items-end justify-content-md-end",
                    ),
                ],
                className="row g-2 mb-3 align-items-end",
            ),
            html.Div(id="compare-summary"),
            data_table(
                id="compare-table",
                columns=columns(lang, a, b),
                data=[],
                sort_action="custom",
                sort_mode="single",
                sort_by=[],
                markdown_options={"html": False, "link_target": "_self"},
                style_as_list_view=True,
                style_table={"overflowX": "auto"},
                style_header={"fontWeight": "600", "backgroundColor": "#f6f7f9", "whiteSpace": "normal"},
                style_cell={
                    "fontFamily": FONT,
                    "fontSize": "13px",
                    "textAlign": "left",
                    "padding": "6px 8px",
                    "whiteSpace": "normal",
                    "height": "auto",
                    "maxWidth": "320px",
                },
                style_cell_conditional=[
                    {"if": {"column_id": c}, "textAlign": "right", "fontVariantNumeric": "tabular-nums"}
                    for c in ("a", "b", "change", "pct")
                ]
                + [
                    {"if": {"column_id": c}, "minWidth": w}
                    for c, w in (
                        ("indicator", "220px"),
                        ("basis", "90px"),
                        ("unit", "80px"),
                        ("note", "130px"),
                        ("theme", "70px"),
                        ("sources", "200px"),
                    )
                ],
            ),
        ]
    )


def register(app: Dash, db: Database) -> None:
    @app.callback(
        Output("compare-table", "data"),
        Output("compare-table", "columns"),
        Output("compare-summary", "children"),
        Input(sid("a"), "value"),
        Input(sid("b"), "value"),
        Input(sid("theme"), "value"),
        Input(sid("only"), "value"),
        Input("compare-table", "sort_by"),
        State("lang", "data"),
    )
    def on_change(
        a: str, b: str, theme: str, only: list[str] | None, sort_by: list[dict[str, str]] | None, lang: str
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[Any]]:
        return table_view(db.snapshot(), a, b, theme, bool(only), sort_by, lang)

    @app.callback(
        Output("compare-download", "data"),
        Input("compare-export-csv", "n_clicks"),
        Input("compare-export-xlsx", "n_clicks"),
        State("compare-table", "data"),
        State("compare-table", "columns"),
        prevent_initial_call=True,
    )
    def on_export(
        _csv: int | None, _xlsx: int | None, data: list[dict[str, Any]], cols: list[dict[str, Any]]
    ) -> Any:
        if not ctx.triggered_id:
            raise PreventUpdate
        frame = pd.DataFrame(
            [
                {c["name"]: row.get(c["id"]) for c in cols} | {"indicator_id": row.get("indicator_id")}
                for row in data or []
            ]
        )
        stem = f"unodc-compare-{date.today().isoformat()}"
        if ctx.triggered_id == "compare-export-csv":
            return dcc.send_bytes(exports.to_csv(frame), f"{stem}.csv", type="text/csv")
        return dcc.send_bytes(exports.to_xlsx({"compare": frame}), f"{stem}.xlsx")
