"""Report text for reading: undo PDF line wrapping and cut text into highlighted segments (pure).

Offsets in the database index the ORIGINAL decoded text; `reflow` returns the readable text
together with a map from every original offset to its new one, so spans stay exact.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u3000]*\n")
WRAPPED_LINE = 25  # a line with at least this many characters is a wrapped line of running text


def is_cjk(ch: str) -> bool:
    """CJK ideographs, CJK punctuation and full-width forms: no spaces between them."""
    if not ch:
        return False
    code = ord(ch)
    return (
        0x3000 <= code <= 0x303F
        or 0x3400 <= code <= 0x4DBF
        or 0x4E00 <= code <= 0x9FFF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x2E80 <= code <= 0x2FDF
        or ch in "《》“”‘’…—·"
    )


def reflow(text: str) -> tuple[str, list[int]]:
    """Join PDF-wrapped lines: a line break next to a CJK character vanishes, other runs of
    whitespace become one space, leading/trailing whitespace goes. Returns the new text and
    `pos` with `pos[i]` = new offset of original offset i (len(text)+1 entries)."""
    out: list[str] = []
    pos = [0] * (len(text) + 1)
    i, n = 0, len(text)
    while i < n:
        if not text[i].isspace():
            pos[i] = len(out)
            out.append(text[i])
            i += 1
            continue
        j = i
        while j < n and text[j].isspace():
            j += 1
        prev = out[-1] if out else ""
        nxt = text[j] if j < n else ""
        run = text[i:j]
        joined = not prev or not nxt or ("\n" in run and (is_cjk(prev) or is_cjk(nxt)))
        for k in range(i, j):
            pos[k] = len(out)
        if not joined:
            out.append(" ")
        i = j
    pos[n] = len(out)
    return "".join(out), pos


@dataclass(frozen=True)
class Segment:
    """A run of text, highlighted when `mark` is not None (the mark carries the mention's data)."""

    text: str
    mark: Any = None


def segments(text: str, spans: Iterable[tuple[int, int, Any]]) -> list[Segment]:
    """Cut `text` at the spans (start, end, payload); overlapping or empty spans are skipped."""
    out: list[Segment] = []
    cursor = 0
    for start, end, payload in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = max(start, 0), min(end, len(text))
        if start < cursor or end <= start:
            continue
        if start > cursor:
            out.append(Segment(text[cursor:start]))
        out.append(Segment(text[start:end], payload))
        cursor = end
    if cursor < len(text):
        out.append(Segment(text[cursor:]))
    return out


def highlighted_excerpt(
    text: str, start: int, end: int, spans: Iterable[tuple[int, int, Any]]
) -> list[Segment]:
    """text[start:end] reflowed, with spans (original offsets) highlighted."""
    start, end = max(0, start), min(len(text), end)
    piece, pos = reflow(text[start:end])
    moved = [
        (pos[s - start], pos[e - start], payload)
        for s, e, payload in spans
        if start <= s and e <= end and s < e
    ]
    return segments(piece, moved)


@dataclass(frozen=True)
class Block:
    """A stretch of the report shown as one paragraph: its number (None outside numbered ones)."""

    start: int
    end: int
    paragraph: int | None


def _line_blocks(text: str, start: int, end: int) -> list[Block]:
    """Unnumbered text (titles, headings, summaries): short lines stand alone, wrapped lines join."""
    blocks: list[Block] = []
    block_start: int | None = None
    offset = start
    for line in text[start:end].splitlines(keepends=True):
        line_start, offset = offset, offset + len(line)
        content = line.strip()
        if not content:
            if block_start is not None:
                continue  # blank lines inside wrapped text are PDF debris
            continue
        if block_start is None:
            block_start = line_start
        if len(content) < WRAPPED_LINE:
            blocks.append(Block(block_start, offset, None))
            block_start = None
    if block_start is not None:
        blocks.append(Block(block_start, end, None))
    return blocks


def document_blocks(text: str, paragraphs: Sequence[tuple[int, int, int]]) -> list[Block]:
    """The whole text as blocks: numbered paragraphs (number, start, end) and what lies between."""
    blocks: list[Block] = []
    cursor = 0
    for number, start, end in sorted(paragraphs, key=lambda p: p[1]):
        start, end = max(start, cursor), min(end, len(text))
        if end <= start:
            continue
        if start > cursor:
            blocks += _line_blocks(text, cursor, start)
        blocks.append(Block(start, end, int(number)))
        cursor = end
    if cursor < len(text):
        blocks += _line_blocks(text, cursor, len(text))
    return [b for b in blocks if text[b.start : b.end].strip()]
