"""Scanner: find every quantity mention in a text, with exact code-point offsets.

One left-to-right pass. At each number (Arabic, Chinese, or 百分之…) a small grammar is read
forward — optional 多/余, magnitude (万, 亿…), a range (10-15, 10至15), then a unit: a currency, a
mass word, a percent sign or a measure word — and qualifiers are read around it (约, 近, 超过…
before; 多, 余 after the number; 左右, 以上 after the unit). A number with no unit is not a mention,
which by itself rules out dates, years, ages, article and paragraph numbers; `exclusions` rules out
the rest. Work per number is bounded, so the pass is linear in the text length. Most numbers have
nothing quantity-like after them; one regex (`_SKIP`) passes over those, so the grammar runs only
where a mention may start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TypedDict

import pydantic

from etl.quantities import exclusions as ex
from etl.quantities import phrases
from etl.quantities.lexicon import (
    CHINESE_ONLY_MEASURES,
    CLAUSE_QUALIFIERS,
    CURRENCIES,
    CURRENCY_NOT_BEFORE,
    MASS_NOT_BEFORE,
    MASS_UNITS,
    MEASURE_WORDS,
    MORE_AFTER_NUMBER,
    MORE_AFTER_UNIT_CATEGORIES,
    MORE_AFTER_UNIT_NOT_BEFORE,
    PERCENT_SIGNS,
    PREFIX_LINKS,
    PREFIX_NOT_AFTER,
    PREFIX_QUALIFIERS,
    RANGE_CONNECTORS,
    SELF_COUNTED,
    SUFFIX_NOT_BEFORE,
    SUFFIX_QUALIFIERS,
    Category,
    Qualifier,
)
from etl.quantities.models import QuantityMention
from etl.quantities.numerals import (
    ARABIC_RE,
    CHINESE_DIGIT_CHARS,
    CHINESE_RE,
    CHINESE_UNIT_CHARS,
    DIGITS,
    MAGNITUDE_RE,
    PERCENT_WORD_RE,
    arabic_value,
    chinese_decimal_value,
    chinese_value,
    clean_float,
    magnitude_value,
)

_LEAD = f"百千万{DIGITS}{CHINESE_DIGIT_CHARS}十"  # the first character of every candidate
# A bare magnitude used as a number: 逾千名, 千余名, 近万人, 百余个 (only with a qualifier, see `_bare`).
_BARE = "[百千]万?|万"
# A number (or 百分之) where the grammar starts. The leading lookahead lets `re` skip ahead with a fast
# character-set scan.
_CANDIDATE = re.compile(
    rf"(?=[{_LEAD}])"
    rf"(?:(?P<pct>百分之)|(?P<ar>{ARABIC_RE.pattern})|(?P<cn>{CHINESE_RE.pattern})|(?P<bare>{_BARE}))"
)
# Prefix qualifiers, longest first: the longest word ending at the number is the leftmost match.
_PREFIX_BY_LAST: dict[str, list[str]] = {}
for _word in sorted(PREFIX_QUALIFIERS, key=len, reverse=True):
    _PREFIX_BY_LAST.setdefault(_word[-1], []).append(_word)
_PREFIX_REACH = 12
_YEAR_ONLY = re.compile(r"\s*(?:(?:19|20)\d\d\s*(?:年度?|财政年度)?|(?:上一?|前一)年度?)\s*")
_NUMERAL_BEFORE_BARE = frozenset(f"0123456789{CHINESE_DIGIT_CHARS}{CHINESE_UNIT_CHARS}")
_GROUP_SPACES = frozenset(" \u00a0\u2009\u202f")
_SPACE_GROUP = re.compile(rf"[ \u00a0\u2009\u202f][{DIGITS}]{{3}}(?![{DIGITS}.．])")
_WS_MAX = 24  # whitespace (PDF line breaks) allowed between the parts of one expression
_AMOUNT_CHARS = "".join(MORE_AFTER_NUMBER) + "十百千万亿" + RANGE_CONNECTORS
_SUFFIXES = sorted(SUFFIX_QUALIFIERS, key=len, reverse=True)
_SUFFIX_FIRST = frozenset(w[0] for w in SUFFIX_QUALIFIERS)
# What may follow a number that is part of a quantity (after whitespace): 多/余, a magnitude word, a
# range connector, a unit word, or a space-separated group ("5 000"). Anything else ends the number's
# chances early; matching whole unit words keeps dates out ("6 日" is not 日元).
_UNIT_WORDS = sorted({*PERCENT_SIGNS, *CURRENCIES, *MASS_UNITS, *MEASURE_WORDS}, key=lambda w: (-len(w), w))
_UNIT_FIRST = re.escape("".join(sorted({w[0] for w in _UNIT_WORDS})))
_UNIT_ALTS = "|".join(map(re.escape, _UNIT_WORDS))
_FOLLOWS = re.compile(
    rf"\s{{0,{_WS_MAX}}}(?:[{re.escape(_AMOUNT_CHARS)}]|(?=[{_UNIT_FIRST}])(?:{_UNIT_ALTS}))"
    rf"|[ \u00a0\u2009\u202f][{DIGITS}]{{3}}(?![{DIGITS}])"
)

# Most numbers (years, dates, symbols, 一 inside words) are not mentions. This skips, in one regex
# call, text without numbers and every candidate that fails _FOLLOWS, resuming after each one's end
# exactly as a candidate-by-candidate loop would. It also skips a lone 一 or 二 with no 多/余, magnitude
# or range after it: `_excluded` rejects it whatever its unit (一项研究), and a unit word holds no number
# to resume at. It stops at a candidate worth reading.
_NUMBER = f"(?>{ARABIC_RE.pattern}|{CHINESE_RE.pattern})"
_NO_AMOUNT_AFTER = rf"(?!\s{{0,{_WS_MAX}}}[{re.escape(_AMOUNT_CHARS)}])"
# After a bare magnitude: more magnitude words or 多/余, then a unit word (permissive: `_bare` decides).
_BARE_NEXT = (
    rf"(?:\s{{0,{_WS_MAX}}}[多余十百千万亿]){{0,4}}\s{{0,{_WS_MAX}}}(?=[{_UNIT_FIRST}])(?:{_UNIT_ALTS})"
)
_SKIP = re.compile(
    rf"(?:[^{_LEAD}第]+|百(?!分之)(?!{_BARE_NEXT})|千(?:克|(?!{_BARE_NEXT}))|万(?!{_BARE_NEXT})"
    rf"|[一二](?![{CHINESE_DIGIT_CHARS}{CHINESE_UNIT_CHARS}]){_NO_AMOUNT_AFTER}"
    # an ordinal (第四届, 第 2 条) with no range or magnitude after it: `_excluded` rejects it anyway
    rf"|第(?:\s{{0,{_WS_MAX}}}{_NUMBER}{_NO_AMOUNT_AFTER}(?![ \u00a0\u2009\u202f][{DIGITS}]))?"
    rf"|{_NUMBER}(?!(?:{_FOLLOWS.pattern}))"
    # the first year of "2012-2013": no unit follows the range, so the grammar would reject it
    rf"|(?>{ARABIC_RE.pattern})(?=\s{{0,{_WS_MAX}}}[{RANGE_CONNECTORS}]\s{{0,3}}"
    rf"(?>{ARABIC_RE.pattern})(?!(?:{_FOLLOWS.pattern}))))*+"
)


def _by_first_char(words: list[str]) -> dict[str, list[str]]:
    """Unit words grouped by first character, longest first, for O(1) lookup at a position."""
    table: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        table.setdefault(word[0], []).append(word)
    return table


# Every unit word (percent signs, currencies, mass words, measure words) by its first character.
_UNIT_TABLE = _by_first_char([*PERCENT_SIGNS, *CURRENCIES, *MASS_UNITS, *MEASURE_WORDS])


class _Fields(TypedDict):
    """A mention's fields before validation (`QuantityMention` has the meaning of each)."""

    value: float
    value_max: float | None
    unit: str
    qualifier: Qualifier
    counted: str | None
    category: Category
    start: int
    end: int
    surface: str


