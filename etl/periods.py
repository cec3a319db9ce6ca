"""Period stage: decide which year or biennium a stated quantity refers to, and on which basis.

Rules, in order (each documented where it is applied):
1. A time expression in the sentence before the number, the nearest one winning (`2011 年的…约
   2.45 亿美元，与 2010 年（2.42 亿美元）相比` → 2011, then 2010); failing that, one after the number
   in the same clause (`有 63 个国家在 2017 年得到了援助`). Titles 《…》, quotations “…” and closed
   parenthetical asides are not read: `（2017 年庆祝其提出 10 周年）` dates an anniversary, not the count.
2. The value a change starts from (`2020 年，捐助方数目从 95 个增加到 105 个`) is the level before the
   stated year: 95 → 2019, 105 → 2020. A year written after 从 dates the starting value only
   (`从 2015 年年中的 176 个增至 179 个`: 176 → 2015, 179 → the report's own time). A change from one
   named year to another (`2011 年至 2012 年，…从 120 个增至 135 个`) dates its two values at them.
3. A running total (`迄今为止 … 总共缉获了`, `成立以来的捐款总额`, `自 2004 年以来`, before the report's
   coverage) is basis `cumulative`, dated at its as-of year: never drawn as one year's flow.
4. No time expression (or one farther from the number than an as-of-writing phrase): an as-of-writing
   phrase (`在编写本报告时`, `迄今为止`, `截至本报告定稿时`) takes the report's publication year;
   otherwise (and for `在本报告所述期间`) the report's coverage, where a coverage of at most two
   calendar years (a General Assembly report running mid-2011 to mid-2012) is its end year. A year
   that dates an event (`2011 年推出的数据库`) is not a time expression of the quantity.
5. Budgets (basis `biennium`) need an explicit biennium (`2012-2013 两年期`, `2020-2021 年`), before
   the amount or after it in its clause (`7.3 亿美元（2014-2015 两年期）`). A single year named
   before a budget in a sentence that names no biennium (`2021 年经常预算为…`: the UN budget has
   been annual since 2020) is that year's budget, basis `annual`. A sentence that names no time at all
   takes the one biennium the sentence before named. Otherwise no period.
6. A months range inside one year (`2012 年 1 月至 5 月`, `2017 年上半年`) is a partial year: no annual
   observation.
7. `上一年` / `前一年` / `一年前` is the year before the one named earlier in the sentence (`2014 年…比上一年
   （2.7 亿美元）` → 2013); with no year named before it, `上一年` counts back from the year the
   paragraph's latest sentence opening with a year named, else (like `一年前` / `去年`) from the report's
   own period when that is one year (the value it is compared with is that year's). The base of a comparison
   that a change follows (`2014 年…比 2013 年增加了 5%，达到 3.1 亿美元`) is not read: 3.1 亿 is 2014's.
8. Two years then values stated respectively (`2015 年和 2016 年…分别为 2.8 亿美元和 3.1 亿美元`): the
   n-th value after 分别 belongs to the n-th year; a third value belongs to neither (no period). Two
   bienniums likewise (`2014-2015 和 2012-2013 两年期分别为…`), and a span of years, one value per year
   (`2014 年至 2017 年分别为 182、184、186 和 187 个`), and times of different kinds joined by 和
   (`在 2020-2021 两年期和 2022 年分别为…`).
9. A sentence opening with 其中 (of which), or saying 全年 / 当年 / 同年 (that year), with no time
   expression of its own takes the time the previous sentence opened with
   (`2015 年，认捐总额约 2.85 亿美元。其中，…基金收到的认捐为…`); 同年 with a previous sentence opened by
   no time, the time the paragraph's latest sentence opening with one named.
10. `上一报告期间` (the previous reporting period) in the number's clause, with no year: the report's
   own period moved back by its length (`本期间为 67 个国家，较上一报告期间的 59 个` → 59 the year before).
11. Years gone by that the text does not name (`过去五年`, `近十年来`): a sum over them has no period; a
   level reached over them is the report's.
12. A flow with no time of its own in a report covering parts of two calendar years (mid-2020 to mid-2021),
   compared right after it with the year before the first (`比 2019 年下降了 9.2%`), is the first year's.
"""

from __future__ import annotations

import re

