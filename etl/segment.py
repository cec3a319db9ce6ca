"""Segment stage: find the report's own numbered paragraphs (`12. …`) and its sentences.

PDF extraction leaves line breaks inside sentences and even inside numbers, so line breaks are
never sentence boundaries inside a paragraph; only sentence-final punctuation is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from etl.models import Paragraph, Sentence

# A section heading: "三. 药物管制", "一. 导言", "A. 跨国有组织犯罪" (also one the PDF ran into the line of
# the paragraph after it: "A. 跨国有组织犯罪 7. 在报告所述期间…")
_HEADING_TEXT = r"(?:[一二三四五六七八九十]{1,3}|[A-Z])\.[ \t]*[\u4e00-\u9fff]"
_RUN_IN_HEADING = rf"{_HEADING_TEXT}[^\n\d。，]{{0,30}}?[ \t]+(?=[1-9]\d{{0,2}}\.(?!\d))"
# A paragraph number at the start of a line: "12. text" or "12.text", not "16.4" or "2018."
_PARAGRAPH_START = re.compile(rf"(?m)^[ \t\u3000]*(?:{_RUN_IN_HEADING})?([1-9]\d{{0,2}})\.(?!\d)[ \t]*(?=\S)")
# Section headings end a numbered paragraph.
_HEADING = re.compile(rf"(?m)^[ \t]*(?:{_HEADING_TEXT}.{{0,40}}$|{_RUN_IN_HEADING})")
_SENTENCE_END = re.compile(r"[。！？!?]+[”’」』）)]?")
# a bulleted line (a box's "• 集装箱管制方案覆盖 50 个国家…") states a fact of its own, whatever precedes it
_BULLET = re.compile(r"(?<=\n)[ \t\u3000]*[•●▪◆■]")
_BLANK_LINE = re.compile(r"\n[ \t\u3000]*\r?\n")
# The lookbehind anchors the match at the start of a run of spaces: without it a long run of
# spaces with no line break is retried from every position (quadratic).
_NEWLINE_WS = re.compile(r"(?<![ \t\u3000])[ \t\u3000]*\r?\n[ \t\u3000\r\n]*")
_SPACES = re.compile(r"\s+")

# How far the paragraph numbering may jump (a paragraph lost in PDF extraction) before a
# line-initial number is treated as something else (a list item, a page number).
MAX_PARAGRAPH_JUMP = 3


# The line a resolution's text opens with ("大会，", "经济及社会理事会，", "麻醉药品委员会，"): its
# operative paragraphs are numbered from 1 again, after the paragraphs of the report that quotes it
_RESOLUTION_OPENER = re.compile(
    r"(?m)^[ \t\u3000]*(?:大会|[\u4e00-\u9fff]{1,16}(?:理事会|委员会))[ \t\u3000]*[，,][ \t\u3000]*$"
)


def find_paragraphs(text: str) -> list[Paragraph]:
    """Numbered paragraphs in order; numbers must increase by small steps, like the report's own, or
    start again from 1 in a resolution the report quotes (after its "大会，" line)."""
    starts: list[tuple[int, int]] = []
    last = 0
    for m in _PARAGRAPH_START.finditer(text):
        number = int(m.group(1))
        if last < number <= last + MAX_PARAGRAPH_JUMP or (
            number == 1 and starts and _RESOLUTION_OPENER.search(text, starts[-1][1], m.start())
        ):
            starts.append((number, m.start(1)))
            last = number
    heading_starts = [m.start() for m in _HEADING.finditer(text)]
    paragraphs: list[Paragraph] = []
    for i, (number, start) in enumerate(starts):
        end = starts[i + 1][1] if i + 1 < len(starts) else len(text)
        for h in heading_starts:
            if start < h < end:
                end = h
                break
        paragraphs.append(Paragraph(number=number, start=start, end=end))
    return paragraphs


def clean_sentence(raw: str) -> str:
    """Whitespace-normalize a sentence: PDF line breaks vanish, other runs of spaces become one."""
    return _SPACES.sub(" ", _NEWLINE_WS.sub("", raw)).strip()


# A resolution's preambular paragraph ends with a comma, and the next opens on a line of its own with a
# verb ("注意到…，⏎又注意到…，⏎欢迎…"): each is a sentence of its own (read after a resolution opener only)
_PREAMBLE_BREAK = re.compile(
    r"(?<=[，,])[ \t\u3000]*\r?\n[ \t\u3000\r\n]*(?=(?:又|还|并|再次|进一步)?(?:重申|回顾|注意到|赞赏地注意到"
    r"|关切地注意到|欢迎|认识到|确认|深为关切|铭记|考虑到|强调|承认|申明|意识到|深信|赞赏|表示))"
)


def _preamble_breaks(text: str, start: int, end: int) -> list[int]:
    """Where the preambular paragraphs of a resolution quoted in text[start:end] end."""
    opener = _RESOLUTION_OPENER.search(text, start, end)
    return [m.end() for m in _PREAMBLE_BREAK.finditer(text, opener.end(), end)] if opener else []


def _split(text: str, start: int, end: int, break_on_blank_lines: bool) -> Iterable[tuple[int, int]]:
    cut_points: list[int] = [m.end() for m in _SENTENCE_END.finditer(text, start, end)]
    cut_points += _preamble_breaks(text, start, end)
    cut_points += [m.start() for m in _BULLET.finditer(text, start, end) if m.start() > start]
    if break_on_blank_lines:
        cut_points += [m.end() for m in _BLANK_LINE.finditer(text, start, end)]
    pos = start
    for cut in sorted(set(cut_points)):
        yield pos, cut
        pos = cut
    if pos < end:
        yield pos, end


def find_sentences(text: str, paragraphs: list[Paragraph]) -> list[Sentence]:
    """Sentences covering the whole text, each tagged with its paragraph number (None outside)."""
    blocks: list[tuple[int, int, int | None]] = []
    pos = 0
    for p in paragraphs:
        if pos < p.start:
            blocks.append((pos, p.start, None))
        blocks.append((p.start, p.end, p.number))
        pos = p.end
    if pos < len(text):
        blocks.append((pos, len(text), None))
    sentences: list[Sentence] = []
    for block_start, block_end, number in blocks:
        for s, e in _split(text, block_start, block_end, break_on_blank_lines=number is None):
            cleaned = clean_sentence(text[s:e])
            if cleaned:
                sentences.append(Sentence(start=s, end=e, paragraph=number, text=cleaned))
    return sentences
