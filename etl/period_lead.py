"""Lead stage of the period rules: which of the times named before a value is the value's own.

`etl.period_anchor` finds the times a sentence names; `etl.periods` turns one into a period. In
between, this module reads the lead (the sentence up to the value) for the cases where the nearest time
is not simply the answer: values listed 分别 after several times (rule 8), the value a change starts
from or reaches (rule 2), and a change "over the same period" as the clause before.
"""

from __future__ import annotations

import re

from etl.period_anchor import CLAUSE_COMMA
from etl.timeexpr import CHANGE_VERB, YEAR, TimeExpr

_RESPECTIVELY = re.compile(r"分别|依次")
_CLAUSE_END = re.compile(r"[；;。]")
# the values already listed after 分别: Arabic numbers, or Chinese numerals with a measure word
_LISTED_VALUE = re.compile(
    r"[0-9０-９]+(?:[.,．][0-9０-９]+)*|[零一二两三四五六七八九十百千]+(?=[个名项次起份种])"
)


def respective_time(pair: TimeExpr, lead: str) -> TimeExpr:
    """The year of a value listed after 分别 (rule 8): the pair (or span) itself when nothing is listed.

    A span of years ("2014 年至 2017 年分别为 182、184、186 和 187 个") gives its n-th year to the n-th
    value; a pair its first and last."""
    listed = _RESPECTIVELY.search(lead, pair.end)
    if listed is None or _CLAUSE_END.search(lead, listed.end()):
        return pair  # 分别 governs its own clause only
    n = len(_LISTED_VALUE.findall(lead, listed.end()))
    if pair.kind == "span":
        years = list(range(pair.first, pair.last + 1))
    else:
        years = list(pair.listed) or [pair.first, pair.last]
    if n >= len(years):
        return TimeExpr(pair.start, pair.end, 0, 0, "unanchored")
    year = years[n]
    if pair.kind == "bienniums":  # the n-th value is the n-th biennium's (each named by its first year)
        return TimeExpr(pair.start, pair.end, year, year + 1, "biennium")
    return TimeExpr(pair.start, pair.end, year, year, "year")


_TIME_JOINER = frozenset({"和", "及", "以及", "与", "、"})


def joined_times(exprs: list[TimeExpr], lead: str) -> list[TimeExpr]:
    """The times joined by 和/及/、 that end with the last one ("2020-2021 两年期和 2022 年"), in order."""
    run = [exprs[-1]]
    for expr in reversed(exprs[:-1]):
        if lead[expr.end : run[0].start] not in _TIME_JOINER:
            break
        run.insert(0, expr)
    return run


def nth_joined(run: list[TimeExpr], lead: str) -> TimeExpr:
    """The time of a value listed 分别 after times of different kinds ("在 2020-2021 两年期和 2022 年分别为
    6.58 亿美元和 3.56 亿美元"): the n-th value's is the n-th time (rule 8); with no 分别, none."""
    listed = _RESPECTIVELY.search(lead, run[-1].end)
    if listed is None or _CLAUSE_END.search(lead, listed.end()):
        return TimeExpr(run[-1].start, run[-1].end, 0, 0, "unanchored")
    n = len(_LISTED_VALUE.findall(lead, listed.end()))
    return run[n] if n < len(run) else TimeExpr(run[-1].start, run[-1].end, 0, 0, "unanchored")


_CHANGE_TARGET = re.compile(rf"(?:(?:{CHANGE_VERB}|扩大|扩展)了?(?:到|至)|[增升降减跌]至)$")


# "2011 年至 2012 年" (not "2011-2012 两年期"): from one year to another
YEAR_TO_YEAR = re.compile(rf"{YEAR}年(?:至|到){YEAR}年")


# "…从 2014 年的 203 个增至 2018 年的 296 个；同期，这些实验室所属的国家从 62 个增至 86 个"
_SAME_PERIOD = re.compile(r"[；;，,]同期[，,]?[^；;。]*$")


def same_period_span(lead: str, exprs: list[TimeExpr], origin: bool) -> int | None:
    """The year of a value in a change "over the same period" as the clause before, whose change ran
    from one year to a later one: the first year for the value it started from, else the last."""
    if len(exprs) < 2 or not (same := _SAME_PERIOD.search(lead)) or exprs[-1].end > same.start():
        return None
    first, last = exprs[-2], exprs[-1]
    if first.kind != "year" or last.kind != "year" or first.first >= last.first:
        return None
    if not (origin or reached_from(lead, last)):
        return None
    return first.first if origin else last.first


def reached_from(lead: str, expr: TimeExpr) -> bool:
    """The value a change reaches (`从 X 增至` ends the lead), 从 standing after `expr` in its clause."""
    if not _CHANGE_TARGET.search(lead):
        return False
    marker = max(lead.rfind("从", expr.end), lead.rfind("由", expr.end))
    return marker >= 0 and not CLAUSE_COMMA.search(lead, marker)


def dates_the_origin(lead: str, expr: TimeExpr) -> bool:
    """The year written after 从 dates the value a change starts from, not the value it reaches
    (rule 2b): the lead ends with the change verb, and 从 stands before the year in the same clause."""
    if not _CHANGE_TARGET.search(lead):
        return False
    marker = max(lead.rfind("从", 0, expr.start), lead.rfind("由", 0, expr.start))
    return marker >= 0 and not CLAUSE_COMMA.search(lead, marker)


# "毒品方案基金的认捐额 2012 年为 1.19 亿美元，2013 年为 1.27 亿美元；预防犯罪基金的认捐额分别为…": years
# each stating a value, then values listed 分别 in a later clause that names no time
# (or bienniums each before their value: "从 2008-2009 两年期的 512.0 百万美元降至 2010-2011 两年期的…；
# 其中预算外资源分别为…")
_YEAR_STATES_AFTER = re.compile(r"(?:底|初|年中)?(?:为|是|达到?|的)")
_CLAUSE_BREAK_BEFORE = re.compile(r"[；;，,]")


def years_stated_then_respectively(exprs: list[TimeExpr], lead: str) -> TimeExpr | None:
    """The time of the n-th value listed 分别 after clauses of years each stating a value: the n-th year
    (rule 8); None when the lead is not so written."""
    last = exprs[-1]
    listed = _RESPECTIVELY.search(lead, last.end)
    if listed is None or _CLAUSE_END.search(lead, listed.end()):
        return None
    if not _CLAUSE_BREAK_BEFORE.search(lead, last.end, listed.start()):
        return None
    years = [e for e in exprs if e.kind == last.kind and _YEAR_STATES_AFTER.match(lead, e.end)]
    if last.kind not in ("year", "biennium") or len(years) < 2 or years[-1] is not last:
        return None
    n = len(_LISTED_VALUE.findall(lead, listed.end()))
    if n >= len(years):
        return TimeExpr(last.start, last.end, 0, 0, "unanchored")
    return years[n]