from etl.models import Basis, DocumentMeta
from etl.period_anchor import (
    AS_OF_WRITING,
    CLAUSE_COMMA,
    CLAUSE_END_OR_COMMA,
    REPORT_PERIOD,
    TimeContext,
    anchor_times,
    is_change_origin,
    latest_opening_time,
)
from etl.period_lead import (
    YEAR_TO_YEAR,
    dates_the_origin,
    joined_times,
    nth_joined,
    reached_from,
    respective_time,
    same_period_span,
    years_stated_then_respectively,
)
from etl.report_time import Period, default_period, previous_report, report_time
from etl.timeexpr import YEAR, TimeExpr, mask, time_expressions

__all__ = ["Period", "TimeContext", "default_period", "resolve_period"]

_YEAR_ASIDE_AFTER = re.compile(
    r"^(?:之多)?[（(](?:截至|截止到?)?((?:19|20)\d{2})年(?:度|底|初|末|年底|年初|年中|\d{1,2}月(?:底|末|\d{1,2}日)?)?[）)]"
)
# "国家为 137 个（同期）": the same date as the bracket before it in the sentence
_SAME_DATE_ASIDE_AFTER = re.compile(r"^(?:之多)?[（(](?:同期|同日|同一日期|同时)[）)]")
_YEAR_ASIDE = re.compile(r"[（(]((?:19|20)\d{2})年[^（）()，；。]{0,8}[）)]")
_PREVIOUS_PERIOD_ASIDE = re.compile(r"[（(]上一?(?:个|次|份)?报告(?:所述)?(?:期间|时期|期)[^（）()]*$")
# (not a record since the start: "为该方案设立以来的历来最高数字" dates no running total)
_CUMULATIVE = re.compile(
    r"迄今|至今|到目前为止|累计|(?:成立|设立|创立|创建|启动)(?:以来|起算|算起)(?!的?(?:单年|单一年度|年度)?(?:历来|历史)?(?:最高|最多|最大|新高))"
    r"|(?:自|从)(?:那时|此|那以后)(?:以来|起)"
)
# "…以来收到的捐款累计达到 1,120 万美元，并在第七轮赠款周期中为 17 个项目提供了赠款": what one round gave,
# in a clause after the running total, is that round's
_ONE_ROUND = re.compile(r"[，,；;][^，,；;。]{0,6}第[一二三四五六七八九十\d]{1,3}(?:轮|个周期)")
_SINCE_YEAR = re.compile(rf"自({YEAR})年[^，；。]{{0,24}}?以来")
# "自 2004 年启动至 2020 年 6 月，…共缉获": from a programme's start to a date, a running total
_FROM_START_TO = re.compile(
    rf"自(?:{YEAR})年[^，；。]{{0,6}}(?:启动|成立|设立|创立|创建|开始)(?:以来)?(?:至|到)"
)


def _cumulative_end(lead: str, meta: DocumentMeta) -> int:
    """Where the last running-total cue of `lead` ends (rule 3), or -1 if there is none."""
    ends = [m.end() for m in (*_CUMULATIVE.finditer(lead), _FROM_START_TO.search(lead)) if m]
    since = _SINCE_YEAR.search(lead)
    first = meta.coverage_start or meta.published_year
    if since and first and int(since.group(1)) < first:
        ends.append(since.end())
    return max(ends, default=-1)


