"""Pipeline: run the stages over every report in a folder and replace the database atomically.

    read → normalize → segment → metadata → extract quantities → classify → load

The new database is written to a temporary file beside the target and moved over it only when
complete (`etl.atomic`), so a failed or interrupted build leaves the previous database untouched.
A file that cannot be used is reported (name and one-line reason) and skipped; the rest is built.
The same bytes under two names are loaded once. Large files are processed in this process,
section by section, their sentences streamed into the database (`etl.document`), so memory stays
bounded; small files may go to a process pool.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pandas as pd

from etl import atomic
from etl.catalog import Catalog, default_catalog
from etl.document import SkipReport, doc_id_for, process_text
from etl.load import create_schema, write_documents
from etl.manifest import Manifest, load_manifest
from etl.models import DocumentResult, Sentence
from etl.read import ReadError, display_name, read_report

__all__ = ["BuildError", "BuildSummary", "Outcome", "SkipReport", "build", "process_file", "report_files"]

BUILD_MEMORY_LIMIT = "1GB"
REPORT_SUFFIXES = {".txt"}
# Files above this size are processed in this process, streaming, never in the pool.
STREAM_BYTES = 2_000_000
# Flush loaded documents once this many characters of text are pending.
FLUSH_CHARS = 5_000_000
SENTENCE_BATCH = 50_000
# Of a streamed file's progress, the share given to processing; the rest is its final write.
PROCESSING_SHARE = 0.97
_SENTENCE_COLUMNS = ["doc_id", "sentence_index", "paragraph", "char_start", "char_end", "text"]

SkipCallback = Callable[[str, str], None]
ProgressCallback = Callable[[str, int], None]  # (file name, bytes of input just processed)


class BuildError(Exception):
    """The build as a whole cannot proceed (missing folder, nothing to build)."""


@dataclass
class BuildSummary:
    db_path: Path
    documents: int = 0
    mentions: int = 0
    observations: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    bytes_read: int = 0
    seconds: float = 0.0

    def add_seconds(self, stage: str, seconds: float) -> None:
        self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + seconds


@dataclass(frozen=True)
class Outcome:
    path: Path
    name: str
    result: DocumentResult | None = None
    text: str = ""
    reason: str = ""
    size: int = 0


def _failure(exc: Exception) -> str:
    """A one-line reason for an unexpected error in a stage (a bug, or memory exhausted)."""
    detail = str(exc).strip().splitlines()
    return f"failed: {type(exc).__name__}" + (f": {detail[0][:200]}" if detail else "")


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def process_file(path: Path, manifest: Manifest, catalog: Catalog) -> Outcome:
    """Read and process one file; a bad file becomes an Outcome with a reason, never an exception."""
    name = display_name(path)
    start = time.perf_counter()
    try:
        source = read_report(path)
        read_seconds = time.perf_counter() - start
        result = process_text(source, manifest, catalog)
    except (ReadError, SkipReport) as exc:
        return Outcome(path, name, reason=str(exc))
    except Exception as exc:
        return Outcome(path, name, reason=_failure(exc))
    result.stage_seconds["read"] = read_seconds
    return Outcome(path, name, result=result, text=source.text, size=file_size(path))


def report_files(reports_dir: Path) -> list[Path]:
    """The reports folder's `.txt` entries (not its subfolders, hidden files or other files), sorted."""
    if not reports_dir.exists():
        raise BuildError(f"reports folder {reports_dir} does not exist")
    if not reports_dir.is_dir():
        raise BuildError(f"reports folder {reports_dir} is not a folder")
    try:
        entries = list(reports_dir.iterdir())
    except OSError as exc:
        raise BuildError(f"reports folder {reports_dir} cannot be listed: {exc.strerror or exc}") from exc
    files = sorted(
        p
        for p in entries
        if p.suffix.lower() in REPORT_SUFFIXES and not p.name.startswith(".") and not p.is_dir()
    )
    if not files:
        raise BuildError(f"reports folder {reports_dir} has no .txt reports")
    return files


