"""Shared interface pieces: navigation bar, alerts, highlighted text, source cards, data tables.

Report text only ever becomes children of Dash components (strings), never raw HTML, so
whatever a report contains is shown as text.

Dash 4 deprecates dash_table.DataTable (it is to leave Dash's built-in components in a future
major version, for dash-ag-grid, which this project does not depend on). The two tables that use
it are built by `data_table` here, and exactly that warning is filtered (by message, category and
the module that raises it), so the server log stays quiet and `-W error` does not turn a page
into an error; no other warning is touched.
"""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import dash_bootstrap_components as dbc
import pandas as pd
from dash import dash_table, dcc, html

from dashboard.data import Snapshot
from dashboard.formatting import format_value, period_label
from dashboard.i18n import basis_name, indicator_name, lang_of, t
from dashboard.text import Segment, highlighted_excerpt
from dashboard.urlstate import merge, parse_search

DATATABLE_DEPRECATION = r"\s*The dash_table\.DataTable will be removed"
warnings.filterwarnings(
    "ignore",
    message=DATATABLE_DEPRECATION,
    category=DeprecationWarning,
    module=r"dash\.development\.base_component",
)


def data_table(**props: Any) -> dash_table.DataTable:
    """A dash_table.DataTable (its Dash 4 deprecation warning is filtered above)."""
    return dash_table.DataTable(**props)


NAV = (
    ("/", "nav_overview"),
    ("/explore", "nav_explore"),
    ("/compare", "nav_compare"),
    ("/sources", "nav_sources"),
)


def href(path: str, lang: str, **params: object) -> str:
    """An in-app link that keeps the language: href('/explore', 'zh', ind='a') → /explore?ind=a&lang=zh."""
    return path + merge("", {**params, "lang": lang})


def navbar(path: str, search: str, lang: str) -> html.Header:
    other = "en" if lang == "zh" else "zh"
    toggle = path + merge(search, {"lang": other})
    links = [
        html.Li(
            dcc.Link(
                t(key, lang),
                href=href(target, lang),
                className="nav-link" + (" active" if path == target else ""),
                id=f"nav-{key.removeprefix('nav_')}",
            ),
            className="nav-item",
        )
        for target, key in NAV
    ]
    return html.Header(
        html.Nav(
            [
                dcc.Link(t("app_title", lang), href=href("/", lang), className="navbar-brand fw-semibold"),
                html.Ul(links, className="navbar-nav flex-row gap-3 me-auto"),
                dcc.Link(
                    t("switch_lang", lang),
                    href=toggle,
                    id="lang-toggle",
                    className="btn btn-outline-secondary btn-sm",
                    title=t("switch_lang_label", lang),
                ),
            ],
            className="navbar navbar-expand container-xl px-3",
            **{"aria-label": "main"},
        ),
        className="border-bottom bg-white sticky-top",
    )


def alert(message: Any, color: str = "warning", className: str = "", **kwargs: Any) -> dbc.Alert:
    return dbc.Alert(message, color=color, className=f"py-2 small mb-2 {className}".strip(), **kwargs)


def render_segments(segments: list[Segment], mark: Callable[[Segment], Any] | None = None) -> list[Any]:
    """Plain strings and <mark>s; `mark` renders a highlighted segment (default: html.Mark)."""
    out: list[Any] = []
    for seg in segments:
        if seg.mark is None:
            out.append(seg.text)
        else:
            out.append(mark(seg) if mark else html.Mark(seg.text, className="hl-number"))
    return out


def _int(value: object) -> int | None:
    return None if value is None or pd.isna(value) else int(value)  # type: ignore[call-overload]


def source_sentence(snap: Snapshot, doc_id: str, start: object, end: object, fallback: str) -> list[Any]:
    """The sentence around [start, end) with the number highlighted; `fallback` if unknown."""
    s, e = _int(start), _int(end)
    text = snap.texts.get(doc_id)
    if text is None or s is None or e is None or not 0 <= s < e <= len(text):
        return [fallback]
    lo, hi = snap.sentence_bounds(doc_id, s, e)
    return render_segments(highlighted_excerpt(text, lo, hi, [(s, e, True)]))