def resolve_period(ctx: TimeContext, meta: DocumentMeta, basis: Basis) -> Period | None:
    """The period and basis of a quantity; None when the text gives no usable period for the basis."""
    lead = mask(ctx.lead)
    if _PREVIOUS_PERIOD_ASIDE.search(ctx.lead) and (previous := previous_report(meta)) is not None:
        # "缔约方数目为 177 个（上一报告期为 170 个）": the aside's own time, whatever the sentence named
        return Period(*previous, basis, "previous report period")
    if (aside := _YEAR_ASIDE_AFTER.match(ctx.tail)) is not None and basis != "biennium":
        # "可卡因共计 62.4 吨（2017 年）": the year in brackets right after the value is its own
        year = int(aside.group(1))
        return Period(year, year, basis, "year in brackets after")
    if (
        _SAME_DATE_ASIDE_AFTER.match(ctx.tail)
        and basis != "biennium"
        and (dated := _YEAR_ASIDE.findall(ctx.lead))
    ):
        # "监测的物质共计 1,184 种（2022 年底），报告国为 137 个（同期）"
        year = int(dated[-1])
        return Period(year, year, basis, "same date in brackets after")
    exprs, where = anchor_times(ctx, meta, basis, lead)
    half = _last_match(_BARE_PART_OF_YEAR, lead) if basis == "annual" else None
    if half is not None and (where != "before" or not exprs or exprs[-1].end <= half):
        # "上半年，接受培训的官员为 1,500 名；下半年…增至 1,900 名": half a year is no year's flow (rule 6)
        return None
    if where == "before" and (compared := _COMPARED_THEN_CHANGE.search(lead)):
        # "与 2012 年相比，认捐总额增加了一倍多，从 2.58 亿美元增至 5.63 亿美元": the value the change starts
        # from is the year compared with's; the value it reaches is not dated by that year
        if compared.group("reached") is None:
            year = int(compared.group("year"))
            return Period(year, year, basis, "the year compared with")
        exprs = [e for e in exprs if not compared.start() <= e.start < compared.end("year")]
    expr = _adjusted(exprs, where, ctx, meta, lead)
    # a running-total cue makes the value cumulative (rule 3), but not a value a year of its own dates in
    # a later clause ("自设立以来共收到约 97 万美元，其中 2011 年收到 41 万美元": 41 万 is 2011's flow)
    cue = _cumulative_end(lead, meta) if basis == "annual" else -1
    dated_after_cue = (
        expr is not None
        and expr.kind == "year"
        and where == "before"
        and expr.start >= cue
        and CLAUSE_END_OR_COMMA.search(lead, cue, expr.start) is not None
    )
    if cue >= 0 and not dated_after_cue and not _ONE_ROUND.search(lead, cue):
        basis = "cumulative"

    if expr is not None and expr.kind == "ago":
        own = default_period(meta)
        if own is None:
            return None
        expr = TimeExpr(expr.start, expr.end, own[1] + expr.first, own[1] + expr.first, "year")
    if expr is not None and expr.kind == "past_years":
        # "过去五年共培训了…" (the past five years): a sum over years it does not name has no period; a
        # level reached over them ("近十年来，缔约国增至 180 个") is the report's (where it started is not)
        if basis != "as_of" or where != "before" or is_change_origin(lead, None, ctx.tail):
            return None
        return report_time(ctx, meta, basis, lead)
    if expr is not None and expr.kind == "unanchored":
        return None
    if basis == "biennium":
        return _budget_period(expr, exprs, where, ctx, meta, lead)

    if expr is not None and where == "before" and _THEN.match(lead, expr.end):
        # "自 2011 年底以来（当时《公约》有 163 个缔约方）": 当时 (at that time) is the time just named
        return Period(expr.first, expr.first, basis, "the time just named (当时)")
    if expr is not None and expr.kind == "since" and where == "before" and _ONE_ROUND.search(lead, expr.end):
        # "…自 2010 年设立以来…累计达到…，并在第七轮赠款周期中为 17 个项目提供了赠款": one round's, dated by
        # the year named before the running total, else the report's
        named = [e for e in exprs if e.kind == "year" and e.end <= expr.start]
        expr = named[-1] if named else None
        if expr is None:
            return report_time(ctx, meta, basis, lead)
    if expr is not None and expr.kind == "since":  # "自 2015 年以来": from that year to the report's end
        # ... or to the year the sentence opened with: "2019 年，…自 2010 年设立以来…累计达到 940 万美元"
        framing = next(
            (
                e
                for e in exprs[:-1]
                if e.kind == "year" and e.last >= expr.last and not _SEMICOLON.search(lead, e.end, expr.start)
            ),
            None,
        )
        end = framing.last if framing else max(expr.last, (default_period(meta) or (expr.last, expr.last))[1])
        to = "the year stated" if framing else "the report's end"
        if basis in ("as_of", "cumulative"):
            return Period(end, end, basis, f"since a year, to {to}")
        return Period(expr.first, end, basis, "since a year")

    if expr is not None:
        origin = where == "before" and is_change_origin(lead, expr, ctx.tail)
        if (
            where == "before"
            and (origin or reached_from(lead, expr))
            and YEAR_TO_YEAR.fullmatch(lead[expr.start : expr.end])
        ):
            # "2011 年至 2012 年，实验室从 120 个增至 135 个": from the first year's level to the last's
            year = expr.first if origin else expr.last
            return Period(year, year, basis, "change across the years named")
        if where == "before" and (span := same_period_span(lead, exprs, origin)) is not None:
            return Period(span, span, basis, "change over the same period")
        latest = max(expr.first, expr.last)  # a pair may be written latest first
        if basis == "as_of":
            year = latest - 1 if origin else latest
            return Period(year, year, basis, "level before the change" if origin else f"year {where}")
        if expr.kind == "month_range" and expr.first == expr.last:
            return None  # part of one year: not that year's flow
        if origin:
            return Period(expr.first - 1, expr.first - 1, basis, "value before the change")
        if basis == "cumulative":
            return Period(latest, latest, basis, f"running total to year {where}")
        return Period(min(expr.first, expr.last), max(expr.first, expr.last), basis, f"{expr.kind} {where}")

    return report_time(ctx, meta, basis, lead)


