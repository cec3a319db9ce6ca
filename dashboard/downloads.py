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
from dashboard.figures import ChartOptions, points_figure
from dashboard.formatting import format_value, period_label
from dashboard.i18n import indicator_name, reports_phrase, t
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
        exports.briefing_pdf(heading, sub, slides, continued=t("continued", lang)),
        f"unodc-briefing-{date.today()}.pdf",
        type="application/pdf",
    )


def _export_chart(snap: Snapshot, ids: list[str], opts: list[str] | None, lang: str) -> go.Figure:
    options = ChartOptions.from_opts(opts, lang)
    meta = snap.indicator_meta(ids)
    title, subtitle = chart_titles(meta, options)
    fig = points_figure(snap.chart_points(ids), meta, options, title=title, subtitle=subtitle)
    note = footnote(snap.points(ids), lang, snap.build_info.get("built_at", ""))
    return export_figure(fig, note, *IMAGE_SIZE, lang=lang)


MAX_NOTE_REPORTS = 3  # a value's reports quoted in a briefing pack; more are counted instead


def _notes(snap: Snapshot, ids: list[str], lang: str) -> list[str]:
    """Source notes of a briefing slide, for the values the chart draws: indicator, period, value,
    report, paragraph and quote for each report stating it (a value stated by more than
    MAX_NOTE_REPORTS reports: its latest report's, saying how many state it); a period whose
    reports give more values than the chart draws also gets a note counting the others."""
    cols = ["indicator_id", "period_start", "period_end", "basis"]
    points = snap.chart_points(ids)
    drawn = {
        (p["indicator_id"], p["period_start"], p["period_end"], p["basis"], round(p["value"], 6))
        for p in points
    }
    obs = snap.points(ids)
    obs = obs.assign(vkey=obs["value"].round(6))
    obs = obs[[key in drawn for key in zip(*(obs[c] for c in [*cols, "vkey"]), strict=True)]]
    obs = obs.sort_values([*cols, "vkey", "published_year"], ascending=[True] * 5 + [False], kind="stable")
    groups = obs.groupby([*cols, "vkey"], sort=False)
    n_reports = groups["doc_id"].transform("nunique")
    many = n_reports > MAX_NOTE_REPORTS
    keep = (groups.cumcount() < MAX_NOTE_REPORTS) & ~(many & obs.duplicated([*cols, "vkey"]))
    notes: list[tuple[tuple[Any, ...], str]] = []
    for r, n in zip(obs[keep].itertuples(), n_reports[keep], strict=True):
        meta = snap.indicator(str(r.indicator_id)) or {}
        para = "" if r.paragraph is None or r.paragraph != r.paragraph else f" ¶{int(r.paragraph)}"
        restated = (
            f" ({t('note_restated', lang, reports=reports_phrase(int(n), lang))})"
            if n > MAX_NOTE_REPORTS
            else ""
        )
        text = (
            f"{indicator_name(meta, lang)}, {period_label(r.period_start, r.period_end)}: "
            f"{format_value(float(r.value), str(r.unit), str(r.qualifier), lang)}"
            f" — {r.doc_label}{para}{restated}: {r.quote}"
        )
        notes.append(((r.indicator_id, r.period_start, r.period_end, r.basis, 0), text))
    for p in points:
        if p["n_values"] > p["n_shown"] and p["reconciled"]:
            meta = snap.indicator(p["indicator_id"]) or {}
            more = t(
                "note_more_values",
                lang,
                n=f"{p['n_values'] - p['n_shown']:,}",
                lo=format_value(p["lo"], p["unit"], "exact", lang),
                hi=format_value(p["hi"], p["unit"], "exact", lang),
            )
            text = f"{indicator_name(meta, lang)}, {period_label(p['period_start'], p['period_end'])}: {more}"
            notes.append(((p["indicator_id"], p["period_start"], p["period_end"], p["basis"], 1), text))
    return [text for _, text in sorted(notes, key=lambda n: n[0])]