def source_cards(snap: Snapshot, rows: pd.DataFrame, lang: str) -> list[Any]:
    """One card per report statement: indicator, value, period, report, paragraph, sentence."""
    cards = []
    for r in rows.itertuples():
        meta = snap.indicator(str(r.indicator_id)) or {"indicator_id": r.indicator_id}
        doc = snap.document(str(r.doc_id)) or {}
        para = _int(r.paragraph)
        where = (
            doc.get("label", r.doc_id)
            if para is None
            else f"{doc.get('label', r.doc_id)} · {t('paragraph', lang, p=para)}"
        )
        cards.append(
            html.Article(
                [
                    html.Div(
                        [
                            html.Strong(format_value(float(r.value), str(r.unit), str(r.qualifier), lang)),
                            html.Span(
                                f" · {period_label(r.period_start, r.period_end)}"
                                f" · {basis_name(str(r.basis), lang)}",
                                className="text-muted",
                            ),
                        ]
                    ),
                    html.Div(indicator_name(meta, lang), className="small"),
                    html.Blockquote(
                        source_sentence(snap, str(r.doc_id), r.char_start, r.char_end, str(r.quote or "")),
                        className="source-sentence my-2",
                        lang="zh-Hans",
                    ),
                    html.Div(
                        [
                            html.Span(f"{where} — ", className="text-muted"),
                            html.Span(str(doc.get("title") or ""), className="text-muted", lang="zh-Hans"),
                        ],
                        className="small",
                    ),
                    dcc.Link(
                        t("open_in_report", lang),
                        href=href("/sources", lang, doc=r.doc_id, m=r.mention_id),
                        className="small",
                    ),
                ],
                className="source-card",
            )
        )
    return cards


def search_lang(search: str | None) -> str:
    return lang_of(parse_search(search).get("lang"))


def mention_anchor(mention_id: str) -> str:
    """An HTML id for a mention (ids contain ':' which CSS selectors dislike)."""
    return "m-" + quote(mention_id, safe="").replace("%", "_")


MAX_SOURCE_LINKS = 2


def _source_links(p: dict[str, Any], lang: str, limit: int) -> list[Any]:
    """Links to the sentences of a point's latest `limit` reports, then `+N more reports`."""
    links: list[Any] = []
    for s in p["sources"][:limit]:
        label = s["doc_label"] + (f" ¶{s['paragraph']}" if s["paragraph"] is not None else "")
        links += [dcc.Link(label, href=href("/sources", lang, doc=s["doc_id"], m=s["mention_id"])), " "]
    rest = int(p.get("n_sources", len(p["sources"]))) - min(len(p["sources"]), limit)
    if rest > 0:  # a value restated by many reports: a bounded row
        links.append(t("n_more_reports", lang, n=f"{rest:,}"))
    return links


def values_table(points: list[dict[str, Any]], names: dict[str, str], lang: str) -> html.Details:
    """The charted values as a table with links to their sentences (for keyboards and screen readers).

    A heading row per indicator, then one row per period: every value drawn for it (where reports
    disagree, all of them, ⚠, and how many values there are when not all are drawn), each with
    links to its latest reports and a count of the rest."""
    periods: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for p in points:
        periods.setdefault((p["indicator_id"], p["period_start"], p["period_end"], p["basis"]), []).append(p)
    rows, last = [], None
    for (indicator_id, start, end, basis), group in periods.items():
        if indicator_id != last:
            name = names.get(indicator_id, indicator_id)
            rows.append(html.Tr(html.Th(name, colSpan=4, scope="rowgroup", className="pt-2")))
            last = indicator_id
        values = " / ".join(format_value(p["value"], p["unit"], p["qualifier"], lang) for p in group)
        if any(p["conflict"] for p in group):
            values += " ⚠"
        total = int(group[0].get("n_values", len(group)))
        if total > len(group):
            values += f" ({t('more_values', lang, n=f'{total - len(group):,}')})"
        if len(group) == 1:
            links = _source_links(group[0], lang, MAX_SOURCE_LINKS)
        else:  # each value with its latest report
            links = []
            for k, p in enumerate(group):
                short = format_value(p["value"], p["unit"], p["qualifier"], lang)
                links += ([" · "] if k else []) + [f"{short}: ", *_source_links(p, lang, 1)]
        rows.append(
            html.Tr(
                [
                    html.Td(period_label(start, end)),
                    html.Td(basis_name(basis, lang)),
                    html.Td(values, className="text-end"),
                    html.Td(links),
                ]
            )
        )
    head = [t(k, lang) for k in ("period", "basis", "value", "col_sources")]
    return html.Details(
        [
            html.Summary(t("values_table", lang), className="small"),
            html.Table(
                [html.Thead(html.Tr([html.Th(h) for h in head])), html.Tbody(rows)],
                className="table table-sm small mt-2",
                id="values-table",
            ),
        ],
        className="mb-2",
    )