def _adjusted(
    exprs: list[TimeExpr], where: str, ctx: TimeContext, meta: DocumentMeta, lead: str
) -> TimeExpr | None:
    """The time expression that dates the number, read from the nearest found (rules 2b, 7, 8), or None."""
    expr = exprs[-1] if exprs else None
    if expr is not None and expr.kind == "unanchored":  # 上一年 with no year named before it in the sentence
        # "2012 年，各管制单位的缉获量分别为…。可卡因缉获量比上一年（31.9 吨）增加了…": the year before the
        # one the paragraph's latest sentence opening with a year named
        named = latest_opening_time(ctx.earlier, meta.published_year)
        if named and named[0].kind == "year":
            year = named[0].last - 1
            expr = TimeExpr(expr.start, expr.end, year, year, "relative")
        own = default_period(meta)
        if expr.kind == "unanchored" and own is not None and own[0] == own[1]:
            # "全年…为 4,350 名，较上一年的 3,900 名增加了…" in a report on one year: the year before it
            expr = TimeExpr(expr.start, expr.end, own[0] - 1, own[0] - 1, "relative")
    if expr is not None and expr.kind in ("pair", "bienniums", "span") and where == "before":
        expr = respective_time(expr, lead)
    elif expr is not None and where == "before" and len(run := joined_times(exprs, lead)) >= 2:
        expr = nth_joined(run, lead)
    elif expr is not None and where == "before" and (stated := years_stated_then_respectively(exprs, lead)):
        expr = stated
    if expr is not None and expr.kind == "bienniums":
        expr = TimeExpr(expr.start, expr.end, 0, 0, "unanchored")  # two bienniums, no value of its own
    if (
        expr is not None
        and where == "before"
        and lead[max(0, expr.start - 1) : expr.start] in ("从", "由")
        and lead[expr.end : expr.end + 1] == "的"  # the year of a value ("从 2013 年的 348 种"), not a span
        and CLAUSE_COMMA.search(lead, expr.end)
    ):
        # "截至 2022 年 12 月，…从 2013 年的 348 种增至 1,184 种，已有 136 个…": the year after 从 dates the
        # value the change started from, not the values in the clauses after it
        openers = [e for e in exprs[:-1] if e.kind in ("year", "biennium")]
        expr = openers[-1] if openers else None
    if expr is not None and where == "before" and dates_the_origin(lead, expr):
        # "从 2015 年年中的 176 个增至 179 个": the year is 176's; 179 is the report's, or the year the
        # clause opened with ("2020 年，捐助方数目从 2019 年的 104 个增加到 112 个": 112 is 2020's)
        openers = [e for e in exprs[:-1] if e.kind in ("year", "biennium")]
        expr = openers[-1] if openers else None
    if (
        expr is not None
        and where == "before"
        and lead[max(0, expr.start - 1) : expr.start] == "而"
        and _SEMICOLON.search(lead, expr.end)
    ):
        # "截至 2019 年 12 月 31 日，缔约方计有 190 个，而 2010 年底为 157 个；…议定书的缔约方分别为 175 个…":
        # a year set against the sentence's own time dates only its clause's value
        openers = [e for e in exprs[:-1] if e.kind in ("year", "biennium") and e.end <= expr.start]
        expr = openers[-1] if openers else None
    # "2018 年，该方案为 91 个国家提供了援助；在本报告所述期间，得到援助的国家为 86 个": the report's own
    # period, named in a later clause, wins over the year before it
    if expr is not None and where == "before" and _REPORT_PERIOD_CLAUSE.search(lead, expr.end):
        expr = None
    # "截至 2019 年底为 186 个；截至本报告定稿时，这一数目已升至 187 个": the nearer time wins
    if (
        expr is not None
        and where == "before"
        and (writing := AS_OF_WRITING.search(lead, expr.end))
        and not REPORT_PERIOD.search(lead, expr.end)
        and not _CURRENTLY_IN_THE_YEAR.fullmatch(lead, expr.end, writing.end())
    ):
        expr = None
    return expr


