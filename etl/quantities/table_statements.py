"""Table statements: each cell of a table written as text, read as the sentence its row and column state.

"截至2012年12月31日，《贩运人口议定书》的缔约方为153个": the column's time (or the caption's), the row's
label and the column's measure, the cell's value and unit (`tables` finds the tables and their units).
`etl.table_facts` classifies these sentences with the catalog's rules.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from etl.quantities.tables import CAPTION_LABEL, CAPTION_UNIT, SEPARATOR, all_tables, column_unit, is_number


@dataclass(frozen=True)
class TableStatement:
    """One table cell read as the sentence its row and column state (for the classifier to read)."""

    start: int  # the cell's span in the text
    end: int
    topic: str  # the table's title: its caption without label or unit ("集装箱管制方案主要缉获量")
    statement: str  # "截至2012年12月31日，《贩运人口议定书》的缔约方为153个"
    quote: str  # the caption, the column names and the row, as written (whitespace collapsed)


# a column named by a time ("2018 年", "截至 2013 年 6 月 30 日", "2016-2017 两年期"): its cells are values
# at that time; any other column name names the measure
_TIME_COLUMN = re.compile(
    r"(?:截至|截止到?)?(?:19|20)\d{2}(?:[-–—](?:19|20)?\d{2})?年?"
    r"(?:度|底|初|年中|两年期|\d{1,2}月(?:\d{1,2}日)?(?:底|末)?)?"
)
_TOPIC_TIME = re.compile(
    r"(?:截至|截止到?)[^，。；的]{2,16}(?:日|月底|年底|月)|(?:19|20)\d{2}[-–—](?:19|20)?\d{2}年?两年期"
    r"|(?:19|20)\d{2}年度?"
)
# a column named by a time and a measure ("2014-2015初步预算", "2012-2013最终预算", "2019年支出")
_TIME_THEN_MEASURE = re.compile(
    r"(?P<time>(?:19|20)\d{2}(?P<pair>[-–—](?:19|20)?\d{2})年?|(?:19|20)\d{2}年度?)"
    r"(?:两年期)?的?(?P<measure>[\u4e00-\u9fff][^，。；]{0,12})$"
)
_NOTE_LETTER = re.compile(r"(?<=年)[a-e]$")  # "2019 年 a": a column's footnote letter (a: 初步数字)
_PARAGRAPH_END = re.compile(r"[。；;]\s*$|^\s*\d{1,3}\.\s")
# a row under "其中：" (of which) is a part of the row before; its label is its own
_OF_WHICH_LABEL = re.compile(r"^(?:其中|包括)[：:]")
_PURPOSE_ONLY = re.compile(r"(?:普通|一般|特别|特殊|专门|指定|未指定)用途|专用")
_FUNDS_NOUN = re.compile(r"捐款|资金|收入")
_TOTAL_ROW = re.compile(r"共计|合计|总计|总额|总数|合共")
# "按主题方案分列的特别用途捐款", "2014 年按基金分列的自愿捐款认捐情况": what the table breaks down
_BROKEN_DOWN = re.compile(
    r"^(?:(?:19|20)\d{2}年度?)?按[^，。；的]{1,12}分列的(?P<subject>[^，。；]{2,20}?)"
    r"(?:的?(?:情况|数目|数量|数额|金额|总额|总数))?$"
)
_PERSONS = re.compile(r"人员|官员|人数|检察官|法官|警官|从业者")


def _topic(caption: list[str]) -> str:
    """The caption's title lines (after the text before the table), without label, unit and spaces."""
    lines: list[str] = []
    for line in caption:
        if _PARAGRAPH_END.search(line) or SEPARATOR.search(line):
            lines = []  # the end of the paragraph or table before: the caption starts after it
            continue
        plain = CAPTION_UNIT.sub("", line).strip()
        if plain and not CAPTION_LABEL.fullmatch(plain) and not CAPTION_LABEL.match(plain + " "):
            lines.append(plain)
    return "".join("".join(lines).split())


def table_statements(text: str) -> list[TableStatement]:
    """Every table cell of `text` read as a sentence: "{time}，{row label}的{column name}为{value}{unit}",
    the time from the column when it names one, else from the caption (none: the report's own)."""
    out = []
    for table in all_tables(text):
        topic = _topic(table.caption)
        caption_time = m.group(0) if (m := _TOPIC_TIME.search(topic)) else ""
        header = [c for _, c in table.header]
        labels = Counter(row[0][1] for row in table.rows)
        for row in table.rows:
            names = header if len(header) == len(row) else ["", *header]
            row_text = " ".join(c for _, c in row)
            for column, (start, cell) in enumerate(row[1:], start=1):
                if not is_number(cell):
                    continue
                name = _NOTE_LETTER.sub("", "".join(names[column].split())) if column < len(names) else ""
                timed = bool(name) and _TIME_COLUMN.fullmatch(name) is not None
                time = name if timed else caption_time
                measure = "" if timed else name
                if not timed and (own := _TIME_THEN_MEASURE.match(name)):
                    # "2014-2015初步预算": the column's own time, then its measure
                    time = own.group("time") + ("两年期" if own.group("pair") else "")
                    measure = own.group("measure")
                unit = column_unit(name, column_unit(row[0][1], table.unit)) or (
                    "名" if _PERSONS.search(topic + measure) else "个"
                )
                measure = CAPTION_UNIT.sub("", measure)
                label = _OF_WHICH_LABEL.sub("", CAPTION_UNIT.sub("", "".join(row[0][1].split())))
                funds = _FUNDS_NOUN.search(topic)
                if funds and _PURPOSE_ONLY.fullmatch(label) and labels[row[0][1]] == 1:
                    # "专用" in a table of contributions: 专用捐款 (not a label repeated under each fund: a
                    # part of that fund's pledges)
                    label += funds.group(0)
                subject = f"{label}的{measure}" if measure else label
                if not measure and _TOTAL_ROW.fullmatch(label) and (by := _BROKEN_DOWN.match(topic)):
                    # "按主题方案分列的特别用途捐款 … 共计 338.6": the total row states the title's subject
                    subject = by.group("subject") + ("总额" if "美元" in unit else "总数")
                value = "".join(cell.split())  # "41 764.0": the space groups thousands
                statement = f"{time}，{subject}为{value}{unit}" if time else f"{subject}为{value}{unit}"
                quote = " ".join([topic, " ".join(header), row_text]).strip()
                out.append(TableStatement(start, start + len(cell), topic, statement, quote))
    return out
