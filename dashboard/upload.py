"""Uploads: check a report sent through the dashboard, store it in the reports folder, rebuild.

The file is checked before anything touches the disk: a size limit, the `.txt` type, and text
rather than binary content. Its name is sanitized (`werkzeug.utils.secure_filename`: no folders, no
`..`), so it can only ever land directly in the reports folder, and it is written atomically (a
temporary file, then a rename). The rebuild runs the ETL's own command line,
`python -m etl build`, in a subprocess: the dashboard never imports the ETL, and the build replaces
the database atomically, so the running dashboard picks it up as it does any rebuild.
"""

from __future__ import annotations

import codecs
import hashlib
import os
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from werkzeug.utils import secure_filename

from dashboard.i18n import t

MAX_UPLOAD_BYTES = 20 * 1024 * 1024  # a report is a few hundred KB; 20 MB leaves room for long ones
SUFFIX = ".txt"
REBUILD_TIMEOUT = 600.0  # seconds; the bundled corpus builds in under one
_SNIFF = 64 * 1024  # bytes read to tell text from binary
_TEXT_ENCODINGS = ("utf-8", "gb18030")  # the ETL also reads these (and UTF-16 with a BOM)
PROJECT_ROOT = Path(__file__).resolve().parents[1]  # where `python -m etl` is found
_REBUILD_LOCK = threading.Lock()


class UploadRefused(ValueError):
    """An upload that is not stored: the file, and why (a reason key of `dashboard.i18n`)."""

    def __init__(self, file: str, reason: str, **details: object) -> None:
        self.file = (file or "").replace("\n", " ")[:120] or "(no name)"
        self.reason, self.details = reason, details
        super().__init__(self.message("en"))

    def message(self, lang: str) -> str:
        """One line in the interface language: "x.txt: binary file, not text"."""
        return f"{self.file}: {t('upload_reason_' + self.reason, lang, **self.details)}"


@dataclass(frozen=True)
class Rebuild:
    """The outcome of rebuilding the database after an upload."""

    ok: bool
    summary: str  # what the CLI said it built ("6 reports, 1 skipped, 350 mentions, …") or its error
    notes: tuple[str, ...]  # the CLI's one-line reports on skipped files ("x.txt: binary file, not text")


def safe_name(filename: str, data: bytes) -> str:
    """A file name that can only be a plain file in one folder, ending in `.txt`.

    `../../x.txt` → `x.txt`; a name with nothing ASCII left (`报告.txt`) becomes `report-<hash>.txt`.
    """
    base = filename.replace("\\", "/").rsplit("/", 1)[-1]
    stem = secure_filename(base[: -len(SUFFIX)] if base.lower().endswith(SUFFIX) else base)
    if not stem.strip("._-"):
        stem = "report-" + hashlib.sha256(data).hexdigest()[:12]
    return stem[:100] + SUFFIX


def _looks_like_text(data: bytes) -> bool:
    head = data[:_SNIFF]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True  # UTF-16 with a byte-order mark: NUL bytes are expected
    if b"\x00" in head:
        return False
    for encoding in _TEXT_ENCODINGS:
        try:
            # a multi-byte character may be cut at the end of the sample
            codecs.getincrementaldecoder(encoding)().decode(head, final=len(data) <= _SNIFF)
        except UnicodeDecodeError:
            continue
        return True
    return False


def check_upload(filename: str, data: bytes) -> None:
    """Raise UploadRefused (the file and why) unless this is a storable report."""
    if not filename.lower().endswith(SUFFIX):
        raise UploadRefused(filename, "not_txt")
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadRefused(filename, "too_large", mb=len(data) / 1e6, limit=MAX_UPLOAD_BYTES // 2**20)
    if not data.strip():
        raise UploadRefused(filename, "empty")
    if not _looks_like_text(data):
        raise UploadRefused(filename, "binary")


def save_upload(reports_dir: Path, filename: str, data: bytes) -> Path:
    """Check the upload and store it in `reports_dir` under a sanitized, unused name.

    The same bytes already in the folder are refused (the build would count them once anyway); a
    different file with the same name gets a numbered name instead of replacing it.
    """
    check_upload(filename, data)
    folder = reports_dir.resolve()
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(data).digest()
    for existing in sorted(folder.glob("*" + SUFFIX)):
        if existing.stat().st_size == len(data) and hashlib.sha256(existing.read_bytes()).digest() == digest:
            raise UploadRefused(filename, "duplicate", name=existing.name)
    name = safe_name(filename, data)
    target = folder / name
    n = 2
    while target.exists():
        target = folder / f"{name[: -len(SUFFIX)]}-{n}{SUFFIX}"
        n += 1
    if target.parent != folder:  # cannot happen with a sanitized name; never write elsewhere
        raise UploadRefused(filename, "bad_name")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".upload-", suffix=".part")  # not *.txt: never read
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def rebuild(reports_dir: Path, db_path: Path, timeout: float = REBUILD_TIMEOUT) -> Rebuild:
    """Rebuild `db_path` from `reports_dir` with the ETL's command line; never raises.

    One rebuild at a time: each build reads the folder when it starts, so an earlier build that
    finished last would replace the database with one that lacks a report added meanwhile.
    """
    with _REBUILD_LOCK:
        return _run_build(reports_dir, db_path, timeout)


def _run_build(reports_dir: Path, db_path: Path, timeout: float) -> Rebuild:
    command = [sys.executable, "-m", "etl", "build", "--quiet"]
    command += ["--reports", str(reports_dir.resolve()), "--db", str(db_path.resolve())]
    try:
        done = subprocess.run(
            command, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=timeout, check=False
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        return Rebuild(False, f"the rebuild did not finish: {exc}", ())
    notes = tuple(line for line in done.stderr.splitlines() if line.strip() and not line.startswith("error:"))
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0:
        return Rebuild(False, errors[-1] if errors else f"the build failed (exit {done.returncode})", notes)
    last = lines[-1] if lines else ""
    # "built /path/indicators.duckdb: 6 reports, …" → "6 reports, …" (the path says nothing to a reader)
    return Rebuild(True, last.split(": ", 1)[-1] if last.startswith("built ") else last, notes)
