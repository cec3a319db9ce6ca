"""Exclusions: the rules that say a number is not a quantity mention, from its surroundings.

Ordinals (第四届), box, figure and table labels (方框 1), document and resolution symbols
(E/CN.7/2012/1, 64/293, E.11.XI.10), names with letters (COVID-19, G20), rates (每 10 万人), vague
amounts (数十亿, 几十个), frequencies (每年两次), durations (六个月), names such as 20 国集团, and PDF
debris: a footnote marker glued to a number (``，3 4.754 亿美元``). Dates, years (also ``。12011 年``,
footnote 1 + 2011), ages, anniversaries and paragraph numbers need no rule: they carry no unit or
measure word, so they never become mentions.

Every look-around here is bounded, so a pathological input costs O(1) per number.
"""

from __future__ import annotations

import re
import string

from etl.quantities.lexicon import DURATION_AFTER_GE, MAX_LIST_ITEMS, NAME_AFTER_GUO
from etl.quantities.numerals import CHINESE_DIGIT_CHARS
from etl.quantities.phrase_words import CONJUNCTIONS

WINDOW = 80  # how far back any rule looks
_LATIN = frozenset(string.ascii_letters)
SLASH_OR_LATIN = _LATIN | {"/", "／"}
_HYPHENS = frozenset("-－‐")
_TITLE_REACH = 60  # titles in 《》 are short; an unclosed 《 further back is PDF debris
_URL_LINE = re.compile(r"(?:https?://|www\.)[!-~]*[ \t]*$")
_CJK_PUNCT_BEFORE_FOOTNOTE = "，。；：、）)”’」』！？"
_VAGUE_BEFORE_CHINESE = ("数", "几", "若干", "好几", "上")
_FREQUENCY_BEFORE = re.compile(
    r"(?:(?:每\s*[两二三四五六七八九十]?\s*|一\s*)(?:个\s*)?(?:年|月|周|星期|礼拜|季度|天|日)"
    # 每年举行两次, 一年举行两轮: a verb may stand between the period and the count (never with 了, a one-off)
    # (a line break may fall inside the verb: "每年举⏎行两次")
    r"|每\s*[两二三四五六七八九十]?\s*(?:个\s*)?(?:年|月|周|星期|季度)(?:\s*[\u4e00-\u9fff]){1,6}?(?<!了)"
    r"|(?<![第统同唯])一\s*年(?!度|期)(?:\s*[\u4e00-\u9fff]){1,6}?(?<!了))\s*$"
)


def previous_significant(text: str, index: int) -> int:
    """Index of the last character before `index` that is not whitespace and not on a URL line.

    PDF text puts lists of undocs URLs between a word and its continuation ("第\\nhttp://…\\n五十四条"),
    so a URL line is skipped like whitespace. -1 if nothing is found within the window.
    """
    i = index - 1
    if i >= 0 and not text[i].isspace() and not text[i].isascii():
        return i  # the common case: a CJK character right before
    if i >= 1 and text[i] == " " and not text[i - 1].isspace() and not text[i - 1].isascii():
        return i - 1  # the other common case: one space between a CJK word and the number
    limit = max(0, index - WINDOW * 4)
    for _ in range(8):
        while i >= limit and text[i].isspace():
            i -= 1
        if i < limit:
            return -1
        if not text[i].isascii():
            return i  # URL lines are ASCII: CJK text is never on one
        line_start = text.rfind("\n", limit, i + 1) + 1
        if _URL_LINE.match(text, line_start, i + 1) and line_start > limit:
            i = line_start - 1
            continue
        return i
    return -1


def is_symbol_part(text: str, start: int, end: int) -> bool:
    """Part of a symbol or name: E/CN.7/2012/1, A/RES/70/1, 64/293, 16.2.2, E.11.XI.10, COVID-19, G20."""
    before = text[start - 1 : start] if start > 0 else " "
    after = text[end : end + 1] or " "
    if before in SLASH_OR_LATIN or after in SLASH_OR_LATIN:
        return True
    if before in ".．" and start >= 2 and (text[start - 2].isalnum() or text[start - 2] == "."):
        return True
    if after in ".．" and text[end + 1 : end + 2].isdigit():
        return True  # 16.2.2: the decimal part is already consumed, a second dot follows
    # COVID-19, COVID-\n19, I-24/7: a hyphen after a Latin word
    if not before.isspace():  # the common case: no line break to look past
        return before in _HYPHENS and start >= 2 and text[start - 2] in _LATIN
    i = start - 2
    while i >= 0 and start - i < 6 and text[i].isspace():
        i -= 1
    return i >= 1 and text[i] in _HYPHENS and text[i - 1] in _LATIN


