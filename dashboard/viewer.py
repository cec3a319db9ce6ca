"""The report viewer of the Sources page: one report's text in readable paragraphs, every extracted
quantity highlighted and linked to its indicator (grounded extractions, as LangExtract shows them).

Report text only ever becomes strings inside Dash components, never HTML. Reads only the chosen
report's rows (indexed), so it costs the same in a corpus of five reports or five thousand.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
from dash import dcc, html

from dashboard.components import alert, href, mention_anchor, render_segments
from dashboard.data import Snapshot
from dashboard.formatting import format_value
from dashboard.i18n import indicator_name, qualifier_name, t
from dashboard.text import Segment, document_blocks, highlighted_excerpt


def viewer(snap: Snapshot, doc_id: str | None, target: str | None, lang: str) -> list[Any]:
    """The report text in readable paragraphs with every mention highlighted (text, never HTML)."""
    if not doc_id:
        return [html.P(t("choose_report", lang), className="text-muted small")]
    doc = snap.document(doc_id)
    text = snap.texts.get(doc_id)
    if doc is None or text is None:
        return [alert(t("unknown_report", lang, id=str(doc_id)[:80]))]
    mentions = snap.rows_of("mentions", doc_id)
    names = {r.indicator_id: indicator_name(r._asdict(), lang) for r in snap.indicators.itertuples()}
    paras = snap.rows_of("paragraphs", doc_id)
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
