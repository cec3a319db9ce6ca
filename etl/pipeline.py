"""Pipeline: run the stages over every report in a folder and replace the database atomically.

    read → normalize → segment → metadata → extract quantities → classify → load

The new database is written to a temporary file beside the target and moved over it only when
complete, so a failed or interrupted build leaves the previous database untouched.
"""

from __future__ import annotations

import os
import signal
import time
import uuid
from bisect import bisect_right
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

import duckdb

from etl import metadata
from etl.catalog import Catalog, default_catalog
from etl.classify import classify_document
from etl.load import create_schema, write_documents
from etl.manifest import Manifest, load_manifest
from etl.models import DocumentMeta, DocumentResult, MentionRecord, SourceText
from etl.normalize import normalize
from etl.quantities import extract
from etl.read import ReadError, read_report
from etl.segment import find_paragraphs, find_sentences

REPORT_SUFFIXES = {".txt"}
LANGUAGE_NAMES = {"en": "English", "unknown": "unknown"}


class SkipReport(Exception):
    """A report that is read but cannot be used; the message is the one-line reason."""


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


def doc_id_for(sha256: str) -> str:
    """A document's id: stable across rebuilds and file renames, derived from its bytes."""
    return f"doc_{sha256[:12]}"


def process_text(source: SourceText, manifest: Manifest, catalog: Catalog) -> DocumentResult:
    """Run every stage after `read` on one decoded report."""
    timings: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(stage: str) -> None:
        nonlocal clock
        now = time.perf_counter()
        timings[stage] = timings.get(stage, 0.0) + now - clock
        clock = now

    text = normalize(source.text)
    lap("normalize")
    language = metadata.detect_language(text)
    if language != "zh":
        raise SkipReport(f"unsupported language ({LANGUAGE_NAMES.get(language, language)}); expected Chinese")
    paragraphs = find_paragraphs(text)
    sentences = find_sentences(text, paragraphs)
    header = metadata.header_of(text, paragraphs)
    body = metadata.find_body(header)
    published = metadata.find_published_year(header, body)
    title = metadata.find_title(header)
    coverage_start, coverage_end = metadata.find_coverage(header, text, published, title)
    fields = {
        "title": title,
        "body": body,
        "symbol": None,
        "published_year": published,
        "coverage_start": coverage_start,
        "coverage_end": coverage_end,
    }
    override = manifest.for_file(source.file_name)
    if override:
        fields.update(override.model_dump(exclude_none=True))
    meta = DocumentMeta(
        doc_id=doc_id_for(source.sha256),
        file_name=source.file_name,
        sha256=source.sha256,
        language=language,
        encoding=source.encoding,
        n_chars=len(source.text),
        **fields,
    )
    lap("segment")
    found = extract(text)
    lap("extract")
    if not paragraphs and not found:
        raise SkipReport("not a UN report: no numbered paragraphs and no quantities")
    starts = [s.start for s in sentences]
    mentions = []
    for q in found:
        index = max(bisect_right(starts, q.start) - 1, 0)
        sentence = sentences[index]
        mentions.append(
            MentionRecord(
                mention_id=f"{meta.doc_id}:{q.start}-{q.end}",
                doc_id=meta.doc_id,
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
            )
        )
    observations = classify_document(text, meta, sentences, mentions, catalog)
    lap("classify")
    return DocumentResult(
        meta=meta,
        mentions=tuple(mentions),
        observations=tuple(observations),
        sentences=tuple(sentences),
        paragraphs=tuple(paragraphs),
        warnings=source.warnings,
        stage_seconds=timings,
    )


@dataclass(frozen=True)
class Outcome:
    path: Path
    result: DocumentResult | None = None
    text: str = ""
    reason: str = ""
    size: int = 0


def process_file(path: Path, manifest: Manifest, catalog: Catalog) -> Outcome:
    """Read and process one file; a bad file becomes an Outcome with a reason, never an exception."""
    start = time.perf_counter()
    try:
        source = read_report(path)
        read_seconds = time.perf_counter() - start
        result = process_text(source, manifest, catalog)
    except (ReadError, SkipReport) as exc:
        return Outcome(path, reason=str(exc))
    result.stage_seconds["read"] = read_seconds
    return Outcome(path, result=result, text=source.text, size=path.stat().st_size)