class _SentenceWriter:
    """Sentences go to the database in batches as sections are processed, not held per document."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        self.con = con
        self.rows: list[tuple[object, ...]] = []

    def add(
        self, doc_id: str, sentences: list[Sentence] | tuple[Sentence, ...], offset: int = 0, base: int = 0
    ) -> None:
        """Sentences whose offsets are relative to `offset`, the first being sentence number `base`."""
        self.rows += [
            (doc_id, base + i, s.paragraph, s.start + offset, s.end + offset, s.text)
            for i, s in enumerate(sentences)
        ]
        if len(self.rows) >= SENTENCE_BATCH:
            self.flush()

    def flush(self) -> None:
        if not self.rows:
            return
        frame = pd.DataFrame(self.rows, columns=_SENTENCE_COLUMNS)
        self.rows = []
        self.con.register("sentence_batch", frame)
        try:
            columns = ", ".join(_SENTENCE_COLUMNS)
            self.con.execute(f"insert into sentences ({columns}) select * from sentence_batch")
        finally:
            self.con.unregister("sentence_batch")

    def discard(self, doc_id: str) -> None:
        self.rows = [row for row in self.rows if row[0] != doc_id]
        self.con.execute("delete from sentences where doc_id = ?", [doc_id])


class _Builder:
    """The state of one build: what is loaded, what is pending, what was skipped."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        summary: BuildSummary,
        batch_size: int,
        on_skip: SkipCallback | None,
        on_progress: ProgressCallback | None,
    ) -> None:
        self.con = con
        self.summary = summary
        self.batch_size = batch_size
        self.on_skip = on_skip
        self.on_progress = on_progress
        self.seen: dict[str, str] = {}  # sha256 of bytes, or "text:" + sha256 of text → first file name
        self.duplicates: list[tuple[str, str]] = []  # (file name, name of the file loaded instead)
        self.pending: list[tuple[DocumentResult, str, tuple[str, ...]]] = []
        self.pending_chars = 0
        self.sentences = _SentenceWriter(con)

    def tell(self, name: str, message: str, skipped: bool) -> None:
        (self.summary.skipped if skipped else self.summary.notes).append((name, message))
        if self.on_skip:
            self.on_skip(name, message)

    def progress(self, name: str, n_bytes: int) -> None:
        if self.on_progress and n_bytes > 0:
            self.on_progress(name, n_bytes)

    def duplicate(self, name: str, sha256: str, text: str) -> bool:
        """Whether the same bytes, or the same text in another encoding, was already taken (and say so)."""
        text_key = "text:" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
        for key, what in ((sha256, "same bytes as {}"), (text_key, "same text as {} (in another encoding)")):
            first = self.seen.get(key)
            if first is not None:
                self.tell(name, what.format(first) + "; loaded once", skipped=False)
                self.duplicates.append((name, first))
                return True
        self.seen[sha256] = self.seen[text_key] = name
        return False

    def forget(self, name: str) -> None:
        """A file that failed after `duplicate()` accepted it: its copies must be tried on their own."""
        self.seen = {key: first for key, first in self.seen.items() if first != name}

    def take(self, outcome: Outcome) -> None:
        """A file processed elsewhere (the pool): load it, or report why not."""
        self.progress(outcome.name, file_size(outcome.path))
        result = outcome.result
        if result is None:
            self.tell(outcome.name, outcome.reason, skipped=True)
            return
        if self.duplicate(outcome.name, result.meta.sha256, outcome.text):
            return
        clock = time.perf_counter()
        self.sentences.add(result.meta.doc_id, result.sentences)
        self.summary.add_seconds("load", time.perf_counter() - clock)
        self.accept(result.model_copy(update={"sentences": ()}), outcome.text, outcome.size)

    def process_here(self, path: Path, manifest: Manifest, catalog: Catalog) -> None:
        """Read and process one file in this process, streaming its sentences into the database."""
        name, size, done = display_name(path), file_size(path), 0

        def advance(fraction: float) -> None:
            nonlocal done
            target = int(size * min(fraction, 1.0))
            self.progress(name, target - done)
            done = max(done, target)

        start = time.perf_counter()
        try:
            source = read_report(path)
        except ReadError as exc:
            advance(1.0)
            self.tell(name, str(exc), skipped=True)
            return
        self.summary.add_seconds("read", time.perf_counter() - start)
        if self.duplicate(name, source.sha256, source.text):
            advance(1.0)
            return
        doc_id = doc_id_for(source.sha256)
        try:
            result = process_text(
                source,
                manifest,
                catalog,
                sink=lambda sentences, offset, base: self.sentences.add(doc_id, sentences, offset, base),
                on_advance=lambda fraction: advance(PROCESSING_SHARE * fraction),
            )
        except Exception as exc:  # SkipReport, or a failure in a stage: this file only
            self.forget(name)
            self.sentences.discard(doc_id)
            self.tell(name, str(exc) if isinstance(exc, SkipReport) else _failure(exc), skipped=True)
            advance(1.0)
            return
        self.accept(result, source.text, size)
        advance(1.0)

    def accept(self, result: DocumentResult, text: str, size: int) -> None:
        name = result.meta.file_name
        for warning in result.warnings:
            self.tell(name, warning, skipped=False)
        summary = self.summary
        summary.documents += 1
        summary.mentions += len(result.mentions)
        summary.observations += len(result.observations)
        summary.bytes_read += size
        for stage, secs in result.stage_seconds.items():
            summary.add_seconds(stage, secs)
        self.pending.append((result, text, ()))
        self.pending_chars += len(text)
        if len(self.pending) >= self.batch_size or self.pending_chars >= FLUSH_CHARS:
            self.flush()

    def flush(self) -> None:
        clock = time.perf_counter()
        self.sentences.flush()
        if self.pending:
            write_documents(self.con, self.pending)
        self.pending = []
        self.pending_chars = 0
        self.summary.add_seconds("load", time.perf_counter() - clock)

    def record_duplicates(self) -> None:
        for name, first in self.duplicates:
            self.con.execute(
                "update documents set also_named = coalesce(also_named || '; ', '') || ? where file_name = ?",
                [name, first],
            )