def _budget_period(
    expr: TimeExpr | None, exprs: list[TimeExpr], where: str, ctx: TimeContext, meta: DocumentMeta, lead: str
) -> Period | None:
    """A budget's biennium (rule 5): in its clause, after the amount, in the sentence before or the report's
    title; a single year named in its part of the sentence makes it a one-year budget."""
    basis: Basis = "biennium"
    if expr and expr.kind == "biennium":
        return Period(expr.first, expr.last, basis, "biennium in clause")
    # "合并预算为 7.3 亿美元（2014-2015 两年期）": a budget names its biennium after the amount too
    after = next(iter(time_expressions(ctx.tail, meta.published_year)), None)
    if after is not None and after.kind == "biennium":
        return Period(after.first, after.last, basis, "biennium after")
    # "…2012-2013 两年期…合并预算 5.615 亿美元…。合并预算中的其余部分…为预算外资源，共计…": the one
    # biennium the sentence before named, when this sentence names no time at all
    earlier = [e for e in time_expressions(mask(ctx.previous), meta.published_year) if e.kind == "biennium"]
    if expr is None and not exprs and len({(e.first, e.last) for e in earlier}) == 1:
        return Period(earlier[0].first, earlier[0].last, basis, "biennium previous sentence")
    # "…的财务状况和 2020-2021 两年期合并预算" (the report's title): the one biennium a budget report is
    # about, for a budget whose sentences name no time at all
    titled = [
        e for e in time_expressions(mask(meta.title or ""), meta.published_year) if e.kind == "biennium"
    ]
    if expr is None and not exprs and not earlier and len({(e.first, e.last) for e in titled}) == 1:
        return Period(titled[0].first, titled[0].last, basis, "biennium of the report's title")
    # a one-year budget where no biennium is named in its part of the sentence ("2018-2019 两年期经常
    # 预算为 4,680 万美元；…，2020 年经常预算拨款为 2,330 万美元": 2,330 万 is 2020's), or in the clause the
    # year opens ("…在 2018-2019 两年期为 4,420 万美元，2020 年为 2,260 万美元")
    part = max(lead.rfind("；"), lead.rfind(";")) if where == "before" else -1
    if expr is not None and where == "before":
        part = max([part, *(m.start() for m in CLAUSE_COMMA.finditer(lead, 0, expr.start))])
    listed = where == "before" and len(joined_times(exprs, lead)) >= 2  # "两年期和 2022 年分别为": its year
    if (
        expr is not None
        and expr.kind == "year"
        and (listed or not any(e.kind == "biennium" and e.start > part for e in exprs))
    ):
        return Period(expr.first, expr.last, "annual", "one-year budget")
    return None


_COMPARED_THEN_CHANGE = re.compile(
    rf"(?:与|比|较)(?P<year>{YEAR})年(?:相比|相较)[，,][^；;。]*?[从由]"
    r"(?P<reached>[^；;。，,]*?(?:增至|降至|升至|减至|跌至|增加到|减少到))?$"
)
# "集装箱管制方案在 2011 年继续扩大，目前已在 18 个国家开展活动": a bare 目前 (currently) in the clauses
# that go on from the year the sentence named, with no value, change or semicolon between, is that
# year's; not after a year that dates an event ("数据库于 2011 年启用，目前收录了…", "2018 年 3 月，…
# 推出了…数据库，目前收录的…": the time of writing)
_CURRENTLY_IN_THE_YEAR = re.compile(
    r"(?![^；;。]*?(?:推出|启动|启用|设立|成立|创建|建立|开通|上线|发布|通过)[^；;。]*?目前)"
    r"[^0-9一二三四五六七八九十百千；;。从由至到]*(?<!截)目前"
)
_REPORT_PERIOD_CLAUSE = re.compile(
    r"[；;，,](?:而|但)?(?:在|于)?本?报告所述(?:期间|时期)(?:内|中)?[，,]?[^；;。]*$"
)
# 上半年 / 下半年 / 第三季度 with no year before it: part of the year the report covers
_BARE_PART_OF_YEAR = re.compile(
    r"(?<![年\d])(?:上|下)半年|(?<![年\d])第[一二三四1-4]季度|(?<![年\d])[头前][一二三四五六七八九十两]{1,2}个月"
)


def _last_match(pattern: re.Pattern[str], text: str) -> int | None:
    """Where the last match of `pattern` in `text` starts, or None."""
    last = None
    for m in pattern.finditer(text):
        last = m.start()
    return last


_THEN = re.compile(r"(?:底|初|年中)?(?:以来)?[（(，,]?当时[^，；。（）()]*$")
_SEMICOLON = re.compile(r"[；;]")  # a year before it frames its own clause only
