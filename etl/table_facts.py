"""Table facts: the indicator values a table written as text states, each cell read as its row's sentence.

A table row is no sentence, so the classifier never reads a cell where it stands. Here each cell is
read as the sentence its row and column state ("截至2012年12月31日，《贩运人口议定书》的缔约方为153个",
with the table's title before it; see `etl.quantities.tables.table_statements`), classified by the
same catalog rules as running text, and the observation is tied back to the cell: its mention, its
paragraph, and a quote made of the table's title, column names and row as written.
"""

from __future__ import annotations

from etl.catalog import Catalog
from etl.classify import classify_document
from etl.mention_records import mention_records
from etl.models import DocumentMeta, MentionRecord, Observation
from etl.quantities.table_statements import table_statements
from etl.segment import find_paragraphs, find_sentences

# The cells read as sentences in one report at most: tables in reports hold dozens of cells; a text with
# more (a pathological or machine-made one) keeps them all as mentions, but only these are read for facts.
MAX_CELLS_READ = 2_000


def table_observations(
    text: str, meta: DocumentMeta, mentions: list[MentionRecord], catalog: Catalog
) -> list[Observation]:
    """Observations for the table cells among `mentions` (offsets into `text`)."""
    cells = {m.char_start: m for m in mentions if m.in_table}
    if not cells:
        return []
    found = []
    read: dict[str, list[Observation]] = {}  # a statement read once, however often a table repeats it
    for statement in table_statements(text)[:MAX_CELLS_READ]:
        cell = cells.get(statement.start)
        if cell is None:
            continue
        lead = f"{statement.topic}：" if statement.topic else ""
        sentence = f"1. {lead}{statement.statement}。\n"
        if sentence not in read:
            read[sentence] = _read(sentence, cell, meta, catalog, statement.topic)
            if not read[sentence] and statement.topic:
                # the title as a sentence of its own, where it read as the cell's subject matched
                # nothing ("…合并预算资源：…经常预算为…": the budget a row is part of)
                alone = f"1. {statement.topic}。{statement.statement}。\n"
                read[sentence] = _read(alone, cell, meta, catalog, statement.topic)
        for observation in read[sentence]:
            found.append(
                observation.model_copy(
                    update={
                        "mention_id": cell.mention_id,
                        "paragraph": cell.paragraph,
                        "quote": statement.quote,
                        "rule": f"{observation.rule}; table row",
                    }
                )
            )
    return found


def _read(
    sentence: str, cell: MentionRecord, meta: DocumentMeta, catalog: Catalog, topic: str
) -> list[Observation]:
    """The observations of the cell's own number in `sentence` (its last quantity with the cell's value:
    a title may hold others, "19 项…")."""
    sentences = find_sentences(sentence, find_paragraphs(sentence))
    records = mention_records(sentence, sentences, meta.doc_id)
    own = [r for r in records if r.value == cell.value and r.unit == cell.unit]
    if not own:
        return []
    observations = classify_document(sentence, meta, sentences, records, catalog)
    # a table of budgets states budgets: its rows of general- or special-purpose funds are what is
    # planned, not the year's income or contributions
    budgets_only = "预算" in topic
    return [
        o
        for o in observations
        if o.mention_id == own[-1].mention_id
        and (not budgets_only or catalog.indicator(o.indicator_id).basis == "biennium")
    ]
