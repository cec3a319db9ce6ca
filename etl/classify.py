"""Classify stage: decide which catalogued indicator each mention measures, for which period and basis.

Per quantity: the catalog rule of highest priority that reads its context windows names the
indicator (etl/matching.py, on windows from etl/context.py); a quantity no rule reads on its own is
read through the quantities next to it (etl/neighbours.py: continuations, lists, totals, shares,
changes, corresponding figures). A part of a value stated before it is not a value (其中, 分别…共计).
Change amounts (`增加了 21 个`) and plans (`将在…进行`) are not observations unless a rule says so; a
budget is itself a plan, so `预计` does not rule one out. The period and basis come from
etl/periods.py; a quantity whose period cannot be told for its basis (a budget without its biennium)
yields no observation.
"""

from __future__ import annotations

import re

from etl.catalog import Catalog, convert, rx
from etl.context import build_contexts
from etl.matching import Match, best_match
from etl.mention_context import MentionContext
from etl.models import DocumentMeta, MentionRecord, Observation, Sentence
from etl.neighbours import (
    amount_after_share,
    compared_at_opening,
    continuation,
    corresponding_figure,
    count_in_brackets,
    exact_after_bound,
    level_after_change,
    measure_named_after,
    noun_after_list,
)
from etl.parts import listed_parts, opens_with_of_which, part_of_previous, stated_part_of_earlier
from etl.periods import TimeContext, resolve_period
from etl.series import respectively_taken_out, values_restated_respectively


def _is_a_part(
    ctx: MentionContext, match: Match, chosen: dict[int, Match], stated_in: dict[int, set[str]]
) -> bool:
    """A part (其中) of a value of the same indicator stated just before (see etl/parts.py)."""
    previous = chosen.get(ctx.previous) if ctx.previous is not None else None
    if previous is not None and previous.indicator.id == match.indicator.id and part_of_previous(ctx):
        return True
    if match.indicator.id in stated_in.get(ctx.mention.sentence_index, set()) and stated_part_of_earlier(ctx):
        return True  # "共缉获可卡因 12.7 吨…；其中仅…港的管制组就缉获了 7.1 吨可卡因"
    earlier = stated_in.get(ctx.mention.sentence_index - 1, set())
    return match.indicator.id in earlier and opens_with_of_which(ctx)


def _sums(contexts: list[MentionContext], catalog: Catalog) -> dict[int, tuple[list[int], Match]]:
    """Totals that add up parts of one measure, with the parts and that measure (see etl/parts.py).

    "分别为 410 名、260 名和 330 名…，共计 1,000 名", "118 个港口管制股和 32 个航空货运管制股，合计 150 个":
    the parts that any rule recognizes all measure one indicator, so the total is that indicator's
    value and the parts are not. Parts of different measures (cocaine and heroin) are left as they are.
    """
    sums: dict[int, tuple[list[int], Match]] = {}
    for total, listed in listed_parts(contexts, catalog).items():
        matches = [m for m in (best_match(contexts[i], catalog) for i in listed) if m is not None]
        if matches and len({m.indicator.id for m in matches}) == 1:
            first = matches[0]
            label = f"{first.label.split(' ')[0]} (total of the parts listed)"
            sums[total] = (listed, Match(first.indicator, first.rule, label))
    return sums


