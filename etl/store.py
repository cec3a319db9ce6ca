"""The build's database session: bounded memory, batched appends in large transactions, texts last.

What DuckDB must hold in memory while it writes is, above all, a row group's worth of a column (a row
group is compressed whole when it is written; rows appended in small commits sit in a growing row group
that every automatic checkpoint compresses and writes again), and, within a transaction, the indexes of
the rows it added. So the session

- caps DuckDB's memory (`memory_limit`, BUILD_MEMORY_MB; its default is 80 % of RAM) and gives it one
  thread (the pool workers use the cores); what does not fit spills to a folder beside the new file;
- appends the rows of every table but the texts in batches (DuckDB appenders), in transactions of
  COMMIT_ROWS rows, each followed by a checkpoint: complete row groups (TABLE_ROW_GROUP rows, smaller than
  DuckDB's default) go straight to the file ("optimistic writes"), the rows are written once rather than
  through the write-ahead log first, and a checkpoint rewrites at most one small partial row group per
  table;
- keeps the document texts (most of the bytes, and a row is a whole report) out of DuckDB until the rest
  is committed: they wait in a spool file beside the new database, and are then written with
  TEXT_ROW_GROUP rows (DuckDB's smallest) per row group, largest first, so that the last, partial row
  group, which DuckDB holds whole while it commits it, holds the smallest texts. The memory limit of that
  step is raised only if one row group of texts needs more (`texts_memory_mb`), and doubled if it still
  runs out.

Memory therefore depends on row-group sizes and report sizes, not on how many reports there are.
"""

from __future__ import annotations

import contextlib
import math
from io import BufferedWriter
from pathlib import Path

import duckdb

from etl.atomic import spill_path_for, spool_path_for
from etl.catalog import Catalog
from etl.load import ROW_TABLES, DocumentRows, Row, append, create_schema

__all__ = ["BUILD_MEMORY_MB", "Store", "texts_memory_mb"]

# DuckDB's memory limit for a build (raised for the texts step only if a row group of texts needs it).
# The ×1000 benchmark corpus (5,000 reports) builds at 32 MB; 64 MB leaves a margin.
BUILD_MEMORY_MB = 64
TABLE_ROW_GROUP = 16_384  # rows per row group, every table but document_texts (DuckDB's default: 122,880)
TEXT_ROW_GROUP = 2_048  # rows per row group of document_texts: DuckDB's smallest
FLUSH_ROWS = 50_000  # rows held in Python before they are appended
COMMIT_ROWS = 500_000  # rows appended per transaction (its indexes and undo log grow with it)
TEXT_BATCH_BYTES = 4_000_000  # bytes of text per appender statement in the texts step
# What committing a row group of texts needs, as a multiple of its bytes, plus a margin. Measured with
# DuckDB 2.0: a full row group (written before the commit) needs 0.55-0.85 times its size, the last,
# partial one 1.3-1.9 times. An estimate too low costs a retry (`_ATTEMPTS`), not the build.
_FULL_GROUP_FACTOR = 0.75
_PARTIAL_GROUP_FACTOR = 1.6
_MARGIN_MB = 32
_ATTEMPTS = 3  # of the texts step, doubling the memory limit after a failure for lack of memory
_MB = 1 << 20


def texts_memory_mb(sizes: list[int], base_mb: int = BUILD_MEMORY_MB) -> int:
    """The memory limit (MB) for writing texts of these sizes in bytes, in this order."""
    need = 0.0
    for start in range(0, len(sizes), TEXT_ROW_GROUP):
        group = sizes[start : start + TEXT_ROW_GROUP]
        factor = _FULL_GROUP_FACTOR if len(group) == TEXT_ROW_GROUP else _PARTIAL_GROUP_FACTOR
        need = max(need, factor * sum(group))
    return max(base_mb, math.ceil(need / _MB) + _MARGIN_MB) if need else base_mb


