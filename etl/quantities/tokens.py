"""Tokens: one number as written, also one a PDF line break (or a page's blanked footer and header) cut
("2,1⏎00", "6⏎.4", "十⏎二"), and the whitespace an expression may hold. `grammar` reads the amount and
unit that follow it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.quantities import exclusions as ex
from etl.quantities.numerals import (
    ARABIC_RE,
    CHINESE_DIGIT_CHARS,
    CHINESE_RE,
    CHINESE_UNIT_CHARS,
    DIGITS,
    arabic_value,
    chinese_decimal_value,
)

_GROUP_SPACES = frozenset(" \u00a0\u2009\u202f")
_SPACE_GROUP = re.compile(rf"[ \u00a0\u2009\u202f][{DIGITS}]{{3}}(?![{DIGITS}.．])")
WS_MAX = 64  # whitespace (PDF line breaks, a blanked page footer and header) allowed inside one expression


@dataclass(slots=True)
class Number:
    """One number token as written: its value (no magnitude applied) and span."""

    value: float
    start: int
    end: int
    chinese: bool


_WS_RUN = re.compile(rf"\s{{1,{WS_MAX}}}")


def skip_ws(text: str, i: int) -> int:
    """The first position at or after `i` that is not whitespace, at most `WS_MAX` further on."""
    if not text[i : i + 1].isspace():
        return i
    if not text[i + 1 : i + 2].isspace():
        return i + 1  # the common case: the one space the reports set around a number
    run = _WS_RUN.match(text, i)
    return run.end() if run else i


# The head of a number that a PDF line break cut inside a group of digits ("2,1" of "2,1\n00") or before
# its decimal point ("6" of "6\n.4"); searched backwards from the line break only.
_GROUP_HEAD = re.compile(
    rf"(?<![{DIGITS},.．])[{DIGITS}]{{1,3}}(?:,[{DIGITS}]{{3}})*,(?P<part>[{DIGITS}]{{1,2}})$"
)
_INTEGER_HEAD = re.compile(rf"(?<![{DIGITS},.．])(?:[{DIGITS}]{{1,3}}(?:,[{DIGITS}]{{3}})+|[{DIGITS}]+)$")
_PLAIN_HEAD = re.compile(rf"(?<![{DIGITS},.．])[{DIGITS}]+(?:[.．][{DIGITS}]+)?$")
_LEADING_DIGITS = re.compile(rf"[{DIGITS}]+")
_BEFORE_CUT_TAIL = frozenset("\n.．")  # what stands right before the tail of a cut number
_CUT_REACH = 200  # how far back past whitespace the head of a cut number may stand
_CHINESE_NUMERAL_CHARS = frozenset(CHINESE_DIGIT_CHARS + CHINESE_UNIT_CHARS)


def _cut_head(text: str, i: int, end: int) -> int:
    """Where the number whose tail is text[i:end] starts, when a PDF line break cut it; else -1."""
    if i < 2:
        return -1
    j = i - 1
    dot = text[j] in ".．"
    if dot:
        j -= 1
    k = j
    # (the break may hold a page's blanked-out footer and header: "1,76⏎[footer]⏎[header]⏎0 多起")
    while k >= 0 and i - k <= _CUT_REACH and text[k] in " \t\r\n":
        k -= 1
    if k == j or k < 0 or "\n" not in text[k + 1 : j + 1] or not text[k].isdigit():
        return -1
    m = (_INTEGER_HEAD if dot else _GROUP_HEAD).search(text, max(0, k - 40), k + 1)
    if m is None and not dot and text[k + 1] == "\n":
        # "19⏎⏎0 个", "3.4⏎⏎82 亿美元": digits on both sides of a line break with no space before it are
        # one number (the reports set a space between a number and the words around it)
        plain = _PLAIN_HEAD.search(text, max(0, k - 40), k + 1)
        return plain.start() if plain else -1
    if m is None:
        return -1
    if not dot:  # the group's digits on both sides of the break make three: "2,1" + "00"
        tail = _LEADING_DIGITS.match(text, i, end)
        if tail is None or len(m.group("part")) + tail.end() - i != 3:
            return -1
    return m.start()


def _cut_chinese_head(text: str, i: int) -> int:
    """Where a Chinese numeral whose tail starts at `i` begins, when a line break cut it ("十⏎⏎二个")."""
    k = i - 1
    while k >= 0 and i - k <= 10 and text[k] in " \t\r\n":
        k -= 1
    start = k + 1
    while k >= 0 and start - k <= 12 and text[k] in _CHINESE_NUMERAL_CHARS:
        k -= 1
    return k + 1 if k + 1 < start else -1


def read_number(text: str, i: int, chinese: bool, end: int = -1) -> Number | None:
    """The number token starting at `i` (no magnitude word), or None.

    `end` is where the numeral's regex match ends, if the caller already knows it. A number whose
    head a PDF line break cut off ("2,1\n00", "6\n.4") starts at that head.
    """
    if end < 0:
        m = (CHINESE_RE if chinese else ARABIC_RE).match(text, i)
        if m is None:
            return None
        end = m.end()
    raw = text[i:end]
    if chinese:
        if text[i - 1 : i] == "\n" and (head := _cut_chinese_head(text, i)) >= 0:
            joined = chinese_decimal_value("".join(text[head:end].split()))
            if joined is not None:
                return Number(joined, head, end, True)
        value = chinese_decimal_value(raw)
        if value is None:
            return None
        return Number(value, i, end, True)
    if (
        text[i - 1 : i] in _BEFORE_CUT_TAIL  # rare: most numbers follow a space or a character
        and (head := _cut_head(text, i, end)) >= 0
        and (joined := arabic_value(text[head:end])) is not None
    ):
        return Number(joined, head, end, False)
    if raw[0] in "0０" and raw[1:2].isdigit():
        return None  # "00", "05": the tail of a number cut by a line break, or a code, never an amount
    if (
        text[end : end + 1] in _GROUP_SPACES  # tested first: most numbers have no digit after their space
        and text[end + 1 : end + 2].isdigit()
        and raw.isdigit()
        and len(raw) <= 3
        and not ex.is_glued_footnote(text, i, raw)
    ):
        # "5 000": a space, then a group of three digits (the digit test spares most numbers the regex)
        while text[end : end + 1] in _GROUP_SPACES and text[end + 1 : end + 2].isdigit():
            if (g := _SPACE_GROUP.match(text, end)) is None:
                break
            end = g.end()
        raw = text[i:end]
    number = arabic_value(raw)
    if number is None:
        return None
    return Number(number, i, end, False)


def whole_after_break(text: str, number: Number | None, chinese: bool) -> Number | None:
    """`number`, or the whole number when a PDF line break cut it after `number` ("2.8⏎7 亿")."""
    if number is None or number.end >= len(text) or text[number.end] not in " \t\r\n":
        return number
    k = skip_ws(text, number.end)
    if "\n" not in text[number.end : k] or not text[k : k + 1].isdigit():
        return number
    whole = read_number(text, k, chinese)
    return whole if whole is not None and whole.start == number.start else number
