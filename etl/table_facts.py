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
from etl.quantities.tables import table_statements
from etl.segment import find_paragraphs, find_sentences


def table_observations(
    text: str, meta: DocumentMeta, mentions: list[MentionRecord], catalog: Catalog
) -> list[Observation]:
    """Observations for the table cells among `mentions` (offsets into `text`)."""
    cells = {m.char_start: m for m in mentions if m.in_table}
    if not cells:
        return []
    found = []
    for statement in table_statements(text):
        cell = cells.get(statement.start)
        if cell is None:
            continue
        lead = f"{statement.topic}：" if statement.topic else ""
        sentence = f"1. {lead}{statement.statement}。\n"
        sentences = find_sentences(sentence, find_paragraphs(sentence))
        records = mention_records(sentence, sentences, meta.doc_id)
        # the cell's own number is the statement's last quantity (a title may hold others: "19 项…")
        own = [r for r in records if r.value == cell.value and r.unit == cell.unit]
        if not own:
            continue
        for observation in classify_document(sentence, meta, sentences, records, catalog):
            if observation.mention_id != own[-1].mention_id:
                continue
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
