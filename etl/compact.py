"""Compact: text as catalog rules read it, with whitespace, footnote markers and renaming asides removed.

PDF line breaks fall anywhere, even inside words and numbers, so every window a rule tests is compacted.
"""

from __future__ import annotations

import re

_NOISE = re.compile(r"[\s\u00b9\u00b2\u00b3\u2070-\u209f]+")  # whitespace, superscript footnote markers
# a short aside with no number in it (not one after a count's measure word, nor one that opens the text,
# as the words after a count do: it says what is counted, "178 个（贩运人口）")
_ALIAS = re.compile(
    r"(?<!^)(?<![0-9０-９][个名项起份种])(?<![0-9０-９]\s[个名项起份种])[（(][^（）()0-9０-９，；。]{1,10}[）)]"
)

# A footnote marker set as plain digits after a title: "《贩运人口议定书》22 和《偷运移民议定书》23 的",
# or glued to the word after it: "《联合国反腐败公约》5的缔约国" (not a date: "《宣言》12 月").
_TITLE_MARKER = re.compile(
    r"(?<=》)[0-9]{1,2}(?:(?=[ \t]*\n?[ \t]*[^\s0-9年月日])(?=\s)|(?=[的所和及、，,]))"
)


def compact(text: str) -> str:
    """Text as rules read it: no whitespace, no footnote markers (superscript, or plain digits after a
    title), no short aside that only renames what precedes it ("特别用途（指定用途）捐款" reads
    "特别用途捐款")."""
    return _ALIAS.sub("", _NOISE.sub("", _TITLE_MARKER.sub("", text)))


def compact_from(text: str, start: int, end: int) -> str:
    """`compact(text[start:end])` where `start` may be just after a title: its 》 is read along, so a
    footnote marker right after it is dropped too."""
    if start > 0 and text[start - 1] == "》":
        return compact(text[start - 1 : end])[1:]
    return compact(text[start:end])
