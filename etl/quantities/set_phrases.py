"""Set phrases that state a count with no measure word: "为数逾百的国家" (more than a hundred countries),
"与会人数五十开外" (fifty-odd participants).

为数 (in number) before a bound and a numeral, then 的 and the noun counted; a Chinese numeral then 开外
(odd, more than) after a word for a number of people. Only these fixed forms: a bare numeral elsewhere is
no quantity.
"""

from __future__ import annotations

import re

from etl.quantities.lexicon import PREFIX_QUALIFIERS, Qualifier
from etl.quantities.numerals import chinese_decimal_value

_NUMERAL = "[一二两三四五六七八九十百千万]{1,6}"
# 为数逾百的国家, 为数近千的官员, 为数三十余的项目
_IN_NUMBER = re.compile(
    rf"为数(?P<bound>逾|超过|近|将近|约|不下|不到|不足)?(?P<n>{_NUMERAL})(?P<more>余|多)?的(?P<noun>[^\W\d_]{{1,6}}?)"
    r"(?=[，,；;。、和及与在中提向为的]|$)"
)
# 与会人数五十开外, 参加人数三十开外
_ODD = re.compile(rf"(?P<n>{_NUMERAL})开外")
_HEADCOUNT_BEFORE = re.compile(r"人数(?:为|有|在|达)?$")


def set_phrase_counts(text: str) -> list[tuple[int, int, float, Qualifier, str]]:
    """(start, end, value, qualifier, what it counts) of each count stated in a set phrase."""
    found: list[tuple[int, int, float, Qualifier, str]] = []
    if "为数" in text:
        for m in _IN_NUMBER.finditer(text):
            value = chinese_decimal_value(m.group("n"))
            if value is None or value < 2:
                continue
            bound = m.group("bound")
            qualifier: Qualifier = (
                PREFIX_QUALIFIERS.get(bound, "exact") if bound else "at_least" if m.group("more") else "exact"
            )
            # the span holds 为数, so the words before it read as they would before any count ("向…国家")
            end = m.end("more") if m.group("more") else m.end("n")
            found.append((m.start(), end, value, qualifier, "个" + m.group("noun")))
    if "开外" in text:
        for m in _ODD.finditer(text):
            value = chinese_decimal_value(m.group("n"))
            if (
                value is not None
                and value >= 2
                and _HEADCOUNT_BEFORE.search(text, max(m.start() - 6, 0), m.start())
            ):
                found.append((m.start(), m.end(), value, "at_least", "人"))
    return found
