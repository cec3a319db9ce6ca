"""Models: the typed results of quantity extraction (a normalized quantity, and a mention of one)."""

from __future__ import annotations

import pydantic

from etl.quantities.lexicon import Category, Qualifier


class Quantity(pydantic.BaseModel, frozen=True):
    """One stated quantity, normalized.

    `value` is in plain units: money in units of the currency (2.45亿美元 → 245000000), mass in
    tonnes (吨) or kilograms (公斤/千克), counts as plain numbers (六 → 6), percent as the number
    (15.3%). `value_max` is the upper end of a range (10-15个 → 10, 15), else None.
    """

    value: float
    value_max: float | None = None
    unit: str  # 'USD' (other currencies: ISO code), 'count', 't', 'kg', 'ha', 'km2', 'l', 'percent'
    qualifier: Qualifier = "exact"
    counted: str | None = None  # counts: measure word + noun ('个国家'); money/percent: what is measured
    category: Category


class QuantityMention(Quantity, frozen=True):
    """A quantity found in a text, with its span.

    `start`/`end` are code-point offsets into the text given to `extract()` (end exclusive) and cover
    qualifier + number + unit or measure word ('约 2.45 亿美元', '1,600 多名', '90%左右').
    `surface` is that span with all whitespace removed ('1,600多名').
    """

    start: int
    end: int
    surface: str
    in_table: bool = False  # a table cell's bare number, its unit from the table's caption

    def quantity(self) -> Quantity:
        """The normalized quantity without its position."""
        return Quantity(**self.model_dump(include=set(Quantity.model_fields)))
