"""What the export buttons send: chart images, data files and briefing packs for a chart selection.

`export_file(snapshot, kind, ids, opts, lang, basket)` returns the dict dcc.Download expects;
the work is done by the pure builders (figures, annotate, tables) and dashboard.exports.
"""

from __future__ import annotations

from datetime import date
from typing import Any

import plotly.graph_objects as go
from dash import dcc

from dashboard import exports
from dashboard.annotate import chart_titles, export_figure, footnote
from dashboard.data import Snapshot
from dashboard.figures import ChartOptions, explore_figure
from dashboard.formatting import format_value, period_label
from dashboard.i18n import indicator_name, t
from dashboard.tables import data_frame
from dashboard.urlstate import as_list

IMAGE_SIZE = (1200, 720)
KINDS = ("png", "svg", "pdf", "csv", "xlsx", "pptx", "packpdf")


def export_file(
    snap: Snapshot,
    kind: str,
    ids: list[str],
    opts: list[str] | None,
    lang: str,
    basket: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """What a download button sends: {content (base64), filename, type, base64}."""
    known, _ = snap.split_known(ids or [])
    stem = f"unodc-{'-'.join(known[:3]) or 'chart'}-{date.today().isoformat()}"
    built = snap.build_info.get("built_at", "")
    if kind in ("csv", "xlsx"):
        meta = snap.indicator_meta(known)
        frame = data_frame(snap.points(known), snap.series_for(known), meta, lang)
        if kind == "csv":
            return dcc.send_bytes(exports.to_csv(frame), f"{stem}.csv", type="text/csv")
        notes = [footnote(snap.points(known), lang, built)]
        return dcc.send_bytes(
            exports.to_xlsx({"data": frame}, notes),
            f"{stem}.xlsx",
            type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    if kind in exports.IMAGE_TYPES:
        fig = _export_chart(snap, known, opts, lang)
        data = exports.render_image(fig, kind, *IMAGE_SIZE)
        return dcc.send_bytes(data, f"{stem}.{kind}", type=exports.IMAGE_TYPES[kind])
    views = [v for v in (basket or []) if isinstance(v, dict)] or [{"ind": known, "opts": opts or []}]
    slides = []
    for view in views[:12]:
        v_ids, _ = snap.split_known(as_list(view.get("ind")))
        fig = _export_chart(snap, v_ids, as_list(view.get("opts")), lang)
        title, _sub = chart_titles(snap.indicator_meta(v_ids), ChartOptions(lang=lang))
        slides.append(
            exports.Slide(title, exports.render_image(fig, "png", *IMAGE_SIZE), _notes(snap, v_ids, lang))
        )
    heading = t("app_title", lang)
    sub = f"{t('briefing', lang)} · {date.today().isoformat()}"
    if kind == "pptx":
        return dcc.send_bytes(
            exports.briefing_pptx(heading, sub, slides),
            f"unodc-briefing-{date.today()}.pptx",
            type="application/vnd.openxmlformats-officedocument.presentationml.presentation",
        )
    return dcc.send_bytes(
        exports.briefing_pdf(heading, sub, slides),
        f"unodc-briefing-{date.today()}.pdf",
        type="application/pdf",
    )


def _export_chart(snap: Snapshot, ids: list[str], opts: list[str] | None, lang: str) -> go.Figure:
    options = ChartOptions.from_opts(opts, lang)
    meta = snap.indicator_meta(ids)
    title, subtitle = chart_titles(meta, options)
    fig = explore_figure(
        snap.points(ids), snap.series_for(ids), meta, options, title=title, subtitle=subtitle
    )
    note = footnote(snap.points(ids), lang, snap.build_info.get("built_at", ""))
    return export_figure(fig, note, *IMAGE_SIZE, lang=lang)


def _notes(snap: Snapshot, ids: list[str], lang: str) -> list[str]:
    notes = []
    for r in snap.points(ids).sort_values(["indicator_id", "period_start"]).itertuples():
        meta = snap.indicator(str(r.indicator_id)) or {}
        para = "" if r.paragraph is None or r.paragraph != r.paragraph else f" ¶{int(r.paragraph)}"
        notes.append(
            f"{indicator_name(meta, lang)}, {period_label(r.period_start, r.period_end)}: "
            f"{format_value(float(r.value), str(r.unit), str(r.qualifier), lang)}"
            f" — {r.doc_label}{para}: {r.quote}"
        )
    return notes