def classify_document(
    text: str,
    meta: DocumentMeta,
    sentences: list[Sentence],
    mentions: list[MentionRecord],
    catalog: Catalog,
) -> list[Observation]:
    """Observations for every mention some catalog rule recognizes and whose period is known."""
    chosen: dict[int, Match] = {}
    observations: list[Observation] = []
    # a table cell's number is read as its row's sentence (etl/table_facts.py), not where it stands
    mentions = [m for m in mentions if not m.in_table]
    contexts = build_contexts(text, sentences, mentions, catalog, meta.title)
    sums = _sums(contexts, catalog)
    parts = {i for listed, _ in sums.values() for i in listed}
    stated_in: dict[int, set[str]] = {}  # sentence index → indicators it stated
    restated: dict[int, Match] = {}  # values listed 分别 that restate the sentence's values in order
    for index, ctx in enumerate(contexts):
        if index in parts:
            continue  # the total that follows is the value; a part is not
        restated |= values_restated_respectively(contexts, index, chosen, catalog)
        previous = contexts[ctx.previous] if ctx.previous is not None else None
        # a value in an aside right after another ("4.709 亿美元（2010-2011 两年期为 4.183 亿美元）")
        # restates that value's measure before any rule reads the sentence
        aside = ctx.windows["before"][:1] in ("（", "(")
        exact = exact_after_bound(ctx, contexts, chosen)
        if exact is not None and previous is not None:
            # the bound was a milestone passed on the way: the exact level replaces it
            observations = [o for o in observations if o.mention_id != previous.mention.mention_id]
        match = (
            exact
            or restated.get(index)
            or (continuation(ctx, catalog, chosen, contexts) if aside else None)
            or best_match(ctx, catalog)
            # "…相应数字分别为 29 个、67 个…": each value is the one it corresponds to, in order
            or corresponding_figure(ctx, index, contexts, chosen, catalog)
            or noun_after_list(contexts, index, catalog)
            # the level a change led to is measured by the change's own subject ("而普通用途收入比上一年
            # 减少了 90 万美元，降至 610 万美元"), before any value further back
            or level_after_change(ctx, contexts, chosen, catalog)
            or continuation(ctx, catalog, chosen, contexts)
            or amount_after_share(ctx, previous, catalog)
            or respectively_taken_out(ctx, catalog)
            or measure_named_after(ctx, catalog)
            or compared_at_opening(ctx, catalog, chosen, contexts)
            or count_in_brackets(ctx, catalog)
        )
        if index in sums:
            match = sums[index][1]
        if match is None or _is_a_part(ctx, match, chosen, stated_in):
            continue
        indicator = match.indicator
        basis = match.rule.basis or indicator.basis
        # A budget is itself a plan: "合并预算预计为 7 亿美元" states the budget, not a projection of it
        if basis != "biennium" and rx(catalog.cues.plan).search(ctx.windows["clause"]):
            continue
        value = convert(ctx.mention.value, ctx.mention.unit, indicator.unit)
        if value is None:
            continue
        nearby, own, paragraph = ctx.windows["nearby"], ctx.windows["sentence"], ctx.windows["paragraph"]
        at = paragraph.rfind(own)
        if at < 0 and ctx.lead:  # a lettered item reads as its lead and itself (etl/context.py)
            at = paragraph.rfind(ctx.lead[:30])
        period = resolve_period(
            TimeContext(
                ctx.lead,
                ctx.tail,
                nearby[: len(nearby) - len(own)],
                paragraph[: max(at, 0)],
                ctx.windows["rest"],
            ),
            meta,
            basis,
        )
        # a value with no period of its own ("过去五年…从 150 个增至") or one the report retracts still lends
        # its measure to the value after it
        chosen[index] = match
        if period is None or rx(catalog.cues.retracted).search(ctx.windows["rest"]):
            continue
        stated_in.setdefault(ctx.mention.sentence_index, set()).add(indicator.id)
        observations.append(
            Observation(
                indicator_id=indicator.id,
                doc_id=meta.doc_id,
                mention_id=ctx.mention.mention_id,
                paragraph=ctx.mention.paragraph,
                period_start=period.start,
                period_end=period.end,
                basis=period.basis,
                value=value,
                unit=indicator.unit,
                qualifier=ctx.mention.qualifier,
                quote=ctx.sentence.text,
                rule=f"{match.label}; {period.rule}",
            )
        )
    return _without_corrected(observations, {c.mention.mention_id: c.lead for c in contexts})


# "…的报告第 31 段所载…可卡因数量为 127 吨。…经核对，…可卡因的正确数字应为 112 吨": the corrected figure
# (or the revised appropriation after the initial one: "最初批款为 4,090 万美元，订正批款为 4,160 万美元")
_CORRECTED_FIGURE = re.compile(
    r"(?:正确|实际)的?(?:数字|数量|数额|金额)(?:应|则)?为$|应(?:更正|订正|修正)为$|经(?:订正|更正|修正)后?(?:为|是)$"
    r"|(?:订正|修订|最终)(?:后的)?(?:批款|拨款)(?:额|数额)?(?:为|是)$"
)


def _without_corrected(observations: list[Observation], leads: dict[str, str]) -> list[Observation]:
    """The observations, less those a later sentence of their paragraph corrects: a value stated as the
    correct figure replaces the one stated before it for the same indicator and period."""
    corrections = {
        o.mention_id for o in observations if _CORRECTED_FIGURE.search(leads.get(o.mention_id, ""))
    }
    if not corrections:
        return observations
    corrected = {
        (o.paragraph, o.indicator_id, o.period_start, o.period_end, o.basis)
        for o in observations
        if o.mention_id in corrections and o.paragraph is not None
    }
    return [  # less the figures the corrections replace
        o
        for o in observations
        if o.mention_id in corrections
        or (o.paragraph, o.indicator_id, o.period_start, o.period_end, o.basis) not in corrected
    ]
