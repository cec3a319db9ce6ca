"""Bad input: every unusable file is reported on one line (its name and the reason) and skipped, while
everything else is built; a folder that cannot be built at all is one `error:` line and a non-zero exit."""

from __future__ import annotations

import gzip
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.conftest import REPORTS, ROOT
from tests.robustness.corpus import build, bundled, copy_reports, problems, query, spans_hold

ENGLISH_REPORT = """United Nations                                                  A/73/150
General Assembly                                  Distr.: General 13 July 2018

Seventy-third session
Crime prevention and criminal justice

Implementation of the mandates of the United Nations crime prevention and criminal justice programme

Report of the Secretary-General

1. The United Nations Office on Drugs and Crime continued to support Member States in their efforts
to counter transnational organized crime, corruption and terrorism.
2. As at 1 June 2018, there were 189 parties to the Convention, 173 parties to the Trafficking in
Persons Protocol and 146 parties to the Smuggling of Migrants Protocol.
3. In 2017, total voluntary contributions pledged amounted to $347.5 million, and the Office trained
more than 1,600 criminal justice officials in 45 countries.
"""
RUSSIAN_REPORT = (
    "Организация Объединенных Наций\n\nДоклад Генерального секретаря\n\n"
    "1. Управление Организации Объединенных Наций по наркотикам и преступности продолжало оказывать "
    "помощь 189 государствам-участникам.\n"
)
NOT_A_REPORT = "床前明月光，疑是地上霜。\n举头望明月，低头思故乡。\n\n" * 40


def _random_bytes(n: int) -> bytes:
    return random.Random(6).randbytes(n)


BAD_FILES: dict[str, tuple[bytes, str]] = {
    "empty.txt": (b"", "empty file"),
    "blank.txt": (b" \n\r\n\t   \n", "empty file"),
    "image.txt": (b"\x89PNG\r\n\x1a\n" + _random_bytes(40_000), "binary file, not text"),
    "archive.txt": (gzip.compress(bundled()[0].read_bytes()), "binary file, not text"),
    "controls.txt": (b"\x00\x01\x02\x03" * 1000, "binary file, not text"),
    "poem.txt": (NOT_A_REPORT.encode(), "not a UN report: no numbered paragraphs and no quantities"),
    "english.txt": (ENGLISH_REPORT.encode(), "unsupported language (English); expected Chinese"),
    "russian.txt": (RUSSIAN_REPORT.encode(), "unsupported language (Russian); expected Chinese"),
    "digits.txt": (b"1,234," * 20_000, "no text in a recognizable language"),
}


def _doc_ids(db: Path) -> set[object]:
    return {row[0] for row in query(db, "select doc_id from documents")}


def test_each_bad_file_is_skipped_with_one_line_and_the_rest_is_built(tmp_path: Path, built_db: Path) -> None:
    reports = copy_reports(tmp_path / "reports")
    for name, (data, _) in BAD_FILES.items():
        (reports / name).write_bytes(data)
    db = tmp_path / "x.duckdb"
    result = build(reports, db)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("\n") == len(BAD_FILES), result.stderr  # one line each, nothing else
    reported = problems(result.stderr)
    for name, (_, reason) in BAD_FILES.items():
        assert reason in reported[name], (name, reported.get(name))
    assert f"5 reports, {len(BAD_FILES)} skipped" in result.stdout
    assert _doc_ids(db) == _doc_ids(built_db)


