"""Words around a chart: its title and subtitle, the footnote naming its sources, export framing.

Pure functions: catalog rows / observations in, strings or a decorated figure out.
"""

from __future__ import annotations

from html import escape

import pandas as pd
import plotly.graph_objects as go

from dashboard.figures import MUTED, ChartOptions
from dashboard.formatting import unit_label
from dashboard.i18n import indicator_name, t, theme_name
from dashboard.points import in_range


def wrap(text: str, width: int) -> list[str]:
    """Greedy wrap that also breaks CJK text (which has no spaces)."""
    lines: list[str] = []
    line = ""
    for token in text.replace("\n", " ").split(" "):
        pieces = [token[i : i + width] for i in range(0, len(token), width)] or [""]
        for piece in pieces:
            candidate = f"{line} {piece}".strip() if line else piece
            if len(candidate) > width and line:
                lines.append(line)
                line = piece
            else:
                line = candidate
    if line:
        lines.append(line)
    return lines


def export_figure(
    fig: go.Figure, footnote: str, width: int = 1200, height: int = 720, lang: str = "en"
) -> go.Figure:
    """The chart as a briefing graphic: fixed size, its title and unit, a footnote naming sources."""
    out = go.Figure(fig)
    per_line = 150 if lang != "zh" else 80
    lines = [escape(line) for line in wrap(footnote, per_line)]
    bottom = 60 + 17 * len(lines)
    out.update_layout(width=width, height=height, margin={"b": bottom, "l": 80, "r": 40})
    plot_h = height - bottom - (out.layout.margin.t or 80)
    out.add_annotation(
        text="<br>".join(lines),
        x=0,
        xref="paper",
        xanchor="left",
        y=-50 / max(plot_h, 1),
        yref="paper",
        yanchor="top",
        align="left",
        showarrow=False,
        font={"size": 11, "color": MUTED},
    )
    return out


def chart_titles(meta: pd.DataFrame, opts: ChartOptions) -> tuple[str, str]:
    """Title (the indicator, or the theme of several) and subtitle (units, basis of the numbers)."""
    lang = opts.lang
    if meta.empty:
        return t("choose_indicators", lang), ""
    rows = [r._asdict() for r in meta.itertuples()]
    if len(rows) == 1:
        title = indicator_name(rows[0], lang)
    elif meta["theme"].nunique() == 1:
        title = f"{theme_name(str(rows[0]['theme']), lang)}: {t('n_indicators', lang, n=len(rows))}"
    else:
        title = t("n_indicators", lang, n=len(rows))
    if opts.change:
        return title, t("subtitle_change", lang)
    units = " · ".join(unit_label(u, lang) for u in dict.fromkeys(meta["unit"]))
    return title, f"{units} — {t('subtitle_tail', lang)}"


MAX_FOOTNOTE_REPORTS = 8  # reports named under an exported chart; the rest are counted


def footnote(obs: pd.DataFrame, lang: str = "en", built: str = "") -> str:
    """Names the reports (and paragraphs) behind the charted values, and how to read them: every
    report when they are few, else the latest MAX_FOOTNOTE_REPORTS and how many more."""
    refs = []
    charted = obs[
        [in_range(s, e, b) for s, e, b in zip(obs.period_start, obs.period_end, obs.basis, strict=True)]
    ]
    if "published_year" in charted.columns and charted["doc_label"].nunique() > MAX_FOOTNOTE_REPORTS:
        charted = charted.sort_values("published_year", ascending=False, kind="stable")
    groups = list(charted.groupby("doc_label", sort=False))
    for label, group in groups[:MAX_FOOTNOTE_REPORTS]:
        paras = sorted({int(p) for p in group["paragraph"] if not pd.isna(p)})
        refs.append(f"{label} " + ", ".join(f"¶{p}" for p in paras) if paras else str(label))
    if len(groups) > MAX_FOOTNOTE_REPORTS:
        refs.append(t("footnote_more", lang, n=f"{len(groups) - MAX_FOOTNOTE_REPORTS:,}"))
    sources = t("footnote_sources", lang, refs="; ".join(refs) or "–")
    stamp = t("built", lang, date=built[:10]) if built else ""
    return f"{sources} {t('footnote_method', lang, built=stamp)}"
