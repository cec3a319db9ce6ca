"""Totals stated with no measure word: "《有组织犯罪公约》的缔约方总数升至 190。".

A number with no unit is normally no quantity (a year, a label, a score). One kind is: the number a
named count (缔约方总数, 会员国数目) is said to be or to have reached, closing its clause. The noun
before is what it counts.
"""

from __future__ import annotations

import re

from etl.quantities.numerals import ARABIC_RE, CHINESE_RE
from etl.quantities.tokens import WS_MAX

_WS = rf"\s{{0,{WS_MAX}}}"
_TOTAL_WITHOUT_UNIT = re.compile(
    rf"(?P<noun>缔约方|缔约国|批准国|成员国|会员国|捐助方|捐助国)的?{_WS}(?:总数|数目|数量|总数目)"
    rf"{_WS}(?:已经?|则|也)?{_WS}(?:升至|增至|增加(?:到|至)|上升(?:到|至)|达(?:到|至)?|为){_WS}"
    rf"(?P<number>{ARABIC_RE.pattern}|{CHINESE_RE.pattern})(?={_WS}[。；;，,])"
)
_INTEGER = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})*|[0-9]+")


def totals_without_unit(text: str) -> list[tuple[int, int, str, str]]:
    """Each such total's number: (start, end, the number as written, the noun it counts)."""
    found = []
    for m in _TOTAL_WITHOUT_UNIT.finditer(text):
        number = m.group("number")
        if number[:1].isdigit() and not _INTEGER.fullmatch(number):
            continue  # "为 16.4。": a decimal is no count of parties
        found.append((m.start("number"), m.end("number"), number, m.group("noun")))
    return found
