"""一 as a count: "又有一个国家加入了《公约》", "《公约》本身只增加了一个缔约方".

Before a measure word 一 is nearly always the article ("一项研究", "一个新的方案"), so the scanner never
takes it. After 有 (there is) or 增加了 (added), and before the states a treaty counts, it counts them:
one country joined. Not after 没有 (no country), 载有/附有/含有 (contains a…).
"""

from __future__ import annotations

import re

_ONE_COUNTRY = re.compile(r"一个")
_BEFORE = re.compile(r"(?:(?<![没载附含])有|增加了?|新增了?)\s{0,3}$")
_AFTER = re.compile(r"\s{0,3}(国家|缔约方|缔约国|会员国|成员国)")


def one_country_counts(text: str) -> list[tuple[int, int, str]]:
    """(start, end, what it counts) of each 一个 that counts one state."""
    found = []
    for m in _ONE_COUNTRY.finditer(text):
        if _BEFORE.search(text, max(m.start() - 8, 0), m.start()) and (noun := _AFTER.match(text, m.end())):
            found.append((m.start(), m.end(), "个" + noun.group(1)))
    return found
