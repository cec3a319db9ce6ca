"""Scanner: find every quantity mention in a text, with exact code-point offsets.

One left-to-right pass. At each number (Arabic, Chinese, 百分之… or a fraction, 三分之一) the
grammar of `grammar` is read forward — optional 多/余, magnitude (万, 亿…), a range (10-15,
10至15), then a unit: a currency, a mass, area or volume word, a percent sign or a measure word —
and qualifiers are read around it (约, 近, 超过… before; 多, 余 after the number; 左右, 以上 after
the unit). A number with no unit is not a mention, which by itself rules out dates, years, ages,
article and paragraph numbers; `exclusions` rules out the rest. Work per number is bounded, so
the pass is linear in the text length. Most numbers have nothing quantity-like after them; one
regex (`candidates.SKIP`) passes over those, so the grammar runs only where a mention may start.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TypedDict

import pydantic

from etl.quantities import exclusions as ex
from etl.quantities import phrases
from etl.quantities.candidates import CANDIDATE, SKIP
from etl.quantities.grammar import (
    Unit,
    read_amount,
    read_more_after_unit,
    read_shared_unit,
    read_unit,
    read_unit_range,
)
from etl.quantities.halves import halves
from etl.quantities.lexicon import (
    MORE_AFTER_UNIT_CATEGORIES,
    PHYSICAL_CATEGORIES,
    PHYSICAL_UNITS,
    SELF_COUNTED,
    TENTHS,
    Category,
    Qualifier,
)
from etl.quantities.models import QuantityMention
from etl.quantities.numerals import (
    CHINESE_DIGIT_CHARS,
    CHINESE_UNIT_CHARS,
    PERCENT_WORD_RE,
    arabic_value,
    chinese_decimal_value,
    clean_float,
    fraction_percent,
    magnitude_value,
)
from etl.quantities.one_counts import one_country_counts, one_in_list
from etl.quantities.qualifiers import clause_qualifier, read_prefix, read_suffix
from etl.quantities.set_phrases import set_phrase_counts
from etl.quantities.tokens import Number, read_number
from etl.quantities.totals import totals_without_unit

_CURRENCY_REACH = 80  # how far an amount with no unit may stand from the money it follows
_SENTENCE_BREAK = re.compile(r"[。；;！？]")
_FREQUENCY_MEASURES = frozenset({"次", "轮", "期"})  # 每年两次, 一年两轮, 每三年一期
# what before a number may open an ordinal, a rate, a listed ordinal or a label (see `Scanner._plain_around`)
_SPECIAL_BEFORE = frozenset({"第", "每", "．", "／", "－", *ex.LIST_JOINER_LAST, *ex.LABEL_LAST})
_SYMBOL_AFTER = frozenset({*ex.SLASH_OR_LATIN, ".", "．"})
_NUMERAL_BEFORE_BARE = frozenset(f"0123456789{CHINESE_DIGIT_CHARS}{CHINESE_UNIT_CHARS}")


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


class Scanner:
    """Extraction state over one text; `run()` returns the mentions in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.last_counted: str | None = None
        self.last_end = -1_000
        self.floor = 0  # end of the last mention: a qualifier never reaches back before it
        self.last_money: tuple[str, int] | None = None  # the currency of the last amount of money, its end

    def run(self) -> list[QuantityMention]:
        """Every mention, validated together as they leave the scanner (one call, not one per mention)."""
        found = self._with_halves(self._scan())
        if totals := [
            *self._totals_without_unit(found),
            *self._one_country(found),
            *self._set_phrases(found),
        ]:
            found = sorted([*found, *totals], key=lambda f: f["start"])
        return _MENTIONS.validate_python(found)

    def _with_halves(self, found: list[_Fields]) -> list[_Fields]:
        """ "不足半吨", "两吨半": amounts written with 半 (etl/quantities/halves.py), in place of the whole
        number the scanner read of them ("两吨" of "两吨半")."""
        text = self.text
        for start, end, amount, word in halves(text):
            inside = [f for f in found if start <= f["start"] and f["end"] <= end]
            if _overlaps([f for f in found if f not in inside], start, end):
                continue
            if ex.is_inside_title(text, start):
                continue
            floor = max((f["end"] for f in found if f["end"] <= start), default=0)
            prefix, span_start = read_prefix(text, start, floor)
            suffix, span_end = read_suffix(text, end)
            unit, factor, category = PHYSICAL_UNITS[word]
            counted = self._counted(start, Unit(unit, category, factor, word, end), span_end)
            qualifier: Qualifier = prefix or suffix or "exact"
            half = self._mention(
                span_start, span_end, amount * factor, None, unit, category, qualifier, counted
            )
            found = sorted([*(f for f in found if f not in inside), half], key=lambda f: f["start"])
        return found

    def _set_phrases(self, found: list[_Fields]) -> list[_Fields]:
        """ "为数逾百的国家", "与会人数五十开外": counts in set phrases (etl/quantities/set_phrases.py)."""
        return [
            self._mention(start, end, value, None, "count", "count", qualifier, counted)
            for start, end, value, qualifier, counted in set_phrase_counts(self.text)
            if not _overlaps(found, start, end)
        ]

    def _one_country(self, found: list[_Fields]) -> list[_Fields]:
        """ "又有一个国家加入了", "六项决议草案和一项决定草案": 一 as a count (see one_counts)."""
        ones = [
            self._mention(start, end, 1.0, None, "count", "count", "exact", counted)
            for start, end, counted in one_country_counts(self.text)
            if not _overlaps(found, start, end)
        ]
        for start, end, word in one_in_list(self.text):
            if not _overlaps(found, start, end) and not ex.is_inside_title(self.text, start):
                counted = self._counted(start, Unit("count", "count", 1.0, word, end), end)
                ones.append(self._mention(start, end, 1.0, None, "count", "count", "exact", counted))
        return ones

    def _totals_without_unit(self, found: list[_Fields]) -> list[_Fields]:
        """ "缔约方总数升至 190。": counts with no measure word (etl/quantities/totals.py), where no
        mention already stands."""
        totals = []
        for start, end, number, noun in totals_without_unit(self.text):
            if _overlaps(found, start, end):
                continue
            value = chinese_decimal_value(number) if not number[0].isdigit() else arabic_value(number)
            if value is None or value < 2:
                continue
            totals.append(self._mention(start, end, value, None, "count", "count", "exact", noun))
        return totals

    def _scan(self) -> list[_Fields]:
        text = self.text
        found: list[_Fields] = []
        pos = 0
        while True:
            if (skipped := SKIP.match(text, pos)) is not None:  # always: the pattern matches ''
                pos = skipped.end()
            if (m := CANDIDATE.match(text, pos) or CANDIDATE.search(text, pos)) is None:
                break
            start, kind = m.start(), m.lastgroup  # the outer group of the alternative that matched
            if kind == "ar" or kind == "cn":  # SKIP stops only at numbers that FOLLOWS accepts
                first = read_number(text, start, kind == "cn", m.end())
                mention, nxt = (None, m.end()) if first is None else self._quantity(first, kind == "cn")
            elif kind == "pct":
                mention, nxt = self._percent_word(start)
            elif kind == "frac":
                mention, nxt = self._fraction(m)
            else:
                mention, nxt = self._bare(start, m.end())
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
        qualifier, span_start = read_prefix(text, start, self.floor)
        suffix, end = read_suffix(text, m.end())
        return self._mention(
            span_start, end, value, None, "percent", "percent", qualifier or suffix or "exact", None
        ), end

    def _fraction(self, m: re.Match[str]) -> tuple[_Fields | None, int]:
        """三分之一, 四分之三: a share, given in percent (三分之一 → 33.33…)."""
        value = fraction_percent(m)
        if value is None or ex.is_inside_title(self.text, m.start()):
            return None, m.end()
        qualifier, span_start = read_prefix(self.text, m.start(), self.floor)
        suffix, end = read_suffix(self.text, m.end())
        return self._mention(
            span_start, end, value, None, "percent", "percent", qualifier or suffix or "exact", None
        ), end

    def _bare(self, start: int, end: int) -> tuple[_Fields | None, int]:
        """逾千名, 千余名, 近万人: a bare 百/千/万 as the number, only with a qualifier around it.

        Without one, a bare magnitude before a measure word is usually an idiom (千家万户, 万国邮政联盟).
        """
        i = ex.previous_significant(self.text, start)
        if i >= 0 and self.text[i] in _NUMERAL_BEFORE_BARE:
            return None, end  # the magnitude of a number the grammar did not take: "第 10 万"
        first = Number(magnitude_value(self.text[start:end]), start, end, True)
        mention, nxt = self._quantity(first, chinese=True)
        if mention is None or mention["qualifier"] == "exact":
            return None, end
        return mention, nxt

    def _quantity(self, first: Number, chinese: bool) -> tuple[_Fields | None, int]:
        """The mention that starts with the number `first`, and where the scan resumes."""
        text, start = self.text, first.start
        token_end = first.end
        factor, addend, value_max, more, pos = read_amount(text, first, chinese)
        unit = read_unit(text, pos, chinese)
        noun_at: int | None = None  # where the counted noun starts, when not right after this unit
        if unit is None and not chinese and (shared := read_shared_unit(text, pos, factor != 1.0)):
            # "2.9 亿和 3.1 亿美元": the unit written once, after the last amount of the list
            unit, noun_at = replace(shared, end=pos), shared.end
        if unit is None and more is None:
            unit, more = self._unit_after_suffix(pos, chinese)
        if unit is None:
            if chinese or factor == 1.0:
                return None, token_end
            # "合并预算为 8.12 亿美元，其中预算外资源为 7.65 亿": the currency the clause stated before; else
            # "印象总数为 2,210 万": a count stated with a magnitude word and no measure word
            currency = self._currency_before(start)
            unit = Unit(currency, "money", 1.0, "", pos) if currency else Unit("count", "count", 1.0, "", pos)
        if self._excluded(first, unit, factor):
            return None, unit.end  # skip the whole construct: "第 5 至 7 个" is not "7 个"
        amount = first.value * factor + addend
        if value_max is None and more is None:
            upper = read_unit_range(text, start, unit, amount, chinese)
            if upper is not None:
                value_max, unit.end = upper
        prefix, span_start = read_prefix(text, start, self.floor)
        suffix, end = read_suffix(text, unit.end)
        if (
            suffix is None
            and more is None
            and (
                unit.category in MORE_AFTER_UNIT_CATEGORIES or unit.word == TENTHS  # 93 吨多, 八成多
            )
        ):
            more, end = read_more_after_unit(text, end)
        qualifier: Qualifier = prefix or more or suffix or "exact"
        if qualifier == "exact" and unit.category in ("percent", "money"):
            qualifier = clause_qualifier(text, start, money=unit.category == "money") or "exact"
        value = amount * unit.factor
        if value_max is not None:
            value_max *= unit.factor
        # "45 个以上的国家": the noun follows the suffix qualifier and its 的
        if noun_at is None:
            noun_at = end + 1 if suffix and text.startswith("的", end) else end
        counted = self._counted(start, unit, noun_at)
        if qualifier == "exact" and unit.category == "count" and counted:
            qualifier = phrases.qualifier_after_noun(text, end, counted[len(unit.word) :]) or "exact"
        return self._mention(
            span_start, end, value, value_max, unit.unit, unit.category, qualifier, counted
        ), token_end

    def _currency_before(self, start: int) -> str | None:
        """The currency of an amount of money stated shortly before `start` in the same sentence, if any."""
        if self.last_money is None:
            return None
        currency, end = self.last_money
        if start - end > _CURRENCY_REACH or _SENTENCE_BREAK.search(self.text, end, start):
            return None
        return currency

    def _unit_after_suffix(self, pos: int, chinese: bool) -> tuple[Unit | None, Qualifier | None]:
        """A qualifier between the amount and its (non-count) unit: "150 万以上美元"."""
        qualifier, after = read_suffix(self.text, pos)
        if qualifier is None:
            return None, None
        unit = read_unit(self.text, after, chinese)
        if unit is None or unit.category == "count":
            return None, None
        return unit, qualifier

    def _excluded(self, first: Number, unit: Unit, factor: float) -> bool:
        text, start = self.text, first.start
        if first.chinese:
            raw = text[start : first.end]
            if raw in ("一", "二", "零", "〇"):  # the article 一 (一项研究); 二次 is "secondary"; 零部件
                return True
        plain = not first.chinese and self._plain_around(start, first.end)
        if not plain and (
            ex.is_symbol_part(text, start, first.end)
            or ex.is_ordinal_vague_or_rate(text, start, first.chinese)
        ):
            return True
        if ex.is_inside_title(text, start):
            return True
        # 每年两次 is a frequency; 每月 2 万次 (a magnitude word) is a volume
        return unit.word in _FREQUENCY_MEASURES and factor == 1.0 and ex.is_frequency(text, start)

    def _plain_around(self, start: int, end: int) -> bool:
        """The common case, told without the rules: an Arabic number with a CJK character right before
        it (or one space, then one) that opens no ordinal, list, label or rate, and no symbol's dot,
        slash or letter right after it: `ex.is_symbol_part` and `ex.is_ordinal_vague_or_rate` would
        both say no."""
        text = self.text
        before = text[start - 1] if start else ""
        if before == " " and start >= 2:
            before = text[start - 2]
        after = text[end : end + 1]
        return before >= "\u4e00" and before not in _SPECIAL_BEFORE and after not in _SYMBOL_AFTER

    def _counted(self, start: int, unit: Unit, end: int) -> str | None:
        text = self.text
        if unit.category != "count":
            if unit.category in PHYSICAL_CATEGORIES and (substance := phrases.substance_after(text, end)):
                return substance
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
        if category == "money":
            self.last_money = (unit, end)
        return {  # a literal: cheaper than calling the TypedDict, same type
            "value": value if value.is_integer() else clean_float(value),
            "value_max": value_max if value_max is None or value_max.is_integer() else clean_float(value_max),
            "unit": unit,
            "qualifier": qualifier,
            "counted": counted or None,
            "category": category,
            "start": start,
            "end": end,
            "surface": "".join(self.text[start:end].split()),
        }


def _overlaps(found: list[_Fields], start: int, end: int) -> bool:
    """Whether a mention already found covers any of text[start:end]."""
    return any(f["start"] < end and start < f["end"] for f in found)


def extract(text: str) -> list[QuantityMention]:
    """Every quantity mention in `text`, ordered by start; offsets are code points into `text`."""
    return Scanner(text).run()
