"""Atomic replacement of the database file, and interruption by signals that cleans up after itself.

A build writes a temporary file beside the target (`.NAME.PID.RANDOM.tmp`) and moves it over the
target with one `os.replace` only when it is complete, so:

- an interrupted build (SIGTERM, SIGHUP, SIGINT: turned into `Interrupted`, even when a library
  swallowed that exception on the way) removes its temporary file and leaves the previous database
  as it was;
- a build killed with SIGKILL cannot clean up, but the previous database is intact, and the next
  build into the same folder removes temporary files whose process is gone;
- two builds into the same target each write their own temporary file; the last one to finish wins
  and either result is complete;
- a reader that opened the old file keeps reading it (POSIX rename); new readers open the new one.

Beside the temporary file live its companions: DuckDB's write-ahead log (`….tmp.wal`), the spool of
document texts written last (`….tmp.texts`, see `etl.store`) and DuckDB's spill folder (`….tmp.spill`);
they go with it.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType

HANDLED_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


class Interrupted(KeyboardInterrupt):
    """The build was stopped by a signal; `replaced` says whether the new database was already moved in."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"signal {signum}")
        self.signum = signum
        self.replaced = False


def _temp_pattern(db_path: Path) -> re.Pattern[str]:
    return re.compile(rf"^\.{re.escape(db_path.name)}\.(\d+)\.[0-9a-f]{{8}}\.tmp(?:\.wal|\.texts|\.spill)?$")


def temp_path_for(db_path: Path) -> Path:
    return db_path.with_name(f".{db_path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def wal_path_for(path: Path) -> Path:
    """DuckDB's write-ahead log of the database file `path`."""
    return path.with_name(path.name + ".wal")


def spool_path_for(path: Path) -> Path:
    """Where a build spools document texts before writing them into the database at `path`."""
    return path.with_name(path.name + ".texts")


def spill_path_for(path: Path) -> Path:
    """The folder DuckDB spills to while it writes the database at `path`."""
    return path.with_name(path.name + ".spill")


def companions(path: Path) -> tuple[Path, ...]:
    """A DuckDB file being built and what lives beside it: its write-ahead log, text spool, spill folder."""
    return path, wal_path_for(path), spool_path_for(path), spill_path_for(path)


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def sweep_stale_temp_files(db_path: Path) -> list[Path]:
    """Remove temporary files left beside `db_path` by builds whose process no longer exists."""
    pattern = _temp_pattern(db_path)
    removed = []
    with contextlib.suppress(OSError):
        for entry in db_path.parent.iterdir():
            m = pattern.match(entry.name)
            if m and int(m.group(1)) != os.getpid() and not _alive(int(m.group(1))):
                with contextlib.suppress(OSError):
                    _remove(entry)
                    removed.append(entry)
    return removed


_received: list[int] = []  # signals that arrived inside `signals_raise`, first first


def raise_if_signalled() -> None:
    """Raise `Interrupted` if a handled signal arrived but its exception was swallowed on the way.

    DuckDB notices a pending Python signal during a statement and raises its own "Query interrupted"
    error in place of the handler's `Interrupted`; code that catches errors broadly calls this first.
    """
    if _received:
        raise Interrupted(_received[0])


@contextmanager
def signals_raise() -> Iterator[None]:
    """Turn SIGTERM/SIGHUP/SIGINT into `Interrupted` while the block runs (main thread only)."""

    def handler(signum: int, frame: FrameType | None) -> None:
        _received.append(signum)
        raise Interrupted(signum)

    _received.clear()
    previous = {}
    for sig in HANDLED_SIGNALS:
        with contextlib.suppress(ValueError):  # not in the main thread: nothing to install
            previous[sig] = signal.signal(sig, handler)
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@contextmanager
def _signals_deferred() -> Iterator[None]:
    """Hold back the handled signals (delivered when the block ends) so a cleanup runs to completion."""
    old = signal.pthread_sigmask(signal.SIG_BLOCK, HANDLED_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextmanager
def replacing(db_path: Path) -> Iterator[Path]:
    """Yield a temporary path to build the database in; move it over `db_path` when the block succeeds.

    On any exception (or an `Interrupted` signal) the temporary file and its companions are removed and
    `db_path` is left untouched. The caller must close its connection before the block ends.
    """
    db_path.parent.mkdir(parents=True, exist_ok=True)
    sweep_stale_temp_files(db_path)
    tmp_path = temp_path_for(db_path)
    replaced = False
    try:
        with signals_raise():
            try:
                yield tmp_path
                with _signals_deferred():
                    if wal_path_for(tmp_path).exists():
                        raise RuntimeError("the new database was not checkpointed; not replacing")
                    # A WAL beside the target belongs to the old file: never replay it into the new one.
                    wal_path_for(db_path).unlink(missing_ok=True)
                    os.replace(tmp_path, db_path)
                    replaced = True
                    _fsync_dir(db_path.parent)
            finally:
                with _signals_deferred():
                    for leftover in companions(tmp_path):
                        with contextlib.suppress(OSError):
                            _remove(leftover)
    except Interrupted as exc:
        exc.replaced = replaced
        raise
    except Exception as exc:  # the error a swallowed signal left behind (see `raise_if_signalled`)
        if not _received:
            raise
        interrupted = Interrupted(_received[0])
        interrupted.replaced = replaced
        raise interrupted from exc
