"""Words about chart points: their sources (a few named, the rest counted), hover text, conflict notes.

Pure functions over the point records of dashboard.points; strings out. Where reports disagree
every drawn value is named with its reports, and values not drawn are counted with their range,
so a reader always sees that, and by how much, the reports differ.
"""

from __future__ import annotations

from html import escape
from typing import Any

from dashboard.formatting import format_value, period_label
from dashboard.i18n import basis_name, reports_phrase, t


def source_label(source: dict[str, Any]) -> str:
    """`CND; CCPCJ 2012 ¶22`."""
    para = source.get("paragraph")
    return str(source["doc_label"]) + (f" ¶{para}" if para is not None else "")


def n_sources(p: dict[str, Any]) -> int:
    """How many reports state the point's value (the sources list may name fewer)."""
    return int(p.get("n_sources", len(p["sources"])))


def named_sources(p: dict[str, Any], lang: str, limit: int | None = None) -> list[str]:
    """Labels of the named sources (at most `limit`), then `and N more` for the rest."""
    names = [source_label(s) for s in p["sources"][:limit]]
    rest = n_sources(p) - len(names)
    return names + ([t("more_reports", lang, n=f"{rest:,}")] if rest > 0 else [])


def value_with_sources(p: dict[str, Any], lang: str, limit: int = 2) -> str:
    """`65 (General Assembly 2018)`, `168 (GA 2012, GA 2013, and 212 more)`."""
    labels = [str(s["doc_label"]) for s in p["sources"][:limit]]
    rest = n_sources(p) - len(labels)
    if rest > 0:
        labels.append(t("more_reports", lang, n=f"{rest:,}"))
    value = format_value(p["value"], p["unit"], p["qualifier"], lang)
    return f"{value} ({', '.join(labels)})" if labels else value


def value_with_count(p: dict[str, Any], lang: str) -> str:
    """`168 (214 reports)`."""
    value = format_value(p["value"], p["unit"], p["qualifier"], lang)
    return f"{value} ({reports_phrase(n_sources(p), lang)})"


def period_values_line(p: dict[str, Any], lang: str) -> str:
    """`530 different values for this period, from 102 to 998, in 1,000 reports`."""
    return t(
        "period_values",
        lang,
        n=f"{int(p['n_values']):,}",
        lo=format_value(p["lo"], p["unit"], "exact", lang),
        hi=format_value(p["hi"], p["unit"], "exact", lang),
        reports=reports_phrase(int(p.get("period_sources", n_sources(p))), lang),
    )


def hover(
    name: str, p: dict[str, Any], lang: str, extra: str = "", others: list[dict[str, Any]] | None = None
) -> str:
    """The hover box of a point: indicator, value, period, basis, its reports; if reports disagree,
    the other values (`others`: drawn elsewhere or not at all) and the range of them all."""
    lines = [
        f"<b>{escape(name)}</b>",
        f"{escape(format_value(p['value'], p['unit'], p['qualifier'], lang))}"
        f" · {period_label(p['period_start'], p['period_end'])} · {escape(basis_name(p['basis'], lang))}"
        f"{extra}",
    ]
    if n_sources(p) > 1:
        lines.append(escape(t("stated_by", lang, reports=reports_phrase(n_sources(p), lang))) + ":")
    lines += [escape(label) for label in named_sources(p, lang)]
    if p["conflict"]:
        lines.append("⚠ " + escape(t("note_conflict", lang)))
    if others:
        values = ", ".join(value_with_count(o, lang) for o in others)
        lines.append(escape(t("also_stated", lang, values=values)))
    if int(p.get("n_values", 1)) > 1 + len(others or []):
        lines.append(escape(period_values_line(p, lang)))
    return "<br>".join(lines)


def conflict_message(name: str, group: list[dict[str, Any]], lang: str) -> str:
    """The note under the chart for one period where reports disagree (`group`: its drawn points)."""
    first = group[0]
    values = " / ".join(value_with_sources(p, lang) for p in group)
    period = period_label(first["period_start"], first["period_end"])
    total = int(first.get("n_values", len(group)))
    if total > len(group):
        return t(
            "conflict_warning_many",
            lang,
            name=name,
            period=period,
            values=values,
            n=f"{total:,}",
            lo=format_value(first["lo"], first["unit"], "exact", lang),
            hi=format_value(first["hi"], first["unit"], "exact", lang),
        )
    key = "conflict_warning" if len(group) == 2 else "conflict_warning_all"
    return t(key, lang, name=name, period=period, values=values)
