"""Series: values listed 分别 read as one measure year by year, or as restatements of values stated before.

"可卡因缉获量 2014 年至 2016 年分别为 47 吨、…" reads as if 分别 (and the years) were not there, each value
the measure's ("可卡因缉获量为"); "…分别为 42 个、79 个和 4,650 名。2018 年，上述数字分别为 38 个、74 个和
4,100 多名" restates, in order, the values stated before, each with its own measure. Each function returns
the `Match` it reads, or None (or, for restatements, the matches of each listed value).
"""

from __future__ import annotations

import re
from dataclasses import replace

from etl.catalog import Catalog, rx
from etl.matching import Match, best_match
from etl.mention_context import MentionContext, listed_run
from etl.neighbours import other_measure
from etl.timeexpr import time_expressions

# "可卡因缉获量 2014 年至 2016 年分别为 47 吨、…", "官员人数分别为 2,950 名、…", "预算外资源在 2020-2021
# 两年期和 2022 年分别为…": the years and 分别 that
# stand between a measure and its verb (and an aside before them: "缔约方数目（均为当年 6 月 30 日的数字）"),
# taken out to read the plain statement ("可卡因缉获量为")
_YEARS_THEN_RESPECTIVELY = re.compile(
    r"(?:[（(][^（）()]{1,20}[）)])?"
    r"(?:在?(?:19|20)\d{2}年?(?:底|初|年中|两年期)?(?:(?:[-‐–—至到和及与、])(?:19|20)\d{2}年?(?:底|初|年中|两年期)?)*[，,]?)?"
    r"[，,]?(?:分别|依次)(?=(?:为|是|达到?|有)?$)"  # (a comma may come first: "…的实验室，分别为")
)


# a trend stated before a comma, then the years' values ("…持续增长，2019 年至 2022 年分别为"): read past
_TREND_THEN_SERIES = re.compile(
    r"(?:在[^，,；;。]{0,10}?(?:中|内|里|来)|近年来|多年来|历年来?)?(?:一直|持续|继续|逐年|稳步|不断|保持)?"
    r"(?:增长|上升|增加|下降|减少|攀升|回升|呈[^，,；;。]{0,4}趋势)[^，,；;。]{0,4}?[，,](?=(?:为|是|达到?|有)?$)"
)
# what is left of a clause that held only the years and 分别 ("…创历史新高；")
_SERIES_OPENS_CLAUSE = re.compile(r"[；;](?=(?:为|是|达到?|有)?$)")
# the words of a clause before its first value that is not a year (or the paragraph's number)
_PARAGRAPH_NUMBER = re.compile(r"^\d{1,3}\.(?!\d)")
_FIRST_VALUE = re.compile(r"(?:^|[；;。])(?P<words>[^；;。]*?)\d[\d,.]*(?![\d,.])(?!\s*年)")
# Two years or a span of them: the values listed 分别 after them are one measure's, year by year
_YEAR_SERIES = ("pair", "span", "biennium")
_YEAR_STATES = re.compile(
    r"(?:19|20)\d{2}年(?:底|初|年中)?(?:为|是|达到?)|(?:19|20)\d{2}[-‐–—](?:19|20)?\d{2}年?两年期的?[0-9]"
)


