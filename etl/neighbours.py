"""Neighbours: a quantity no rule reads on its own, read through the quantities next to it.

A value may continue the measure of the value before it in its sentence (`从 95 个增加到 105 个`,
`与 2010 年（2.42 亿美元）相比`, `分别为 X 和 Y`); an item of a list with no noun of its own takes the
noun after the last item (`980 名和 1,340 名官员`); an exact level replaces the bound passed on the way
(`首次超过 100 个，达到 101 个`); an amount after a share is the share's subject's; the level a change
reached is what the change measured (values listed 分别 as a series are etl/series.py's); a compared
value in brackets takes the measure named after 相比; another year's corresponding figure
(`2015 年的相应数字为 2,600 名`) takes the measure of the sentence before; and a count in brackets after
its noun (`覆盖国家（49 个）`) reads as if it stood before it. Each function returns the `Match` it
reads, or None.
"""

from __future__ import annotations

import re
from dataclasses import replace

from etl.catalog import Catalog, accepts_unit, rx
from etl.matching import Match, best_match, is_delta
from etl.mention_context import MentionContext
from etl.models import MentionRecord
from etl.parts import states_a_part
from etl.quantities.lexicon import MAX_LIST_ITEMS


def other_measure(first: MentionRecord, second: MentionRecord) -> bool:
    """Two counts with different measure words (个 and 名) count different things."""
    a, b = first.counted or "", second.counted or ""
    return first.unit == second.unit == "count" and bool(a) and bool(b) and a[0] != b[0]


# (after a short opening clause too: "但按实际价值计算，这一数额与…")
_THIS_FIGURE = re.compile(
    r"^(?:\d{1,3}\.)?(?:[^，,。；;]{1,12}[，,])?(?:这一|该|此)(?:数字|数目|数额|金额|总额)"
    r"|^(?:\d{1,3}\.)?这(?:比|较|与)(?:19|20)\d{2}年度?的"  # "这比 2012 年的 2.71 亿美元增加了一半以上"
)


# "…捐助方数目为 105 个。与 2011 年的 79 个相比，捐助基础明显扩大": a sentence opening on the value of an
# earlier year that the sentence before's last value is compared with
_COMPARED_OPENING = re.compile(r"^(?:\d{1,3}\.)?(?:与|同|和)(?:19|20)\d{2}年度?(?:底|初|年中)?的$")
_COMPARED_CLOSE = re.compile(r"^(?:相比|相较)")


def compared_at_opening(
    ctx: MentionContext, catalog: Catalog, chosen: dict[int, Match], contexts: list[MentionContext]
) -> Match | None:
    """ "…捐助方数目为 105 个。与 2011 年的 79 个相比，捐助基础明显扩大": the measure of the value the
    sentence before stated last, when no words after 相比 name one of their own."""
    if ctx.previous is not None or not _COMPARED_OPENING.match(ctx.lead):
        return None
    if not _COMPARED_CLOSE.match(ctx.windows["rest"]):
        return None
    return continuation(ctx, catalog, chosen, contexts, opening=True)


