"""Period stage: decide which year or biennium a stated quantity refers to, and on which basis."""

from __future__ import annotations

import re

from etl.models import Basis, DocumentMeta

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_BIENNIUM = re.compile(r"((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})\s*(?:年)?\s*两年期")
_REPORT_TIME = re.compile(r"在编写本报告时|截至本报告|迄今为止|迄今|目前|在本?报告所述期间")


def resolve_period(clause: str, meta: DocumentMeta, basis: Basis) -> tuple[int, int, str] | None:
    """(period_start, period_end, rule) for a quantity whose clause (text before it) is given."""
    if basis == "biennium":
        biennia = _BIENNIUM.findall(clause)
        if biennia:
            start, end = biennia[-1]
            return int(start), int(end), "biennium in clause"
        return None
    years = _YEAR.findall(clause)
    if years:
        year = int(years[-1])
        return year, year, "year in clause"
    end = meta.coverage_end or meta.published_year
    if end is None:
        return None
    if basis == "as_of" or _REPORT_TIME.search(clause):
        return end, end, "report date"
    start = meta.coverage_start or end
    return start, end, "report coverage"
