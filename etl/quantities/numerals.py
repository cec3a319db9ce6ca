"""Numerals: turn one number as written in a report (Arabic or Chinese) into a float.

Arabic numbers may use ASCII or full-width digits, thousands separators (``1,600``, ``5 000``,
``１２，３４５``), a decimal point (``2.45``, ``２．４５``) and PDF line breaks after a separator
(``2,\\n000``) or after a decimal point (``3.\\n61``). Chinese numerals cover the everyday forms
used for counts (``六``, ``两``, ``十五``, ``二十一``, ``一百二十``, ``两千``, ``三万``) and their
decimals (``零点五``). Magnitude
words written after a number (``万``, ``亿``, ``百万``, ``千万``…) are parsed separately by
:func:`magnitude_value`.
"""

from __future__ import annotations

import re

DIGITS = "0-9０-９"
FULLWIDTH_DIGITS = "０-９"
CHINESE_DIGIT_CHARS = "零〇一二两三四五六七八九"
CHINESE_UNIT_CHARS = "十百千万亿"

# One Arabic number: digits, comma-separated groups of three (a comma may be followed by a PDF
# line break), an optional decimal part. Space-separated groups ("5 000") are handled by the
# scanner, which must first rule out a footnote marker ("，3 475 万" is footnote 3 + 475 万).
ARABIC_RE = re.compile(
    rf"(?:[{DIGITS}]{{1,3}}+"  # possessive: fewer digits can never be followed by a separator
    rf"(?:(?:,[ \t]{{0,2}}(?:\r?\n[ \t]{{0,3}}){{0,2}}[{DIGITS}]{{3}}"  # 1,600 and 2,\n000
    rf"|，[{FULLWIDTH_DIGITS}]{{3}})(?![{DIGITS}]))+"  # １２，３４５ (full-width only)
    rf"|[{DIGITS}]+)"
    rf"(?:[.．](?:[ \t]{{0,2}}\r?\n[ \t]{{0,3}}){{0,2}}[{DIGITS}]+)?"  # 2.45 and 3.\n61 (a PDF line break)
)
# A Chinese numeral never starts with a bare unit (百, 千, 万, 亿): "万人" or "千万" are not counts.
# It may carry a decimal part: "零点五" (0.5), "二点五" (2.5).
CHINESE_RE = re.compile(
    rf"[{CHINESE_DIGIT_CHARS}十][{CHINESE_DIGIT_CHARS}{CHINESE_UNIT_CHARS}]*(?:点[{CHINESE_DIGIT_CHARS}]+)?"
)
# "百分之十五", "百分之十五点五", "百分之 15"; a PDF line break may fall inside the word (百分⏎之二十)
PERCENT_WORD = r"百\s{0,6}分\s{0,6}之"
PERCENT_WORD_RE = re.compile(
    rf"{PERCENT_WORD}\s{{0,3}}(?:(?P<cn>[{CHINESE_DIGIT_CHARS}十百]+(?:点[{CHINESE_DIGIT_CHARS}]+)?)"
    rf"|(?P<ar>[{DIGITS}]+(?:[.．][{DIGITS}]+)?))"
)
# A fraction: "三分之一" (a third), "四分之三", "3 分之 2". The denominator is a Chinese numeral or Arabic
# digits; 百分之 is a percentage and read by PERCENT_WORD_RE.
FRACTION_RE = re.compile(
    rf"(?:(?P<cn_den>[{CHINESE_DIGIT_CHARS}十][{CHINESE_DIGIT_CHARS}十百]*)|(?P<ar_den>[{DIGITS}]+))"
    rf"\s{{0,2}}分之\s{{0,2}}"
    rf"(?:(?P<cn_num>[{CHINESE_DIGIT_CHARS}十][{CHINESE_DIGIT_CHARS}十百]*)|(?P<ar_num>[{DIGITS}]+))"
)
# Magnitude words after an Arabic number: 万, 十万, 百万, 千万, 亿, 十亿, 百亿, 千亿, 万亿, 千.
# (a PDF line break may fall inside the word: "53.8 百⏎万美元")
MAGNITUDE_RE = re.compile(r"[十百千]?(?:\s{1,64}(?=[万亿]))?万亿?|[十百千]?(?:\s{1,64}(?=亿))?亿|千")