def continuation(
    ctx: MentionContext,
    catalog: Catalog,
    chosen: dict[int, Match],
    contexts: list[MentionContext],
    opening: bool = False,
) -> Match | None:
    # the value continued: the previous one of the sentence, past values in another unit between them
    # ("普通用途收入为 1,160 万美元，约占总额的 4%，比 2012 年的 1,370 万美元减少了…") and past a change
    # ("认捐总额为 3.57 亿美元，比上一年增加了 2,400 万美元，比 2011 年的 2.48 亿美元高出…")
    previous = ctx.previous
    if previous is None and (_THIS_FIGURE.match(ctx.lead) or opening):
        # "…普通用途收入为 490 万美元。这一数字与 2013 年的 1,170 万美元相比…": the value the sentence
        # before stated last
        previous = next(
            (
                i
                for i in sorted(chosen, reverse=True)
                if contexts[i].mention.sentence_index == ctx.mention.sentence_index - 1
            ),
            None,
        )
    if previous is not None and "前者" in ctx.windows["before"]:
        previous = contexts[previous].previous  # "21 项…和 4 项…，前者较 2016 年（17 项）": the first of two
    for _ in range(3):
        if previous is None or previous in chosen:
            break
        between = contexts[previous]
        # past a part of the value too ("共培训了 2,800 多名官员，其中仅在萨赫勒就培训了 640 名；
        # 2009 年和 2008 年…分别为 2,350 名和 1,900 名"), and the parts listed after it
        # ("共培训官员 4,620 名，其中线上 2,910 名，面对面 1,710 名，较 2020 年（3,980 名）增加了 16%")
        after_part = between.previous is not None and states_a_part(contexts[between.previous])
        if (
            between.mention.unit == ctx.mention.unit
            and not is_delta(between, catalog)
            and not states_a_part(between)
            and not after_part
            and not other_measure(between.mention, ctx.mention)  # "涉及 85 个国家，而一年前为 970 起"
        ):
            break
        previous = between.previous
    if previous is None or previous not in chosen or is_delta(ctx, catalog):
        return None
    previous_mention = contexts[previous].mention
    cues, before = catalog.cues, ctx.windows["before"]
    listed = rx(cues.list_joiner).search(before) and rx(cues.respectively).search(ctx.lead)
    part = rx(cues.part_in_year).search(before)
    if not listed and not part and not rx(cues.continuation).search(before):
        return None
    match = chosen[previous]
    if part and (match.rule.basis or match.indicator.basis) != "annual":
        return None  # a part of a stock is a flow: another indicator
    if not accepts_unit(match.rule, match.indicator, ctx.mention.unit):
        return None
    if other_measure(previous_mention, ctx.mention):
        return None  # "30 个国家…；网络的成员增至 260 名": another measure
    return Match(match.indicator, match.rule, f"{match.label.split(' ')[0]} (continues)")


# "捐助方数目首次超过 100 个，达到 101 个": the exact level reached, right after a bound it passed
_REACHED = re.compile(r"^[，,](?:并|已|最终)?(?:达到?|增至|升至|降至|减至)$")


def exact_after_bound(
    ctx: MentionContext, contexts: list[MentionContext], chosen: dict[int, Match]
) -> Match | None:
    """The measure of a bound the value states exactly right after it, or None."""
    if ctx.previous is None or ctx.previous not in chosen or not _REACHED.match(ctx.windows["before"]):
        return None
    bound = contexts[ctx.previous].mention
    mention = ctx.mention
    if bound.unit != mention.unit or mention.qualifier != "exact":
        return None
    within = (bound.qualifier == "at_least" and mention.value >= bound.value) or (
        bound.qualifier == "at_most" and mention.value <= bound.value
    )
    if not within:
        return None
    match = chosen[ctx.previous]
    return Match(match.indicator, match.rule, f"{match.label.split(' ')[0]} (exact after the bound)")


# "其中预算外资源约占 91.8%，计 6.59 亿美元": the amount a share comes to, measured by the share's subject
# (or in brackets after it: "药物管制方案基金所占份额约为 31%（1.28 亿美元）"; the whole it is a share of
# is read past: "特别用途捐款占认捐总额的 94%，计 2.47 亿美元")
_SHARE_VERB = re.compile(
    r"(?:所占(?:的)?(?:份额|比例|比重)(?:约为|为|约)?|(?:约|大约)?占(?:了)?(?:[^，；。占]{1,12}的)?|约?为)$"
)
_AMOUNT_OF_SHARE = re.compile(r"^(?:[，,](?:计|合计|共计|即|为|折合))?$")


def amount_after_share(ctx: MentionContext, share: MentionContext | None, catalog: Catalog) -> Match | None:
    """The measure of an amount stated right after a share of it, read as "<subject>为 <amount>"."""
    if share is None or share.mention.unit != "percent" or not _AMOUNT_OF_SHARE.match(ctx.windows["before"]):
        return None
    # (the verb may be inside the share's span: "约为 70%" is read as a bound, 约)
    plain = _SHARE_VERB.sub("", share.windows["before"]) + "为"
    instrument = _SHARE_VERB.sub("", share.before_instrument) + "为"
    return best_match(
        replace(ctx, windows={**ctx.windows, "before": plain}, before_instrument=instrument), catalog
    )


