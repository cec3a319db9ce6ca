"""Page furniture: footnote blocks and running page headers that PDF extraction leaves in the body.

A page break can fall inside a sentence, so the text between "缉获可卡因" and "86.4 吨" may hold the
page's footnotes (a rule of underscores, then " 1 联合国出版物…。" entries and their URLs), the
next page's header ("V.20-00876 3/9", "E/CN.7/2020/5") and lines holding only a link.
`mask_furniture` blanks them out with spaces, one for one, so sentences and the words around a
number read across the break while every offset still points into the original text.
"""

from __future__ import annotations

import re

_RULE = re.compile(r"(?m)^[ \t\u3000]*_{8,}[ \t\u3000]*\r?$")
_LINE = re.compile(r"(?m)^.*$")
# A footnote entry opens with its marker: " 1 …", " * …", " ** …", "¹ …".
_ENTRY = re.compile(r"^[ \t\u3000]*(?:\d{1,3}|\*{1,3}|[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3})[ \t\u3000]+\S")
_ENTRY_END = re.compile(r"[。.][ \t\u3000]*$")
# A line holding only a link: what a PDF's link annotations leave between the lines of a page
_URL_ANYWHERE = re.compile(r"(?m)^[ \t\u3000]*(?:https?://|www\.)[!-~]*[ \t\u3000]*\r?$")
# Running headers and footers: the job number with the page ("V.20-00876 3/9", "13-38765 7/21",
# "4/9 V.20-00876") and a line holding only the document's symbol ("E/CN.7/2020/5", "A/68/127").
# The job number may carry the language ("13-37541 (C)"); on the first page it is followed by the dates
# of issue ("V.21-00873 (C)    080221    100221", "V.11-80457 (C)    FX: 150211    160211") and a barcode
# line ("*2100873*").
_JOB = r"(?:V\.)?\d{2}-\d{5}[ \t]*\*?(?:[ \t]*\([A-Z]\))?"
_PAGE = r"\d{1,3}(?:/\d{1,3})?"  # "3/9", or the page alone ("V.13-80617 3")
_SYMBOL = r"(?:A|E|S|ST|CTOC|CAC)/[A-Z0-9][A-Za-z0-9./\-]*"
_ISSUED = r"(?:[ \t]+(?:FX:[ \t]*)?\d{6}){1,2}"  # the dates of issue ("150211    160211")
_HEADER = re.compile(
    rf"(?m)^[ \t\u3000]*(?:{_JOB}(?:[ \t]+{_PAGE}|{_ISSUED})?|{_PAGE}[ \t]+{_JOB}"
    rf"|\*\d{{7,8}}\*|{_SYMBOL}(?:[ \t]*[–—-][ \t]*{_SYMBOL})?)[ \t\u3000]*\r?$"
)
# A footnote set off by a superscript marker alone, with no rule above it ("⁸ 大会 2011 年…决定…。").
_SUPERSCRIPT_ENTRY = re.compile(
    r"(?m)^[ \t\u3000]*[\u00b9\u00b2\u00b3\u2070-\u2079]{1,3}[ \t\u3000]+\S[^\n]*[。.][ \t\u3000]*$"
)


MAX_ENTRY_LINES = 6  # a footnote entry longer than this is taken for body text


def furniture_spans(text: str, notes: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """(start, end) of every footnote block and page-header line, in order; `notes` are the footnote
    entries when the caller already found them (`footnote_spans`)."""
    spans = [(m.start(), m.end()) for m in _HEADER.finditer(text)]
    spans += [(m.start(), m.end()) for m in _URL_ANYWHERE.finditer(text)]
    spans += [(m.start(), m.end()) for m in _RULE.finditer(text)]
    return sorted(spans + (footnote_spans(text) if notes is None else notes))


def footnote_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every footnote entry: the lines after a rule of underscores, and lines set off
    by a superscript marker alone. Their quantities are stated too, outside the running text."""
    spans = [(m.start(), m.end()) for m in _SUPERSCRIPT_ENTRY.finditer(text)]
    for rule in _RULE.finditer(text):
        lines = list(_LINE.finditer(text, rule.end() + 1, min(len(text), rule.end() + 4000)))
        i = 0
        while i < len(lines):
            line = lines[i].group()
            if not line.strip() or _URL_ANYWHERE.match(line):  # links are furniture wherever they stand
                i += 1
                continue
            if not _ENTRY.match(line) and not _only_blank_before(lines, i):
                break
            first = i
            while i < len(lines) and i - first < MAX_ENTRY_LINES:
                done = _ENTRY_END.search(lines[i].group())
                i += 1
                if done:
                    break
            spans.append((lines[first].start(), lines[i - 1].end()))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # an entry with a superscript marker after a rule is found twice
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _only_blank_before(lines: list[re.Match[str]], i: int) -> bool:
    """The first line with text after the rule: an entry even without a marker ("A/73/50。")."""
    return all(not lines[k].group().strip() for k in range(i))


def mask_furniture(text: str, notes: list[tuple[int, int]] | None = None) -> str:
    """`text` with footnote blocks and page headers blanked out (same length, same offsets)."""
    return blank_spans(text, furniture_spans(text, notes))


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with each of the ordered `spans` blanked out, line breaks kept (same length, same offsets)."""
    if not spans:
        return text
    parts, pos = [], 0
    for start, end in spans:
        if start < pos:
            start = pos
        if start >= end:
            continue
        parts.append(text[pos:start])
        parts.append(re.sub(r"[^\n]", " ", text[start:end]))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)