def respectively_taken_out(ctx: MentionContext, catalog: Catalog) -> Match | None:
    """The first value of a time series listed 分别 after its measure ("2008 年底和 2009 年底，缔约方
    数目分别为 147 个和 154 个"), matched as if 分别 (and the years before it) were not there. Only for
    years: values listed 分别 against several titles or subjects pair up with them or not at all."""
    clause = re.split(r"[；;。]", ctx.windows["before"])[-1]
    if not any(e.kind in _YEAR_SERIES for e in time_expressions(clause)) and (
        len(_YEAR_STATES.findall(ctx.lead)) < 2 or _YEAR_STATES.search(clause)
    ):
        # (or years stating values one by one in the clauses before: "毒品方案基金的认捐额 2012 年为 X，
        # 2013 年为 Y；预防犯罪基金的认捐额分别为 A 和 B")
        return None
    before = _YEARS_THEN_RESPECTIVELY.sub("", ctx.windows["before"])
    if before == ctx.windows["before"]:
        return None
    if (trend := _TREND_THEN_SERIES.search(before)) is not None:
        # "自愿捐款认捐额在过去几年中持续增长，2019 年至 2022 年分别为 …": the measure whose trend the clause
        # before stated ("自愿捐款认捐额为")
        before = before[: trend.start()] + before[trend.end() :]
    if (opened := _SERIES_OPENS_CLAUSE.search(before)) is not None and (
        subject := _FIRST_VALUE.search(_PARAGRAPH_NUMBER.sub("", ctx.lead[: ctx.lead.rfind(opened.group())]))
    ):
        # "认捐总额计有 3.872 亿美元，…；2016 年、2017 年和 2018 年分别为 …": a clause of years alone takes
        # the measure of the clause before it, as stated before its first value
        before = subject.group("words")
    after = ctx.windows["after"]
    if rx(catalog.cues.list_joiner).search(after):
        after = ""  # "分别为 147 个和 154 个": the joiner to the next value is no noun of this one
    plain = replace(
        ctx,
        windows={**ctx.windows, "before": before, "after": after},
        before_instrument=_YEARS_THEN_RESPECTIVELY.sub("", ctx.before_instrument),
    )
    return best_match(plain, catalog)


# "…892 种…，报告的国家达到 119 个，而 2015 年底分别为 644 种和 102 个": the same measures at another time
# (or "…（上一报告期依次为 33 个、69 个和 1,800 多名）")
_EARLIER_RESPECTIVELY = re.compile(
    r"[，,；;（(](?:而|则)?(?:在)?(?:(?:19|20)\d{2}年(?:底|初|年中)?|上一?(?:个|次)?报告(?:所述)?(?:期间|时期|期))"
    r"(?:同期|时)?(?:分别|依次)(?:为|是)$"
)


# "2018 年，上述数字分别为": the figures an earlier sentence listed (opening the sentence, with a time)
_THE_ABOVE_RESPECTIVELY = re.compile(
    r"^(?:\d{1,3}\.)?(?:(?:在|截至)?(?:19|20)\d{2}年(?:底|初|年中)?[，,]?)?(?:上述|这些|以上|前述)(?:数字|数目|数据)"
    r"(?:分别|依次)(?:为|是)$"
)


def values_restated_respectively(
    contexts: list[MentionContext], index: int, chosen: dict[int, Match], catalog: Catalog
) -> dict[int, Match]:
    """Values listed 分别 after a year that restate, in order, the values the sentence stated just
    before them, each with its own measure: {index of each listed value: the match it continues}."""
    ctx, joiner = contexts[index], rx(catalog.cues.list_joiner)
    previous = ctx.previous
    if ctx.previous is None and index and _THE_ABOVE_RESPECTIVELY.search(ctx.windows["before"]):
        # "…分别为 42 个、79 个和 4,650 名。…2018 年，上述数字分别为 38 个、74 个和 4,100 多名": the values
        # the last sentence that stated any listed, restated for another time
        previous = index - 1
    elif not _EARLIER_RESPECTIVELY.search(ctx.windows["before"]):
        return {}
    group = listed_run(contexts, index, joiner)
    stated: list[int] = []
    while previous is not None and len(stated) < len(group):
        counterpart = contexts[group[len(group) - 1 - len(stated)]].mention
        if not other_measure(contexts[previous].mention, counterpart) or previous in chosen:
            # (a value counted in another measure that no rule read stands aside: "通过 26 次讲习班覆盖
            # 了 73 个国家…（上一报告期依次为 33 个、69 个和 1,800 多名）")
            stated.insert(0, previous)
        previous = contexts[previous].previous
    if len(group) < 2 or len(stated) != len(group):
        return {}
    # "23 项独立项目评价和三项深入评价（2012 年分别为 17 项和两项）": the values whose measure no rule
    # names (三项深入评价) still hold their place in the order; the others restate theirs
    known = [i for i in stated if i in chosen]
    if not known or len({chosen[i].indicator.id for i in known}) != len(known):
        return {}
    pairs = [(a, b) for a, b in zip(stated, group, strict=True) if a in chosen]
    if any(other_measure(contexts[a].mention, contexts[b].mention) for a, b in pairs):
        return {}
    return {
        item: Match(chosen[a].indicator, chosen[a].rule, f"{chosen[a].label.split(' ')[0]} (restated)")
        for a, item in pairs
    }
