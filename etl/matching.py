"""Matching: which catalog rule reads one quantity's context, as written or in a plainer reading.

Every rule that accepts the quantity's unit is tried on its context windows (etl/context.py); the
matching rule of highest priority wins (ties: catalog order). A change amount (增加了 21 个) matches
only rules that allow one, and a count of one named region never an indicator counted over all
regions. When no rule reads the words as written, the plainer readings of etl/readings.py are tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from etl.catalog import Catalog, Indicator, RankedRule, Rule, rx
from etl.mention_context import MentionContext
from etl.readings import plainer_readings


@dataclass(frozen=True)
class Match:
    indicator: Indicator
    rule: Rule
    label: str  # "indicator_id#rule_number", or "… (continues …)"


def rule_matches(rule: Rule, ctx: MentionContext) -> bool:
    """Whether `rule` recognizes the quantity of `ctx` (its unit is one the rule accepts, see
    `Catalog.rules_for_unit`)."""
    if rule.instrument:
        named = (ctx.instrument_after or ctx.instrument) if rule.instrument_follows else ctx.instrument
        if rule.instrument != named:
            return False
    for window, pattern, wanted in rule.compiled:
        text = ctx.before_instrument if window == "before" and rule.instrument else ctx.windows[window]
        if bool(pattern.search(text)) != wanted:
            return False
    return True


# "可卡因缉获量较 2008 年的 2.9 吨增幅超过 120%": the year's level compared with, not the increase
_COMPARED_LEVEL = re.compile(r"(?:比|较|与|同)(?:19|20)\d{2}年度?(?:同期)?的$")


def is_delta(ctx: MentionContext, catalog: Catalog) -> bool:
    """A change, not a level: "增加了 5 个", "新增缔约方分别为 3 个和 7 个" (the words after a title, for each
    value listed after it), "增幅"."""
    before = ctx.windows["before"]
    return bool(
        rx(catalog.cues.delta_before).search(before)
        or (ctx.instrument is not None and rx(catalog.cues.delta_before).search(ctx.before_instrument))
        or (rx(catalog.cues.delta_after).search(ctx.windows["after"]) and not _COMPARED_LEVEL.search(before))
    )


def best_match(ctx: MentionContext, catalog: Catalog) -> Match | None:
    """The indicator the quantity measures, by the highest-priority matching rule.

    When no rule recognizes the words as written, the plainer readings of etl/readings.py are tried in
    turn ("普通用途收入在 2019 年降至" → "普通用途收入降至"); the period still comes from the clause as
    written.
    """
    found = _best_match(ctx, catalog)
    if found is not None:
        return found
    if (cleft := _cleft_as_plain(ctx)) is not None and (found := _best_match(cleft, catalog)) is not None:
        return found
    written = ctx.windows["before"]
    for reading in plainer_readings(ctx.mention.surface, ctx.windows["earlier"]):
        plain = reading(written)
        instrument = reading(ctx.before_instrument)
        # (a value listed after titles reads its titles' words: "、" stays, "…数目在同一时间为" reads plainer)
        if plain != written or instrument != ctx.before_instrument:
            windows = {**ctx.windows, "before": plain}
            if found := _best_match(replace(ctx, windows=windows, before_instrument=instrument), catalog):
                return found
    return None


# "2023 年接受援助的，是 58 个国家": what is counted, named after the number, read as if it came first
# ("2023 年接受援助的国家为 58 个")
_CLEFT = re.compile(r"的[，,]是$")
_MEASURE_FIRST = re.compile(r"^[个名项起种所家次]")


def _cleft_as_plain(ctx: MentionContext) -> MentionContext | None:
    written = ctx.windows["before"]
    cleft = _CLEFT.search(written)
    if cleft is None:
        return None
    noun = _MEASURE_FIRST.sub("", ctx.mention.counted or "")
    after = ctx.windows["after"].removeprefix(noun)
    plain = f"{written[: cleft.start()]}的{noun}为"
    return replace(ctx, windows={**ctx.windows, "before": plain, "after": after}, before_instrument=plain)


def _best_match(ctx: MentionContext, catalog: Catalog) -> Match | None:
    delta = is_delta(ctx, catalog)
    regional = bool(rx(catalog.cues.regional_subset).search(ctx.windows["before"]))
    best: RankedRule | None = None
    for ranked in catalog.rules_for_unit(ctx.mention.unit):
        if (delta and not ranked.rule.allow_delta) or (regional and ranked.indicator.all_regions):
            continue
        if (best is None or ranked.rank > best.rank) and rule_matches(ranked.rule, ctx):
            best = ranked
    return Match(best.indicator, best.rule, best.label) if best else None
