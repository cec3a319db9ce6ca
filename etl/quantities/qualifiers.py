"""Qualifiers: the words that make a stated number approximate or a bound, read around it.

Before the number: 约, 近, 超过, 不到… (with a linking 有/为/了 allowed: 约有, 超过了), never reaching
back into the previous mention. After the unit: 左右, 上下, 以上, 以下. Earlier in the clause, for a
"…的 N%" share: 不到联合国经常预算的1%. Each reader takes the text and a position and returns what
it found with the position it reaches; every look-around is bounded.
"""

from __future__ import annotations

import re

from etl.quantities import exclusions as ex
from etl.quantities.lexicon import (
    CLAUSE_QUALIFIERS,
    PREFIX_LINKS,
    PREFIX_NOT_AFTER,
    PREFIX_QUALIFIERS,
    SUFFIX_NOT_BEFORE,
    SUFFIX_QUALIFIERS,
    Qualifier,
)
from etl.quantities.tokens import skip_ws

# Prefix qualifiers, longest first: the longest word ending at the number is the leftmost match.
_PREFIX_BY_LAST: dict[str, list[str]] = {}
for _word in sorted(PREFIX_QUALIFIERS, key=len, reverse=True):
    _PREFIX_BY_LAST.setdefault(_word[-1], []).append(_word)
_PREFIX_REACH = 12  # a qualifier further back than this (across blanked text) leaves the span at the number
_BLANK_REACH = 600  # how much whitespace (a blanked footer or footnote block) may stand before the number
_YEAR_ONLY = re.compile(
    r"\s*(?:(?:19|20)\d\d\s*(?:[-－–]\s*(?:19|20)\d\d\s*)?(?:年度?|财政年度|两年期)?|(?:上一?|前一)(?:年度?|两年期))\s*"
)
_YEAR_FIRST = re.compile(r"(?:19|20)\d\d\s*年")
_SUFFIXES = sorted(SUFFIX_QUALIFIERS, key=len, reverse=True)
_SUFFIX_FIRST = frozenset(w[0] for w in SUFFIX_QUALIFIERS)


def read_suffix(text: str, i: int) -> tuple[Qualifier | None, int]:
    """左右/上下/以上/以下… after the unit: (qualifier, end) or (None, i)."""
    first = text[i : i + 1]
    if first not in _SUFFIX_FIRST and not first.isspace():
        return None, i  # the common case, tested without a call
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
    # whitespace is read past as far as a blanked page footer or footnote block reaches ("约[footnote]为
    # 2.74 亿美元"): only the words themselves must stand within the reach
    low = floor if floor > start - _BLANK_REACH else start - _BLANK_REACH  # (cheaper than max())
    if low < 0:
        low = 0
    end = start - 1 if text[start - 1 : start] == " " else start  # the common case: one space
    while end > low and text[end - 1].isspace():
        end -= 1
    if end <= low:
        return None, start
    last = text[end - 1]
    if last in PREFIX_LINKS:
        link = end - 1  # "约\n\n为 84 万美元": a line break may fall between the qualifier and its link
        while link > low and text[link - 1].isspace():
            link -= 1
        ends: tuple[int, ...] = (end, link)
    elif last in _PREFIX_BY_LAST:
        ends = (end,)
    else:
        return None, start  # the common case: no qualifier ends here
    best: tuple[int, Qualifier] | None = None
    for stop in ends:
        for word in _PREFIX_BY_LAST.get(text[stop - 1], ()) if stop > low else ():
            begin = stop - len(word)
            if len(word) == 2 and begin >= low and text[begin].isspace():
                # "已将⏎⏎近 600 种": a PDF line break between the qualifier's two characters
                k = begin
                while k > low and text[k].isspace():
                    k -= 1
                if text[k] == word[0]:
                    begin = k
                    if begin > 0 and text[begin - 1] in PREFIX_NOT_AFTER.get(word, ""):
                        continue
                    if best is None or begin < best[0]:
                        best = (begin, PREFIX_QUALIFIERS[word])
                    break
            if begin < low or not text.startswith(word, begin):
                continue
            if begin > 0 and text[begin - 1] in PREFIX_NOT_AFTER.get(word, ""):
                continue
            if best is None or begin < best[0]:
                best = (begin, PREFIX_QUALIFIERS[word])
            break
    if best is None:
        return None, start
    # across a blanked block the qualifier still holds, but the span keeps to the number: the block's
    # original text (a footnote, a page header) is no part of the quantity as written
    return best[1], (best[0] if best[0] >= start - _PREFIX_REACH else start)


def clause_qualifier(text: str, start: int, money: bool = False) -> Qualifier | None:
    """'不到联合国经常预算的1%': a qualifier earlier in the clause, before a 的-phrase up to the number.

    An amount of money after a year ("低于 2008 年创纪录的 3.04 亿美元") is the amount compared with,
    for that year, whatever words follow the year; a share keeps its bound ("不到 2019 年收入的 5%").
    """
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
    words = "".join(window[best[1] :].split()) if best else ""
    if best is None or _YEAR_ONLY.fullmatch(words) or (money and _YEAR_FIRST.match(words)):
        return None  # "高于 2016 年的 3.1 亿美元", "低于上一年的": the amount compared with, for its own year
    return best[2]
