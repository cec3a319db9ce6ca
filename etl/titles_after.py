"""Titles after 分别: counts listed first, then 分别 and the treaties they belong to, paired in order.

"152 个和 123 个国家分别加入了《A》和《B》" reads as "152 个国家加入了《A》" and "123 个国家加入了《B》", each
with the words before the first count ("截至 2023 年 12 月 31 日，…"), so the party rules read them as
they read a count stated alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from etl.catalog import Catalog, rx
from etl.instruments import NamedInstrument
from etl.mention_context import MentionContext, listed_run

# "152 个和 123 个国家分别加入了《A》和《B》": counts listed first, then 分别 and the titles they belong to
_TITLES_AFTER = re.compile(
    r"^(?P<noun>(?:会员国|国家|缔约国))(?:已经?)?(?:分别|依次)(?P<verb>(?:加入|批准|成为)了?)《"
)


def pair_titles_after(
    catalog: Catalog, instruments_of: Callable[[int], list[NamedInstrument]], out: list[MentionContext]
) -> None:
    """Counts listed before 分别 and the titles after it, each read as its own "N 个国家加入了《…》", with
    the words before the first count."""
    joiner = rx(catalog.cues.list_joiner)
    index = 0
    while index < len(out):
        group = listed_run(out, index, joiner)
        index = group[-1] + 1
        last = out[group[-1]]
        found = _TITLES_AFTER.match(last.windows["after"]) if len(group) >= 2 else None
        if found is None:
            continue
        end = last.sentence.end
        named = instruments_of(last.mention.sentence_index)
        titles = [n for n in named if last.mention.char_end <= n.start < end]
        keys = [n.key for n in titles[: len(group)]]
        if len(keys) != len(group) or len(set(keys)) != len(keys):
            continue
        after = f"{found.group('noun')}{found.group('verb')}《"
        before = out[group[0]].windows["before"]
        for item, key in zip(group, keys, strict=True):
            windows = {**out[item].windows, "before": before, "after": after}
            out[item] = replace(out[item], windows=windows, instrument_after=key, before_instrument=before)
