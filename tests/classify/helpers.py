"""Run the real stages (normalize, furniture, segment, extract, classify, table facts) on a report written
for a test."""

from __future__ import annotations

from etl.catalog import Catalog, default_catalog
from etl.classify import classify_document
from etl.furniture import mask_furniture
from etl.mention_records import mention_records
from etl.models import DocumentMeta, DocumentResult, Observation
from etl.normalize import normalize
from etl.parts import without_smaller_parts
from etl.segment import find_paragraphs, find_sentences
from etl.table_facts import table_observations


def meta_for(
    doc_id: str = "doc_test",
    published: int | None = 2015,
    coverage: tuple[int, int] | None = (2014, 2014),
    title: str = "测试报告",
) -> DocumentMeta:
    return DocumentMeta(
        doc_id=doc_id,
        file_name=f"{doc_id}.txt",
        sha256=doc_id.ljust(64, "0"),
        title=title,
        body="CND; CCPCJ",
        symbol=None,
        language="zh",
        published_year=published,
        coverage_start=coverage[0] if coverage else None,
        coverage_end=coverage[1] if coverage else None,
        encoding="utf-8",
        n_chars=0,
    )


def analyse(
    text: str,
    *,
    doc_id: str = "doc_test",
    published: int | None = 2015,
    coverage: tuple[int, int] | None = (2014, 2014),
    catalog: Catalog | None = None,
    title: str = "测试报告",
) -> DocumentResult:
    """A report's DocumentResult, built the way the pipeline builds it, with the metadata given."""
    norm = mask_furniture(normalize(text))
    paragraphs = find_paragraphs(norm)
    sentences = find_sentences(norm, paragraphs)
    meta = meta_for(doc_id, published, coverage, title)
    mentions = mention_records(norm, sentences, doc_id)
    catalog = catalog or default_catalog()
    observations = classify_document(norm, meta, sentences, mentions, catalog)
    observations += table_observations(norm, meta, mentions, catalog)
    observations = without_smaller_parts(observations)
    return DocumentResult(
        meta=meta,
        mentions=tuple(mentions),
        observations=tuple(observations),
        sentences=tuple(sentences),
        paragraphs=tuple(paragraphs),
    )


def observe(text: str, **kwargs: object) -> list[Observation]:
    return list(analyse(text, **kwargs).observations)  # type: ignore[arg-type]


def facts(text: str, **kwargs: object) -> set[tuple[str, int, int, str, float, str]]:
    """(indicator, start, end, basis, value, qualifier) of every observation, values rounded."""
    return {
        (o.indicator_id, o.period_start, o.period_end, o.basis, round(o.value, 6), o.qualifier)
        for o in observe(text, **kwargs)
    }
