"""Grammar: the amount and the unit of a quantity, read forward from its number.

After the number (read by `tokens`, also one a PDF line break cut: "2,1⏎00"): 多/余, a magnitude
word (万, 亿; also the lower part of "3 亿 5,260 万"), a range (10-15, 1至2亿, 40 万美元至 50 万美元),
then a unit — a currency, a mass, area or volume word, a percent sign or a measure word, also one a
line break cut ("万美⏎元"). The qualifiers around it (约, 以上…) are read by `qualifiers`. Each reader
takes the text and a position and returns what it found with the position after it; every look-around
is bounded. `scanner` decides where to read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.quantities import exclusions as ex
from etl.quantities.lexicon import (
    CHINESE_ONLY_MEASURES,
    CURRENCIES,
    CURRENCY_NOT_BEFORE,
    LIST_JOINERS,
    MAX_LIST_ITEMS,
    MEASURE_NOT_BEFORE_WORDS,
    MEASURE_WORDS,
    MORE_AFTER_NUMBER,
    MORE_AFTER_UNIT_NOT_BEFORE,
    PERCENT_SIGNS,
    PHYSICAL_NOT_BEFORE,
    PHYSICAL_UNITS,
    PRINTED_WORKS,
    RANGE_CONNECTORS,
    TENTHS,
    TENTHS_NOT_BEFORE,
    Category,
    Qualifier,
)
from etl.quantities.numerals import ARABIC_RE, MAGNITUDE_RE, magnitude_value
from etl.quantities.tokens import WS_MAX, Number, read_number, skip_ws, whole_after_break

# What may follow a number inside its amount: 多/余, a magnitude word, a range connector.
AMOUNT_CHARS = "".join(MORE_AFTER_NUMBER) + "十百千万亿" + RANGE_CONNECTORS
_AMOUNT_CHAR_SET = frozenset(AMOUNT_CHARS)


# What a unit word is, in the order a word in two lists is taken: a percent sign first, then 成
# (tenths), a currency, a physical unit, a measure word.
_PERCENT, _TENTHS, _CURRENCY, _PHYSICAL, _MEASURE = range(5)


def _kind(word: str) -> int:
    if word in PERCENT_SIGNS:
        return _PERCENT
    if word == TENTHS:
        return _TENTHS
    if word in CURRENCIES:
        return _CURRENCY
    return _PHYSICAL if word in PHYSICAL_UNITS else _MEASURE


def _by_first_char(words: list[str]) -> dict[str, list[tuple[str, int]]]:
    """Unit words and their kind grouped by first character, longest first, for O(1) lookup at a position."""
    table: dict[str, list[tuple[str, int]]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        table.setdefault(word[0], []).append((word, _kind(word)))
    return table


# Every unit word (percent signs, currencies, physical units, measure words) by its first character.
_UNIT_TABLE = _by_first_char([*PERCENT_SIGNS, TENTHS, *CURRENCIES, *PHYSICAL_UNITS, *MEASURE_WORDS])


@dataclass(slots=True)
class Unit:
    """The unit read after an amount: normalized unit, category, conversion factor, word and end."""

    unit: str
    category: Category
    factor: float
    word: str
    end: int


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


_DIGITS_WITH_CHINESE_UNITS = re.compile(
    r"([1-9])\s{0,3}千\s{0,3}(?:([1-9])\s{0,3}百\s{0,3})?(?:([1-9])\s{0,3}十\s{0,3})?万"
)


def read_lower_part(text: str, i: int, factor: float) -> tuple[float, int]:
    """The rest of a compound amount after 亿: "3 亿 5,260 万" → (5.26e7, end), else (0.0, i).

    The part must carry its own, smaller magnitude and stay below one unit of the larger one, so two
    quantities that merely stand side by side are never summed.
    """
    j = skip_ws(text, i)
    if text.startswith("零", j):
        j = skip_ws(text, j + 1)
    if (mixed := _DIGITS_WITH_CHINESE_UNITS.match(text, j)) is not None:
        # "1 亿 4 千 6 百万美元": digits with 千/百/十, the 万 after them all
        thousands, hundreds, tens = (int(g) if g else 0 for g in mixed.groups())
        lower = (thousands * 1000 + hundreds * 100 + tens * 10) * 1e4
        return (lower, mixed.end()) if lower < factor else (0.0, i)
    part = read_number(text, j, chinese=False) if text[j : j + 1].isdigit() else None
    if part is None:
        return 0.0, i
    lower, end = read_magnitude(text, part.end)
    if lower == 1.0 or lower >= factor or part.value * lower >= factor:
        return 0.0, i
    return part.value * lower, end


# 从 earlier in the clause: "从 X 到 Y" is a change from one level to another, not a range, unless 不等
# follows ("从 10 到 15 个国家不等": anywhere from 10 to 15). "由 10 到 15 个国家组成" is a range.
# (right before the first amount, or its 的-phrase: "从发展中国家流出的…在 200 亿至 400 亿美元之间" and
# "偷运者从中获得的收入在 55 亿至 70 亿美元之间" are ranges)
_CHANGE_FROM = re.compile(r"从(?![中事而])(?:[^，。；：,;:]{0,10}的)?\s*$")
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
    if text[j : j + 1] not in _AMOUNT_CHAR_SET:
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
        second = whole_after_break(text, read_number(text, skip_ws(text, after_first + 1), chinese), chinese)
        if second is not None and second.start - after_first <= WS_MAX + 1:  # only whitespace between
            more2, pos2 = read_more(text, second.end)
            factor2, pos2 = read_magnitude(text, pos2)
            if more2 is None:
                more2, pos2 = read_more(text, pos2)
            factor1 = factor2 if factor == 1.0 else factor  # "1至2亿": 亿 applies to both ends
            high = second.value * factor2
            rising = high > first.value * factor1 + addend
            if not rising and factor == 1.0 and first.value < high < first.value * 10:
                # "5,000至1.2万户": the first end written out in full (shared, 亿/万 would make it fall)
                factor1, rising = 1.0, True
            if rising and not _is_change(text, first.start, pos2):
                factor, value_max, more, pos = factor1, high, more2, pos2
    return factor, addend, value_max, more, pos


def _broken_word_end(text: str, j: int, word: str) -> int:
    """The end of `word` at `j` when a PDF line break falls inside it ("万美\n\n元"), else -1."""
    k = j
    for ch in word:
        k = skip_ws(text, k)
        if not text.startswith(ch, k):
            return -1
        k += 1
    return k


# a printed work named within a few characters after 本 (whitespace and a short modifier allowed)
# (or "3 本关于…鉴定的手册": what the work is about, then the work)
_PRINTED_WORK = re.compile(
    rf"\s{{0,{WS_MAX}}}(?:[\u4e00-\u9fff]{{0,3}}?|关于[^，；。]{{1,24}}?的)(?:{'|'.join(PRINTED_WORKS)})"
)


def read_unit(text: str, i: int, chinese: bool) -> Unit | None:
    """The unit or measure word at `i` (after whitespace), or None."""
    j = skip_ws(text, i)
    for word, kind in _UNIT_TABLE.get(text[j : j + 1], ()):
        end = j + len(word)
        # a word cut by a PDF line break ("美\n元") is tried only where its span is not all letters
        if not text.startswith(word, j) and (
            text[j + 1 : end].isalnum() or (end := _broken_word_end(text, j, word)) < 0
        ):
            continue
        nxt = text[end : end + 1]
        if kind == _MEASURE:  # the common case
            if (
                (nxt and nxt in MEASURE_WORDS[word])
                or (word in MEASURE_NOT_BEFORE_WORDS and text.startswith(MEASURE_NOT_BEFORE_WORDS[word], end))
                or (
                    word in CHINESE_ONLY_MEASURES
                    and not chinese
                    and not (word == "本" and _PRINTED_WORK.match(text, end))
                )
            ):
                return None
            if word == "个" and ex.is_duration_after_ge(text, end):
                return None
            if word == "国" and ex.is_name_after_guo(text, end):
                return None
            return Unit("count", "count", 1.0, word, end)
        if kind == _PERCENT:
            return Unit("percent", "percent", 1.0, word, end)
        if kind == _TENTHS:  # 七成 = 70 %
            if not chinese or (nxt and nxt in TENTHS_NOT_BEFORE):
                return None
            return Unit("percent", "percent", 10.0, word, end)
        if kind == _CURRENCY:
            if nxt and nxt in CURRENCY_NOT_BEFORE.get(word, ""):
                return None
            return Unit(CURRENCIES[word], "money", 1.0, word, end)
        if nxt and nxt in PHYSICAL_NOT_BEFORE.get(word, ""):
            return None
        unit, factor, category = PHYSICAL_UNITS[word]
        return Unit(unit, category, factor, word, end)
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
    second = read_number(text, k, chinese) if k - j <= WS_MAX + 1 else None
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
