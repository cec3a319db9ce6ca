"""Tables: the numbers in the cells of a table written as text, each with the unit its caption names.

A report's annex or box may set a table as lines of cells split by tabs, `|` or dot leaders::

    表 1
    2014 年按基金分列的自愿捐款认捐情况
    （百万美元）
    基金              认捐额
    药物管制方案基金    121.4

A cell's bare number carries no unit of its own, so the scanner never takes it. Here a table is a
header row (cells with no bare number), then rows of a label and bare numbers, with a caption above:
a `表 N` or `附件` line, a line ending in `如下：`, or a unit in brackets (`（百万美元）`, `（吨）`). The
caption's unit scales every cell (121.4 → 121,400,000 USD); with none, cells are counts. A table of
contents (`目录`, page numbers) is no table. Pure and bounded: lines are read only where a separator
stands, and each line once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.quantities.models import QuantityMention
from etl.quantities.scanner import extract as extract_text
from etl.quantities.thousands import grouped_numbers

SEPARATOR = re.compile(r"\t|[ \u3000]\|[ \u3000]|\.{4,}|…{2,}|·{4,}")
_CELL_SPLIT = re.compile(r"[ \u3000]*(?:\t+|\||\.{4,}|…{2,}|·{4,})[ \u3000]*")
_NUMBER_CELL = re.compile(r"\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_EMPTY_CELL = frozenset({"-", "—", "–", "..", "…", "－"})
CAPTION_LABEL = re.compile(
    r"^(?:附?表\s*[\d一二三四五六七八九十A-Z]*[.．]?|附件[\s一二三四五六七八九十]*)(?:\s|$)"
)
_INTRODUCED = re.compile(r"如下[：:]\s*$")
# ("（百万美元，另有说明者除外）": the caption's unit holds where a row or column names none; "捐助方数目
# （个）": a row's or column's own unit, a count)
CAPTION_UNIT = re.compile(
    r"[（(](?:单位[：:]\s*)?(?P<unit>百万美元|千美元|万美元|亿美元|美元|百万欧元|欧元|公吨|吨|公斤|千克|%|百分比"
    r"|个|名|项|起|次|种|所|份)\s*(?:[，,][^（）()]{1,12})?[）)]"
)
_UNIT_WORD = {"百分比": "%", "公吨": "吨"}
_NOT_A_TABLE = re.compile(r"目录|页次|段次|页码")
_CAPTION_REACH = 5  # non-blank lines above the header where the caption may stand
_GAP_LINE = re.compile(r"[^，。；：:,;]{1,20}")  # a row of labels only ("其他文书") inside a table


def _cells(line: str, start: int) -> list[tuple[int, str]] | None:
    """The cells of a line split by separators, each (start, text stripped), or None without one."""
    if not SEPARATOR.search(line):
        return None
    cells, pos = [], 0
    for m in [*_CELL_SPLIT.finditer(line), None]:
        end = m.start() if m else len(line)
        raw = line[pos:end]
        lead = len(raw) - len(raw.lstrip())
        if raw.strip():
            cells.append((start + pos + lead, raw.strip()))
        if m:
            pos = m.end()
    return cells


def is_number(cell: str) -> bool:
    return bool(_NUMBER_CELL.fullmatch(cell))


def _data_row(cells: list[tuple[int, str]]) -> bool:
    """A label, then bare numbers (or empty marks), at least one number."""
    if len(cells) < 2 or is_number(cells[0][1]):
        return False
    rest = [c for _, c in cells[1:]]
    return any(is_number(c) for c in rest) and all(is_number(c) or c in _EMPTY_CELL for c in rest)


_DIGITS_ONLY = re.compile(r"[\d,.，．\s%]+")


def _header_row(cells: list[tuple[int, str]]) -> bool:
    """Column names: no cell is a number, or digits alone ("2015 年" is a name)."""
    return len(cells) >= 2 and not any(_DIGITS_ONLY.fullmatch(c) for _, c in cells)


_NOTE_CELL = re.compile(r"[（(][^（）()]{1,12}[）)]")


def _notes_row(cells: list[tuple[int, str]]) -> bool:
    """A line under the header holding only bracketed notes on its names ("（两年期）", "（核定）")."""
    return bool(cells) and all(_NOTE_CELL.fullmatch(c) for _, c in cells)


@dataclass(frozen=True)
class _Table:
    caption: list[str]  # the non-blank lines above the header, nearest last
    unit: str | None  # the caption's unit word (None: counts)
    header: list[tuple[int, str]]
    rows: list[list[tuple[int, str]]]


def _caption(text: str, header_start: int) -> tuple[list[str], str | None] | None:
    """The caption above the header line at `header_start` and the unit it names (None: counts), or None
    when no caption marks a table there."""
    window = text[max(0, header_start - 80 * _CAPTION_REACH) : header_start].split("\n")
    above = [line for line in window if line.strip()][-_CAPTION_REACH:]
    if any(_NOT_A_TABLE.search(line) for line in above):
        return None
    marked = any(CAPTION_LABEL.match(line.strip()) or _INTRODUCED.search(line) for line in above)
    unit = _caption_unit(above)
    return (above, unit) if marked or unit is not None else None


def _caption_unit(lines: list[str], default: str | None = None) -> str | None:
    """The unit the nearest line (the last) of `lines` names in brackets ("（百万美元）"), else `default`."""
    for line in reversed(lines):
        if found := CAPTION_UNIT.search(line):
            return _UNIT_WORD.get(found.group("unit"), found.group("unit"))
    return default


def _line_at(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


# a character every separator holds, found by plain one-character search (a regex over a whole report,
# or a longer needle, costs ten times more); a header set with dot leaders alone is not looked for, but
# rows with them are read inside a table
_SEPARATOR_STARTS = ("\t", "|", "…", "·")


def _separator_lines(text: str) -> list[int]:
    """The start of every line holding a separator that may be a header, in order; each line is searched
    once. A line ending in a digit is a row of numbers or of contents with its page: never a header."""
    starts: set[int] = set()
    for word in _SEPARATOR_STARTS:
        pos = text.find(word)
        while pos >= 0:
            end = text.find("\n", pos)
            if end < 0:
                end = len(text)
            last = end - 1
            while last > pos and text[last] in " \t\u3000\r":
                last -= 1
            if not text[last].isdigit():
                start = text.rfind("\n", 0, pos) + 1
                if SEPARATOR.search(text, start, end):
                    starts.add(start)
            pos = text.find(word, end)
    return sorted(starts)


def _tables(text: str) -> list[_Table]:
    """Every table of `text`. Only lines holding a separator can be a header; rows are read on from
    there, line by line."""
    found: list[_Table] = []
    resume = 0  # rows already read belong to a table found before
    for start in _separator_lines(text):
        if start < resume:
            continue
        line = _line_at(text, start)
        header = _cells(line, start)
        if header is None or not _header_row(header) or _NOT_A_TABLE.search(line):
            continue
        caption = _caption(text, start)
        if caption is None:
            continue
        rows = []
        pos = start + len(line) + 1
        while pos <= len(text) and (notes := _cells(_line_at(text, pos), pos)) and _notes_row(notes):
            pos += len(_line_at(text, pos)) + 1  # "\t（两年期）\t\t（核定）": notes under the header's names
        while pos <= len(text):
            row_line = _line_at(text, pos)
            row = _cells(row_line, pos)
            if row is not None and _data_row(row):
                rows.append(row)
            elif row is not None or not (not row_line.strip() or _GAP_LINE.fullmatch(row_line.strip())):
                break
            pos += len(row_line) + 1
        resume = pos
        found.append(_Table(caption[0], caption[1], header, rows))
    return found


# A table set with spaces alone ("文书 签署国数目 缔约方数目" over "《反腐败公约》 140 178") is looked for
# only right under a bare label line (表 1, 附件): its header is a short line of names with no
# punctuation, its rows a label and the numbers ending the line; a label too long for one line wraps
# onto the next.
_BARE_LABEL = re.compile(
    r"^[ \u3000]*(?:附?表[ \u3000]*[\d一二三四五六七八九十]*|附件[一二三四五六七八九十]*)[ \u3000]*$"
)
_SPACED_ROW = re.compile(r"(?P<label>\S(?:.*?\S)?)(?P<numbers>(?:[ \u3000]+[-−]?\d[\d,.]*)+)[ \u3000]*")
_SENTENCE_MARK = re.compile(r"[，。；：、,;:]")
# a header's names may hold a colon ("反恐怖主义：刑事司法和执法官员"), never a sentence's other marks
_HEADER_MARK = re.compile(r"[，。；、,;]|[：:]$")
_LABEL_MARKS = ("表", "附")  # one character each: a longer needle is searched far more slowly


# a header's cells split at every space, only at runs of two or more ("2016 年 6 月 30 日" is one), or,
# set with single spaces, at every space but inside a date ("类别 2014 年 2015 年")
_DATE_CELL = r"(?:19|20)\d{2} ?年(?: ?\d{1,2} ?月(?: ?\d{1,2} ?日)?)?(?:底|初|末)?"
_HEADER_CELL_SPLITS = (
    re.compile(r"\S+"),
    re.compile(r"\S+(?: \S+)*"),
    re.compile(rf"{_DATE_CELL}|\S+"),
)
# (the last split: "截至 2018 年…的批准情况" is none; "2015 年 2016 年 同比变化（%）", dates then a name, is)
_DATES_AFTER_A_NAME = re.compile(rf"\S+(?: {_DATE_CELL})+|{_DATE_CELL}(?: {_DATE_CELL})+(?: [^\s\d]\S*)?")


def _spaced_header(line: str, start: int) -> list[tuple[int, str]] | None:
    if _HEADER_MARK.search(line):
        return None
    for cell in _HEADER_CELL_SPLITS:
        if cell is _HEADER_CELL_SPLITS[-1] and not _DATES_AFTER_A_NAME.fullmatch(line.strip()):
            continue
        tokens = [(start + m.start(), m.group()) for m in cell.finditer(line)]
        if 2 <= len(tokens) <= 8 and all(len(t) <= 20 for _, t in tokens) and _header_row(tokens):
            return tokens
    return None


def _spaced_row(line: str, start: int, columns: set[int]) -> list[tuple[int, str]] | None:
    indent = len(line) - len(line.lstrip(" \u3000"))  # " 合计  349.0  377.0": a total row set in
    line, start = line[indent:], start + indent
    m = _SPACED_ROW.fullmatch(line)
    if (
        m is None
        or _SENTENCE_MARK.search(m.group("label").replace("、", ""))
        or m.group("label")[-1].isdigit()
    ):
        return None
    numbers = [
        (start + n.start() + m.start("numbers"), n.group()) for n in re.finditer(r"\S+", m.group("numbers"))
    ]
    numbers = grouped_numbers(numbers, columns) or numbers  # "141 650 152 860 7.9" under three columns
    return [(start + m.start("label"), m.group("label")), *numbers]


def _spaced_tables(text: str) -> list[_Table]:
    found: list[_Table] = []
    for mark in _LABEL_MARKS:
        pos = text.find(mark)
        while pos >= 0:
            if pos and not text[pos - 1].isspace():
                pos = text.find(mark, pos + 1)  # the common case: 代表, 发表 — no label opens a line there
                continue
            start = text.rfind("\n", 0, pos) + 1
            line = _line_at(text, start)
            resume = start + len(line) + 1
            if _BARE_LABEL.fullmatch(line) and (table := _spaced_table(text, resume)):
                found.append(table[0])
                resume = table[1]  # each line is read once: the search goes on after the table
            pos = text.find(mark, resume)
    return found


def _spaced_table(text: str, pos: int) -> tuple[_Table, int] | None:
    """The table set with spaces whose header stands within a few lines after `pos` (a label's end), and
    where it ends."""
    caption: list[str] = []
    while pos < len(text) and len(caption) < _CAPTION_REACH:
        line = _line_at(text, pos)
        nxt = pos + len(line) + 1
        if line.strip():
            header = _spaced_header(line, pos)
            if header is not None:
                rows, end = _spaced_rows(text, nxt, {len(header), len(header) - 1})
                if rows:
                    return _Table(caption, _caption_unit(caption), header, rows), end
            caption.append(line)
        pos = nxt
    return None


def _spaced_rows(text: str, pos: int, columns: set[int]) -> tuple[list[list[tuple[int, str]]], int]:
    """The rows from `pos` on, and where they end."""
    rows: list[list[tuple[int, str]]] = []
    prefix: tuple[int, str] | None = None  # the first line of a label that wraps
    while pos < len(text):
        line = _line_at(text, pos)
        if line.strip():
            row = None if _BARE_LABEL.fullmatch(line) else _spaced_row(line, pos, columns)
            if row is not None:
                if prefix is not None:
                    row[0] = (prefix[0], prefix[1] + row[0][1])
                rows.append(row)
                prefix = None
            elif prefix is None and not re.search(r"\d|[。；;]", line) and len(line.strip()) <= 40:
                prefix = (pos + len(line) - len(line.lstrip()), line.strip())
            else:
                break
        pos += len(line) + 1
    return rows, pos


def table_cells(text: str) -> list[QuantityMention]:
    """Every number in a table cell of `text`, with its caption's unit; offsets are into `text`."""
    return [
        m
        for table in all_tables(text)
        for row in table.rows
        for m in _row_mentions(row, table.header, table.unit)
    ]


def all_tables(text: str) -> list[_Table]:
    tables = _tables(text)
    taken = {start for table in tables for row in table.rows for start, _ in row}
    return tables + [t for t in _spaced_tables(text) if not any(s in taken for r in t.rows for s, _ in r)]


def _row_mentions(
    row: list[tuple[int, str]], header: list[tuple[int, str]], unit: str | None
) -> list[QuantityMention]:
    label = row[0][1]
    # a header naming the label column too lines up with the row; one without it, with the values
    names = [c for _, c in header] if len(header) == len(row) else ["", *(c for _, c in header)]
    out = []
    for column, (start, cell) in enumerate(row[1:], start=1):
        if not is_number(cell):
            continue
        name = names[column] if column < len(names) else ""
        quantity = _quantity(cell, column_unit(name, column_unit(label, unit)))
        if quantity is None:
            continue
        timed = re.match(r"\s*(?:19|20)\d{2}", name) is not None  # a column per year: the row says what
        counted = (label if timed else name or label) if quantity.category == "count" else label
        out.append(
            QuantityMention(
                **{
                    **quantity.model_dump(),
                    "counted": counted or None,
                    "in_table": True,
                    "start": start,
                    "end": start + len(cell),
                    "surface": "".join(cell.split()),
                },
            )
        )
    return out


_SHARE_NAME = re.compile(r"百分比|比例|%")  # "占 2018 年总额的百分比": a column of shares, in percent


def column_unit(name: str, unit: str | None) -> str | None:
    """A column's (or a row's) own unit ("执行率（%）", "捐助方数目（个）", a share's percent) over the
    caption's."""
    own = _caption_unit([name])
    if own is None and _SHARE_NAME.search(name):
        return "%"
    return own or unit


def _quantity(cell: str, unit: str | None) -> QuantityMention | None:
    """The cell's number read with the caption's unit written after it ("121.4百万美元"); a space that
    groups thousands ("41 764.0") is dropped first."""
    found = extract_text(f"{''.join(cell.split())}{unit or '个'}")
    return found[0] if len(found) == 1 and found[0].start == 0 else None
