"""Mention records: every quantity of a text as a `mentions` row, tagged with its sentence and paragraph."""

from __future__ import annotations

from bisect import bisect_right

from etl.models import MentionRecord, Sentence
from etl.quantities import extract


def mention_records(
    text: str, sentences: list[Sentence], doc_id: str, offset: int = 0
) -> list[MentionRecord]:
    """Every quantity in `text` as a mention record tagged with its sentence and paragraph.

    Offsets and sentence indexes are relative to `text`; `offset` (where `text` starts in its
    document) only enters the mention id, which must be unique in the document.
    """
    if not sentences:
        return []
    starts = [s.start for s in sentences]
    records = []
    for q in extract(text):
        index = max(bisect_right(starts, q.start) - 1, 0)
        sentence = sentences[index]
        records.append(
            MentionRecord(
                mention_id=f"{doc_id}:{q.start + offset}-{q.end + offset}",
                doc_id=doc_id,
                paragraph=sentence.paragraph,
                sentence_index=index,
                char_start=q.start,
                char_end=q.end,
                surface=q.surface,
                value=q.value,
                value_max=q.value_max,
                unit=q.unit,
                qualifier=q.qualifier,
                counted=q.counted,
                category=q.category,
                sentence=sentence.text,
                in_table=q.in_table,
            )
        )
    return records
