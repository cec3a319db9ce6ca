"""Report time: the report's own period, and the time of a number whose sentence names none.

A report covers a period (`coverage_start`..`coverage_end`; a General Assembly report running mid-2011 to
mid-2012 is its end year's). A number whose sentence names no usable time takes the previous report's
period (`较上一报告期间的 59 个`), the time of writing (`在编写本报告时`, for a level) or the report's own
period (rules 4, 10 and 12 of `etl.periods`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.models import Basis, DocumentMeta
from etl.period_anchor import AS_OF_WRITING, REPORT_PERIOD, TimeContext, is_change_origin

__all__ = ["Period", "default_period", "previous_report", "report_time"]


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    basis: Basis
    rule: str


def default_period(meta: DocumentMeta) -> tuple[int, int] | None:
    """The report's own period: its coverage, a mid-year to mid-year coverage being its end year."""
    end = meta.coverage_end or meta.published_year
    if end is None:
        return None
    start = meta.coverage_start or end
    return (end, end) if end - start <= 1 else (start, end)


def previous_report(meta: DocumentMeta) -> tuple[int, int] | None:
    """The period a report of the same series before this one covered: the own period, one length back."""
    period = default_period(meta)
    if period is None:
        return None
    start, end = period
    length = end - start + 1
    return start - length, end - length


# "较上一报告期间的 59 个": the period of the previous report, in the number's own clause
# (also at the clause's start: "而在上一报告期，得到支助的国家为 15 个")
_PREVIOUS_REPORT_PERIOD = re.compile(
    r"上一?(?:个|次|份)?报告(?:所述)?(?:期间|时期|期)(?:内|中)?(?:[，,][^，,；;。]*)?[^，,；;。]*$"
)


def report_time(ctx: TimeContext, meta: DocumentMeta, basis: Basis, lead: str) -> Period | None:
    """A number whose sentence names no usable time: the previous report's period, the time of writing or
    the report's own period (rules 4, 10)."""
    if _PREVIOUS_REPORT_PERIOD.search(lead) and (previous := previous_report(meta)) is not None:
        return Period(*previous, basis, "previous report period")
    writing = AS_OF_WRITING.search(lead) and not REPORT_PERIOD.search(lead)
    if writing and meta.published_year and basis in ("as_of", "cumulative"):
        year = meta.published_year
        return Period(year, year, basis, "as of writing")
    period = default_period(meta)
    if period is None:
        return None
    start, end = period
    origin = is_change_origin(lead, None, ctx.tail)
    if basis in ("as_of", "cumulative"):
        year = start - 1 if origin else end
        return Period(year, year, basis, "level before the report" if origin else "report end")
    if origin:
        return Period(start - 1, start - 1, basis, "value before the report")
    rule = "report period" if REPORT_PERIOD.search(lead) else "report coverage"
    if (
        rule == "report coverage"
        and start == end
        and meta.coverage_start == end - 1
        and _compared_with(ctx, end - 2)
    ):
        # "普通用途收入为 1,090 万美元，比 2019 年下降了 9.2%" in a report on mid-2020 to mid-2021: a year's
        # flow compared with 2019 is 2020's (rule 12)
        return Period(end - 1, end - 1, basis, "year after the one compared with")
    return Period(start, end, basis, rule)


_COMPARED_WITH_YEAR = re.compile(r"(?:^|[，,])(?:比|较|与|高于|低于|多于|少于)((?:19|20)\d{2})年")
_PART_END = re.compile(r"[；;。]")


def _compared_with(ctx: TimeContext, year: int) -> bool:
    """Whether the number's own sentence part compares it with `year` ("比 2019 年下降了 9.2%")."""
    clause = _PART_END.split(ctx.rest, maxsplit=1)[0]
    return any(int(m.group(1)) == year for m in _COMPARED_WITH_YEAR.finditer(clause))


# "与 2012 年相比，…从 X 增至 Y": a comparison with a year, then the change over it
