"""One decoded report through the stages after `read`, section by section, in bounded memory.

    normalize → language → furniture → paragraphs → metadata → per section: sentences → extract → classify
    → the report's values less its smaller parts (etl/parts.py)

Metadata reads the normalized text; everything after it reads the body, where footnote blocks and
page headers are blanked out (etl/furniture.py), so a sentence a page break cuts reads whole. The
footnote entries are then read after the sentence their marker stands in (etl/footnote_facts.py): their
quantities are mentions (outside any paragraph), and their facts observations only where the body
states that indicator for no overlapping period.

A report longer than `SECTION_CHARS` is cut into sections at its own numbered paragraphs (a paragraph
longer than a section is cut after a sentence), and each section is segmented, extracted and
classified on its own, as if it were a text by itself (offsets are shifted back for loading). That
bounds the memory a huge report needs (its sentences go to a sink section by section instead of being
held), lets progress advance inside one file, and keeps any per-document work downstream
proportional to a section. A report shorter than a section — every real one — is processed in one
piece, exactly as a whole.

Sentences longer than `MAX_SENTENCE_CHARS` (no real one comes close; a text without punctuation
does) are cut at a clause break, so work per mention stays bounded downstream.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from etl import metadata
from etl.catalog import Catalog
from etl.classify import classify_document
from etl.footnote_facts import footnote_facts, with_footnote_facts
from etl.furniture import blank_spans, footnote_spans, mask_furniture
from etl.glued_markers import glued_marker_spans
from etl.manifest import Manifest
from etl.mention_records import mention_records
from etl.models import (
    DocumentMeta,
    DocumentResult,
    MentionRecord,
    Observation,
    Paragraph,
    Sentence,
    SourceText,
)
from etl.normalize import normalize
from etl.parts import without_smaller_parts
from etl.segment import clean_sentence, find_paragraphs, find_sentences
from etl.table_facts import table_observations

SECTION_CHARS = 200_000
MAX_SENTENCE_CHARS = 4_000
# The header (text before paragraph 1) is searched for title, body and year; a real one is a few
# thousand characters (the longest bundled one 10,000).
MAX_HEADER_CHARS = 20_000
LANGUAGE_NAMES = {
    "en": "English",
    "fr": "French",
    "es": "Spanish",
    "ru": "Russian",
    "ar": "Arabic",
    "ja": "Japanese",
    "ko": "Korean",
}
_SENTENCE_FINAL = "。！？!?"
_CLOSERS = "”’」』）)"
_CLAUSE_BREAKS = "，；;,、 \n"

# (sentences of one section with offsets relative to it, the section's start in the document, the
# document index of its first sentence)
SentenceSink = Callable[[list[Sentence], int, int], None]


class SkipReport(Exception):
    """A report that is read but cannot be used; the message is the one-line reason."""


def doc_id_for(sha256: str) -> str:
    """A document's id: stable across rebuilds and file renames, derived from its bytes."""
    return f"doc_{sha256[:12]}"


def _cut_before(text: str, lo: int, hi: int, marks: str) -> int:
    """Just after the last of `marks` in text[lo:hi], or -1."""
    k = max(text.rfind(ch, lo, hi) for ch in marks)
    return k + 1 if k >= 0 else -1


def _inner_cut(text: str, start: int, size: int) -> int:
    """Where to cut a block longer than a section: after a sentence, else a line or clause break."""
    lo, hi = start + size // 2, min(len(text), start + size)
    cut = _cut_before(text, lo, hi, _SENTENCE_FINAL)
    if cut > 0:
        return cut + 1 if cut < len(text) and text[cut] in _CLOSERS else cut  # as the segmenter cuts
    cut = _cut_before(text, lo, hi, _CLAUSE_BREAKS)
    return cut if cut > start else hi


