"""Anchor stage of the period rules: find the time expression that dates a quantity.

A number's time is read from the sentence before it (rule 1 of `etl.periods`); a sentence opening with
其中 / 同年 / 全年 / 与此同时 and naming no time reads the sentence or the paragraph before (rule 9); an
aside cut open after the number dates it; a flow or a level in a sentence naming no time takes the year or
the as-of date the sentence before opened with. `etl.periods.resolve_period` turns what is found here into
a period and a basis.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.models import Basis, DocumentMeta
from etl.timeexpr import CHANGE_VERB, DATED_EVENT, TimeExpr, mask, time_expressions


@dataclass(frozen=True)
class TimeContext:
    """What the period rules read: the sentence before the number, and its clause after it."""

    lead: str  # sentence text before the number, whitespace removed
    tail: str = ""  # clause text after the number
    previous: str = ""  # the sentence before, in the same paragraph (read only after 其中, rule 9)
    earlier: str = ""  # the paragraph before this sentence (read only for 同年 / 全年, rule 9)
    rest: str = ""  # the sentence after the number (read only for a comparison's year, rule 12)


AS_OF_WRITING = re.compile(
    r"在编写本报告时|截至本报告|编写本报告之时|(?:本)?报告定稿(?:时|之时)|迄今|至今|到目前为止|截至目前|目前"
)
REPORT_PERIOD = re.compile(r"报告所述(?:期间|时期)|本报告期|报告期内")
_CHANGE_FROM = re.compile(r"[从由]")
_CHANGE_TO = re.compile(rf"^[^，；。]{{0,8}}?(?:(?:{CHANGE_VERB}|扩大|扩展)(?:到|至)|增至|降至|跌至)")
# a clause break, not the thousands separator of "1,840"
CLAUSE_COMMA = re.compile(r"[，；;]|,(?![0-9０-９]{3})")
CLAUSE_END_OR_COMMA = re.compile(r"[，,；;。]")
# "其中", "在认捐总额中，", "在上述捐款中，": of which (the whole stated just before)
_OF_WHICH = re.compile(
    r"^(?:\d{1,3}\.)?(?:其中|在(?:上述|这些|该)?[^，,；;。]{0,8}(?:总额|总数|捐款|认捐)中[，,])"
)
_BULLETED = re.compile(r"^[•●▪◆■]")
_SAME_TIME_CLAUSE = re.compile(r"[；;，,](?:而|并)?(?:在)?(?:同期|同年|当年)(?:还|也|又|共|内)?[^；;。]*$")
_AS_OF_DATE = re.compile(r"截至((?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末)?)[，,]")
_OPEN_ASIDE = re.compile(r"[（(][^（）()]*$")
_MEANWHILE = re.compile(r"^(?:\d{1,3}\.)?(?:与此同时|同时)[，,]")
# "…缔约方数目在 2013 年底为 179 个。…议定书的缔约方数目在同一时间依次为…": the time just named
_AT_THE_SAME_TIME = re.compile(r"(?:在)?同一(?:时间|时期|年|日期)")
_SAME_DATE = re.compile(r"(?:截至|截止到?|在|于)(?:同日|同一天|当日|该日|同一日期?)")
_SAME_YEAR = re.compile(r"^(?:\d{1,3}\.)?(?:在)?同年")
_NEXT_YEAR = re.compile(r"次年|翌年")
_THAT_YEAR = re.compile(r"全年|当年|同年|这一年|该年|同期|同一时期|同一两年期|该两年期|这一两年期")
# "2020 年，…" or "2010 年自愿捐款认捐总额约…" (a dated event, "2010 年推出的…", is checked apart)
_YEAR_OPENING = re.compile(  # (after a topic set first too: "在自愿捐款方面，2012 年认捐的…")
    r"^(?:\d{1,3}\.)?(?:在[^，,。；;]{1,12}方面[，,])?(?:在)?((?:19|20)\d{2}年)(?:度|期间|内)?(?:[，,]|(?=[\u4e00-\u9fff]))"
)
# "截至 2014 年 5 月 31 日，…": a sentence opened by an as-of date
_AS_OF_OPENING = re.compile(
    r"^(?:\d{1,3}\.)?截至((?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末)?)[，,]"
)


def is_change_origin(lead: str, expr: TimeExpr | None, tail: str) -> bool:
    """`从 X 增加到 Y` with the stated period before 从: X is the level before that period."""
    froms = list(_CHANGE_FROM.finditer(lead))
    if not froms or not _CHANGE_TO.search(tail):
        return False
    marker = froms[-1].start()
    if CLAUSE_COMMA.search(lead, marker):
        return False
    return expr is None or expr.end <= marker


# "…受害者在 2022 年共收到捐款": a sentence's one year, set as the time of what it says (not opening it)
_IN_YEAR = re.compile(r"(?<=[\u4e00-\u9fff])(?:在|于)((?:19|20)\d{2}年)(?:度|期间|内)?(?=[\u4e00-\u9fff])")
_RUNNING = re.compile(r"累计|以来|迄今|至今|总共")
_PARAGRAPH_NUMBER = re.compile(r"^\s*\d{1,3}\.\s*")


def latest_opening_time(earlier: str, published: int | None) -> list[TimeExpr]:
    """The time the paragraph's latest sentence before this one opened with ("2014 年，…"), as a list of
    at most one expression."""
    for sentence in reversed(earlier.split("。")[:-1]):
        opening = CLAUSE_END_OR_COMMA.split(_TOPIC_FIRST.sub("", mask(sentence)), maxsplit=1)[0]
        if found := time_expressions(opening, published)[:1]:
            return found
    return []


# a topic set before the sentence's opening time: "41. 在自愿捐款方面，2012 年…"
_TOPIC_FIRST = re.compile(r"^(?:\d{1,3}\.)?在[^，,。；;]{1,12}方面[，,]")


def anchor_times(ctx: TimeContext, meta: DocumentMeta, basis: Basis, lead: str) -> tuple[list[TimeExpr], str]:
    """The time expressions that may date the number (nearest last) and where they were read: "before"
    (its own sentence), "previous sentence", "aside before", "paragraph before" or "after".

    `lead` is the masked sentence before the number."""
    exprs = time_expressions(lead, meta.published_year)
    where = "before"
    if exprs and (same := _SAME_TIME_CLAUSE.search(lead)) and exprs[-1].end <= same.start():
        # "2010 年，…约 18.7 吨，而 2009 年查获量为 11.2 吨；同期还查获海洛因…": the same time is the one the
        # sentence opened with, not the one compared with
        opened = _YEAR_OPENING.match(lead)
        if opened is not None and not DATED_EVENT.match(lead, opened.end(1)):
            exprs = time_expressions(opened.group(1), meta.published_year)[:1]
    if not exprs and ctx.previous and (_OF_WHICH.match(lead) or _THAT_YEAR.search(lead)):
        # "其中，…" (of which), "全年共培训…" (in the whole year): the time the previous sentence opened with
        opening = CLAUSE_END_OR_COMMA.split(mask(ctx.previous), maxsplit=1)[0]
        exprs = time_expressions(opening, meta.published_year)[:1]
        if exprs and _CHANGE_FROM.search(opening, 0, exprs[0].start):
            # "…总额从 2014 年的 2.74 亿美元增至…，2023 年为约 4.36 亿美元。其中，…": a part of the level the
            # sentence before reached last, not of the one it started from
            years = [e for e in time_expressions(mask(ctx.previous), meta.published_year) if e.kind == "year"]
            exprs = years[-1:]
        if exprs and exprs[0].kind == "since" and _THAT_YEAR.search(lead):
            # "自 2020 年起，…改为年度预算。当年…": that year is the one the change started in
            exprs = [TimeExpr(exprs[0].start, exprs[0].end, exprs[0].first, exprs[0].first, "year")]
        if exprs and _SAME_YEAR.match(lead) and (moved := _NEXT_YEAR.search(ctx.previous)):
            # "2013 年，…为 1,390 万美元，次年降至…。同年，…": the year the sentence before moved on to
            exprs = [
                e
                for e in time_expressions(mask(ctx.previous), meta.published_year)
                if e.start == moved.start()
            ]
        if exprs and _SAME_YEAR.match(lead) and exprs[0].kind in ("span", "pair", "biennium"):
            # "2015 年至 2019 年，…分别为…。同年，…": one year, the last of the years the sentence opened on
            last = max(exprs[0].first, exprs[0].last)
            exprs = [TimeExpr(exprs[0].start, exprs[0].end, last, last, "year")]
        if not exprs and _OF_WHICH.match(lead):
            # "自愿捐款方面，2012 年的认捐总额为…。在认捐总额中，…": the whole the sentence before stated
            # first, with its time
            years = time_expressions(mask(ctx.previous), meta.published_year)
            exprs = [e for e in years if e.kind == "year"][:1]
        where = "previous sentence"
        if not exprs and _THAT_YEAR.search(lead):
            # "2014 年，…处继续提供援助。…分别为 39 个和 81 个。同年，接受培训的官员逾 3,400 名": the year
            # the paragraph's latest sentence opening with one named
            exprs = latest_opening_time(ctx.earlier, meta.published_year)
        if not exprs and _SAME_YEAR.match(lead):
            # "在反恐领域，…2015 年办公室向…提供了援助。同年，…新增批准 27 项": the last year the sentence
            # before named, when no sentence opens with one
            years = [e for e in time_expressions(mask(ctx.previous), meta.published_year) if e.kind == "year"]
            exprs = years[-1:]
    if not exprs and (that := _THAT_YEAR.search(lead)):
        # "通过…讲习班（2009 年共 24 次），…处当年的反恐法律援助覆盖了 91 个国家": that year is the one an
        # aside before it named (not one after it: "在该年度…可卡因约 38 吨（2015 年为 29 吨）")
        years = [
            e
            for e in time_expressions(ctx.lead, meta.published_year)
            if e.kind == "year" and e.end <= that.start()
        ]
        exprs = years[-1:]
        where = "aside before"
        if not exprs and not ctx.previous and ctx.earlier:
            # "…该方案在 2012 日历年取得了最好的业绩。…¶ 各港口管制组当年查获的…": the first sentence of a
            # paragraph that reads on from the one before, its year the last that one named
            named = [e for e in time_expressions(mask(ctx.earlier), meta.published_year) if e.kind == "year"]
            exprs = named[-1:]
            where = "paragraph before"
    dates = _AS_OF_DATE.findall(mask(ctx.earlier)) if not exprs and _SAME_DATE.search(lead) else []
    if dates and ctx.previous:
        # "截至 2012 年 12 月 31 日，《公约》共有 174 个缔约方。…。…议定书的缔约方数目截至同日分别为…": the
        # same date is the as-of date the paragraph named last
        exprs = time_expressions(dates[-1], meta.published_year)[:1]
        where = "paragraph"
    if not exprs and ctx.previous and (_MEANWHILE.match(lead) or _AT_THE_SAME_TIME.search(lead)):
        # "…减至 2009 年的 1,830 万美元。与此同时，特别用途捐款约 2.2 亿美元": meanwhile is the latest
        # year the sentence before spoke of
        years = [e for e in time_expressions(mask(ctx.previous), meta.published_year) if e.kind == "year"]
        exprs = [max(years, key=lambda e: e.last)] if years else []
        where = "previous sentence"
    if not exprs:
        # an aside the clause break cut open ("540 万美元（2019 年：610 万美元）") dates the next value
        exprs = time_expressions(_OPEN_ASIDE.sub("", mask(ctx.tail)), meta.published_year)[:1]
        where = "after"
    if (
        not exprs
        and basis == "annual"
        and ctx.previous
        and not AS_OF_WRITING.search(lead)
        and not REPORT_PERIOD.search(lead)
    ):
        # "2020 年，捐助方数目…增加到 112 个。特别用途捐款为 3.87 亿美元": a sentence opened by a year
        # alone sets the time of the flows in the sentence after it, when that one names none of its own
        # (a level, "数据库已经收录了 270 多起案件", stays the report's)
        opener = mask(ctx.previous)
        opening = _YEAR_OPENING.match(opener)
        if opening and not DATED_EVENT.match(opener, opening.end(1)):
            exprs = time_expressions(opening.group(1), meta.published_year)[:1]
            where = "previous sentence"
        elif (
            (in_year := _IN_YEAR.search(opener))
            and len(named := time_expressions(opener, meta.published_year)) == 1
            and named[0].kind == "year"
            and not DATED_EVENT.match(opener, in_year.end(1))
            and not _RUNNING.search(opener)
        ):
            # "…信托基金在 2022 年共收到捐款约 97 万美元。在第九轮赠款中，基金为 34 个项目提供了赠款": the one
            # year the sentence before set its subject's doings in goes on in the sentence after
            exprs, where = named, "previous sentence"
        elif _OF_WHICH.match(opener):
            # "2018 年，认捐总额超过 3.9 亿美元。其中，…。特别用途捐款为 3.84 亿美元": past a sentence of
            # parts, the year the paragraph's latest sentence opening with one named
            exprs = latest_opening_time(ctx.earlier, meta.published_year)
            where = "paragraph"
        elif (
            not _YEAR_OPENING.match(opener)
            and not _RUNNING.search(lead)
            and (opened := _YEAR_OPENING.match(_PARAGRAPH_NUMBER.sub("", mask(ctx.earlier))))
        ):
            # "46. 2009 年，…认捐总额为…。其中，…。特别用途捐款为…；普通用途收入从…降至…。捐助方数目为 91 个":
            # a paragraph opened by a year sets the time of the flows in its sentences naming none, when no
            # sentence since opened on another
            opening_years = [
                e for e in latest_opening_time(ctx.earlier, meta.published_year) if e.kind == "year"
            ]
            first = time_expressions(opened.group(1), meta.published_year)[:1]
            if (
                opening_years
                and first
                and (opening_years[0].first, opening_years[0].last) == (first[0].first, first[0].last)
            ):
                exprs, where = opening_years, "paragraph"
    if (
        not exprs
        and basis == "as_of"
        and ctx.previous
        and not AS_OF_WRITING.search(lead)
        and not REPORT_PERIOD.search(lead)
        and not is_change_origin(lead, None, ctx.tail)
    ):
        # "截至 2014 年 5 月 31 日，《公约》的缔约方总数达到 180 个。三项议定书的缔约方数目依次为…": a
        # sentence opened by an as-of date sets the time of the levels in the sentence after it
        as_of = _AS_OF_OPENING.match(mask(ctx.previous))
        if as_of:
            # (the latest date it names: "截至 2016 年 12 月 31 日，…；截至 2017 年 6 月 30 日，进一步增至…")
            latest = list(_AS_OF_DATE.finditer(mask(ctx.previous)))[-1]
            exprs = time_expressions(latest.group(1), meta.published_year)[:1]
            where = "previous sentence"
        elif _BULLETED.match(lead) and _BULLETED.match(ctx.previous):
            # "截至 2018 年 12 月 31 日，…的缔约方数目如下：⏎•《公约》：189 个；⏎•…": a bullet after a bullet
            # takes the paragraph's latest as-of date
            dates = list(_AS_OF_DATE.finditer(mask(ctx.earlier)))
            exprs = time_expressions(dates[-1].group(1), meta.published_year)[:1] if dates else []
            where = "paragraph"
    return exprs, where