def is_ordinal_vague_or_rate(text: str, start: int, chinese: bool) -> bool:
    """An ordinal (第四届, 第 21/2 号, 第\\n四次, the 3 of 第 2、3 条), a vague amount (数十亿, 几十个, 若干:
    Chinese numerals only), a rate's denominator (每 10 万人) or a label's number (方框 1, 表 2), looking
    back past whitespace and URL lines once."""
    if chinese and "".join(text[max(0, start - 8) : start].split()).endswith(_VAGUE_BEFORE_CHINESE):
        return True  # 数十, also across a PDF line break (数⏎十个)
    i = previous_significant(text, start)
    if i >= 0 and text[i] in LIST_JOINER_LAST:
        return _is_listed_ordinal(text, i)
    if i >= 0 and text[i] in LABEL_LAST:
        return _is_label(text, i)
    return i >= 0 and text[i] in "第每"


# A box, figure or table label at the start of its line ("方框 1⏎⏎集装箱管制方案的培训工作"): its number is
# no quantity, whatever the title after it begins with
_LABELS = frozenset({"方框", "专栏", "图", "表", "附表", "附件", "插文"})
LABEL_LAST = frozenset(label[-1] for label in _LABELS)


def _is_label(text: str, last: int) -> bool:
    line_start = text.rfind("\n", max(0, last - 8), last) + 1
    return line_start > 0 and text[line_start : last + 1].strip() in _LABELS


# the last character of a joiner between listed ordinals: 、 or a conjunction (以及 ends in 及)
LIST_JOINER_LAST = frozenset({"、", *(word[-1] for word in CONJUNCTIONS)})
_NUMERAL_CHARS = frozenset(f"0123456789０１２３４５６７８９,，.．{CHINESE_DIGIT_CHARS}十百千")


def _is_listed_ordinal(text: str, joiner: int) -> bool:
    """A later item of a list of ordinals: the 3 and 4 of "第 2、3 和 4 条" (`joiner` is before the item)."""
    i = joiner
    for _ in range(MAX_LIST_ITEMS):
        j = previous_significant(text, i)
        if j < 0 or text[j] not in _NUMERAL_CHARS:
            return False  # the item before the joiner is not a number
        stop = max(0, j - 40)  # an ordinal is short; the walk stays bounded on pathological text
        while j > stop and text[j - 1] in _NUMERAL_CHARS:
            j -= 1
        k = previous_significant(text, j)
        if k < 0:
            return False
        if text[k] == "第":
            return True
        if text[k] not in LIST_JOINER_LAST:
            return False
        i = k
    return False


def is_frequency(text: str, start: int) -> bool:
    """每年两次, 一年两次, 每周 3 次: a count of 次 after a time period is a frequency."""
    return bool(_FREQUENCY_BEFORE.search(text, max(0, start - 12), start))


def is_duration_after_ge(text: str, pos: int) -> bool:
    """六个月, 12 个星期, 三个多月: `pos` is just after 个 (whitespace allowed before the time word)."""
    i = pos
    while i < len(text) and i - pos < 4 and text[i].isspace():
        i += 1
    return text.startswith(DURATION_AFTER_GE, i)


def is_name_after_guo(text: str, pos: int) -> bool:
    """20 国集团, 七十七国集团 (also 二十国集⏎团, a line break inside the name): `pos` is just after 国."""
    window = text[pos : pos + 12]
    if window.startswith(NAME_AFTER_GUO):
        return True
    if not any(c.isspace() for c in window[:4]):
        return False  # the common case: no whitespace to read past
    return "".join(window.split()).startswith(NAME_AFTER_GUO)  # a name cut by a line break


def is_glued_footnote(text: str, start: int, raw: str) -> bool:
    """A footnote marker glued after punctuation: the "3" in "资金，3 4.754 亿美元".

    One or two digits right after sentence punctuation (no space), then a space: the digits are the
    marker and must not be joined to the number that follows.
    """
    return len(raw) <= 2 and start > 0 and text[start - 1] in _CJK_PUNCT_BEFORE_FOOTNOTE


def is_inside_title(text: str, start: int) -> bool:
    """Inside a title in 《》: "《……的七项战略》" names a publication; its numbers are not counts."""
    low = max(0, start - _TITLE_REACH)
    opening = text.rfind("《", low, start)
    if opening < 0 or text.rfind("》", opening, start) >= 0:
        return False
    closing = text.find("》", start, start + _TITLE_REACH)
    return closing >= 0 and text.find("《", start, closing) < 0
