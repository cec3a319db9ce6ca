"""List windows: what a number in a list reads as its sentence, when the sentence lists several facts.

A sentence that lists lettered items ("…包括：(a) …；(b) …") or results split by semicolons after a lead
ending in a colon ("2022 年的主要成果可概括为：…；…；…") holds one fact per item; a number reads its
lead and its own item, so one item's topic (资产追回) is not another's.
"""

from __future__ import annotations

import re

from etl.compact import compact

_LIST_ITEM_BREAK = re.compile(r"[；;](?=\s*[(（][a-z]{1,2}[)）])")


def list_item_windows(text: str, start: int, end: int, at: int) -> tuple[str, str] | None:
    """A sentence that lists lettered items ("…包括：(a) …；(b) …；(c) …") reads, around a number, as its
    lead and the number's own item: one item's topic (资产追回) is not another's. Returned: that window,
    and the words it says before the number (not the items before it: "(a) 集装箱管制方案…；(c) …向
    37 个国家提供了…援助"). None if the sentence is no list."""
    bounds = _item_bounds(text, start, end, at)
    if bounds is None:
        return None
    lead_end, item_start, item_end = bounds
    lead = text[start:lead_end]
    return compact(lead + text[item_start:item_end]), compact(lead + text[item_start:at])


def _item_bounds(text: str, start: int, end: int, at: int) -> tuple[int, int, int] | None:
    """(end of the lead, start of the number's item, end of it) of a sentence listing lettered items or
    results split by semicolons after a lead ending in a colon; None if the sentence is no such list."""
    breaks = [m.end() for m in _LIST_ITEM_BREAK.finditer(text, start, end)]
    if not breaks:
        return _colon_list_bounds(text, start, end, at)
    first_item = text.find("(a)", start, breaks[0])
    if first_item < 0:
        first_item = text.find("（a）", start, breaks[0])
    item_start = max([b for b in breaks if b <= at], default=first_item if first_item >= 0 else start)
    item_end = min([b for b in breaks if b > at], default=end)
    lead_end = first_item if 0 <= first_item <= item_start else start
    return lead_end, item_start, item_end


def _colon_list_bounds(text: str, start: int, end: int, at: int) -> tuple[int, int, int] | None:
    """A sentence that opens on a lead ending in a colon, then lists results split by semicolons ("2022
    年的主要成果可概括为：…向 47 个国家提供了…援助；在贩运人口领域，…；…"), reads like a lettered list."""
    colon = _LIST_LEAD.match(text, start, end)
    if colon is None or colon.end() > at:
        return None
    breaks = [m.end() for m in _SEMICOLON.finditer(text, colon.end(), end)]
    if len(breaks) < 2:
        return None
    part_start = max([b for b in breaks if b <= at], default=colon.end())
    part_end = min([b for b in breaks if b > at], default=end)
    return colon.end(), part_start, part_end


_LIST_LEAD = re.compile(r"[^；;。]{4,60}?[：:]")
_SEMICOLON = re.compile(r"[；;]")


def listed_total_windows(text: str, start: int, prev_start: int, before_text: str) -> tuple[str, str] | None:
    """The (before, after) words of a total stated after values listed by region ("向非洲 16 个、…以及
    拉丁美洲和加勒比 5 个国家提供了…援助，总计 42 个国家"): the words the listed values share, before the
    list ("该办公室向") and after its last value ("国家提供了…援助"). None unless the words before the
    number are the last value's own, a comma and 总计 (合计, 共计), after at least two values listed with 、.

    `start` is the sentence's, `prev_start` the last listed value's."""
    total = _TOTAL_OF_LIST.fullmatch(compact(before_text))
    if total is None:
        return None
    clause_start = start
    for brk in _CLAUSE_BREAK.finditer(text, start, prev_start):
        clause_start = brk.end()
    head = text[clause_start:prev_start]
    first = _LISTED_VALUE.search(head)
    if first is None:
        return None
    shared = compact(head[: first.start()])
    verb = _LAST_VERB.match(shared)  # "该办公室向非洲": the list's first label (a region) is its own
    return (verb.group(0) if verb else shared), total.group("tail")


_TOTAL_OF_LIST = re.compile(
    r"(?P<tail>(?:会员国|国家|缔约国)[^，,；;。]{2,40})[，,](?:总计|合计|共计|总共)(?:为|有|达到?)?"
)
_CLAUSE_BREAK = re.compile(r"[，,；;：:]")
_LISTED_VALUE = re.compile(r"\d[\d,.]*\s*[个名项]\s*、")  # a value listed, with its measure word, before 、
_LAST_VERB = re.compile(r".*(?:向|为|对|给|在)")