def test_invalid_utf8_bytes_are_replaced_and_reported_and_offsets_still_hold(tmp_path: Path) -> None:
    source = bundled()[0]
    data = bytearray(source.read_bytes())
    newlines = [i for i, b in enumerate(data) if b == 0x0A]
    for at, bad in sorted(
        [(newlines[10], b"\xff"), (newlines[120], b"\xc3\x28"), (newlines[300], b"\xe4\xb8")]
    )[::-1]:
        data[at:at] = bad  # invalid bytes before a line break, the end of a line …
    middle = data.index("缔约".encode())
    data[middle:middle] = b"\x80"  # … and inside a sentence
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "broken.txt").write_bytes(bytes(data))
    (reports / "clean.txt").write_bytes(source.read_bytes())
    db = tmp_path / "x.duckdb"
    result = build(reports, db)
    assert result.returncode == 0, result.stderr
    assert problems(result.stderr) == {"broken.txt": "4 invalid UTF-8 byte sequence(s) replaced with U+FFFD"}
    decoded = bytes(data).decode("utf-8", errors="replace")
    [(doc_id, stored, warnings)] = query(
        db,
        "select doc_id, text, warnings from documents join document_texts using (doc_id) "
        "where file_name = 'broken.txt'",
    )
    assert stored == decoded and "replaced" in str(warnings)
    assert spans_hold(db, str(doc_id), decoded) > 50
    values = (
        "select value, unit, qualifier from mentions join documents using (doc_id) "
        "where file_name = ? order by 1, 2, 3"
    )
    assert query(db, values, ["broken.txt"]) == query(db, values, ["clean.txt"])


def test_subfolders_manifest_and_other_files_are_left_alone(tmp_path: Path, built_db: Path) -> None:
    reports = copy_reports(tmp_path / "reports")
    first = bundled()[0].name
    (reports / "manifest.yaml").write_text(f"{first}:\n  title: 覆盖的标题\n", encoding="utf-8")
    (reports / "old").mkdir()
    shutil.copy(bundled()[1], reports / "old" / "old_copy.txt")
    (reports / "old" / "bad.txt").write_bytes(b"\x00" * 100)
    (reports / "folder.txt").mkdir()  # a folder whose name ends in .txt
    (reports / "notes.md").write_text("# notes\n", encoding="utf-8")
    (reports / "scan.pdf").write_bytes(b"%PDF-1.4\n" + _random_bytes(5000))
    (reports / ".~lock.report.txt#").write_bytes(b"\x00\x01")
    (reports / "._resource_fork.txt").write_bytes(b"\x00\x05\x16\x07" + _random_bytes(100))  # macOS debris
    db = tmp_path / "x.duckdb"
    result = build(reports, db)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert _doc_ids(db) == _doc_ids(built_db)
    assert query(db, "select title from documents where file_name = ?", [first]) == [("覆盖的标题",)]