def _pooled(files: list[Path], manifest: Manifest, catalog: Catalog, workers: int) -> Iterator[Outcome]:
    if not files:
        return
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        n = len(files)
        yield from pool.map(process_file, files, [manifest] * n, [catalog] * n, chunksize=4)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _verify(path: Path, documents: int) -> None:
    """The new file opens read-only, as readers will open it, and holds every document."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        row = con.execute("select count(*) from documents").fetchone()
    finally:
        con.close()
    if row is None or row[0] != documents:
        raise BuildError(f"the new database does not read back complete ({row} of {documents} documents)")


def build(
    reports_dir: Path,
    db_path: Path,
    *,
    workers: int = 1,
    catalog: Catalog | None = None,
    on_skip: SkipCallback | None = None,
    on_progress: ProgressCallback | None = None,
    batch_size: int = 50,
) -> BuildSummary:
    """Build the database at `db_path` from every report in `reports_dir`, replacing it atomically.

    `on_skip(name, message)` hears of every skipped file and every note (warnings, duplicates);
    `on_progress(name, n_bytes)` hears how much input was just processed, also inside one big file.
    """
    started = time.perf_counter()
    catalog = catalog or default_catalog()
    files = report_files(reports_dir)
    manifest = load_manifest(reports_dir)
    summary = BuildSummary(db_path=db_path)
    pooled = [p for p in files if file_size(p) <= STREAM_BYTES] if workers > 1 and len(files) > 1 else []
    in_pool = set(pooled)
    here = [p for p in files if p not in in_pool]
    with atomic.replacing(db_path) as tmp_path:
        # DuckDB's default memory limit is 80% of RAM: it would keep a large corpus in memory.
        con = duckdb.connect(str(tmp_path), config={"memory_limit": BUILD_MEMORY_LIMIT})
        try:
            create_schema(con, catalog)
            builder = _Builder(con, summary, batch_size, on_skip, on_progress)
            for outcome in _pooled(pooled, manifest, catalog, workers):
                builder.take(outcome)
            for path in here:
                builder.process_here(path, manifest, catalog)
            builder.flush()
            builder.record_duplicates()
            if summary.documents == 0:
                raise BuildError(f"no report in {reports_dir} could be built")
            con.execute(
                "insert into build_info values ('reports_dir', ?), ('built_at', ?)",
                [str(reports_dir), time.strftime("%Y-%m-%dT%H:%M:%S")],
            )
            con.execute("checkpoint")
        finally:
            con.close()
        _verify(tmp_path, summary.documents)
    summary.seconds = time.perf_counter() - started
    return summary


def default_workers(n_files: int) -> int:
    """Processes to use when not told: one per core up to 2, and only for a folder of many files."""
    return min(os.cpu_count() or 1, 2) if n_files >= 8 else 1