def plan_sections(text: str, paragraphs: list[Paragraph], size: int = SECTION_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive sections covering `text`, cut at paragraph starts where possible."""
    n = len(text)
    if n <= size:
        return [(0, n)]
    sections: list[tuple[int, int]] = []
    start = previous = 0
    for point in [*(p.start for p in paragraphs if p.start > 0), n]:
        if point - start > size and previous > start:
            sections.append((start, previous))
            start = previous
        while point - start > size:
            cut = _inner_cut(text, start, size)
            sections.append((start, cut))
            start = cut
        previous = point
    if start < n:
        sections.append((start, n))
    return sections


def _local_paragraphs(paragraphs: list[Paragraph], a: int, b: int) -> list[Paragraph]:
    return [
        Paragraph(number=p.number, start=max(p.start, a) - a, end=min(p.end, b) - a)
        for p in paragraphs
        if p.start < b and p.end > a
    ]


def _cap_sentence(text: str, s: Sentence) -> Iterator[Sentence]:
    """`s` itself, or `s` cut at clause breaks into pieces of at most MAX_SENTENCE_CHARS."""
    if s.end - s.start <= MAX_SENTENCE_CHARS:
        yield s
        return
    pos = s.start
    while pos < s.end:
        end = s.end
        if end - pos > MAX_SENTENCE_CHARS:
            end = _cut_before(text, pos + MAX_SENTENCE_CHARS // 2, pos + MAX_SENTENCE_CHARS, _CLAUSE_BREAKS)
        if end <= pos:
            end = pos + MAX_SENTENCE_CHARS
        cleaned = clean_sentence(text[pos:end])
        if cleaned:
            yield Sentence(start=pos, end=end, paragraph=s.paragraph, text=cleaned)
        pos = end


def section_sentences(section: str, paragraphs: list[Paragraph]) -> list[Sentence]:
    """The sentences of one section, offsets relative to it; `paragraphs` are relative to it too."""
    found = find_sentences(section, paragraphs)
    if all(s.end - s.start <= MAX_SENTENCE_CHARS for s in found):
        return found
    return [piece for s in found for piece in _cap_sentence(section, s)]


def _shifted(sentences: list[Sentence], a: int) -> list[Sentence]:
    if a == 0:
        return sentences
    return [s.model_copy(update={"start": s.start + a, "end": s.end + a}) for s in sentences]


@dataclass
class _Clock:
    timings: dict[str, float] = field(default_factory=dict)
    last: float = field(default_factory=time.perf_counter)

    def lap(self, stage: str) -> None:
        now = time.perf_counter()
        self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
        self.last = now


def _meta(
    source: SourceText, text: str, paragraphs: list[Paragraph], language: str, manifest: Manifest
) -> DocumentMeta:
    header = metadata.header_of(text, paragraphs)[:MAX_HEADER_CHARS]
    body = metadata.find_body(header)
    published = metadata.check_published_year(
        metadata.find_published_year(header, body), metadata.find_event_year(text)
    )
    title = metadata.find_title(header)
    coverage_start, coverage_end = metadata.find_coverage(header, text, published, title)
    fields: dict[str, object] = {
        "title": title,
        "body": body,
        "symbol": metadata.find_symbol(header),
        "published_year": published,
        "coverage_start": coverage_start,
        "coverage_end": coverage_end,
    }
    override = manifest.for_file(source.file_name)
    if override:
        fields.update(override.model_dump(exclude_none=True))
    return DocumentMeta(
        doc_id=doc_id_for(source.sha256),
        file_name=source.file_name,
        sha256=source.sha256,
        language=language,
        encoding=source.encoding,
        n_chars=len(source.text),
        **fields,
    )


def _mentions(
    section: str, a: int, sentences: list[Sentence], base: int, meta: DocumentMeta
) -> tuple[list[MentionRecord], list[MentionRecord]]:
    """Mentions in one section starting at `a`, whose `sentences` have section offsets.

    Returns them as loaded (document offsets and sentence indexes) and as the section sees them
    (offsets and sentence indexes relative to the section), for classifying the section on its own.
    """
    local = mention_records(section, sentences, meta.doc_id, offset=a)
    if not (a or base):
        return local, local
    loaded = [
        m.model_copy(
            update={
                "char_start": m.char_start + a,
                "char_end": m.char_end + a,
                "sentence_index": base + m.sentence_index,
            }
        )
        for m in local
    ]
    return loaded, local


def _footnote(
    entry: str, a: int, base: int, meta: DocumentMeta
) -> tuple[list[Sentence], list[MentionRecord]]:
    """The sentences and mentions of one footnote entry starting at `a` (sentences relative to it,
    mentions as loaded). Footnotes are outside any numbered paragraph; their facts are read apart
    (`_footnote_facts`), since a note mostly qualifies the text it is attached to ("包括方案支助费用约 5,010
    万美元")."""
    sentences = find_sentences(entry, [])
    loaded, _ = _mentions(entry, a, sentences, base, meta)
    return sentences, loaded


def process_text(
    source: SourceText,
    manifest: Manifest,
    catalog: Catalog,
    *,
    sink: SentenceSink | None = None,
    on_advance: Callable[[float], None] | None = None,
    section_chars: int = SECTION_CHARS,
) -> DocumentResult:
    """Run every stage after `read` on one decoded report.

    With a `sink`, each section's sentences are handed to it (see `SentenceSink`) and not kept: the
    result's `sentences` is then empty. `on_advance(fraction)` reports progress
    through the text, section by section, up to 1.0. `section_chars` is the section size.
    """
    clock = _Clock()
    text = normalize(source.text)
    clock.lap("normalize")
    language = metadata.detect_language(text)
    if language == "unknown":
        raise SkipReport("no text in a recognizable language (no Chinese or other letters)")
    if language != "zh":
        raise SkipReport(f"unsupported language ({LANGUAGE_NAMES.get(language, language)}); expected Chinese")
    note_spans = footnote_spans(text)
    body = mask_furniture(text, note_spans)  # footnotes and page headers out of the way, offsets unchanged
    body = blank_spans(body, glued_marker_spans(text, body, note_spans))  # "，24.09 亿": footnote 2 + 4.09 亿
    paragraphs = find_paragraphs(body)
    meta = _meta(source, text, paragraphs, language, manifest)
    clock.lap("segment")
    kept: list[Sentence] = []
    mentions: list[MentionRecord] = []
    observations: list[Observation] = []
    base = 0
    for a, b in plan_sections(text, paragraphs, section_chars):
        whole = (a, b) == (0, len(text))
        section = body if whole else body[a:b]
        sentences = section_sentences(section, paragraphs if whole else _local_paragraphs(paragraphs, a, b))
        clock.lap("segment")
        loaded, local = _mentions(section, a, sentences, base, meta)
        clock.lap("extract")
        observations += classify_document(section, meta, sentences, local, catalog)
        observations += table_observations(section, meta, local, catalog)
        clock.lap("classify")
        mentions += loaded
        if sink is not None:
            sink(sentences, a, base)
            clock.lap("load")
        else:
            kept += _shifted(sentences, a)
        base += len(sentences)
        del section, sentences, local
        if on_advance is not None:
            on_advance(b / max(len(text), 1))
    note_facts: list[Observation] = []
    for a, b in note_spans:
        notes, note_mentions = _footnote(text[a:b], a, base, meta)
        if not note_mentions:
            continue
        note_facts += footnote_facts(text, body, a, b, notes, meta, catalog)
        mentions += note_mentions
        if sink is not None:
            sink(notes, a, base)
        else:
            kept += _shifted(notes, a)
        base += len(notes)
    clock.lap("extract")
    if not paragraphs and not mentions:
        raise SkipReport("not a UN report: no numbered paragraphs and no quantities")
    return DocumentResult(
        meta=meta,
        mentions=tuple(mentions),
        # across sections: the whole report's; then the footnotes' facts where the body states none
        observations=tuple(with_footnote_facts(without_smaller_parts(observations), note_facts)),
        sentences=tuple(kept),
        paragraphs=tuple(paragraphs),
        warnings=source.warnings,
        stage_seconds=clock.timings,
    )
