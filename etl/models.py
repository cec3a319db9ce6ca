"""Typed records that cross stage boundaries (pydantic models), from a decoded file to a loaded row."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

Qualifier = Literal["exact", "approx", "at_least", "at_most"]
Basis = Literal["annual", "cumulative", "as_of", "biennium"]


class Frozen(BaseModel):
    model_config = ConfigDict(frozen=True)


class SourceText(Frozen):
    """One report file decoded to text; offsets everywhere downstream index into `text`."""

    path: str
    file_name: str
    sha256: str
    encoding: str
    text: str
    warnings: tuple[str, ...] = ()


class Paragraph(Frozen):
    """A numbered paragraph of the report (`12. …`), or an unnumbered block (number None)."""

    number: int | None
    start: int
    end: int


class Sentence(Frozen):
    """A sentence span; `paragraph` is the report's paragraph number it falls in, if any."""

    start: int
    end: int
    paragraph: int | None
    text: str  # whitespace-normalized sentence, as shown to users


class DocumentMeta(Frozen):
    doc_id: str
    file_name: str
    sha256: str
    title: str | None
    body: str | None
    symbol: str | None
    language: str
    published_year: int | None
    coverage_start: int | None
    coverage_end: int | None
    encoding: str
    n_chars: int


class MentionRecord(Frozen):
    """A quantity stated in a report, grounded by its span in the original text (a `mentions` row)."""

    mention_id: str
    doc_id: str
    paragraph: int | None
    sentence_index: int
    char_start: int
    char_end: int
    surface: str
    value: float
    value_max: float | None
    unit: str
    qualifier: Qualifier
    counted: str | None
    category: str
    sentence: str
    in_table: bool = False  # a table cell's number, read as its row's sentence (etl/table_facts.py)


class Observation(Frozen):
    """One (indicator, period) statement found in a report (an `observations` row)."""

    indicator_id: str
    doc_id: str
    mention_id: str
    paragraph: int | None
    period_start: int
    period_end: int
    basis: Basis
    value: float
    unit: str
    qualifier: Qualifier
    quote: str
    rule: str = ""  # which catalog pattern / period rule produced it, for auditing


class DocumentResult(Frozen):
    """Everything the pipeline learned from one report, ready to load."""

    meta: DocumentMeta
    mentions: tuple[MentionRecord, ...]
    observations: tuple[Observation, ...]
    sentences: tuple[Sentence, ...]
    paragraphs: tuple[Paragraph, ...]
    warnings: tuple[str, ...] = ()
    stage_seconds: dict[str, float] = {}
