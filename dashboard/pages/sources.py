"""Sources page: the reports, a viewer with every extracted quantity highlighted in the text and linked
to its indicator (dashboard.viewer), and a searchable table of every mention.

Nothing here sends the whole corpus to the browser: the report list shows the first matches of a
search (with a count), the report dropdown searches on the server, and the mentions table is
filtered, sorted and paged on the server, one page at a time.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from dash import Dash, Input, Output, State, ctx, dcc, html
from dash.exceptions import MissingCallbackContextException, PreventUpdate

from dashboard.components import alert, data_table, href
from dashboard.data import Database, Snapshot
from dashboard.figures import FONT
from dashboard.i18n import dropdown_labels, indicator_name, t
from dashboard.tables import filter_mentions, mention_rows, report_rows
from dashboard.urlstate import State as UrlState
from dashboard.viewer import viewer

__all__ = ["layout", "mentions_view", "register", "reports_list", "viewer"]

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


MAX_REPORT_ROWS = 20  # reports listed at once; a search finds the others
MAX_DOC_OPTIONS = 30  # reports offered in the report dropdown at once (it searches the rest)
PAGE_SIZE = 15  # mentions per page of the table (paged on the server)
SORT_COLUMNS = {
    "report": "doc_label",
    "paragraph": "paragraph",
    "surface": "surface",
    "value": "value",
    "unit": "unit",
    "qualifier": "qualifier",
    "counted": "counted",
    "indicator": "indicator_ids",
    "sentence": "sentence",
}


def find_reports(docs: pd.DataFrame, query: str | None) -> pd.DataFrame:
    """Reports whose symbol / label, title, body, file name or year contain every word of `query`."""
    words = str(query or "").lower().split()
    if not words:
        return docs
    hay = (
        docs["label"].astype(str)
        + " "
        + docs["title"].fillna("").astype(str)
        + " "
        + docs["body"].fillna("").astype(str)
        + " "
        + docs["file_name"].fillna("").astype(str)
        + " "
        + docs["published_year"].astype(str)
    ).str.lower()
    mask = pd.Series(True, index=docs.index)
    for word in words:
        mask &= hay.str.contains(word, regex=False)
    return docs[mask]


def reports_list(snap: Snapshot, lang: str, selected: str | None, query: str | None = None) -> list[Any]:
    """The reports matching `query`, at most MAX_REPORT_ROWS (the chosen one always), and a count."""
    found = find_reports(snap.documents, query)
    shown = found.head(MAX_REPORT_ROWS)
    if selected and selected not in set(shown["doc_id"]):
        shown = pd.concat([snap.rows_of("documents", selected), shown]).head(MAX_REPORT_ROWS + 1)
    total = len(snap.documents)
    key = "reports_shown_more" if len(found) > len(shown) else "reports_shown"
    count = t(key, lang, shown=f"{len(shown):,}", total=f"{total:,}")
    summary = [html.Div(count, className="small text-muted mb-1", id="reports-count")]
    return [*(summary if total > MAX_REPORT_ROWS else []), reports_table(shown, lang, selected)]


def reports_table(documents: pd.DataFrame, lang: str, selected: str | None) -> html.Table:
    head = ["report", "col_title", "col_body", "col_published", "col_coverage", "col_numbers", "col_linked"]
    rows = []
    for r in report_rows(documents, lang):
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


def doc_options(snap: Snapshot, lang: str, selected: str | None, search: str | None = None) -> list[Any]:
    """The report dropdown's options: all reports, the chosen one, and the first matches of `search`."""
    found = find_reports(snap.documents, search).head(MAX_DOC_OPTIONS)
    if selected and selected not in set(found["doc_id"]):
        found = pd.concat([snap.rows_of("documents", selected), found])
    return [{"label": t("all_reports", lang), "value": ""}] + [
        {"label": f"{r.label} — {r.title}", "value": r.doc_id} for r in found.itertuples()
    ]


