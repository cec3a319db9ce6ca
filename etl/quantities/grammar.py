"""Grammar: what may stand around one number in a quantity, read forward and backward from it.

Forward: 多/余, a magnitude word (万, 亿; also the lower part of "3 亿 5,260 万"), a range
(10-15, 1至2亿, 40 万美元至 50 万美元), then a unit — a currency, a mass, area or volume word, a
percent sign or a measure word — and 左右/以上 after it. Backward: a qualifier before the
number (约, 近, 超过…) or earlier in its clause (不到联合国经常预算的1%). Each reader takes the text
and a position and returns what it found with the position after it; every look-around
is bounded. `scanner` decides where to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.quantities import exclusions as ex
from etl.quantities.lexicon import (
    CHINESE_ONLY_MEASURES,
    CLAUSE_QUALIFIERS,
    CURRENCIES,
    CURRENCY_NOT_BEFORE,
    LIST_JOINERS,
    MAX_LIST_ITEMS,
    MEASURE_WORDS,
    MORE_AFTER_NUMBER,
    MORE_AFTER_UNIT_NOT_BEFORE,
    PERCENT_SIGNS,
    PHYSICAL_NOT_BEFORE,
    PHYSICAL_UNITS,
    PREFIX_LINKS,
    PREFIX_NOT_AFTER,
    PREFIX_QUALIFIERS,
    RANGE_CONNECTORS,
    SUFFIX_NOT_BEFORE,
    SUFFIX_QUALIFIERS,
    TENTHS,
    TENTHS_BEFORE,
    Category,
    Qualifier,
)
from etl.quantities.numerals import (
    ARABIC_RE,
    CHINESE_RE,
    DIGITS,
    MAGNITUDE_RE,
    arabic_value,
    chinese_decimal_value,
    magnitude_value,
)

# Prefix qualifiers, longest first: the longest word ending at the number is the leftmost match.
_PREFIX_BY_LAST: dict[str, list[str]] = {}
for _word in sorted(PREFIX_QUALIFIERS, key=len, reverse=True):
    _PREFIX_BY_LAST.setdefault(_word[-1], []).append(_word)
_PREFIX_REACH = 12
_YEAR_ONLY = re.compile(r"\s*(?:(?:19|20)\d\d\s*(?:年度?|财政年度)?|(?:上一?|前一)年度?)\s*")
_GROUP_SPACES = frozenset(" \u00a0\u2009\u202f")
_SPACE_GROUP = re.compile(rf"[ \u00a0\u2009\u202f][{DIGITS}]{{3}}(?![{DIGITS}.．])")
WS_MAX = 24  # whitespace (PDF line breaks) allowed between the parts of one expression
# What may follow a number inside its amount: 多/余, a magnitude word, a range connector.
AMOUNT_CHARS = "".join(MORE_AFTER_NUMBER) + "十百千万亿" + RANGE_CONNECTORS
_SUFFIXES = sorted(SUFFIX_QUALIFIERS, key=len, reverse=True)
_SUFFIX_FIRST = frozenset(w[0] for w in SUFFIX_QUALIFIERS)


def _by_first_char(words: list[str]) -> dict[str, list[str]]:
    """Unit words grouped by first character, longest first, for O(1) lookup at a position."""
    table: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        table.setdefault(word[0], []).append(word)
    return table


# Every unit word (percent signs, currencies, physical units, measure words) by its first character.
_UNIT_TABLE = _by_first_char([*PERCENT_SIGNS, TENTHS, *CURRENCIES, *PHYSICAL_UNITS, *MEASURE_WORDS])


@dataclass(slots=True)
class Number:
    """One number token as written: its value (no magnitude applied) and span."""

    value: float
    start: int
    end: int
    chinese: bool


@dataclass(slots=True)
class Unit:
    """The unit read after an amount: normalized unit, category, conversion factor, word and end."""

    unit: str
    category: Category
    factor: float
    word: str
    end: int


def skip_ws(text: str, i: int) -> int:
    """The first position at or after `i` that is not whitespace, at most `WS_MAX` further on."""
    if not text[i : i + 1].isspace():
        return i
    limit = min(len(text), i + WS_MAX)
    while i < limit and text[i].isspace():
        i += 1
    return i


def read_number(text: str, i: int, chinese: bool, end: int = -1) -> Number | None:
    """The number token starting at `i` (no magnitude word), or None.

    `end` is where the numeral's regex match ends, if the caller already knows it.
    """
    if end < 0:
        m = (CHINESE_RE if chinese else ARABIC_RE).match(text, i)
        if m is None:
            return None
        end = m.end()
    raw = text[i:end]
    if chinese:
        value = chinese_decimal_value(raw)
        if value is None:
            return None
        return Number(value, i, end, True)
    if raw[0] in "0０" and raw[1:2].isdigit():
        return None  # "00", "05": the tail of a number cut by a line break, or a code, never an amount
    if raw.isdigit() and len(raw) <= 3 and not ex.is_glued_footnote(text, i, raw):
        # "5 000": a space, then a group of three digits (the digit test spares most numbers the regex)
        while text[end : end + 1] in _GROUP_SPACES and text[end + 1 : end + 2].isdigit():
            if (g := _SPACE_GROUP.match(text, end)) is None:
                break
            end = g.end()
    number = arabic_value(text[i:end])
    if number is None:
        return None
    return Number(number, i, end, False)


def read_more(text: str, i: int) -> tuple[Qualifier | None, int]:
    """多/余 right after a number: (at_least, position after it) or (None, i)."""
    j = skip_ws(text, i)
    if j < len(text) and text[j] in MORE_AFTER_NUMBER:
        return MORE_AFTER_NUMBER[text[j]], j + 1
    return None, i


def read_magnitude(text: str, i: int) -> tuple[float, int]:
    """万/亿/百万… at `i` (after whitespace): (factor, end) or (1.0, i). 千克 is a unit, not 千."""
    j = skip_ws(text, i)
    if text.startswith("千克", j):
        return 1.0, i
    m = MAGNITUDE_RE.match(text, j)
    if m is None:
        return 1.0, i
    return magnitude_value(m.group()), m.end()


def read_lower_part(text: str, i: int, factor: float) -> tuple[float, int]:
    """The rest of a compound amount after 亿: "3 亿 5,260 万" → (5.26e7, end), else (0.0, i).

    The part must carry its own, smaller magnitude and stay below one unit of the larger one, so two
    quantities that merely stand side by side are never summed.
    """
    j = skip_ws(text, i)
    if text.startswith("零", j):
        j = skip_ws(text, j + 1)
    part = read_number(text, j, chinese=False) if text[j : j + 1].isdigit() else None
    if part is None:
        return 0.0, i
    lower, end = read_magnitude(text, part.end)
    if lower == 1.0 or lower >= factor or part.value * lower >= factor:
        return 0.0, i
    return part.value * lower, end


# 从 earlier in the clause: "从 X 到 Y" is a change from one level to another, not a range, unless 不等
# follows ("从 10 到 15 个国家不等": anywhere from 10 to 15). "由 10 到 15 个国家组成" is a range.
_CHANGE_FROM = re.compile(r"从[^，。；：,;:]*$")
_RANGE_TAIL = re.compile(r"[^，。；：,;:]{0,12}?不等")


def _is_change(text: str, start: int, end: int) -> bool:
    """Whether "X 到 Y" (X at `start`, Y ending at `end`) is a change from X to Y rather than a range."""
    return _CHANGE_FROM.search(text, max(0, start - 16), start) is not None and not _RANGE_TAIL.match(
        text, end
    )


def read_amount(
    text: str, first: Number, chinese: bool
) -> tuple[float, float, float | None, Qualifier | None, int]:
    """多/余, magnitude and a range after the number.

    Returns (factor, addend, value_max, more, position after them); the amount is
    first.value × factor + addend, where the addend is the lower part of "3 亿 5,260 万".
    """
    j = skip_ws(text, first.end)
    if j >= len(text) or text[j] not in AMOUNT_CHARS:
        return 1.0, 0.0, None, None, first.end  # the common case: a unit (or nothing) after the number
    more, pos = read_more(text, first.end)
    factor, pos = read_magnitude(text, pos)
    addend = 0.0
    if more is None and factor >= 1e8 and not chinese:
        addend, pos = read_lower_part(text, pos, factor)
    if more is None:
        more, pos = read_more(text, pos)
    value_max: float | None = None
    after_first = skip_ws(text, pos)
    if more is None and after_first < len(text) and text[after_first] in RANGE_CONNECTORS:
        second = read_number(text, skip_ws(text, after_first + 1), chinese)
        if second is not None and second.start - after_first <= 3:
            more2, pos2 = read_more(text, second.end)
            factor2, pos2 = read_magnitude(text, pos2)
            if more2 is None:
                more2, pos2 = read_more(text, pos2)
            factor1 = factor2 if factor == 1.0 else factor  # "1至2亿": 亿 applies to both ends
            rising = second.value * factor2 > first.value * factor1 + addend
            if rising and not _is_change(text, first.start, pos2):
                factor, value_max, more, pos = factor1, second.value * factor2, more2, pos2
    return factor, addend, value_max, more, pos


def read_unit(text: str, i: int, chinese: bool) -> Unit | None:
    """The unit or measure word at `i` (after whitespace), or None."""
    j = skip_ws(text, i)
    if j >= len(text):
        return None
    for word in _UNIT_TABLE.get(text[j], ()):
        if not text.startswith(word, j):
            continue
        end = j + len(word)
        nxt = text[end : end + 1]
        if word in PERCENT_SIGNS:
            return Unit("percent", "percent", 1.0, word, end)
        if word == TENTHS:  # 七成 = 70 %
            if not chinese or (nxt and nxt not in TENTHS_BEFORE):
                return None
            return Unit("percent", "percent", 10.0, word, end)
        if word in CURRENCIES:
            if nxt and nxt in CURRENCY_NOT_BEFORE.get(word, ""):
                return None
            return Unit(CURRENCIES[word], "money", 1.0, word, end)
        if word in PHYSICAL_UNITS:
            if nxt and nxt in PHYSICAL_NOT_BEFORE.get(word, ""):
                return None
            unit, factor, category = PHYSICAL_UNITS[word]
            return Unit(unit, category, factor, word, end)
        if (nxt and nxt in MEASURE_WORDS[word]) or (word in CHINESE_ONLY_MEASURES and not chinese):
            return None
        if word == "个" and ex.is_duration_after_ge(text, end):
            return None
        if word == "国" and ex.is_name_after_guo(text, end):
            return None
        return Unit("count", "count", 1.0, word, end)
    return None


def read_unit_range(text: str, start: int, unit: Unit, low: float, chinese: bool) -> tuple[float, int] | None:
    """The upper end of "40 万美元至 50 万美元", a range that repeats its unit: (value_max, end) or None.

    Not after 从 in the clause: "从 40 万美元到 50 万美元" is a change from one level to another
    (but "从 40 万美元到 50 万美元不等" is a range).
    """
    j = skip_ws(text, unit.end)
    if j >= len(text) or text[j] not in RANGE_CONNECTORS:
        return None
    k = skip_ws(text, j + 1)
    second = read_number(text, k, chinese) if k - j <= 3 else None
    if second is None:
        return None
    factor, pos = read_magnitude(text, second.end)
    pos = skip_ws(text, pos)
    high = second.value * factor
    if not text.startswith(unit.word, pos) or high <= low:
        return None
    if _is_change(text, start, pos + len(unit.word)):
        return None
    return high, pos + len(unit.word)


# A joiner between listed amounts (the scanner's look-ahead uses it too); a first-character test first.
LIST_JOINER = (
    rf"(?=[{re.escape(''.join(sorted({w[0] for w in LIST_JOINERS})))}])"
    rf"(?:{'|'.join(map(re.escape, LIST_JOINERS))})"
)
_ITEM = rf"\s{{0,{WS_MAX}}}{LIST_JOINER}\s{{0,{WS_MAX}}}(?:{ARABIC_RE.pattern})"
_MAGNITUDE = rf"\s{{0,{WS_MAX}}}(?:{MAGNITUDE_RE.pattern})"
# The amounts listed after one: each with a magnitude word (亿, 万) or each without one.
_LIST_WITH_MAGNITUDE = re.compile(rf"(?:{_ITEM}{_MAGNITUDE}){{1,{MAX_LIST_ITEMS}}}")
_LIST_WITHOUT_MAGNITUDE = re.compile(rf"(?:{_ITEM}(?!{_MAGNITUDE})){{1,{MAX_LIST_ITEMS}}}")


def read_shared_unit(text: str, i: int, magnitude: bool) -> Unit | None:
    """The unit an amount with none shares with the amounts listed after it, read at the last one.

    "2.9 亿和 3.1 亿美元" (美元), "190、178 和 119 个" (个), "由 95 增至 105 个" (个): amounts joined
    by 、/和/增至… up to the unit. Every amount of the list carries a magnitude word if this one does,
    and none if it does not ("2 和 3 亿美元" is ambiguous). Arabic numbers only; at most
    MAX_LIST_ITEMS amounts ahead, so the look-ahead is bounded.
    """
    listed = (_LIST_WITH_MAGNITUDE if magnitude else _LIST_WITHOUT_MAGNITUDE).match(text, i)
    return read_unit(text, listed.end(), False) if listed else None


def read_more_after_unit(text: str, i: int) -> tuple[Qualifier | None, int]:
    """多/余 right after a physical or money unit: "93 吨多可卡因" (not 多种, 多边, 多国…)."""
    nxt = text[i + 1 : i + 2]
    if i < len(text) and text[i] in MORE_AFTER_NUMBER and not (nxt and nxt in MORE_AFTER_UNIT_NOT_BEFORE):
        return MORE_AFTER_NUMBER[text[i]], i + 1
    return None, i


def read_suffix(text: str, i: int) -> tuple[Qualifier | None, int]:
    """左右/上下/以上/以下… after the unit: (qualifier, end) or (None, i)."""
    j = skip_ws(text, i)
    if text[j : j + 1] not in _SUFFIX_FIRST:
        return None, i
    for word in _SUFFIXES:
        if text.startswith(word, j):
            nxt = text[j + len(word) : j + len(word) + 1]
            if nxt and nxt in SUFFIX_NOT_BEFORE.get(word, ""):
                return None, i
            return SUFFIX_QUALIFIERS[word], j + len(word)
    return None, i


def read_prefix(text: str, start: int, floor: int) -> tuple[Qualifier | None, int]:
    """A qualifier written before the number (约, 近, 超过…): (qualifier, its start) or (None, start).

    Whitespace and one linking character (约有, 超过了) may stand between it and the number. It never
    reaches back before `floor` (the end of the previous mention).
    """
    low = max(0, floor, start - _PREFIX_REACH)
    end = start
    while end > low and text[end - 1].isspace():
        end -= 1
    if end == low:
        return None, start
    last = text[end - 1]
    if last in PREFIX_LINKS:
        ends: tuple[int, ...] = (end, end - 1)
    elif last in _PREFIX_BY_LAST:
        ends = (end,)
    else:
        return None, start  # the common case: no qualifier ends here
    best: tuple[int, Qualifier] | None = None
    for stop in ends:
        for word in _PREFIX_BY_LAST.get(text[stop - 1], ()) if stop > low else ():
            begin = stop - len(word)
            if begin < low or not text.startswith(word, begin):
                continue
            if begin > 0 and text[begin - 1] in PREFIX_NOT_AFTER.get(word, ""):
                continue
            if best is None or begin < best[0]:
                best = (begin, PREFIX_QUALIFIERS[word])
            break
    return (best[1], best[0]) if best else (None, start)


def clause_qualifier(text: str, start: int) -> Qualifier | None:
    """'不到联合国经常预算的1%': a qualifier earlier in the clause, before a 的-phrase up to the number."""
    i = ex.previous_significant(text, start)
    if i < 0 or text[i] != "的":
        return None
    window = text[max(0, i - 20) : i]
    cut = max(window.rfind(ch) for ch in "，。；：、！？（）()")
    window = window[cut + 1 :]
    best: tuple[int, int, Qualifier] | None = None
    for word, qualifier in CLAUSE_QUALIFIERS:
        k = window.rfind(word)
        if k >= 0 and (best is None or k > best[0]):
            best = (k, k + len(word), qualifier)
    if best is None or _YEAR_ONLY.fullmatch(window, best[1]):
        return None  # "高于 2016 年的 3.1 亿美元", "低于上一年的": the amount compared with, for its own year
    return best[2]
