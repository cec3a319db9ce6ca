"""Load stage: the DuckDB schema of CONTRACT.md, and each table's rows as plain tuples.

`document_rows` turns one processed report into the rows of every table (in each table's column order),
so that a pool worker can build them and the process that writes the database only appends them
(`etl.store`); plain tuples are also several times cheaper to pickle than the pydantic records.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import NamedTuple

import duckdb

from etl.catalog import Catalog
from etl.models import DocumentResult, Paragraph, Sentence
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
    sentence text,
    in_table boolean not null default false  -- a number in a table cell, its unit from the caption
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


Row = tuple[object, ...]

# Each table's columns in the order of SCHEMA (checked by `create_schema`).
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "doc_id", "file_name", "sha256", "title", "body", "symbol", "language", "published_year",
        "coverage_start", "coverage_end", "encoding", "n_chars", "n_mentions", "n_observations",
        "also_named", "warnings",
    ),
    "document_texts": ("doc_id", "text"),
    "paragraphs": ("doc_id", "paragraph", "char_start", "char_end"),
    "sentences": ("doc_id", "sentence_index", "paragraph", "char_start", "char_end", "text"),
    "mentions": (
        "mention_id", "doc_id", "paragraph", "sentence_index", "char_start", "char_end", "surface",
        "value", "value_max", "unit", "qualifier", "counted", "category", "sentence", "in_table",
    ),
    "observations": (
        "observation_id", "indicator_id", "doc_id", "mention_id", "paragraph", "period_start",
        "period_end", "basis", "value", "unit", "qualifier", "quote", "rule",
    ),
}  # fmt: skip
# The tables filled row by row from documents (document_texts is written last, from the text spool).
ROW_TABLES = ("documents", "paragraphs", "sentences", "mentions", "observations")

_META = attrgetter(*COLUMNS["documents"][:12])
_MENTION = attrgetter(*COLUMNS["mentions"])
_OBSERVATION = attrgetter(*COLUMNS["observations"][1:])


class DocumentRows(NamedTuple):
    """One processed report as rows of every table, plus what the build needs to know about it."""

    doc_id: str
    file_name: str
    sha256: str  # of the file's bytes
    text_key: str  # sha256 of the decoded text in UTF-8: the same report in another encoding
    text: bytes  # the decoded text in UTF-8 (the document_texts row, written last)
    n_chars: int
    tables: dict[str, list[Row]]  # table → rows, for ROW_TABLES
    warnings: tuple[str, ...]
    stage_seconds: dict[str, float]

    @property
    def n_mentions(self) -> int:
        return len(self.tables["mentions"])

    @property
    def n_observations(self) -> int:
        return len(self.tables["observations"])


def encode_text(text: str) -> tuple[bytes, str]:
    """A decoded text as UTF-8, and its key for recognising the same text from another file."""
    data = text.encode("utf-8", "surrogatepass")
    return data, hashlib.sha256(data).hexdigest()


def sentence_rows(doc_id: str, sentences: Sequence[Sentence], offset: int = 0, base: int = 0) -> list[Row]:
    """`sentences` rows; offsets relative to `offset`, the first sentence being number `base`."""
    return [
        (doc_id, base + i, s.paragraph, s.start + offset, s.end + offset, s.text)
        for i, s in enumerate(sentences)
    ]


def paragraph_rows(doc_id: str, paragraphs: Iterable[Paragraph]) -> list[Row]:
    return [(doc_id, p.number, p.start, p.end) for p in paragraphs]


def document_rows(result: DocumentResult, text: str, also_named: Sequence[str] = ()) -> DocumentRows:
    """Every row of one processed report (its sentences too, unless they were streamed elsewhere)."""
    meta = result.meta
    doc_id = meta.doc_id
    document = (
        *_META(meta),
        len(result.mentions),
        len(result.observations),
        "; ".join(also_named) or None,
        "; ".join(result.warnings) or None,
    )
    data, text_key = encode_text(text)
    tables: dict[str, list[Row]] = {
        "documents": [document],
        "paragraphs": paragraph_rows(doc_id, result.paragraphs),
        "sentences": sentence_rows(doc_id, result.sentences),
        "mentions": [_MENTION(m) for m in result.mentions],
        "observations": [(f"{o.mention_id}:{o.indicator_id}", *_OBSERVATION(o)) for o in result.observations],
    }
    return DocumentRows(
        doc_id=doc_id,
        file_name=meta.file_name,
        sha256=meta.sha256,
        text_key=text_key,
        text=data,
        n_chars=len(text),
        tables=tables,
        warnings=result.warnings,
        stage_seconds=dict(result.stage_seconds),
    )


def create_schema(con: duckdb.DuckDBPyConnection, catalog: Catalog) -> None:
    con.execute(SCHEMA)
    con.execute(SERIES_VIEW)
    for table, columns in COLUMNS.items():
        found = tuple(c[0] for c in con.execute(f"select * from {table} limit 0").description)
        if found != columns:
            raise AssertionError(f"etl.load.COLUMNS[{table!r}] is out of step with SCHEMA: {found}")
    append(
        con,
        "indicators",
        [
            (i.id, i.theme, i.name_en, i.name_zh, i.unit, i.basis, i.description_en)
            for i in catalog.indicators
        ],
    )


def append(con: duckdb.DuckDBPyConnection, table: str, rows: Sequence[Row]) -> None:
    """Insert plain rows (in the table's column order) with one DuckDB appender statement."""
    if not rows:
        return
    appender = con.appender(table)
    appender.append_rows(rows)
    appender.flush()


def write_documents(
    con: duckdb.DuckDBPyConnection,
    results: Iterable[tuple[DocumentResult, str, tuple[str, ...]]],
) -> None:
    """Insert a batch of processed documents: (result, original text, other names of the same file).

    The whole of each document at once, texts included: for small databases (tests). A build goes
    through `etl.store`, which bounds memory.
    """
    batch = [document_rows(result, text, also_named) for result, text, also_named in results]
    for table in ROW_TABLES:
        append(con, table, [row for rows in batch for row in rows.tables[table]])
    append(
        con, "document_texts", [(rows.doc_id, rows.text.decode("utf-8", "surrogatepass")) for rows in batch]
    )