def mentions_view(
    snap: Snapshot,
    doc: str | None,
    unit: str | None,
    q: str | None,
    counted: str | None,
    vmin: object,
    vmax: object,
    lang: str,
    page: int | None = 0,
    sort_by: list[dict[str, str]] | None = None,
) -> tuple[list[dict[str, Any]], str, int]:
    """One page of the mentions matching the filters (sorted as asked), the count, the page count.

    The table is single-sort (sort_mode="single"): the first entry of `sort_by` orders it."""
    frame = snap.rows_of("mentions", doc) if doc else snap.mentions
    frame = filter_mentions(
        frame, None, unit or None, counted or None, _number(vmin), _number(vmax), q or None
    )
    matches = len(frame)
    pages = max(1, -(-matches // PAGE_SIZE))
    page = min(max(int(page or 0), 0), pages - 1)
    window = slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
    spec = (sort_by or [{}])[0]
    column = SORT_COLUMNS.get(str(spec.get("column_id")))
    if column:  # order one column, then take the page's rows: the other columns are never copied
        order = frame[column].sort_values(
            ascending=spec.get("direction") != "desc", kind="stable", na_position="last"
        )
        frame = frame.loc[order.index[window]]
    else:
        frame = frame.iloc[window]
    names = {r.indicator_id: indicator_name(r._asdict(), lang) for r in snap.indicators.itertuples()}
    rows = mention_rows(frame, names, lang)
    return rows, t("n_matches", lang, n=f"{matches:,}", total=f"{len(snap.mentions):,}"), pages


def layout(snap: Snapshot, state: UrlState, lang: str) -> html.Div:
    doc = str(state.get("doc") or "")
    doc = doc if snap.document(doc) is not None else ""
    requested = str(state.get("doc") or "")
    target = str(state.get("m") or "")
    units = sorted(str(u) for u in snap.mentions["unit"].dropna().unique())

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
                    options=doc_options(snap, lang, doc),
                    value=doc,
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
    find: list[Any] = []
    if len(snap.documents) > MAX_REPORT_ROWS:  # a search box only where the list is cut
        find = [
            html.Div(
                field(t("filter_reports", lang), text_input("rq"), "col-12 col-lg-6 mb-2"), className="row"
            )
        ]
    unknown = [alert(t("unknown_report", lang, id=requested[:80]))] if requested and not doc else []
    return html.Div(
        [
            html.H1(t("sources_title", lang), className="h3 mb-3"),
            *unknown,
            *find,
            html.Div(reports_list(snap, lang, doc, state.get("rq")), id="reports-list"),
            html.Section(
                html.Div(viewer(snap, doc or None, target, lang), id="viewer"),
                className="viewer-box mb-4",
            ),
            html.Div(id="upload-panel"),  # filled only when uploads are on (dashboard.upload_panel)
            html.H2(t("mentions_title", lang), className="h5"),
            filters,
            html.Div(id="mentions-count", className="small text-muted mb-1"),
            mentions_table(lang),
        ]
    )


def mentions_table(lang: str) -> Any:
    """The mentions table, empty: its callback fills one page at a time."""
    names = (
        "report",
        "col_para",
        "col_surface",
        "value",
        "unit",
        "col_qualifier",
        "counted",
        "col_indicator",
        "col_sentence",
    )
    return data_table(
        id="mentions-table",
        columns=[
            {"name": t(k, lang), "id": c, **({"type": "numeric"} if c in ("value", "paragraph") else {})}
            for c, k in zip(MENTION_COLUMNS, names, strict=True)
        ],
        data=[],
        page_action="custom",
        page_current=0,
        page_size=PAGE_SIZE,
        page_count=1,
        sort_action="custom",
        sort_mode="single",
        sort_by=[],
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
    )


FILTER_KEYS = ("doc", "unit", "q", "counted", "vmin", "vmax")


def _paging() -> bool:
    """Whether the running callback was triggered by the table's page buttons."""
    try:
        return "mentions-table.page_current" in ctx.triggered_prop_ids
    except MissingCallbackContextException:  # called directly, outside a request
        return False


def register(app: Dash, db: Database) -> None:
    @app.callback(
        Output("mentions-table", "data"),
        Output("mentions-count", "children"),
        Output("mentions-table", "page_count"),
        Output("mentions-table", "page_current"),
        *[Input(sid(k), "value") for k in FILTER_KEYS],
        Input("mentions-table", "page_current"),
        Input("mentions-table", "sort_by"),
        State("lang", "data"),
    )
    def on_filter(
        doc: str,
        unit: str,
        q: str,
        counted: str,
        vmin: object,
        vmax: object,
        page: int | None,
        sort_by: list[dict[str, str]] | None,
        lang: str,
    ) -> tuple[list[dict[str, Any]], str, int, int]:
        page = page if _paging() else 0  # new filters or a new order start again at the first page
        snap = db.snapshot()
        rows, count, pages = mentions_view(snap, doc, unit, q, counted, vmin, vmax, lang, page, sort_by)
        return rows, count, pages, min(max(int(page or 0), 0), pages - 1)

    @app.callback(
        Output("viewer", "children"),
        Input(sid("doc"), "value"),
        State("lang", "data"),
        prevent_initial_call=True,
    )
    def on_doc(doc: str, lang: str) -> list[Any]:
        return viewer(db.snapshot(), doc or None, None, lang)

    @app.callback(
        Output("reports-list", "children"),
        Input(sid("rq"), "value"),
        State(sid("doc"), "value"),
        State("lang", "data"),
        prevent_initial_call=True,
    )
    def on_find_report(query: str | None, doc: str | None, lang: str) -> list[Any]:
        return reports_list(db.snapshot(), lang, doc or None, query)

    @app.callback(
        Output(sid("doc"), "options"),
        Input(sid("doc"), "search_value"),
        State(sid("doc"), "value"),
        State("lang", "data"),
        prevent_initial_call=True,
    )
    def on_search_report(search: str | None, doc: str | None, lang: str) -> list[Any]:
        if search is None:
            raise PreventUpdate
        return doc_options(db.snapshot(), lang, doc or None, search)

    app.clientside_callback(
        """function(children) {
            const el = document.querySelector('#report-text .hl-target');
            if (el) { el.scrollIntoView({block: 'center'}); }
            return window.dash_clientside.no_update;
        }""",
        Output("viewer", "className"),
        Input("viewer", "children"),
    )