def level_after_change(
    ctx: MentionContext, contexts: list[MentionContext], chosen: dict[int, Match], catalog: Catalog
) -> Match | None:
    """ "认捐总额比 2013 年增加了 5%，达到 3.1 亿美元": the level the change led to, matched as if it were
    written right after the words before the comparison ("认捐总额达到 3.1 亿美元"). After a value
    compared with ("官员比 2016 年的 3,650 名增长了 12%，达到 4,100 多名"), the level continues that
    value's measure."""
    cues = catalog.cues
    change = contexts[ctx.previous] if ctx.previous is not None else None
    if change is None or not is_delta(change, catalog):
        return None
    if not rx(cues.level_after_change).search(ctx.windows["before"]):
        return None
    head = rx(cues.change_tail).sub("", change.windows["before"], count=1)
    if head == change.windows["before"]:
        return None  # no change verb: not this construction
    compared = change.previous
    if not head and compared is not None and compared in chosen:
        match = chosen[compared]
        if accepts_unit(match.rule, match.indicator, ctx.mention.unit):
            return Match(match.indicator, match.rule, f"{match.label.split(' ')[0]} (continues)")
    verb = ctx.windows["before"].lstrip("，,")
    instrument_head = rx(cues.change_tail).sub("", change.before_instrument, count=1)
    level = replace(
        ctx, windows={**ctx.windows, "before": head + verb}, before_instrument=instrument_head + verb
    )
    return best_match(level, catalog)


# "与 2008 年（1,900 名）相比，受训人数增幅明显": a value compared with in brackets, its measure named only
# after the comparison
_COMPARED_FIRST = re.compile(
    r"(?:^|[，,；;])(?:与|同|和)(?:(?:19|20)\d{2}年度?|(?:19|20)\d{2}[-‐–—](?:19|20)?\d{2}年?两年期|(?:上一?|前一)年度?)"
    r"的?[（(]?$"
)
_MEASURE_AFTER = re.compile(
    r"^[）)]?(?:相比|相较|比较)[，,](?P<measure>[^，；。\d]{2,14}?)(?:的)?"
    r"(?:增幅|降幅|有所|明显|大幅|略有|显著|均有|增加|增长|减少|下降|上升|回落)"
)


def measure_named_after(ctx: MentionContext, catalog: Catalog) -> Match | None:
    """The value compared with, in brackets before its measure is named, matched as if written "<measure>
    为 <value>"."""
    if not _COMPARED_FIRST.search(ctx.windows["before"]):
        return None
    _, found, rest = ctx.windows["sentence"].partition(ctx.mention.surface)
    named = _MEASURE_AFTER.match(rest) if found else None
    if named is None:
        return None
    plain = named.group("measure") + "为"
    return best_match(
        replace(ctx, windows={**ctx.windows, "before": plain, "after": ""}, before_instrument=plain), catalog
    )


# "…全年共培训了 2,950 名官员。2015 年的相应数字为 2,600 名。": another time's figure for the sentence before
# (or the reporting period's, an aside between: "在本报告所述期间，受大流行病影响，相应数字分别为…")
_CORRESPONDING = re.compile(
    r"(?:^|[，,；;。])(?:在)?(?:(?:19|20)\d{2}(?:日历|财政)?年(?:度|底|年底|\d{1,2}月(?:\d{1,2}日)?)?|(?:上一?|前一)年度?|去年"
    r"|(?:本|上一?)?(?:个|次)?报告(?:所述)?(?:期间|时期|期)(?:内)?)(?:[，,][^，,；;。\d]{1,12})?[，,]?"
    r"(?:同期)?的?(?:相应|同期|对应)(?:的)?(?:数字|数据|数目|数额|数)(?P<each>分别)?(?:为|是)[：:]?"
    r"(?P<named>[^，；。\d]*)$"
)