_MENTIONS = pydantic.TypeAdapter(list[QuantityMention])


@dataclass(slots=True)
class _Number:
    value: float
    start: int
    end: int
    chinese: bool


@dataclass(slots=True)
class _Unit:
    unit: str
    category: Category
    factor: float
    word: str
    end: int


def _skip_ws(text: str, i: int) -> int:
    """The first position at or after `i` that is not whitespace, at most `_WS_MAX` further on."""
    if not text[i : i + 1].isspace():
        return i
    limit = min(len(text), i + _WS_MAX)
    while i < limit and text[i].isspace():
        i += 1
    return i


def _read_number(text: str, i: int, chinese: bool, end: int = -1) -> _Number | None:
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
        value = chinese_value(raw)
        if value is None:
            return None
        return _Number(float(value), i, end, True)
    if raw[0] in "0０" and raw[1:2].isdigit():
        return None  # "00", "05": the tail of a number cut by a line break, or a code, never an amount
    if raw.isdigit() and len(raw) <= 3 and not ex.is_glued_footnote(text, i, raw):
        while text[end : end + 1] in _GROUP_SPACES and (g := _SPACE_GROUP.match(text, end)):  # "5 000"
            end = g.end()
    number = arabic_value(text[i:end])
    if number is None:
        return None
    return _Number(number, i, end, False)


