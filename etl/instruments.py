"""Instruments: which catalogued treaty each 《…》 title in a text names.

A full title (《联合国打击跨国有组织犯罪公约》, 《有组织犯罪公约》) names its instrument by the catalog's
name patterns; a short form (《公约》, 《议定书》) means the instrument named last that it may stand for,
unless the same sentence names that one by its own title after it: then the one named before.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from etl.catalog import Catalog, Instrument
from etl.compact import compact

_TITLE = re.compile(r"《([^《》]{1,120})》")


@dataclass(frozen=True)
class NamedInstrument:
    key: str
    start: int
    end: int


def specific_title(title: str, instruments: tuple[Instrument, ...]) -> str | None:
    compact_title = compact(title)
    # Chinese titles are head-final: in 《…公约关于…的补充议定书》 the protocol is named last, so the
    # match that ends latest names the instrument (ties go to the longer match).
    best: tuple[int, int, str] | None = None
    for inst in instruments:
        for pattern in inst.names:
            for m in re.finditer(pattern, compact_title):
                rank = (m.end(), len(m.group(0)), inst.key)
                if best is None or rank[:2] > best[:2]:
                    best = rank
    return best[2] if best else None


def _generic_for(title: str, instruments: tuple[Instrument, ...]) -> set[str]:
    """The instruments a short form (《公约》, 《议定书》) may stand for."""
    compact_title = compact(title)
    return {i.key for i in instruments if any(re.fullmatch(g, compact_title) for g in i.generic)}


def named_instruments(
    text: str, start: int, end: int, catalog: Catalog, earlier: Sequence[NamedInstrument] = ()
) -> list[NamedInstrument]:
    """Instruments named by 《…》 titles in text[start:end], short forms (《公约》) resolved in order, and
    protocols or conventions named by their plain names without 《》.

    `earlier`: instruments named just before the range (the paragraph before), for a short form that
    opens a paragraph ("26. …《联合国反腐败公约》…" then "27. …接受实施《公约》相关技术援助的国家…").
    """
    instruments = catalog.instruments
    titles = [(m, specific_title(m.group(1), instruments)) for m in _TITLE.finditer(text, start, end)]
    found: list[NamedInstrument] = []
    for index, (m, key) in enumerate(titles):
        if key is None and (found or earlier):
            key = _short_form_target(text, m, [*earlier, *found], titles[index + 1 :], catalog)
        if key:
            found.append(NamedInstrument(key, m.start(), m.end()))
    inside = [(m.start(), m.end()) for m, _ in titles]
    bare = [
        NamedInstrument(key, m.start(), m.end())
        for m in _bare_names(instruments).finditer(text, start, end)
        if not any(a <= m.start() < b for a, b in inside)
        and (key := specific_title(m.group(0), instruments)) is not None
    ]
    return sorted([*found, *bare], key=lambda n: n.start)


@functools.cache
def _bare_names(instruments: tuple[Instrument, ...]) -> re.Pattern[str]:
    """Treaty names written without their 《》 ("即贩运人口议定书、偷运移民议定书和枪支议定书"): the
    catalog's plain names of a protocol or convention (never a short form like 公约)."""
    names = {
        n for i in instruments for n in i.names if re.fullmatch(r"[\u4e00-\u9fff]{2,}(?:议定书|公约)", n)
    }
    # a PDF line break (or a masked page header) may fall inside a name
    spaced = [r"\s*".join(map(re.escape, n)) for n in sorted(names, key=len, reverse=True)]
    return re.compile("|".join(spaced) or r"(?!)")


def _short_form_target(
    text: str,
    short: re.Match[str],
    found: list[NamedInstrument],
    following: list[tuple[re.Match[str], str | None]],
    catalog: Catalog,
) -> str | None:
    """The instrument a short form means: the one named last that the short form may stand for.

    Not when the same sentence names that one by its own title after the short form ("…《有组织犯罪
    公约》…和《反腐败公约》…：《公约》有 191 个缔约方，《反腐败公约》有 188 个缔约国"): then the one
    named before it.
    """
    allowed = _generic_for(short.group(1), catalog.instruments)
    # the latest it may stand for: 《公约》 after "《公约》…和《枪支议定书》" is still the convention
    candidates = list(dict.fromkeys(f.key for f in reversed(found) if f.key in allowed))
    if not candidates:
        return None
    last = candidates[0]
    sentence_end = text.find("。", short.end())
    if not any(k == last and (sentence_end < 0 or t.start() < sentence_end) for t, k in following):
        return last
    return candidates[1] if len(candidates) > 1 else last
