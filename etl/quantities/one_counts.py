"""一 as a count: "又有一个国家加入了《公约》", "只增加了一个缔约方", "六项决议草案和一项决定草案".

Before a measure word 一 is nearly always the article ("一项研究", "一个新的方案"), so the scanner never
takes it. After 有 (there is) or 增加了 (added), and before the states a treaty counts, it counts them:
one country joined. Not after 没有 (no country), 载有/附有/含有 (contains a…). Joined by 和/及/、 to a count
with the same measure word just before, it is that list's next count: six draft resolutions and one
draft decision.
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


_MEASURES_IN_LIST = "项个名份次起件"
# the count before it: a number, the same measure word, then its noun only (no clause or list break)
_COUNT_BEFORE = {
    word: re.compile(
        rf"(?:[0-9]+|[二两三四五六七八九十百]+)\s{{0,3}}{word}[^，。；：,;:（）()和及、]{{1,12}}$"
    )
    for word in _MEASURES_IN_LIST
}
_ONE_IN_LIST = re.compile("一[" + _MEASURES_IN_LIST + "]")
_JOINER_BEFORE = re.compile(r"(?:和|及|、)\s{0,3}$")


def one_in_list(text: str) -> list[tuple[int, int, str]]:
    """(start, end, measure word) of each 一 that a list joins to a count with its measure word."""
    found = []
    for m in _ONE_IN_LIST.finditer(text):
        at = m.start()
        if (joiner := _JOINER_BEFORE.search(text, max(at - 4, 0), at)) is None:
            continue
        word = text[at + 1]
        if _COUNT_BEFORE[word].search(text, max(joiner.start() - 20, 0), joiner.start()):
            found.append((at, at + 2, word))
    return found