def _quoted(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


class Store:
    """A new database at `path` (a temporary file) being written; `finish()` completes it."""

    def __init__(self, path: Path, catalog: Catalog, *, memory_mb: int = BUILD_MEMORY_MB) -> None:
        self.path = path
        self.memory_mb = memory_mb
        self.spool_path = spool_path_for(path)
        self.con = duckdb.connect(
            config={
                "memory_limit": f"{memory_mb}MB",
                "threads": 1,
                "temp_directory": str(spill_path_for(path)),
            }
        )
        self.spool: BufferedWriter | None = None
        try:
            self._attach(TABLE_ROW_GROUP)
            create_schema(self.con, catalog)
            self.con.execute("begin")
            self.spool = self.spool_path.open("wb")
        except BaseException:
            self.close()
            raise
        self.pending: dict[str, list[Row]] = {table: [] for table in ROW_TABLES}
        self.pending_rows = 0
        self.uncommitted_rows = 0
        self.texts: list[tuple[str, int, int]] = []  # (doc_id, offset in the spool, bytes)
        self.text_memory_mb = memory_mb  # the limit the texts step used, for tests and reports

    def _attach(self, row_group_size: int) -> None:
        self.con.execute(f"attach {_quoted(self.path)} as build (row_group_size {row_group_size})")
        self.con.execute("use build")

    def _detach(self) -> None:
        self.con.execute("use memory")
        self.con.execute("detach build")

    def add(self, rows: DocumentRows) -> None:
        """A processed document: its rows are appended soon, its text at the end."""
        for table in ROW_TABLES:
            batch = rows.tables[table]
            self.pending[table] += batch
            self.pending_rows += len(batch)
        assert self.spool is not None
        self.texts.append((rows.doc_id, self.spool.tell(), len(rows.text)))
        self.spool.write(rows.text)
        if self.pending_rows >= FLUSH_ROWS:
            self.flush()

    def add_sentences(self, rows: list[Row]) -> None:
        """Sentence rows of a document still being processed (streamed section by section)."""
        self.pending["sentences"] += rows
        self.pending_rows += len(rows)
        if self.pending_rows >= FLUSH_ROWS:
            self.flush()

    def discard_sentences(self, doc_id: str) -> None:
        """Forget the streamed sentences of a document that failed."""
        self.execute("delete from sentences where doc_id = ?", [doc_id])

    def flush(self) -> None:
        for table, rows in self.pending.items():
            append(self.con, table, rows)
            self.pending[table] = []
        self.uncommitted_rows += self.pending_rows
        self.pending_rows = 0
        if self.uncommitted_rows >= COMMIT_ROWS:
            self.con.execute("commit")
            self.con.execute("checkpoint")
            self.con.execute("begin")
            self.uncommitted_rows = 0

    def execute(self, sql: str, params: list[object] | None = None) -> None:
        """Run a statement on the new database, after appending what is pending."""
        self.flush()
        self.con.execute(sql, params or [])

    def finish(self) -> None:
        """Append what is pending, commit, write the texts, checkpoint and close."""
        self.flush()
        self.con.execute("commit")
        self.con.execute("checkpoint")
        self._write_texts()
        self.con.close()

    def _write_texts(self) -> None:
        assert self.spool is not None
        self.spool.close()
        order = sorted(self.texts, key=lambda text: -text[2])  # largest first (stable)
        memory_mb = texts_memory_mb([n for _, _, n in order], self.memory_mb)
        self._detach()
        for attempt in range(_ATTEMPTS):
            self.text_memory_mb = memory_mb
            self.con.execute(f"set memory_limit = '{memory_mb}MB'")
            self._attach(TEXT_ROW_GROUP)
            try:
                self._append_texts(order)
                break
            except (duckdb.OutOfMemoryException, duckdb.TransactionException):
                with contextlib.suppress(duckdb.Error):
                    self.con.execute("rollback")
                if attempt == _ATTEMPTS - 1:
                    raise
                self._detach()
                memory_mb *= 2
        self.con.execute("checkpoint")
        self.spool_path.unlink(missing_ok=True)

    def _append_texts(self, order: list[tuple[str, int, int]]) -> None:
        self.con.execute("begin")
        with self.spool_path.open("rb") as spool:
            batch: list[Row] = []
            size = 0
            for doc_id, offset, n in order:
                spool.seek(offset)
                batch.append((doc_id, spool.read(n).decode("utf-8", "surrogatepass")))
                size += n
                if size >= TEXT_BATCH_BYTES:
                    append(self.con, "document_texts", batch)
                    batch, size = [], 0
            append(self.con, "document_texts", batch)
        self.con.execute("commit")

    def close(self) -> None:
        """Give up: close the connection (what is not committed is lost) and the spool."""
        if self.spool is not None:
            self.spool.close()
        with contextlib.suppress(duckdb.Error):
            self.con.close()
