"""半 (half) as a number: "不足半吨海洛因" (half a tonne), "一吨半" / "两公斤半" (one and a half).

The scanner reads numerals only; 半 before a unit of mass or area, or after one that follows a whole
number, is half of that unit. Not in words that merely hold 半 (一半, 过半, 大半, 减半, 折半) and not
before other measure words (半年 is a duration, 半数 a share).
"""

from __future__ import annotations

import re

from etl.quantities.numerals import arabic_value, chinese_decimal_value

_UNITS = "公吨|吨|公斤|千克|公顷"
_UNIT_AFTER = re.compile(_UNITS)
# a whole number and its unit ending right before 半 (searched in a short window: the common 半 has none)
_WHOLE_BEFORE = re.compile(
    rf"(?P<whole>[一两二三四五六七八九十]{{1,3}}|[0-9]{{1,4}})\s{{0,2}}(?P<unit>{_UNITS})$"
)
_NOT_BEFORE_HALF = frozenset("一两二三四五六七八九十0123456789多大过减折对")


def halves(text: str) -> list[tuple[int, int, float, str]]:
    """(start, end, amount in the unit, unit word) of each amount written with 半."""
    found: list[tuple[int, int, float, str]] = []
    i = text.find("半")
    while i >= 0:
        if (whole := _WHOLE_BEFORE.search(text, max(i - 10, 0), i)) is not None:
            raw = whole.group("whole")
            value = arabic_value(raw) if raw[0].isdigit() else chinese_decimal_value(raw)
            if value is not None:
                found.append((whole.start(), i + 1, value + 0.5, whole.group("unit")))
        elif (unit := _UNIT_AFTER.match(text, i + 1)) is not None and text[i - 1 : i] not in _NOT_BEFORE_HALF:
            found.append((i, unit.end(), 0.5, unit.group()))
        i = text.find("半", i + 1)
    return found
