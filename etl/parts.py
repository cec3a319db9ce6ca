"""Parts and wholes: values a report states as parts of another value are not values of its indicator.

Three wordings: `其中` after a value (`为 50 多个国家提供了援助，其中为 21 个国家…`) states a part of it;
a sentence opening with 其中 states parts of what the sentence before stated; and values listed
分别, or any list summed with 合计/总计 (`分别为 410 名、260 名和 330 名…，共计 1,000 名`,
`118 个港口管制股和 32 个航空货运管制股，合计 150 个`), are the parts of the total that follows them,
which takes their measure when they have one.

Across a whole report, `without_smaller_parts` applies the same idea to values stated apart: a report
states one value of a measure for a period, so a value of the same indicator, period and basis less than
half of another it states ("为 86 个国家提供了援助" … "仅在东部和南部非洲，该方案就为 14 个国家…") is a
part of it (a region, one programme, one course). Values nearer each other are the report restating
itself differently, and both stay.
"""

from __future__ import annotations

import re

from etl.catalog import Catalog, rx
from etl.mention_context import MentionContext
from etl.models import Observation

_PART_OF_PREVIOUS = re.compile(r"(?:^|[，,；;：:])其中")
_STATED_PART = re.compile(r"^其中|[，,；;]其中|仅[^，；。]{0,16}就")
_OPENS_WITH_OF_WHICH = re.compile(r"^(?:\d{1,3}\.)?其中")
_OWN_YEAR = re.compile(r"(?:19|20)\d{2}年")
_TOTAL = re.compile(r"(?:^|[，,；;])(?:共计|总计|合计|总共|共)$")
_ENDS_WITH_JOINER = re.compile(r"(?:以及|和|及|与|、)$")  # "118 个港口管制股和 32 个…": the noun, then 和
_SUM = re.compile(r"(?:^|[，,；;])(?:合计|总计)$")  # a sum of the values just listed, 分别 or not
_PART_RATIO = 0.5  # a restatement never halves a value; a region's or a programme's share usually does


def part_of_previous(ctx: MentionContext) -> bool:
    """`…，其中…` between the previous value of the sentence and this one; not when a year of its own
    dates this one ("自设立以来共收到约 97 万美元，其中 2011 年收到 41 万美元": that year's flow)."""
    if ctx.previous is None:
        return False
    of_which = _PART_OF_PREVIOUS.search(ctx.windows["before"])
    return of_which is not None and not _OWN_YEAR.search(ctx.windows["before"], of_which.end())


def states_a_part(ctx: MentionContext) -> bool:
    """The quantity's clause says it is a part (其中…, 仅在萨赫勒就…): a value the sentence goes on
    comparing reads past it to the whole."""
    return bool(_STATED_PART.search(ctx.windows["clause"]))


def stated_part_of_earlier(ctx: MentionContext) -> bool:
    """The words since the previous quantity say this one is a part (其中…, 仅…就) of a value its sentence
    stated earlier, past other values between them; not when a year of its own dates it."""
    before = ctx.windows["before"]
    part = _STATED_PART.search(before)
    return part is not None and not _OWN_YEAR.search(before, part.end())


def opens_with_of_which(ctx: MentionContext) -> bool:
    """The sentence opens with 其中: its values are parts of what the sentence before stated.

    Not a value dated by a year of its own ("其中，《枪支议定书》缔约方由 2017 年底的 114 个增至…"): a
    part shares its whole's time; this is the same measure at another time.
    """
    return bool(_OPENS_WITH_OF_WHICH.match(ctx.lead)) and not _OWN_YEAR.search(ctx.lead)


def listed_parts(contexts: list[MentionContext], catalog: Catalog) -> dict[int, list[int]]:
    """For each total that adds up values listed 分别 just before it, the indices of those values."""
    respectively, joiner = rx(catalog.cues.respectively), rx(catalog.cues.list_joiner)
    totals: dict[int, list[int]] = {}
    for index, ctx in enumerate(contexts):
        if ctx.previous is None or not _TOTAL.search(ctx.windows["before"]):
            continue
        parts = [ctx.previous]
        while (
            contexts[parts[0]].previous is not None
            and (
                joiner.search(contexts[parts[0]].windows["before"])
                or _ENDS_WITH_JOINER.search(contexts[parts[0]].windows["before"])
            )
            and contexts[parts[0]].mention.unit == ctx.mention.unit
        ):
            parts.insert(0, contexts[parts[0]].previous)  # type: ignore[arg-type]
        explicit_sum = _SUM.search(ctx.windows["before"])
        if len(parts) >= 2 and (explicit_sum or respectively.search(contexts[parts[0]].windows["before"])):
            totals[index] = parts
    return totals


def without_smaller_parts(observations: list[Observation]) -> list[Observation]:
    """One report's observations less each value under half of another of its indicator, period and basis."""
    largest: dict[tuple[str, int, int, str], float] = {}
    for o in observations:
        key = (o.indicator_id, o.period_start, o.period_end, o.basis)
        largest[key] = max(largest.get(key, o.value), o.value)
    return [
        o
        for o in observations
        if o.value >= _PART_RATIO * largest[(o.indicator_id, o.period_start, o.period_end, o.basis)]
    ]