def _read_more(text: str, i: int) -> tuple[Qualifier | None, int]:
    """多/余 right after a number: (at_least, position after it) or (None, i)."""
    j = _skip_ws(text, i)
    if j < len(text) and text[j] in MORE_AFTER_NUMBER:
        return MORE_AFTER_NUMBER[text[j]], j + 1
    return None, i


def _read_magnitude(text: str, i: int) -> tuple[float, int]:
    """万/亿/百万… at `i` (after whitespace): (factor, end) or (1.0, i). 千克 is a unit, not 千."""
    j = _skip_ws(text, i)
    if text.startswith("千克", j):
        return 1.0, i
    m = MAGNITUDE_RE.match(text, j)
    if m is None:
        return 1.0, i
    return magnitude_value(m.group()), m.end()


def _read_lower_part(text: str, i: int, factor: float) -> tuple[float, int]:
    """The rest of a compound amount after 亿: "3 亿 5,260 万" → (5.26e7, end), else (0.0, i).

    The part must carry its own, smaller magnitude and stay below one unit of the larger one, so two
    quantities that merely stand side by side are never summed.
    """
    j = _skip_ws(text, i)
    if text.startswith("零", j):
        j = _skip_ws(text, j + 1)
    part = _read_number(text, j, chinese=False) if text[j : j + 1].isdigit() else None
    if part is None:
        return 0.0, i
    lower, end = _read_magnitude(text, part.end)
    if lower == 1.0 or lower >= factor or part.value * lower >= factor:
        return 0.0, i
    return part.value * lower, end


def _read_amount(
    text: str, first: _Number, chinese: bool
) -> tuple[float, float, float | None, Qualifier | None, int]:
    """多/余, magnitude and a range after the number.

    Returns (factor, addend, value_max, more, position after them); the amount is
    first.value × factor + addend, where the addend is the lower part of "3 亿 5,260 万".
    """
    j = _skip_ws(text, first.end)
    if j >= len(text) or text[j] not in _AMOUNT_CHARS:
        return 1.0, 0.0, None, None, first.end  # the common case: a unit (or nothing) after the number
    more, pos = _read_more(text, first.end)
    factor, pos = _read_magnitude(text, pos)
    addend = 0.0
    if more is None and factor >= 1e8 and not chinese:
        addend, pos = _read_lower_part(text, pos, factor)
    if more is None:
        more, pos = _read_more(text, pos)
    value_max: float | None = None
    after_first = _skip_ws(text, pos)
    if more is None and after_first < len(text) and text[after_first] in RANGE_CONNECTORS:
        second = _read_number(text, _skip_ws(text, after_first + 1), chinese)
        if second is not None and second.start - after_first <= 3:
            more2, pos2 = _read_more(text, second.end)
            factor2, pos2 = _read_magnitude(text, pos2)
            if more2 is None:
                more2, pos2 = _read_more(text, pos2)
            factor1 = factor2 if factor == 1.0 else factor  # "1至2亿": 亿 applies to both ends
            if second.value * factor2 > first.value * factor1 + addend:
                factor, value_max, more, pos = factor1, second.value * factor2, more2, pos2
    return factor, addend, value_max, more, pos


def _read_unit(text: str, i: int, chinese: bool) -> _Unit | None:
    """The unit or measure word at `i` (after whitespace), or None."""
    j = _skip_ws(text, i)
    if j >= len(text):
        return None
    for word in _UNIT_TABLE.get(text[j], ()):
        if not text.startswith(word, j):
            continue
        end = j + len(word)
        nxt = text[end : end + 1]
        if word in PERCENT_SIGNS:
            return _Unit("percent", "percent", 1.0, word, end)
        if word in CURRENCIES:
            if nxt and nxt in CURRENCY_NOT_BEFORE.get(word, ""):
                return None
            return _Unit(CURRENCIES[word], "money", 1.0, word, end)
        if word in MASS_UNITS:
            if nxt and nxt in MASS_NOT_BEFORE.get(word, ""):
                return None
            unit, factor = MASS_UNITS[word]
            return _Unit(unit, "mass", factor, word, end)
        if (nxt and nxt in MEASURE_WORDS[word]) or (word in CHINESE_ONLY_MEASURES and not chinese):
            return None
        if word == "个" and ex.is_duration_after_ge(text, end):
            return None
        if word == "国" and ex.is_name_after_guo(text, end):
            return None
        return _Unit("count", "count", 1.0, word, end)
    return None


