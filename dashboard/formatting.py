"""Unit-aware number formatting in English and Chinese (pure functions, no I/O).

Money is charted in millions of its currency and written the way each language reads it
(`US$245 million`, `2.45亿美元`); bounds keep their qualifier (`≥ 1,600`); periods are years or
year ranges (`2012–2013`).
"""

from __future__ import annotations

import math

QUALIFIER_MARK = {"exact": "", "approx": "≈ ", "at_least": "≥ ", "at_most": "≤ "}
MONEY_SCALE = 1e6  # money is charted and tabulated in millions
CURRENCY_SYMBOL = {"USD": "US$", "EUR": "€", "GBP": "£"}

_UNIT_LABEL = {
    "en": {
        "count": "number",
        "t": "tonnes",
        "kg": "kg",
        "ha": "hectares",
        "km2": "km²",
        "l": "litres",
        "percent": "%",
    },
    "zh": {
        "count": "数目",
        "t": "吨",
        "kg": "公斤",
        "ha": "公顷",
        "km2": "平方公里",
        "l": "升",
        "percent": "%",
    },
}


def is_money(unit: str) -> bool:
    """Currency units are three upper-case letters (ISO 4217), e.g. USD."""
    return len(unit) == 3 and unit.isalpha() and unit.isupper()


def axis_scale(unit: str) -> float:
    """Divide values by this before charting or tabulating them."""
    return MONEY_SCALE if is_money(unit) else 1.0


def unit_label(unit: str, lang: str = "en") -> str:
    """The axis / column label of a unit: `USD millions`, `百万美元`, `tonnes`, `number`."""
    if is_money(unit):
        if lang == "zh":
            return "百万美元" if unit == "USD" else f"百万{unit}"
        return f"{unit} millions"
    return _UNIT_LABEL.get(lang, _UNIT_LABEL["en"]).get(unit, unit)


def trim(x: float, decimals: int = 2) -> str:
    """`561.50` → `561.5`, `245.00` → `245`, with thousands separators."""
    if not math.isfinite(x):
        return "–"
    text = f"{x:,.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


def format_value(value: float | None, unit: str, qualifier: str = "exact", lang: str = "en") -> str:
    """A value as a reader writes it, with its qualifier mark: `≥ 1,600`, `≈ US$245 million`."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    mark = QUALIFIER_MARK.get(qualifier or "exact", "")
    return mark + _plain(float(value), unit, lang)


def _plain(v: float, unit: str, lang: str) -> str:
    if is_money(unit):
        if lang == "zh":
            suffix = "美元" if unit == "USD" else unit
            if abs(v) >= 1e8:
                return f"{trim(v / 1e8, 4)}亿{suffix}"
            if abs(v) >= 1e4:
                return f"{trim(v / 1e4, 2)}万{suffix}"
            return f"{trim(v, 2)}{suffix}"
        symbol = CURRENCY_SYMBOL.get(unit, unit + " ")
        if abs(v) >= 1e9:
            return f"{symbol}{trim(v / 1e9, 3)} billion"
        if abs(v) >= 1e6:
            return f"{symbol}{trim(v / 1e6, 2)} million"
        return f"{symbol}{trim(v, 2)}"
    if unit == "t":
        return f"{trim(v, 2)}吨" if lang == "zh" else f"{trim(v, 2)} t"
    if unit == "kg":
        return f"{trim(v, 2)}公斤" if lang == "zh" else f"{trim(v, 2)} kg"
    if unit == "percent":
        return f"{trim(v, 2)}%"
    return trim(v, 2)


def format_scaled(value: float | None, unit: str) -> str:
    """A value in its axis units (money in millions), for table cells: `561.5`."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return trim(float(value) / axis_scale(unit), 2)


def format_change(delta: float | None, unit: str) -> str:
    """Signed change in axis units: `+26`, `−1.2`."""
    if delta is None or (isinstance(delta, float) and math.isnan(delta)):
        return "–"
    scaled = delta / axis_scale(unit)
    sign = "+" if scaled > 0 else ("−" if scaled < 0 else "±")
    return f"{sign}{trim(abs(scaled), 2)}"


def format_percent(pct: float | None) -> str:
    """Signed percent change with two decimals: `+16.25 %`."""
    if pct is None or (isinstance(pct, float) and not math.isfinite(pct)):
        return "–"
    sign = "+" if pct > 0 else ("−" if pct < 0 else "±")
    return f"{sign}{abs(pct):,.2f} %"


def period_label(start: int | float, end: int | float) -> str:
    """`2012` for one year, `2012–2013` for a range."""
    s, e = int(start), int(end)
    return str(s) if s == e else f"{s}–{e}"


def parse_period(text: str | None) -> tuple[int, int] | None:
    """Inverse of period_label (also accepts `2012-2013`); None when it is not a period."""
    if not text:
        return None
    parts = str(text).replace("–", "-").split("-")
    try:
        years = [int(p) for p in parts if p.strip()]
    except ValueError:
        return None
    if not 1 <= len(years) <= 2 or not all(1900 <= y <= 2100 for y in years):
        return None
    start, end = years[0], years[-1]
    return (start, end) if start <= end else None
