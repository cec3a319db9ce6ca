"""Candidates: where the scanner stops, as two regexes over the text.

`CANDIDATE` matches a number (Arabic or Chinese), 百分之…, a fraction (三分之一) or a bare magnitude
(逾千名) where the grammar may start; `SKIP` passes, in one call, over text without numbers and over
every number that nothing quantity-like follows (`FOLLOWS`: 多/余, a magnitude, a range, a unit word, a
list joiner before the next number), so the grammar runs only where a mention may start.
"""

from __future__ import annotations

import re

from etl.quantities.grammar import AMOUNT_CHARS, LIST_JOINER
from etl.quantities.lexicon import (
    CURRENCIES,
    LIST_JOINERS,
    MEASURE_WORDS,
    PERCENT_SIGNS,
    PHYSICAL_UNITS,
    RANGE_CONNECTORS,
    TENTHS,
)
from etl.quantities.numerals import (
    ARABIC_RE,
    CHINESE_DIGIT_CHARS,
    CHINESE_RE,
    CHINESE_UNIT_CHARS,
    DIGITS,
    FRACTION_RE,
    PERCENT_WORD,
)
from etl.quantities.tokens import WS_MAX

_LEAD = f"百千万{DIGITS}{CHINESE_DIGIT_CHARS}十"  # the first character of every candidate
# A bare magnitude used as a number: 逾千名, 千余名, 近万人, 百余个 (only with a qualifier, see `_bare`).
_BARE = "[百千]万?|万"
# A number (or 百分之) where the grammar starts. The leading lookahead lets `re` skip ahead with a fast
# character-set scan. A number before 分之 is a fraction's denominator: the frac branch reads it.
_NOT_FRACTION = r"(?!\s{0,2}分之)"
CANDIDATE = re.compile(
    rf"(?=[{_LEAD}])"
    rf"(?:(?P<pct>{PERCENT_WORD})|(?P<ar>(?>{ARABIC_RE.pattern}){_NOT_FRACTION})"
    rf"|(?P<cn>(?>{CHINESE_RE.pattern}){_NOT_FRACTION})|(?P<frac>{FRACTION_RE.pattern})|(?P<bare>{_BARE}))"
)
# What may follow a number that is part of a quantity (after whitespace): 多/余, a magnitude word, a
# range connector, a unit word, a space-separated group ("5 000"), 分之 (a fraction: 三分之一) or a list
# joiner before the next number (2.9 亿和 3.1 亿美元: the amounts share a unit). Anything else ends the
# number's chances early; matching whole unit words keeps dates out ("6 日" is not 日元).
_UNIT_WORDS = sorted(
    {*PERCENT_SIGNS, TENTHS, *CURRENCIES, *PHYSICAL_UNITS, *MEASURE_WORDS}, key=lambda w: (-len(w), w)
)
_UNIT_FIRST = re.escape("".join(sorted({w[0] for w in _UNIT_WORDS})))
_UNIT_ALTS = "|".join(map(re.escape, _UNIT_WORDS))
# The same words with a PDF line break allowed between their characters ("万美\n\n元"), for the look-ahead.
_UNIT_ALTS_BROKEN = "|".join(rf"\s{{0,{WS_MAX}}}".join(map(re.escape, word)) for word in _UNIT_WORDS)
# A first-character test comes first: most numbers (years, dates, symbols) fail it at once.
_FOLLOW_FIRST = re.escape(
    "".join(sorted({*AMOUNT_CHARS, "分", *(w[0] for w in (*_UNIT_WORDS, *LIST_JOINERS))}))
)
FOLLOWS = re.compile(
    rf"\s{{0,{WS_MAX}}}+(?=[{_FOLLOW_FIRST}])"
    rf"(?:[{re.escape(AMOUNT_CHARS)}]|(?=[{_UNIT_FIRST}])(?:{_UNIT_ALTS_BROKEN})|分之"
    rf"|{LIST_JOINER}\s{{0,{WS_MAX}}}[{DIGITS}])"
    rf"|[ \u00a0\u2009\u202f][{DIGITS}]{{3}}(?![{DIGITS}])"
)

# Most numbers (years, dates, symbols, 一 inside words) are not mentions. This skips, in one regex
# call, text without numbers and every candidate that fails FOLLOWS, resuming after each one's end
# exactly as a candidate-by-candidate loop would. It also skips a lone 一 or 二 with no 多/余,
# magnitude, decimal or range after it: `_excluded` rejects it whatever its unit (一项研究), and a
# unit word holds no number to resume at (not right after a line break: 十⏎二个 is one numeral).
# It stops at a candidate worth reading.
_NUMBER = f"(?>{ARABIC_RE.pattern}|{CHINESE_RE.pattern})"
_NO_AMOUNT_AFTER = rf"(?!\s{{0,{WS_MAX}}}[{re.escape(AMOUNT_CHARS)}])"
# After a bare magnitude: more magnitude words or 多/余, then a unit word (permissive: `_bare` decides).
_BARE_NEXT = (
    rf"(?:\s{{0,{WS_MAX}}}[多余十百千万亿]){{0,4}}\s{{0,{WS_MAX}}}(?=[{_UNIT_FIRST}])(?:{_UNIT_ALTS})"
)
SKIP = re.compile(
    rf"(?:[^{_LEAD}第]+|百(?!{PERCENT_WORD[1:]})(?!{_BARE_NEXT})|千(?:克|(?!{_BARE_NEXT}))|万(?!{_BARE_NEXT})"
    rf"|(?<!\n)[一二](?![{CHINESE_DIGIT_CHARS}{CHINESE_UNIT_CHARS}]|点[{CHINESE_DIGIT_CHARS}]|\s{{0,2}}分之)"
    rf"{_NO_AMOUNT_AFTER}"
    # an ordinal (第四届, 第 2 条) with no range or magnitude after it: `_excluded` rejects it anyway
    rf"|第(?:\s{{0,{WS_MAX}}}{_NUMBER}{_NO_AMOUNT_AFTER}(?![ \u00a0\u2009\u202f][{DIGITS}]))?"
    rf"|{_NUMBER}(?!(?:{FOLLOWS.pattern}))"
    # the first year of "2012-2013": no unit follows the range, so the grammar would reject it
    rf"|(?>{ARABIC_RE.pattern})(?=\s{{0,{WS_MAX}}}[{RANGE_CONNECTORS}]\s{{0,3}}"
    rf"(?>{ARABIC_RE.pattern})(?!(?:{FOLLOWS.pattern}))))*+"
)