# Full-width digits and point to ASCII; separators and whitespace (every code point `str.isspace`
# accepts, all below U+3001) dropped: one `translate` call.
_TO_PLAIN = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        "．": ".",
        ",": None,
        "，": None,
        **{chr(c): None for c in range(0x3001) if chr(c).isspace()},
    }
)

_CN_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}

# Longer digit strings are identifiers or debris, never quantities (and would be slow to convert).
MAX_SIGNIFICANT_DIGITS = 15


def arabic_value(raw: str) -> float | None:
    """The value of an Arabic number as written (``"1,600"`` → 1600.0, ``"２．４５"`` → 2.45).

    Whitespace and separators inside the number are ignored. None for absurdly long digit runs.
    """
    if len(raw) <= MAX_SIGNIFICANT_DIGITS and raw.isdigit() and raw.isascii():
        return float(raw)  # the common case, "2012": nothing to translate, drop or check
    plain = raw.translate(_TO_PLAIN)
    integer = plain.split(".", 1)[0]
    if not plain or len(integer.lstrip("0")) > MAX_SIGNIFICANT_DIGITS or len(plain) > 40:
        return None
    try:
        return float(plain)
    except ValueError:
        return None


def _section_value(section: str) -> int | None:
    """Value of a Chinese numeral below 万 (``"一百二十"`` → 120); None if malformed (``"三四"``)."""
    total = 0
    digit: int | None = None
    last_unit = 10_000
    for ch in section:
        if ch in _CN_DIGITS:
            if digit is not None and digit != 0:
                return None  # two digits in a row: "三四", "二〇一二"
            digit = _CN_DIGITS[ch]
        elif ch in _CN_SMALL_UNITS:
            unit = _CN_SMALL_UNITS[ch]
            if unit >= last_unit:
                return None
            total += (1 if digit is None else digit) * unit
            digit = None
            last_unit = unit
        else:
            return None
    return total + (digit or 0)


def chinese_value(raw: str) -> int | None:
    """The value of a Chinese numeral (``"二十一"`` → 21, ``"两千"`` → 2000, ``"三万"`` → 30000).

    None if it is not a well-formed numeral: digit-by-digit years (``二〇一二``), runs like ``三四``.
    """
    if not raw or len(raw) > 16:
        return None
    total = 0
    rest = raw
    for big in ("亿", "万"):
        if big in rest:
            head, rest = rest.split(big, 1)
            if not head:
                return None
            value = chinese_value(head) if ("万" in head or "亿" in head) else _section_value(head)
            if value is None:
                return None
            total += value * _CN_BIG_UNITS[big]
    if rest:
        value = _section_value(rest.lstrip("零〇") or "零")
        if value is None:
            return None
        total += value
    return total


def chinese_decimal_value(raw: str) -> float | None:
    """A Chinese numeral with an optional decimal part (``"十五点三"`` → 15.3)."""
    whole, _, frac = raw.partition("点")
    value = chinese_value(whole)
    if value is None:
        return None
    if not frac:
        return float(value)
    digits = "".join(str(_CN_DIGITS[ch]) for ch in frac if ch in _CN_DIGITS)
    if len(digits) != len(frac):
        return None
    return float(f"{value}.{digits}")


_MAGNITUDES: dict[str, int] = {**_CN_SMALL_UNITS, **_CN_BIG_UNITS}


def fraction_percent(m: re.Match[str]) -> float | None:
    """A FRACTION_RE match as a percentage ("三分之一" → 33.33…), or None when it is not a proper one."""
    den = chinese_value(m["cn_den"]) if m["cn_den"] else arabic_value(m["ar_den"])
    num = chinese_value(m["cn_num"]) if m["cn_num"] else arabic_value(m["ar_num"])
    if not den or num is None or not 0 < num <= den:
        return None
    return clean_float(100 * num / den)


def magnitude_value(word: str) -> float:
    """The multiplier of a magnitude word (``"万"`` → 1e4, ``"百万"`` → 1e6, ``"亿"`` → 1e8)."""
    factor = 1.0
    for ch in word:
        if not ch.isspace():
            factor *= _MAGNITUDES[ch]
    return factor


def clean_float(value: float) -> float:
    """`value` rounded to 15 significant digits: the binary noise of scaling or converting is gone
    (2.45 * 1e8 is 245000000.00000003, 5100 * 0.001 is 5.1000000000000005)."""
    return value if value.is_integer() else float(f"{value:.15g}")
