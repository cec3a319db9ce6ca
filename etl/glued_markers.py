"""Footnote markers glued to the number after them: the "2" of "其中，24.09 亿美元" when footnote 2 sits
at the foot of the page and nothing else on the page refers to it.

PDF extraction sets a superscript marker as a plain digit, and where the marker follows punctuation and
a number follows the marker, no space is left between them: "，2" + "4.09 亿美元" reads "24.09 亿美元".
No rule can tell that from the text of the sentence, but the page can: its footnote block lists entry 2,
and the page's text holds no other marker 2. Only then, and only where the page has exactly one such
number, is the marker taken off the number (blanked, offsets unchanged).
"""

from __future__ import annotations

import re

_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_ENTRY_NUMBER = re.compile(r"[ \t\u3000]*([0-9]{1,2}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})[ \t\u3000]")
_BETWEEN_ENTRIES = re.compile(r"[\s_]*")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}\s{0,2}年.*", re.S)  # "。2014 年" is a year, whatever the page's notes
_NUMBER_AFTER = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})*(?:\.[0-9]+)?(?![0-9])")  # what is left after the marker
# where a glued marker is told from a number: right after punctuation, with no space
# (not after a space or a verb: "分别为 189 个" is a number, however many footnotes the page has; nor
# after a digit's comma: "4,460")
_MARKER_BEFORE = "，,；;：:。"
_GLUED = r"(?<![0-9][{before}])(?<=[{before}])({number})(?=[0-9])"


def glued_marker_spans(text: str, body: str, notes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """(start, end) of each footnote marker glued to the number after it (see the module's doc): `notes`
    are the footnote entries of `text`, `body` the same text with its page furniture blanked out."""
    found: list[tuple[int, int]] = []
    page_start = 0
    for block_start, block_end, numbers in _blocks(text, notes):
        page = body[page_start:block_start]
        for number in numbers:
            if _referenced(page, number):
                continue
            glued = [
                m
                for m in re.finditer(_GLUED.format(before=_MARKER_BEFORE, number=number), page)
                if (rest := _NUMBER_AFTER.match(page, m.end(1)))
                and not _YEAR.fullmatch(page, m.start(1), rest.end() + 3)
            ]
            if len(glued) == 1:
                found.append((page_start + glued[0].start(1), page_start + glued[0].end(1)))
        page_start = block_end
    return found


def entry_number(text: str, start: int) -> str:
    """The marker number a footnote entry starting at `start` opens with (" ² …" → "2"), or ""."""
    m = _ENTRY_NUMBER.match(text, start)
    return m.group(1).translate(_SUPERSCRIPT).lstrip("0") if m else ""


def _blocks(text: str, notes: list[tuple[int, int]]) -> list[tuple[int, int, list[str]]]:
    """Footnote entries side by side, as (start, end, their marker numbers)."""
    blocks: list[tuple[int, int, list[str]]] = []
    for start, end in notes:
        number = entry_number(text, start)
        if blocks and _BETWEEN_ENTRIES.fullmatch(text, blocks[-1][1], start):
            blocks[-1] = (blocks[-1][0], end, [*blocks[-1][2], number] if number else blocks[-1][2])
        else:
            blocks.append((start, end, [number] if number else []))
    return blocks


def _referenced(page: str, number: str) -> bool:
    """Whether the page may already refer to footnote `number` with a marker of its own: the digits with
    no other digit around them ("决议1。", "》22 和", "万美元 2，", "，3 4.754", but also "为 2 个": a
    doubt is enough), or in superscript."""
    superscript = number.translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return superscript in page or re.search(rf"(?<![0-9.,]){number}(?![0-9.,])", page) is not None
