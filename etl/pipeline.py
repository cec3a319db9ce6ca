"""Pipeline: run the stages over every report in a folder and replace the database atomically.

    read → normalize → segment → metadata → extract quantities → classify → load

The new database is written to a temporary file beside the target and moved over it only when
complete (`etl.atomic`), so a failed or interrupted build leaves the previous database untouched.
A file that cannot be used is reported (name and one-line reason) and skipped; the rest is built.
The same bytes under two names, or the same text in two encodings, are loaded once.

Small files go to a process pool (`--workers`): a worker reads and processes a file and builds its
rows (`etl.load.document_rows`: plain tuples, cheap to pickle), so that this process only appends them
(`etl.store`). Only a bounded number of files is in flight, so results never pile up here. Large files
are processed in this process, section by section, their sentences streamed into the database
(`etl.document`), so memory stays bounded.
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from etl import atomic
from etl.catalog import Catalog, default_catalog
from etl.document import SkipReport, doc_id_for, process_text
from etl.load import DocumentRows, document_rows, encode_text, sentence_rows
from etl.manifest import Manifest, load_manifest
from etl.read import ReadError, display_name, read_report
from etl.store import BUILD_MEMORY_MB, Store

__all__ = ["BuildError", "BuildSummary", "Outcome", "SkipReport", "build", "process_file", "report_files"]

REPORT_SUFFIXES = {".txt"}
# Files above this size are processed in this process, streaming, never in the pool.
STREAM_BYTES = 2_000_000
CHUNK_FILES = 4  # files per pool task
CHUNKS_IN_FLIGHT_PER_WORKER = 3  # tasks submitted ahead of the one being loaded, per worker
# Of a streamed file's progress, the share given to processing; the rest is its final write.
PROCESSING_SHARE = 0.97

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
    """One file processed: its rows, or the one-line reason it cannot be used."""

    path: Path
    name: str
    rows: DocumentRows | None = None
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
        rows = document_rows(process_text(source, manifest, catalog), source.text)
    except (ReadError, SkipReport) as exc:
        return Outcome(path, name, reason=str(exc))
    except Exception as exc:
        atomic.raise_if_signalled()
        return Outcome(path, name, reason=_failure(exc))
    rows.stage_seconds["read"] = read_seconds
    return Outcome(path, name, rows=rows, size=file_size(path))


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


class _Builder:
    """The state of one build: what is loaded, what was skipped, which files were the same."""

    def __init__(
        self,
        store: Store,
        summary: BuildSummary,
        on_skip: SkipCallback | None,
        on_progress: ProgressCallback | None,
    ) -> None:
        self.store = store
        self.summary = summary
        self.on_skip = on_skip
        self.on_progress = on_progress
        self.seen: dict[str, str] = {}  # sha256 of bytes, or "text:" + sha256 of text → first file name
        self.duplicates: list[tuple[str, str]] = []  # (file name, name of the file loaded instead)

    def tell(self, name: str, message: str, skipped: bool) -> None:
        (self.summary.skipped if skipped else self.summary.notes).append((name, message))
        if self.on_skip:
            self.on_skip(name, message)

    def progress(self, name: str, n_bytes: int) -> None:
        if self.on_progress and n_bytes > 0:
            self.on_progress(name, n_bytes)

    def duplicate(self, name: str, sha256: str, text_key: str) -> bool:
        """Whether the same bytes, or the same text in another encoding, was already taken (and say so)."""
        text_key = "text:" + text_key
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
        rows = outcome.rows
        if rows is None:
            self.tell(outcome.name, outcome.reason, skipped=True)
            return
        if not self.duplicate(outcome.name, rows.sha256, rows.text_key):
            self.accept(rows, outcome.size)

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
        if self.duplicate(name, source.sha256, encode_text(source.text)[1]):
            advance(1.0)
            return
        doc_id = doc_id_for(source.sha256)
        try:
            result = process_text(
                source,
                manifest,
                catalog,
                sink=lambda sentences, offset, base: self.store.add_sentences(
                    sentence_rows(doc_id, sentences, offset, base)
                ),
                on_advance=lambda fraction: advance(PROCESSING_SHARE * fraction),
            )
        except Exception as exc:  # SkipReport, or a failure in a stage: this file only
            atomic.raise_if_signalled()
            self.forget(name)
            self.store.discard_sentences(doc_id)
            self.tell(name, str(exc) if isinstance(exc, SkipReport) else _failure(exc), skipped=True)
            advance(1.0)
            return
        self.accept(document_rows(result, source.text), size)
        advance(1.0)

    def accept(self, rows: DocumentRows, size: int) -> None:
        for warning in rows.warnings:
            self.tell(rows.file_name, warning, skipped=False)
        summary = self.summary
        summary.documents += 1
        summary.mentions += rows.n_mentions
        summary.observations += rows.n_observations
        summary.bytes_read += size
        for stage, secs in rows.stage_seconds.items():
            summary.add_seconds(stage, secs)
        clock = time.perf_counter()
        self.store.add(rows)
        summary.add_seconds("load", time.perf_counter() - clock)

    def record_duplicates(self) -> None:
        for name, first in self.duplicates:
            self.store.execute(
                "update documents set also_named = coalesce(also_named || '; ', '') || ? where file_name = ?",
                [name, first],
            )


_worker_context: tuple[Manifest, Catalog] | None = None


def _init_worker(manifest: Manifest, catalog: Catalog) -> None:
    global _worker_context
    _worker_context = (manifest, catalog)


def _process_chunk(paths: list[Path]) -> list[Outcome]:
    assert _worker_context is not None, "the pool was started without _init_worker"
    manifest, catalog = _worker_context
    return [process_file(path, manifest, catalog) for path in paths]


@contextmanager
def _pooled(
    files: list[Path], manifest: Manifest, catalog: Catalog, workers: int
) -> Iterator[Iterator[Outcome]]:
    """Outcomes of `files` in their order, from a pool that keeps only a few tasks ahead of the reader."""
    if not files:
        yield iter(())
        return
    pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(manifest, catalog))
    chunks = iter([files[i : i + CHUNK_FILES] for i in range(0, len(files), CHUNK_FILES)])
    ahead: deque[Future[list[Outcome]]] = deque()

    def submit_next() -> None:
        chunk = next(chunks, None)
        if chunk is not None:
            ahead.append(pool.submit(_process_chunk, chunk))

    def outcomes() -> Iterator[Outcome]:
        while ahead:
            done = ahead.popleft()
            submit_next()
            yield from done.result()

    try:
        for _ in range(CHUNKS_IN_FLIGHT_PER_WORKER * workers):
            submit_next()
        yield outcomes()
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
    memory_mb: int = BUILD_MEMORY_MB,
) -> BuildSummary:
    """Build the database at `db_path` from every report in `reports_dir`, replacing it atomically.

    `on_skip(name, message)` hears of every skipped file and every note (warnings, duplicates);
    `on_progress(name, n_bytes)` hears how much input was just processed, also inside one big file.
    `batch_size` is kept for callers of an older signature; rows are batched by count (`etl.store`).
    `memory_mb` caps DuckDB's memory while it writes (`etl.store`).
    """
    del batch_size
    started = time.perf_counter()
    catalog = catalog or default_catalog()
    files = report_files(reports_dir)
    manifest = load_manifest(reports_dir)
    summary = BuildSummary(db_path=db_path)
    pooled = [p for p in files if file_size(p) <= STREAM_BYTES] if workers > 1 and len(files) > 1 else []
    in_pool = set(pooled)
    here = [p for p in files if p not in in_pool]
    with atomic.replacing(db_path) as tmp_path, _pooled(pooled, manifest, catalog, workers) as outcomes:
        # Opened after the pool has started its workers, so that they do not inherit DuckDB's state.
        store = Store(tmp_path, catalog, memory_mb=memory_mb)
        try:
            builder = _Builder(store, summary, on_skip, on_progress)
            for outcome in outcomes:
                builder.take(outcome)
            for path in here:
                builder.process_here(path, manifest, catalog)
            builder.record_duplicates()
            if summary.documents == 0:
                raise BuildError(f"no report in {reports_dir} could be built")
            store.execute(
                "insert into build_info values ('reports_dir', ?), ('built_at', ?)",
                [str(reports_dir), time.strftime("%Y-%m-%dT%H:%M:%S")],
            )
            clock = time.perf_counter()
            store.finish()
            summary.add_seconds("load", time.perf_counter() - clock)
        except BaseException:
            store.close()
            raise
        _verify(tmp_path, summary.documents)
    summary.seconds = time.perf_counter() - started
    return summary


def default_workers(n_files: int) -> int:
    """Processes to use when not told: one per core up to 2, and only for a folder of many files."""
    return min(os.cpu_count() or 1, 2) if n_files >= 8 else 1
