"""Time expressions: the years, bienniums, month ranges and relative times a sentence names, in order.

Titles 《…》, quotations “…”, closed parentheticals and the base of a comparison are masked first
(`mask`), so `（2017 年庆祝其提出 10 周年）` or `比 2013 年增加了 5%` never date what follows them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

YEAR = r"(?:19|20)\d{2}"
# Tried in this order at each position; named groups say what was found.
_TIME = re.compile(
    rf"(?P<mr>(?P<mr_y1>{YEAR})年(?P<mr_m1>\d{{1,2}})月(?:\d{{1,2}}日)?(?:起)?(?:至|到|[-‐‑–—~～])"
    rf"(?:(?P<mr_y2>{YEAR})年)?(?P<mr_m2>\d{{1,2}})月(?:\d{{1,2}}日)?)"
    # two bienniums, for values stated respectively: "2014-2015 和 2012-2013 两年期分别为…"
    # (or three: "2012-2013、2014-2015 和 2016-2017 各两年期分别为…")
    rf"|(?P<bp>(?P<bp_a>{YEAR})[-‐‑–—~～](?:{YEAR})(?:年)?(?:两年期)?"
    rf"(?:(?:和|及|与|、){YEAR}[-‐‑–—~～](?:{YEAR})(?:年)?(?:两年期)?)*"
    rf"(?:和|及|与|、)(?P<bp_b>{YEAR})[-‐‑–—~～](?:{YEAR})(?:年)?各?两年期)"
    rf"|(?P<sp>(?P<sp_y1>{YEAR})(?:年)?(?:[-‐‑–—~～]|至|到)(?P<sp_y2>{YEAR})(?:年)?(?P<sp_bi>两年期)?)"
    # two years, in either order ("2009 年底和 2008 年底分别为…": the n-th value is the n-th year's)
    # ("2017 年、2018 年和 2019 年分别为…": three or more, likewise)
    rf"|(?P<pair>(?P<pair_y1>{YEAR})年(?:底|初|年中)?(?:(?:和|及|与|、){YEAR}年(?:底|初|年中)?)*"
    rf"(?:和|及|与|、)(?P<pair_y2>{YEAR})年(?:底|初|年中)?)"
    rf"|(?P<one>(?P<one_y>{YEAR})(?:日历|财政)?年(?P<one_tail>(?:年中|年底|年初)?(?:\d{{1,2}}月(?:\d{{1,2}}日)?)?)"
    r"(?=(?P<one_next>.?)))"
    # "过去五年", "近十年来", "三年来": years gone by, none named: no one year or span to date a value by
    r"|(?P<past>(?:过去(?:的)?|近)(?:[两二三四五六七八九十]{1,3}|\d{1,2})(?:个)?年(?:间|来|以来|里|中|内)?"
    r"|(?<![\d〇零一二两三四五六七八九十])(?:[两二三四五六七八九十]{1,3}|\d{1,2})年(?:来|以来))"
    # 上一年, 一年前: the year before the one the sentence named (前年: the year before that)
    r"|(?P<rel>(?:上一?|前一)年度?|一年前|去年|前年(?!度))"
    r"|(?P<next>次年|翌年)"  # the year after the one the sentence named
)
# "2017 年上半年", "2017 年第三季度": a partial year, like a months range
# (or its first months: "2013 年头五个月", "前四个月")
_PART_OF_YEAR = re.compile(r"(?:上|下)半年|第[一二三四1-4]季度|[头前][一二三四五六七八九十两]{1,2}个月")
# "2030 年议程", "…10 周年", "2005 年修正案", "2010 年《…公约》": a year that names something
_NOT_A_PERIOD = re.compile(r"议程|目标|愿景|展望|周年|修正案|\s*《")
# A year that dates an event named by what follows it ("2011 年推出的数据库") dates the event, not a quantity.
DATED_EVENT = re.compile(
    r"[^，；。\d]{0,4}?(?:推出|启动|设立|成立|创建|建立|新建|组建|建成|上线|开通|通过|发布|出版|开始|开展)的"
)
# "在 2013 年 11 月结束的赠款周期中，…选定了 19 个项目": what happened within a cycle that ended at the
# date happened in that year (unlike "2013 年 11 月启动的数据库收录了…", an event dating only itself)
_ENDED_CYCLE = re.compile(r"(?:结束|截止|完成)的[^，；。]{0,12}?(?:周期|期间|阶段|年度|轮)(?:中|内|期间|里)")
# "在 2013 年启动的第二轮赠款中，为 18 个项目提供了资助": what a round or cycle that opened in a year
# gave is that year's (unlike the dated event of "2013 年启动的数据库收录了…")
_STARTED_CYCLE = re.compile(
    r"[^，；。\d]{0,4}?(?:启动|开始|开展|推出)的[^，；。]{0,8}?(?:周期|阶段|轮)[^，；。]{0,6}?(?:中|内|期间|里)"
)
# The base of a comparison that a change follows ("比 2013 年增加了 5%，达到…", "较上一年减少了", "比上年同期
# 多出三个", "比上一年翻了一番"): the year compared with, never the period of what comes after it.
CHANGE_VERB = "增加|增长|上升|减少|下降|提高|降低"
# Not a year whose value follows in brackets ("较 2017 年（约 78 吨）和 2018 年（85 吨）均有增加").
_COMPARISON_BASE = re.compile(
    rf"(?:比|较|与)(?:{YEAR}(?:[-‐–—至]{YEAR})?年?(?:两年期)?度?|(?:上一?|前一)年度?|一年前|去年|前年(?!度))(?![（(])(?:相比|相较)?"
    rf"(?=[^，；。]{{0,24}}?(?:{CHANGE_VERB}|多出|高出|少了|多了|翻了?[一两二三四]?番|翻番))"
)
# A value compared with, in a clause of its own ("认捐总额为 3.93 亿美元，高于 2019 年的 3.71 亿美元，其中…"):
# its year dates that value only, never the clauses after it
_COMPARED_VALUE = re.compile(
    rf"(?:比|较|与|高于|低于|多于|少于|超过|不及)(?:{YEAR}(?:[-‐–—至]{YEAR})?年?(?:两年期)?度?|(?:上一?|前一)年度?|去年)"
    # "…的 3.71 亿美元，", or the value in brackets: "比 2014 年（32.7 吨）高出 18%，"
    r"(?:的[^，；。]*?\d[^，；。]*|[（(][^（）()]*\d[^（）()]*[）)][^，；。]*)(?=[，；])"
)
# A multiple of an earlier year's value ("缉获可卡因 196 吨，是 2020 年缉获量的两倍多；缉获海洛因…"): the year
# is the base compared with, never the time of the clauses after it
_MULTIPLE_OF = re.compile(
    rf"(?:是|为|相当于|约为|达到?)(?:{YEAR})年度?[^，；。\d]{{0,10}}?的?(?:近|约)?"
    r"(?:[一二两三四五六七八九十]|\d+(?:\.\d+)?)(?:倍|成)多?|(?:是|为|相当于|约为|不到|不足)(?:{YEAR})年度?[^，；。\d]{{0,10}}?的一半"
)
# "截至 2019 年底已建立的管制组总数达 125 个": a date things stood at, not the date of an event
_AS_OF_BEFORE = re.compile(r"(?:截至|截止到?)$")
_LISTED_YEAR = re.compile(rf"({YEAR})年")
_BIENNIUM_START = re.compile(rf"({YEAR})[-‐‑–—~～]{YEAR}")
_TITLE_MASK = re.compile(r"《[^《》]*》")
_MASKS = (  # a compared value before the brackets, whose digits it needs to see
    re.compile(r"“[^“”]*”"),
    _COMPARED_VALUE,
    # (not a bracket holding a year alone, which dates what is around it: "…共计 296 个（2017 年），分布在…")
    re.compile(r"[（(](?!(?:19|20)\d{2}年度?[）)])[^（）()]*[）)]"),
    _COMPARISON_BASE,
    _MULTIPLE_OF,
)
# "自 2003 年全球加强反恐法律制度项目启动以来", "自 2003 年该处开始提供技术援助以来": the words between
# the year and 以来 may run long
_SINCE = re.compile(r"[^，；。]{0,6}?起(?!草)|[^，；。自从]{0,24}?以来")  # not another 自…以来 after it


@dataclass(frozen=True)
class TimeExpr:
    """One time expression: its span in the masked text, its first and last year, and its kind."""

    start: int
    end: int
    first: int
    last: int
    kind: str  # month_range, span, pair, biennium, year, since, relative, unanchored, past_years
    listed: tuple[int, ...] = ()  # a pair's years, as written (two or more)


def mask(text: str) -> str:
    """Blank out titles, quotations, closed parentheticals and compared values, keeping every offset.

    A title keeps its 《》, so a year that names it ("2010 年《…公约》") is still seen as a name."""
    text = _TITLE_MASK.sub(lambda m: "《" + "□" * (len(m.group(0)) - 2) + "》", text)
    for pattern in _MASKS:
        text = pattern.sub(lambda m: "□" * len(m.group(0)), text)
    return text


def time_expressions(text: str, published: int | None = None) -> list[TimeExpr]:
    """The period expressions of `text` (already masked), in order."""
    found: list[TimeExpr] = []
    horizon = (published + 1) if published else 9999
    for m in _TIME.finditer(text):
        listed: tuple[int, ...] = ()
        if _NOT_A_PERIOD.match(text, m.end()) or (
            m.group("one")
            and DATED_EVENT.match(text, m.end())
            and not _STARTED_CYCLE.match(text, m.end())
            and not _AS_OF_BEFORE.search(text, max(0, m.start() - 3), m.start())
        ):
            continue
        if m.group("rel"):
            # Anchored on the year named earlier in the sentence; with none, the year is unknown and
            # the quantity gets no period rather than the report's.
            # "一年前" / "去年" (a year ago) with no year named before counts back from the report's time.
            # (an unanchored "ago" holds how many years back from the report's own year: -1, or -2 for 前年)
            anchor = found[-1].first if found and found[-1].first > 0 else None  # not past 去年 itself
            back = 2 if m.group("rel") == "前年" else 1
            year = anchor - back if anchor else -back
            ago = m.group("rel") in ("一年前", "去年", "前年")
            found.append(
                TimeExpr(
                    m.start(), m.end(), year, year, "relative" if anchor else "ago" if ago else "unanchored"
                )
            )
            continue
        if m.group("past"):
            found.append(TimeExpr(m.start(), m.end(), 0, 0, "past_years"))
            continue
        if m.group("next"):
            # "2013 年…为 1,390 万美元，次年降至 1,180 万美元": the year after the one named before it
            if found:
                year = found[-1].last + 1
                found.append(TimeExpr(m.start(), m.end(), year, year, "year"))
            continue
        if m.group("mr"):
            y1 = int(m.group("mr_y1"))
            y2 = int(m.group("mr_y2") or y1)
            full_year = y1 == y2 and m.group("mr_m1") == "1" and m.group("mr_m2") == "12"
            kind = "year" if full_year else "month_range"
        elif m.group("sp"):
            y1, y2 = int(m.group("sp_y1")), int(m.group("sp_y2"))
            if y2 < y1:
                continue
            kind = "biennium" if y2 == y1 + 1 else "span"
        elif m.group("bp"):
            y1, y2 = int(m.group("bp_a")), int(m.group("bp_b"))
            listed = tuple(int(y) for y in _BIENNIUM_START.findall(m.group("bp")))
            kind = "bienniums"
        elif m.group("pair"):
            listed = tuple(int(y) for y in _LISTED_YEAR.findall(m.group("pair")))
            y1, y2 = listed[0], listed[-1]  # as written: first, then last
            kind = "pair"
        else:
            y1 = y2 = int(m.group("one_y"))
            tail, nxt = m.group("one_tail"), m.group("one_next")
            if "月" in tail and nxt in ("底", "初", "末"):  # "从 2016 年 6 月底的 178 个": the word after it
                nxt = text[m.end() + 1 : m.end() + 2]
            # A dated event ("2017 年 5 月启动的…") dates the event, not the quantity; a date used as a
            # time adverbial ("2020 年 8 月，…", "截至 2017 年 12 月", "（2013 年 12 月为 348 种）") does set
            # the period.
            if (
                "月" in tail
                and nxt not in ("，", ",", "")
                and not text[: m.start()].endswith(("截至", "到", "（", "("))
                # "…持续增加，2017 年 1 月为 762 种", "而 2012 年 7 月仅为 243 种": the value at that date
                and nxt not in ("为", "仅", "只", "则")
                and not _ENDED_CYCLE.match(text, m.end())
                # "从 2009 年 6 月的 136 个增至…", "比 2015 年 12 月 31 日的 185 个增加了": the date of the
                # level a change starts from, or of the one compared with, or reached ("增至 2024 年 6 月
                # 30 日的 192 个")
                and not (nxt == "的" and text[: m.start()].endswith(("从", "由", "比", "较", "至", "到")))
            ):
                continue
            kind = "month_range" if _PART_OF_YEAR.match(text, m.end()) else "year"
        if (max(y1, y2) if kind == "pair" else y1) > horizon:
            continue
        if _SINCE.match(text, m.end()):
            kind = "since"
        found.append(
            TimeExpr(m.start(), m.end(), y1, y2, kind, listed if kind in ("pair", "bienniums") else ())
        )
    return found
