"""Load stage: the DuckDB schema of CONTRACT.md, and writing documents, mentions and observations."""

from __future__ import annotations

from collections.abc import Iterable

import duckdb
import pandas as pd

from etl.catalog import Catalog
from etl.models import DocumentResult
from etl.reconcile import SERIES_VIEW

SCHEMA = """
create table documents (
    doc_id text primary key,
    file_name text not null,
    sha256 text not null,
    title text,
    body text,
    symbol text,
    language text,
    published_year integer,
    coverage_start integer,
    coverage_end integer,
    encoding text,
    n_chars integer,
    n_mentions integer,
    n_observations integer,
    also_named text,            -- other file names with the same bytes
    warnings text
);
create table document_texts (
    doc_id text primary key,
    text text not null          -- the original decoded text; offsets of mentions index into it
);
create table paragraphs (
    doc_id text, paragraph integer, char_start integer, char_end integer
);
create table sentences (
    doc_id text, sentence_index integer, paragraph integer, char_start integer, char_end integer, text text
);
create table mentions (
    mention_id text primary key,
    doc_id text not null,
    paragraph integer,
    sentence_index integer,
    char_start integer not null,
    char_end integer not null,
    surface text not null,
    value double not null,
    value_max double,
    unit text not null,
    qualifier text not null,
    counted text,
    category text,
    sentence text
);
create table indicators (
    indicator_id text primary key,
    theme text not null,
    name_en text not null,
    name_zh text not null,
    unit text not null,
    basis text not null,
    description_en text
);
create table observations (
    observation_id text primary key,
    indicator_id text not null,
    doc_id text not null,
    mention_id text not null,
    paragraph integer,
    period_start integer not null,
    period_end integer not null,
    basis text not null,
    value double not null,
    unit text not null,
    qualifier text not null,
    quote text,
    rule text
);
create table build_info (key text primary key, value text);
"""


def create_schema(con: duckdb.DuckDBPyConnection, catalog: Catalog) -> None:
    con.execute(SCHEMA)
    con.execute(SERIES_VIEW)
    con.executemany(
        "insert into indicators values (?, ?, ?, ?, ?, ?, ?)",
        [
            (i.id, i.theme, i.name_en, i.name_zh, i.unit, i.basis, i.description_en)
            for i in catalog.indicators
        ],
    )


def _frame(rows: list[dict[str, object]], columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=columns)


def write_documents(
    con: duckdb.DuckDBPyConnection,
    results: Iterable[tuple[DocumentResult, str, tuple[str, ...]]],
) -> None:
    """Insert a batch of processed documents: (result, original text, other names of the same file)."""
    docs, texts, paragraphs, sentences, mentions, observations = [], [], [], [], [], []
    for result, text, also_named in results:
        meta = result.meta
        docs.append(
            {
                **meta.model_dump(),
                "n_mentions": len(result.mentions),
                "n_observations": len(result.observations),
                "also_named": "; ".join(also_named) or None,
                "warnings": "; ".join(result.warnings) or None,
            }
        )
        texts.append({"doc_id": meta.doc_id, "text": text})
        paragraphs += [
            {"doc_id": meta.doc_id, "paragraph": p.number, "char_start": p.start, "char_end": p.end}
            for p in result.paragraphs
        ]
        sentences += [
            {
                "doc_id": meta.doc_id,
                "sentence_index": i,
                "paragraph": s.paragraph,
                "char_start": s.start,
                "char_end": s.end,
                "text": s.text,
            }
            for i, s in enumerate(result.sentences)
        ]
        mentions += [m.model_dump() for m in result.mentions]
        observations += [
            {"observation_id": f"{o.mention_id}:{o.indicator_id}", **o.model_dump()}
            for o in result.observations
        ]
    tables = {
        "documents": docs,
        "document_texts": texts,
        "paragraphs": paragraphs,
        "sentences": sentences,
        "mentions": mentions,
        "observations": observations,
    }
    for table, rows in tables.items():
        if not rows:
            continue
        columns = [c[0] for c in con.execute(f"select * from {table} limit 0").description]
        frame = _frame(rows, columns)  # noqa: F841 - read by DuckDB's replacement scan below
        con.execute(f"insert into {table} select * from frame")