_CHANGE_FROM = re.compile(r"[从由][^，。；：,;:]*$")


def _read_unit_range(
    text: str, start: int, unit: _Unit, low: float, chinese: bool
) -> tuple[float, int] | None:
    """The upper end of "40 万美元至 50 万美元", a range that repeats its unit: (value_max, end) or None.

    Not after 从/由 in the clause: "从 40 万美元到 50 万美元" is a change from one level to another.
    """
    j = _skip_ws(text, unit.end)
    if j >= len(text) or text[j] not in RANGE_CONNECTORS:
        return None
    k = _skip_ws(text, j + 1)
    second = _read_number(text, k, chinese) if k - j <= 3 else None
    if second is None:
        return None
    factor, pos = _read_magnitude(text, second.end)
    pos = _skip_ws(text, pos)
    high = second.value * factor
    if not text.startswith(unit.word, pos) or high <= low:
        return None
    if _CHANGE_FROM.search(text, max(0, start - 16), start):
        return None
    return high, pos + len(unit.word)


def _read_more_after_unit(text: str, i: int) -> tuple[Qualifier | None, int]:
    """多/余 right after a mass or money unit: "93 吨多可卡因" (not 多种, 多边, 多国…)."""
    if (
        i < len(text)
        and text[i] in MORE_AFTER_NUMBER
        and text[i + 1 : i + 2] not in MORE_AFTER_UNIT_NOT_BEFORE
    ):
        return MORE_AFTER_NUMBER[text[i]], i + 1
    return None, i


def _read_suffix(text: str, i: int) -> tuple[Qualifier | None, int]:
    """左右/上下/以上/以下… after the unit: (qualifier, end) or (None, i)."""
    j = _skip_ws(text, i)
    if text[j : j + 1] not in _SUFFIX_FIRST:
        return None, i
    for word in _SUFFIXES:
        if text.startswith(word, j):
            nxt = text[j + len(word) : j + len(word) + 1]
            if nxt and nxt in SUFFIX_NOT_BEFORE.get(word, ""):
                return None, i
            return SUFFIX_QUALIFIERS[word], j + len(word)
    return None, i


def _prefix(text: str, start: int, floor: int) -> tuple[Qualifier | None, int]:
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


def _clause_qualifier(text: str, start: int) -> Qualifier | None:
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