def corresponding_figure(
    ctx: MentionContext,
    index: int,
    contexts: list[MentionContext],
    chosen: dict[int, Match],
    catalog: Catalog,
) -> Match | None:
    """Another year's figure for the figures stated just before ("…全年共培训了 2,950 名官员。2015 年的相应
    数字为 2,600 名"): the measure it names ("…为可卡因 46.8 吨"), else that of the figure it corresponds to,
    the first one before with its unit and measure word, in its own sentence or the one before; the
    n-th of values listed 分别 corresponds to the n-th ("…21 项…和 4 项…，2016 年的相应数字分别为 17 项和
    2 项")."""
    head, joiner = index, rx(catalog.cues.list_joiner)
    while joiner.search(contexts[head].windows["before"]) and (before := contexts[head].previous) is not None:
        head = before  # a later value of a list: its position after the list's head
    found = _CORRESPONDING.search(contexts[head].windows["before"])
    if found is None or (head != index and not found.group("each")):
        return None
    if found.group("named"):
        # the measure named, read with the sentence it corresponds to ("…共缉获…。…相应数字为可卡因 46.8 吨")
        named, nearby = found.group("named"), ctx.windows["nearby"]
        windows = {**ctx.windows, "before": named, "sentence": nearby, "clause": nearby}
        return best_match(replace(ctx, windows=windows, before_instrument=named), catalog)
    here = ctx.mention
    measure = (here.counted or "")[:1]  # a count's measure word: 名 (persons) is not 个

    def figures(sentence_index: int, same_measure: bool) -> list[int]:
        return [
            j
            for j in range(head)
            if contexts[j].mention.sentence_index == sentence_index
            and contexts[j].mention.paragraph == here.paragraph
            and contexts[j].mention.unit == here.unit
            and (not same_measure or here.unit != "count" or _measure_word(contexts[j]) == measure)
        ]

    position = index - head
    # the n-th figure before, when its measure word is this one's ("…34 个…81 个…3,450 名；…相应数字分别为
    # 29 个、67 个和逾 2,900 名"), else the n-th of those with this one's measure word
    for same_measure in (False, True):
        earlier = figures(here.sentence_index, same_measure) or figures(here.sentence_index - 1, same_measure)
        if position < len(earlier) and (
            here.unit != "count" or _measure_word(contexts[earlier[position]]) == measure
        ):
            break
    else:
        return None
    if earlier[position] not in chosen:
        return None
    match = chosen[earlier[position]]
    return Match(match.indicator, match.rule, f"{match.label.split(' ')[0]} (corresponds)")


def _measure_word(ctx: MentionContext) -> str:
    return (ctx.mention.counted or "")[:1]


def noun_after_list(contexts: list[MentionContext], index: int, catalog: Catalog) -> Match | None:
    """ "分别为 1,200 名和 1,500 名刑事司法官员": an item of a list takes the noun written once, after
    the list's last item, when it has none of its own (its words after are only the joiner)."""
    ctx, joiner = contexts[index], rx(catalog.cues.list_joiner)
    item = index
    for _ in range(MAX_LIST_ITEMS):
        if not joiner.search(contexts[item].windows["after"]):
            break
        following = contexts[item + 1] if item + 1 < len(contexts) else None
        if following is None or following.previous != item or following.mention.unit != ctx.mention.unit:
            return None
        item += 1
    if item == index:
        return None
    shared = replace(ctx, windows={**ctx.windows, "after": contexts[item].windows["after"]})
    return best_match(shared, catalog)


_CJK = re.compile(r"[\u4e00-\u9fff]+$")


def count_in_brackets(ctx: MentionContext, catalog: Catalog) -> Match | None:
    """ "覆盖国家（49 个）", "向非政府组织项目（19 个）发放了赠款": a count alone in brackets right after
    its noun, read as if it stood before the noun ("覆盖 49 个国家"), with the shortest noun a rule reads."""
    before, after = ctx.windows["before"], ctx.windows["after"]
    if ctx.mention.unit != "count" or ctx.lead[-1:] not in ("（", "(") or after[:1] not in ("）", ")"):
        return None
    head = before.removesuffix("（").removesuffix("(")
    if head.endswith(("数目", "数量", "总数", "数字")):
        return None  # "受国际管制的物质数目（234 种）": a number of things named whole, which no rule took
    letters = _CJK.search(head)
    for size in range(2, min(8, len(letters.group()) if letters else 0) + 1):
        moved = replace(
            ctx, windows={**ctx.windows, "before": head[:-size], "after": head[-size:] + after[1:]}
        )
        if (match := best_match(moved, catalog)) is not None:
            return match
    return None
