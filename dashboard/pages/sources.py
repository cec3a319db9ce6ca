"""Sources page: the reports, a viewer with every extracted quantity highlighted in the text and linked
to its indicator (grounded extractions, as LangExtract shows them), and a searchable mentions table."""

from __future__ import annotations

from typing import Any

import pandas as pd
from dash import Dash, Input, Output, State, dash_table, dcc, html

from dashboard.components import alert, href, mention_anchor, render_segments
from dashboard.data import Database, Snapshot
from dashboard.figures import FONT
from dashboard.formatting import format_value
from dashboard.i18n import dropdown_labels, indicator_name, qualifier_name, t
from dashboard.tables import filter_mentions, mention_rows, report_rows
from dashboard.text import Segment, document_blocks, highlighted_excerpt
from dashboard.urlstate import State as UrlState

PATH = "/sources"
MENTION_COLUMNS = (
    "report",
    "paragraph",
    "surface",
    "value",
    "unit",
    "qualifier",
    "counted",
    "indicator",
    "sentence",
)


def sid(key: str) -> dict[str, str]:
    return {"type": "state", "page": "sources", "key": key}


def _number(value: object) -> float | None:
    try:
        number = float(str(value))
    except (TypeError, ValueError):
        return None
    return number if number == number else None


def reports_table(snap: Snapshot, lang: str, selected: str | None) -> html.Table:
    head = ["report", "col_title", "col_body", "col_published", "col_coverage", "col_numbers", "col_linked"]
    rows = []
    for r in report_rows(snap.documents, lang):
        rows.append(
            html.Tr(
                [
                    html.Td(dcc.Link(str(r["label"]), href=href("/sources", lang, doc=r["doc_id"]))),
                    html.Td(str(r["title"]), lang="zh-Hans"),
                    html.Td(str(r["body"])),
                    html.Td(str(r["published"])),
                    html.Td(str(r["coverage"])),
                    html.Td(str(r["n_mentions"]), className="text-end"),
                    html.Td(str(r["n_observations"]), className="text-end"),
                ],
                className="table-active" if r["doc_id"] == selected else None,
            )
        )
    return html.Table(
        [html.Thead(html.Tr([html.Th(t(k, lang)) for k in head])), html.Tbody(rows)],
        className="table table-sm table-hover small align-middle",
        id="reports-table",
    )


def viewer(snap: Snapshot, doc_id: str | None, target: str | None, lang: str) -> list[Any]:
    """The report text in readable paragraphs with every mention highlighted (text, never HTML)."""
    if not doc_id:
        return [html.P(t("choose_report", lang), className="text-muted small")]
    doc = snap.document(doc_id)
    text = snap.texts.get(doc_id)
    if doc is None or text is None:
        return [alert(t("unknown_report", lang, id=str(doc_id)[:80]))]
    mentions = snap.mentions[snap.mentions["doc_id"] == doc_id]
    names = {r.indicator_id: indicator_name(r._asdict(), lang) for r in snap.indicators.itertuples()}
    paras = snap.paragraphs[snap.paragraphs["doc_id"] == doc_id]
    blocks = document_blocks(text, list(zip(paras.paragraph, paras.char_start, paras.char_end, strict=True)))
    spans = [(int(m.char_start), int(m.char_end), m) for m in mentions.itertuples()]

    def mark(seg: Segment) -> Any:
        m = seg.mark
        ids = (
            [i for i in str(m.indicator_ids or "").split(",") if i and i != "nan"]
            if not pd.isna(m.indicator_ids)
            else []
        )
        tip = format_value(float(m.value), str(m.unit), str(m.qualifier), lang)
        if isinstance(m.counted, str) and m.counted:
            tip += f" · {m.counted}"
        tip += f" · {qualifier_name(str(m.qualifier), lang)}"
        css = "hl-linked" if ids else "hl-number"
        if m.mention_id == target:
            css += " hl-target"
        if ids:
            tip += " → " + "; ".join(names.get(i, i) for i in ids)
            return dcc.Link(
                html.Mark(seg.text, className=css),
                href=href("/explore", lang, ind=ids),
                title=tip,
                id=mention_anchor(str(m.mention_id)),
            )
        return html.Mark(seg.text, className=css, title=tip, id=mention_anchor(str(m.mention_id)))

    children = []
    for block in blocks:
        mine = [s for s in spans if block.start <= s[0] and s[1] <= block.end]
        body = render_segments(highlighted_excerpt(text, block.start, block.end, mine), mark)
        css = "report-para" if block.paragraph is not None else "report-other"
        children.append(
            html.P(body, className=css, **({"data-para": str(block.paragraph)} if block.paragraph else {}))
        )
    header = html.Div(
        [
            html.H2(f"{doc['label']}", className="h5 mb-0"),
            html.Div(str(doc.get("title") or ""), lang="zh-Hans"),
            html.Div(
                f"{doc.get('body') or ''} · {t('col_numbers', lang)}: {doc['n_mentions']} · "
                f"{t('col_linked', lang)}: {doc['n_observations']} · {doc['file_name']}",
                className="small text-muted",
            ),
            html.P(t("viewer_legend", lang), className="small mt-1 mb-2"),
        ]
    )
    return [
        header,
        html.Div(children, className="report-text", lang="zh-Hans", id="report-text", tabIndex="0"),
    ]


MAX_MENTION_ROWS = 2000