class Scanner:
    """Extraction state over one text; `run()` returns the mentions in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.last_counted: str | None = None
        self.last_end = -1_000
        self.floor = 0  # end of the last mention: a qualifier never reaches back before it

    def run(self) -> list[QuantityMention]:
        """Every mention, validated together as they leave the scanner (one call, not one per mention)."""
        return _MENTIONS.validate_python(self._scan())

    def _scan(self) -> list[_Fields]:
        text = self.text
        found: list[_Fields] = []
        pos = 0
        while True:
            if (skipped := _SKIP.match(text, pos)) is not None:  # always: the pattern matches ''
                pos = skipped.end()
            if (m := _CANDIDATE.match(text, pos) or _CANDIDATE.search(text, pos)) is None:
                break
            start = m.start()
            if m.group("pct"):
                mention, nxt = self._percent_word(start)
            elif m.group("bare"):
                mention, nxt = self._bare(start, m.end())
            else:  # _SKIP stops only at numbers that _FOLLOWS accepts
                mention, nxt = self._number(start, m.end(), chinese=m.group("cn") is not None)
            if mention is not None:
                found.append(mention)
                pos = self.floor = mention["end"]
            else:
                pos = max(nxt, start + 1)
        return found

    def _percent_word(self, start: int) -> tuple[_Fields | None, int]:
        text = self.text
        m = PERCENT_WORD_RE.match(text, start)
        if m is None:
            return None, start + 3
        value = chinese_decimal_value(m.group("cn")) if m.group("cn") else arabic_value(m.group("ar"))
        if value is None:
            return None, m.end()
        qualifier, span_start = _prefix(text, start, self.floor)
        suffix, end = _read_suffix(text, m.end())
        return self._mention(
            span_start, end, value, None, "percent", "percent", qualifier or suffix or "exact", None
        ), end

    def _number(self, start: int, end: int, chinese: bool) -> tuple[_Fields | None, int]:
        """The mention whose number is `text[start:end]`, and where the scan resumes."""
        first = _read_number(self.text, start, chinese, end)
        if first is None:
            return None, end
        return self._quantity(first, chinese)

    def _bare(self, start: int, end: int) -> tuple[_Fields | None, int]:
        """逾千名, 千余名, 近万人: a bare 百/千/万 as the number, only with a qualifier around it.

        Without one, a bare magnitude before a measure word is usually an idiom (千家万户, 万国邮政联盟).
        """
        i = ex.previous_significant(self.text, start)
        if i >= 0 and self.text[i] in _NUMERAL_BEFORE_BARE:
            return None, end  # the magnitude of a number the grammar did not take: "第 10 万"
        first = _Number(magnitude_value(self.text[start:end]), start, end, True)
        mention, nxt = self._quantity(first, chinese=True)
        if mention is None or mention["qualifier"] == "exact":
            return None, end
        return mention, nxt

    def _quantity(self, first: _Number, chinese: bool) -> tuple[_Fields | None, int]:
        """The mention that starts with the number `first`, and where the scan resumes."""
        text, start = self.text, first.start
        token_end = first.end
        factor, addend, value_max, more, pos = _read_amount(text, first, chinese)
        unit = _read_unit(text, pos, chinese)
        if unit is None:
            if chinese or factor == 1.0:
                return None, token_end
            # "印象总数为 2,210 万": a count stated with a magnitude word and no measure word
            unit = _Unit("count", "count", 1.0, "", pos)
        if self._excluded(first, unit):
            return None, unit.end  # skip the whole construct: "第 5 至 7 个" is not "7 个"
        if value_max is None and more is None and unit.word and unit.category != "count":
            upper = _read_unit_range(text, start, unit, first.value * factor + addend, chinese)
            if upper is not None:
                value_max, unit.end = upper
        prefix, span_start = _prefix(text, start, self.floor)
        suffix, end = _read_suffix(text, unit.end)
        if suffix is None and more is None and unit.category in MORE_AFTER_UNIT_CATEGORIES:
            more, end = _read_more_after_unit(text, end)
        qualifier: Qualifier = prefix or more or suffix or "exact"
        if qualifier == "exact" and unit.category in ("percent", "money"):
            qualifier = _clause_qualifier(text, start) or "exact"
        value = (first.value * factor + addend) * unit.factor
        if value_max is not None:
            value_max *= unit.factor
        counted = self._counted(start, unit, end)
        if qualifier == "exact" and unit.category == "count" and counted:
            qualifier = phrases.qualifier_after_noun(text, end, counted[len(unit.word) :]) or "exact"
        return self._mention(
            span_start, end, value, value_max, unit.unit, unit.category, qualifier, counted
        ), token_end

    def _excluded(self, first: _Number, unit: _Unit) -> bool:
        text, start = self.text, first.start
        if first.chinese:
            raw = text[start : first.end]
            if raw in ("一", "二"):  # the article 一 (一项研究); 二次 is "secondary"
                return True
        if ex.is_symbol_part(text, start, first.end):
            return True
        if ex.is_ordinal_vague_or_rate(text, start, first.chinese):
            return True
        if ex.is_inside_title(text, start):
            return True
        return unit.word == "次" and ex.is_frequency(text, start)

    def _counted(self, start: int, unit: _Unit, end: int) -> str | None:
        text = self.text
        if unit.category != "count":
            return phrases.subject_before(text, start) or phrases.source_after(text, end)
        if unit.word in SELF_COUNTED:
            return unit.word
        noun = phrases.noun_after(text, end)
        if not noun and unit.word:
            noun = phrases.noun_before(text, start) or ""
            recent = self.last_counted and start - self.last_end < 80
            if not noun and recent and self.last_counted and self.last_counted.startswith(unit.word):
                noun = self.last_counted[len(unit.word) :]  # "41个国家中，有35个" → 个国家
        counted = unit.word + noun if (unit.word or noun) else None
        if counted:
            self.last_counted = counted
            self.last_end = end
        return counted

    def _mention(
        self,
        start: int,
        end: int,
        value: float,
        value_max: float | None,
        unit: str,
        category: Category,
        qualifier: Qualifier,
        counted: str | None,
    ) -> _Fields:
        return {  # a literal: cheaper than calling the TypedDict, same type
            "value": clean_float(value),
            "value_max": None if value_max is None else clean_float(value_max),
            "unit": unit,
            "qualifier": qualifier,
            "counted": counted or None,
            "category": category,
            "start": start,
            "end": end,
            "surface": "".join(self.text[start:end].split()),
        }


def extract(text: str) -> list[QuantityMention]:
    """Every quantity mention in `text`, ordered by start; offsets are code points into `text`."""
    return Scanner(text).run()