def test_names_with_spaces_non_ascii_undecodable_bytes_and_line_breaks(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    reports.mkdir()
    good, bad = bundled()[0].read_bytes(), b"\x00\x01\x02" * 100
    names = {
        "年度 报告 (2018).txt": good,
        "坏 文件 ①.txt": bad,
        os.fsdecode(b"latin1-\xe9t\xe9.txt"): bundled()[1].read_bytes(),  # not valid UTF-8
        os.fsdecode(b"bad-\xff.txt"): bad,
        "two\nlines 报告.txt": bad,
    }
    for name, data in names.items():
        (reports / name).write_bytes(data)
    db = tmp_path / "x.duckdb"
    result = build(reports, db)
    assert result.returncode == 0, result.stderr
    assert problems(result.stderr) == {
        "坏 文件 ①.txt": "binary file, not text",
        "bad-\ufffd.txt": "binary file, not text",
        "two\\nlines 报告.txt": "binary file, not text",
    }
    stored = {row[0] for row in query(db, "select file_name from documents")}
    assert stored == {"年度 报告 (2018).txt", "latin1-\ufffdt\ufffd.txt"}


def test_files_that_cannot_be_read_are_reported(tmp_path: Path) -> None:
    reports = copy_reports(tmp_path / "reports")
    (reports / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    os.mkfifo(reports / "pipe.txt")  # reading it would block forever
    with (reports / "huge.txt").open("wb") as sparse:  # would exhaust memory; sparse, so cheap here
        sparse.truncate(300 * 2**20)
    db = tmp_path / "x.duckdb"
    result = build(reports, db, timeout=60)
    assert result.returncode == 0, result.stderr
    assert problems(result.stderr) == {
        "dangling.txt": "cannot be read: No such file or directory",
        "pipe.txt": "not a regular file",
        "huge.txt": "too large for a report (300 MB; the limit is 256 MB)",
    }
    assert len(_doc_ids(db)) == 5


def _unprivileged_python_works() -> bool:
    try:
        probe = subprocess.run([sys.executable, "-c", "pass"], user="nobody", capture_output=True, timeout=30)
    except (OSError, KeyError, subprocess.SubprocessError):
        return False
    return probe.returncode == 0


def _check_unreadable_in_a_forked_unprivileged_child() -> None:
    """Root reads chmod-000 files anyway, and this interpreter may not be runnable by 'nobody' (it
    lives under /root): fork, drop to 'nobody' in the child, and read the file with the read stage."""
    from etl.read import ReadError, read_report

    folder = Path(tempfile.mkdtemp(prefix="unodc-unreadable-"))
    try:
        folder.chmod(0o755)
        locked = folder / "locked.txt"
        locked.write_bytes(bundled()[2].read_bytes())
        locked.chmod(0o000)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            os.close(read_end)
            message = b"no error"
            try:
                os.setgid(65534)
                os.setuid(65534)
                read_report(locked)
            except ReadError as exc:
                message = str(exc).encode()
            except BaseException as exc:  # report anything else to the parent
                message = repr(exc).encode()
            os.write(write_end, message)
            os._exit(0)
        os.close(write_end)
        with os.fdopen(read_end, "rb") as pipe:
            message = pipe.read().decode()
        os.waitpid(pid, 0)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert message == "cannot be read: Permission denied"


def test_an_unreadable_file_is_reported(tmp_path: Path) -> None:
    as_root = os.geteuid() == 0
    if as_root and not _unprivileged_python_works():
        _check_unreadable_in_a_forked_unprivileged_child()
        return
    folder = Path(tempfile.mkdtemp(prefix="unodc-unreadable-"))  # not under tmp_path: others may enter
    try:
        folder.chmod(0o777)
        reports = copy_reports(folder / "reports")
        for entry in [reports, *reports.iterdir()]:
            entry.chmod(0o777 if entry.is_dir() else 0o644)
        (reports / "locked.txt").write_bytes(bundled()[2].read_bytes())
        (reports / "locked.txt").chmod(0o000)
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "etl",
                "build",
                "--reports",
                str(reports),
                "--db",
                str(folder / "x.duckdb"),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
            user="nobody" if as_root else None,
        )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert result.returncode == 0, result.stderr
    assert problems(result.stderr) == {"locked.txt": "cannot be read: Permission denied"}


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        ("missing", "does not exist"),
        ("empty", "has no .txt reports"),
        ("no_txt", "has no .txt reports"),
        ("a_file", "is not a folder"),
        ("all_bad", "could be built"),
    ],
)
def test_a_folder_that_cannot_be_built_is_one_error_line(tmp_path: Path, setup: str, message: str) -> None:
    reports = tmp_path / "reports"
    if setup == "a_file":
        reports.write_text("not a folder", encoding="utf-8")
    elif setup != "missing":
        reports.mkdir()
    if setup == "no_txt":
        (reports / "notes.md").write_text("# notes", encoding="utf-8")
    if setup == "all_bad":
        (reports / "empty.txt").write_bytes(b"")
    result = build(reports, tmp_path / "x.duckdb")
    assert result.returncode != 0
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and message in errors[0] and str(reports) in errors[0], result.stderr
    assert len(result.stderr.splitlines()) == (2 if setup == "all_bad" else 1)  # + "empty.txt: empty file"
    assert not (tmp_path / "x.duckdb").exists()


def test_a_database_path_that_cannot_be_written_is_one_error_line(tmp_path: Path) -> None:
    (tmp_path / "plain_file").write_text("", encoding="utf-8")
    result = build(REPORTS, tmp_path / "plain_file" / "x.duckdb")
    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: cannot write the database")