def report_files(reports_dir: Path) -> list[Path]:
    if not reports_dir.is_dir():
        raise BuildError(f"reports folder {reports_dir} does not exist")
    files = sorted(
        p for p in reports_dir.iterdir() if p.is_file() and p.suffix.lower() in REPORT_SUFFIXES
    )
    if not files:
        raise BuildError(f"reports folder {reports_dir} has no .txt reports")
    return files


def _outcomes(files: list[Path], manifest: Manifest, catalog: Catalog, workers: int) -> Iterator[Outcome]:
    if workers <= 1 or len(files) < 2:
        for path in files:
            yield process_file(path, manifest, catalog)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(process_file, files, [manifest] * len(files), [catalog] * len(files), chunksize=4)


@contextmanager
def _signals_raise() -> Iterator[None]:
    """Turn SIGTERM/SIGHUP into an exception so the temporary database is removed on the way out."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    previous = {}
    for sig in (signal.SIGTERM, signal.SIGHUP):
        try:
            previous[sig] = signal.signal(sig, handler)
        except ValueError:  # not in the main thread: nothing to install
            pass
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


def build(
    reports_dir: Path,
    db_path: Path,
    *,
    workers: int = 1,
    catalog: Catalog | None = None,
    on_skip: Callable[[str, str], None] | None = None,
    on_progress: Callable[[Outcome], None] | None = None,
    batch_size: int = 50,
) -> BuildSummary:
    """Build the database at `db_path` from every report in `reports_dir`, replacing it atomically."""
    started = time.perf_counter()
    catalog = catalog or default_catalog()
    files = report_files(reports_dir)
    manifest = load_manifest(reports_dir)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp_path = db_path.with_name(f".{db_path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    summary = BuildSummary(db_path=db_path)
    seen: dict[str, str] = {}
    pending: list[tuple[DocumentResult, str, tuple[str, ...]]] = []
    try:
        with _signals_raise():
            con = duckdb.connect(str(tmp_path))
            try:
                create_schema(con, catalog)
                for outcome in _outcomes(files, manifest, catalog, workers):
                    if on_progress:
                        on_progress(outcome)
                    name = outcome.path.name
                    if outcome.result is None:
                        summary.skipped.append((name, outcome.reason))
                        if on_skip:
                            on_skip(name, outcome.reason)
                        continue
                    result = outcome.result
                    first = seen.get(result.meta.sha256)
                    if first is not None:
                        summary.notes.append((name, f"same bytes as {first}; loaded once"))
                        if on_skip:
                            on_skip(name, f"same bytes as {first}; loaded once")
                        continue
                    seen[result.meta.sha256] = name
                    for warning in result.warnings:
                        summary.notes.append((name, warning))
                        if on_skip:
                            on_skip(name, warning)
                    summary.documents += 1
                    summary.mentions += len(result.mentions)
                    summary.observations += len(result.observations)
                    summary.bytes_read += outcome.size
                    for stage, secs in result.stage_seconds.items():
                        summary.stage_seconds[stage] = summary.stage_seconds.get(stage, 0.0) + secs
                    pending.append((result, outcome.text, ()))
                    if len(pending) >= batch_size:
                        _flush(con, pending, summary)
                _flush(con, pending, summary)
                _record_duplicates(con, summary)
                if summary.documents == 0:
                    raise BuildError(f"no report in {reports_dir} could be built")
                con.execute(
                    "insert into build_info values ('reports_dir', ?), ('built_at', ?)",
                    [str(reports_dir), time.strftime("%Y-%m-%dT%H:%M:%S")],
                )
                con.execute("checkpoint")
            finally:
                con.close()
            os.replace(tmp_path, db_path)
    finally:
        for leftover in (tmp_path, tmp_path.with_name(tmp_path.name + ".wal")):
            leftover.unlink(missing_ok=True)
    summary.seconds = time.perf_counter() - started
    return summary


def _flush(
    con: duckdb.DuckDBPyConnection,
    pending: list[tuple[DocumentResult, str, tuple[str, ...]]],
    summary: BuildSummary,
) -> None:
    if not pending:
        return
    clock = time.perf_counter()
    write_documents(con, pending)
    summary.stage_seconds["load"] = summary.stage_seconds.get("load", 0.0) + time.perf_counter() - clock
    pending.clear()


def _record_duplicates(con: duckdb.DuckDBPyConnection, summary: BuildSummary) -> None:
    for name, note in summary.notes:
        if note.startswith("same bytes as "):
            first = note.removeprefix("same bytes as ").split(";")[0]
            con.execute(
                "update documents set also_named = coalesce(also_named || '; ', '') || ? where file_name = ?",
                [name, first],
            )