def mentions_view(
    snap: Snapshot,
    doc: str | None,
    unit: str | None,
    q: str | None,
    counted: str | None,
    vmin: object,
    vmax: object,
    lang: str,
) -> tuple[list[dict[str, Any]], str]:
    frame = filter_mentions(
        snap.mentions, doc or None, unit or None, counted or None, _number(vmin), _number(vmax), q or None
    )
    names = {r.indicator_id: indicator_name(r._asdict(), lang) for r in snap.indicators.itertuples()}
    summary = t("n_matches", lang, n=len(frame), total=len(snap.mentions))
    if len(frame) > MAX_MENTION_ROWS:  # a large corpus would send megabytes of rows to the browser
        summary += t("first_rows", lang, shown=MAX_MENTION_ROWS)
    return mention_rows(frame.head(MAX_MENTION_ROWS), names, lang), summary


def layout(snap: Snapshot, state: UrlState, lang: str) -> html.Div:
    doc = str(state.get("doc") or "")
    target = str(state.get("m") or "")
    docs = [{"label": f"{r.label} — {r.title}", "value": r.doc_id} for r in snap.documents.itertuples()]
    units = sorted(set(snap.mentions["unit"].dropna()))

    def field(label: str, control: Any, width: str) -> html.Div:
        return html.Div(
            [html.Label(label, className="form-label small fw-semibold mb-0"), control], className=width
        )

    def text_input(key: str, kind: str = "text") -> dcc.Input:
        value = state.get(key) or None
        return dcc.Input(
            id=sid(key), type=kind, value=value, debounce=0.4, className="form-control form-control-sm"
        )

    filters = html.Div(
        [
            field(
                t("report", lang),
                dcc.Dropdown(
                    labels=dropdown_labels(lang),
                    id=sid("doc"),
                    options=[{"label": t("all_reports", lang), "value": ""}, *docs],
                    value=doc if doc in set(snap.documents["doc_id"]) else "",
                    clearable=False,
                ),
                "col-12 col-lg-4",
            ),
            field(
                t("unit", lang),
                dcc.Dropdown(
                    labels=dropdown_labels(lang),
                    id=sid("unit"),
                    options=[{"label": t("all_units", lang), "value": ""}]
                    + [{"label": u, "value": u} for u in units],
                    value=state.get("unit") if state.get("unit") in units else "",
                    clearable=False,
                    searchable=False,
                ),
                "col-6 col-lg-2",
            ),
            field(t("search_text", lang), text_input("q"), "col-6 col-lg-2"),
            field(t("counted", lang), text_input("counted"), "col-4 col-lg-2"),
            field(t("value_min", lang), text_input("vmin", "number"), "col-4 col-lg-1"),
            field(t("value_max", lang), text_input("vmax", "number"), "col-4 col-lg-1"),
        ],
        className="row g-2 mb-2",
    )
    unknown = [alert(t("unknown_report", lang, id=doc[:80]))] if doc and snap.document(doc) is None else []
    return html.Div(
        [
            html.H1(t("sources_title", lang), className="h3 mb-3"),
            *unknown,
            reports_table(snap, lang, doc),
            html.Section(
                html.Div(viewer(snap, doc if snap.document(doc) else None, target, lang), id="viewer"),
                className="viewer-box mb-4",
            ),
            html.H2(t("mentions_title", lang), className="h5"),
            filters,
            html.Div(id="mentions-count", className="small text-muted mb-1"),
            dash_table.DataTable(
                id="mentions-table",
                columns=[
                    {
                        "name": t(k, lang),
                        "id": c,
                        **({"type": "numeric"} if c in ("value", "paragraph") else {}),
                    }
                    for c, k in zip(
                        MENTION_COLUMNS,
                        (
                            "report",
                            "col_para",
                            "col_surface",
                            "value",
                            "unit",
                            "col_qualifier",
                            "counted",
                            "col_indicator",
                            "col_sentence",
                        ),
                        strict=True,
                    )
                ],
                data=[],
                page_size=15,
                sort_action="native",
                style_as_list_view=True,
                style_table={"overflowX": "auto"},
                style_header={"fontWeight": "600", "backgroundColor": "#f6f7f9"},
                style_cell={
                    "fontFamily": FONT,
                    "fontSize": "13px",
                    "textAlign": "left",
                    "padding": "4px 8px",
                    "whiteSpace": "normal",
                    "height": "auto",
                    "maxWidth": "420px",
                },
                style_cell_conditional=[{"if": {"column_id": "sentence"}, "minWidth": "320px"}],
            ),
        ]
    )


def register(app: Dash, db: Database) -> None:
    @app.callback(
        Output("mentions-table", "data"),
        Output("mentions-count", "children"),
        Input(sid("doc"), "value"),
        Input(sid("unit"), "value"),
        Input(sid("q"), "value"),
        Input(sid("counted"), "value"),
        Input(sid("vmin"), "value"),
        Input(sid("vmax"), "value"),
        State("lang", "data"),
    )
    def on_filter(
        doc: str, unit: str, q: str, counted: str, vmin: object, vmax: object, lang: str
    ) -> tuple[list[dict[str, Any]], str]:
        return mentions_view(db.snapshot(), doc, unit, q, counted, vmin, vmax, lang)

    @app.callback(
        Output("viewer", "children"),
        Input(sid("doc"), "value"),
        State("lang", "data"),
        prevent_initial_call=True,
    )
    def on_doc(doc: str, lang: str) -> list[Any]:
        return viewer(db.snapshot(), doc or None, None, lang)

    app.clientside_callback(
        """function(children) {
            const el = document.querySelector('#report-text .hl-target');
            if (el) { el.scrollIntoView({block: 'center'}); }
            return window.dash_clientside.no_update;
        }""",
        Output("viewer", "className"),
        Input("viewer", "children"),
    )
