"""Sections: the report's own headings (一. …, A. …, 1. …) and the section path above any offset.

A heading is a short line opening with a chapter, section or sub-section marker that is not one of
the report's numbered paragraphs. The path is what a quantity's `section` window reads.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_HEADING = re.compile(
    r"(?m)^[ \t\u3000]*(?P<marker>[一二三四五六七八九十]{1,3}|[A-Z]|\d{1,2})\.[ \t]*"
    r"(?P<title>[\u4e00-\u9fff][^\n。]{0,60}?)(?:[\s\d]*$|[ \t]+(?=[1-9]\d{0,2}\.(?!\d)))"
)


def section_headings(text: str, paragraph_starts: set[int]) -> list[tuple[int, int, str]]:
    """(offset, level, title) of the report's headings: 一. (1), A. (2), 1. (3); not numbered paragraphs."""
    found = []
    for m in _HEADING.finditer(text):
        if m.start("marker") in paragraph_starts:
            continue
        marker = m.group("marker")
        level = 2 if marker.isascii() and marker.isalpha() else (3 if marker.isdigit() else 1)
        found.append((m.start(), level, m.group("title").strip()))
    return found


def section_trail(headings: list[tuple[int, int, str]]) -> tuple[list[int], list[str]]:
    """For each heading offset, the section path in force from there on ("四. … / B. …").

    A parent heading that lists several topics ("打击跨国有组织犯罪、腐败和恐怖主义") says nothing about
    a section below it that names one of them ("A. 跨国有组织犯罪"), so it is left out of that path.
    """
    starts: list[int] = []
    trails: list[str] = []
    active: dict[int, str] = {}
    for start, level, title in headings:
        active = {k: v for k, v in active.items() if k < level}
        active[level] = title
        starts.append(start)
        path = [active[k] for k in sorted(active)]
        trails.append(" / ".join([t for t in path[:-1] if "、" not in t] + path[-1:]))
    return starts, trails


def section_at(starts: list[int], trails: list[str], offset: int) -> str:
    """The section path in force at `offset` ("" before the first heading)."""
    i = bisect_right(starts, offset)
    return trails[i - 1] if i else ""
