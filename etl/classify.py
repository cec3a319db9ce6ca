"""Classify stage: decide which catalogued indicator each mention measures, and for which period."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.catalog import Catalog, Indicator, Instrument, Rule
from etl.models import DocumentMeta, MentionRecord, Observation, Sentence
from etl.periods import resolve_period

_TITLE = re.compile(r"《([^《》]{1,120})》")
_CLAUSE_BREAK = re.compile(r"[；;]")


@dataclass(frozen=True)
class NamedInstrument:
    key: str
    start: int
    end: int


def _resolve_title(title: str, instruments: tuple[Instrument, ...], last_specific: str | None) -> str | None:
    compact = re.sub(r"\s+", "", title)
    # Chinese titles are head-final: in 《…公约关于…的补充议定书》 the protocol is named last, so the
    # match that ends latest names the instrument (ties go to the longer match).
    best: tuple[int, int, str] | None = None
    for inst in instruments:
        for pattern in inst.names:
            for m in re.finditer(pattern, compact):
                rank = (m.end(), len(m.group(0)), inst.key)
                if best is None or rank[:2] > best[:2]:
                    best = rank
    if best:
        return best[2]
    generic_matches = [
        inst.key for inst in instruments if any(re.fullmatch(g, compact) for g in inst.generic)
    ]
    if last_specific in generic_matches:
        return last_specific
    return None


def named_instruments(text: str, start: int, end: int, catalog: Catalog) -> list[NamedInstrument]:
    """Instruments named by 《…》 titles in text[start:end], generic short forms resolved in order."""
    found: list[NamedInstrument] = []
    last: str | None = None
    for m in _TITLE.finditer(text, start, end):
        key = _resolve_title(m.group(1), catalog.instruments, last)
        if key:
            found.append(NamedInstrument(key, m.start(), m.end()))
            last = key
    return found


def _rule_matches(rule: Rule, mention: MentionRecord, window: str, instrument: str | None) -> bool:
    if rule.instrument and rule.instrument != instrument:
        return False
    if rule.before and not re.search(rule.before, window):
        return False
    if rule.counted:
        target = (mention.counted or "") + " " + window[-12:]
        if not re.search(rule.counted, target):
            return False
    return True


def _unit_value(indicator: Indicator, mention: MentionRecord) -> float | None:
    if mention.unit == indicator.unit:
        return mention.value
    if indicator.unit == "t" and mention.unit == "kg":
        return mention.value / 1000
    return None


def classify_document(
    text: str,
    meta: DocumentMeta,
    sentences: list[Sentence],
    mentions: list[MentionRecord],
    catalog: Catalog,
) -> list[Observation]:
    """Observations for every mention some catalog rule recognizes."""
    by_paragraph: dict[int | None, list[NamedInstrument]] = {}
    observations: list[Observation] = []
    previous_end = 0
    for mention in mentions:
        sentence = sentences[mention.sentence_index]
        if mention.paragraph not in by_paragraph:
            start = min(
                (s.start for s in sentences if s.paragraph == mention.paragraph), default=sentence.start
            )
            end = max((s.end for s in sentences if s.paragraph == mention.paragraph), default=sentence.end)
            by_paragraph[mention.paragraph] = named_instruments(text, start, end, catalog)
        named = [n for n in by_paragraph[mention.paragraph] if n.end <= mention.char_start]
        instrument = named[-1].key if named else None
        clause_start = sentence.start
        for m in _CLAUSE_BREAK.finditer(text, sentence.start, mention.char_start):
            clause_start = m.end()
        window_start = max(clause_start, previous_end if previous_end > sentence.start else 0)
        if named and named[-1].end > window_start:
            window_start = named[-1].end
        window = re.sub(r"\s+", "", text[window_start : mention.char_start])
        clause = text[clause_start : mention.char_start]
        previous_end = mention.char_end
        for indicator in catalog.indicators:
            value = _unit_value(indicator, mention)
            if value is None:
                continue
            if not any(_rule_matches(r, mention, window, instrument) for r in indicator.recognize):
                continue
            period = resolve_period(clause, meta, indicator.basis)
            if period is None:
                continue
            period_start, period_end, period_rule = period
            observations.append(
                Observation(
                    indicator_id=indicator.id,
                    doc_id=meta.doc_id,
                    mention_id=mention.mention_id,
                    paragraph=mention.paragraph,
                    period_start=period_start,
                    period_end=period_end,
                    basis=indicator.basis,
                    value=value,
                    unit=indicator.unit,
                    qualifier=mention.qualifier,
                    quote=sentence.text,
                    rule=period_rule,
                )
            )
            break
    return observations
