"""Quantities: extract every stated quantity (money, counts, mass, area, volume, percent) from Chinese text.

A pure function of text: no database, no pipeline, only the standard library and pydantic.

    >>> from etl.quantities import extract, parse_quantity
    >>> parse_quantity("约 2.45 亿美元").value
    245000000.0
    >>> [m.surface for m in extract("有 1,600 多名官员接受了培训，覆盖六个国家。")]
    ['1,600多名', '六个']

Offsets are code points into the string passed to `extract()`; callers that extract per paragraph add the
paragraph's start. Modules: `models` (the types), `numerals` (numbers), `tokens` (one number as written),
`grammar` (its amount and unit), `qualifiers` (约, 以上…), `lexicon` (words as data), `exclusions`
(not-a-mention rules), `halves` (半吨, 一吨半), `one_counts` (一 as a count), `totals` (counts with no
measure word), `set_phrases` (为数逾百的国家), `phrases` (the `counted` field), `candidates` (where the pass
stops), `scanner` (the pass), `tables` (cells of tables written as text), `table_statements` (each cell read
as its row's sentence), `_native` (their mypyc build, used when it matches the sources).
"""

from __future__ import annotations

from etl.quantities import _native

# before any compiled module is imported: the native build when it matches the sources (see _native)
IMPLEMENTATION = _native.activate(__path__)

from etl.quantities.models import Quantity, QuantityMention  # noqa: E402
from etl.quantities.scanner import extract as extract_prose  # noqa: E402
from etl.quantities.tables import table_cells  # noqa: E402

__all__ = ["IMPLEMENTATION", "Quantity", "QuantityMention", "extract", "parse_quantity"]


def extract(text: str) -> list[QuantityMention]:
    """Every quantity mention in `text`, ordered by start; offsets are code points into `text`.

    The numbers of running text, and those of table cells (`in_table`), which take their unit from the
    table's caption; a cell a prose mention already covers is not taken twice."""
    mentions = extract_prose(text)
    cells = table_cells(text)
    if not cells:
        return mentions
    taken = [(m.start, m.end) for m in mentions]
    cells = [c for c in cells if not any(a < c.end and c.start < b for a, b in taken)]
    return sorted([*mentions, *cells], key=lambda m: m.start)


def parse_quantity(text: str) -> Quantity | None:
    """Normalize ONE written quantity ('约 2.45 亿美元', '1,600 多名官员', '六项决议', '不到1%').

    Returns the first quantity found in `text`, or None if it holds none: '2011 年', '第四届',
    'E/CN.7/2012/1' and '一项研究' are not quantities.
    """
    found = extract_prose(text)
    return found[0].quantity() if found else None
