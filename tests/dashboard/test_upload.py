"""Adding a report through the dashboard: checks before storage, a safe name, then a real rebuild."""

from __future__ import annotations

import base64
import shutil
from pathlib import Path
from typing import Any

import duckdb
import pytest

from dashboard.data import Database
from dashboard.upload import MAX_UPLOAD_BYTES, UploadRefused, check_upload, safe_name, save_upload
from dashboard.upload_panel import upload_result
from tests.conftest import REPORTS, run_cli

REPORT = sorted(REPORTS.glob("*.txt"))[1]


def data_url(data: bytes) -> str:
    return "data:text/plain;base64," + base64.b64encode(data).decode()


def test_a_path_traversal_name_lands_inside_the_reports_folder(tmp_path: Path) -> None:
    reports = tmp_path / "reports"
    stored = save_upload(reports, "../../x.txt", "1. 共有 5 个国家。".encode())
    assert stored == reports.resolve() / "x.txt"
    assert not (tmp_path / "x.txt").exists() and not (tmp_path.parent / "x.txt").exists()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("..\\..\\windows.txt", "windows.txt"),
        ("/etc/passwd.txt", "passwd.txt"),
        ("report 2019 (final).TXT", "report_2019_final.txt"),
    ],
)
def test_names_are_sanitized_to_one_plain_file(name: str, expected: str) -> None:
    assert safe_name(name, b"x") == expected


def test_a_name_with_nothing_ascii_gets_a_name_from_its_content() -> None:
    name = safe_name("联合国报告.txt", b"text")
    assert name.startswith("report-") and name.endswith(".txt") and "/" not in name


def test_an_oversized_file_is_refused_and_nothing_is_written(tmp_path: Path) -> None:
    with pytest.raises(UploadRefused, match="over the 20 MB limit"):
        save_upload(tmp_path, "big.txt", b"a" * (MAX_UPLOAD_BYTES + 1))
    assert list(tmp_path.iterdir()) == []


def test_a_binary_file_named_txt_is_refused(tmp_path: Path) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    with pytest.raises(UploadRefused, match="binary file, not text"):
        save_upload(tmp_path, "chart.txt", png)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["report.pdf", "report.docx", "report", "report.txt.exe"])
def test_only_txt_files_are_taken(name: str) -> None:
    with pytest.raises(UploadRefused, match=r"not a \.txt file"):
        check_upload(name, "1. 共有 5 个国家。".encode())


def test_text_in_the_encodings_the_etl_reads_is_taken() -> None:
    text = "1. 截至 2019 年，共有 190 个缔约方。"
    for data in (text.encode("utf-8-sig"), text.encode("gb18030"), text.encode("utf-16")):
        check_upload("r.txt", data)  # no exception


def test_the_same_report_twice_is_refused_and_a_different_one_is_not_overwritten(tmp_path: Path) -> None:
    first = save_upload(tmp_path, "r.txt", "1. 共有 5 个国家。".encode())
    with pytest.raises(UploadRefused, match=r"already in the reports folder as r\.txt"):
        save_upload(tmp_path, "copy.txt", first.read_bytes())
    second = save_upload(tmp_path, "r.txt", "1. 共有 6 个国家。".encode())
    assert second.name == "r-2.txt" and first.read_text(encoding="utf-8") == "1. 共有 5 个国家。"


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    """A reports folder with one bundled report, and its database built by the real CLI."""
    reports, db = tmp_path / "reports", tmp_path / "indicators.duckdb"
    reports.mkdir()
    shutil.copy(REPORT, reports / REPORT.name)
    assert run_cli("build", "--reports", str(reports), "--db", str(db), "--quiet").returncode == 0
    return reports, db


def test_an_uploaded_report_is_stored_built_and_linked(corpus: tuple[Path, Path]) -> None:
    reports, db_path = corpus
    db = Database(db_path)
    assert len(db.snapshot().documents) == 1
    other = sorted(REPORTS.glob("*.txt"))[4]
    message = upload_result(db, reports, data_url(other.read_bytes()), "../new report.txt", "en")
    assert message.color == "success"
    assert message.children[0].startswith("Added new_report.txt. 2 reports, ")
    assert (reports / "new_report.txt").read_bytes() == other.read_bytes()
    documents = db.snapshot().documents  # the running app sees the rebuilt database
    assert sorted(documents["file_name"]) == sorted([REPORT.name, "new_report.txt"])
    link = message.children[2]
    new_id = documents.loc[documents["file_name"] == "new_report.txt", "doc_id"].item()
    assert link.href == f"/sources?doc={new_id}"


def test_an_upload_the_build_skips_says_why_and_keeps_the_database(corpus: tuple[Path, Path]) -> None:
    reports, db_path = corpus
    db = Database(db_path)
    english = "1. The Office trained 1,200 officials in 2019 and supported 45 countries.\n" * 20
    message = upload_result(db, reports, data_url(english.encode()), "english.txt", "en")
    assert message.color == "warning"
    assert "english.txt was stored, but the build did not load it" in message.children
    with duckdb.connect(str(db_path), read_only=True) as con:
        assert con.execute("select count(*) from documents").fetchone() == (1,)


def test_a_refused_upload_is_reported_in_the_users_language(corpus: tuple[Path, Path]) -> None:
    reports, db_path = corpus
    message = upload_result(Database(db_path), reports, data_url(b"\x00\x01\x02"), "x.txt", "zh")
    assert message.color == "warning"
    assert message.children == "未添加。x.txt: 二进制文件，不是文本"
    assert sorted(p.name for p in reports.iterdir()) == [REPORT.name]


def test_an_upload_that_is_not_a_data_url_is_refused(corpus: tuple[Path, Path]) -> None:
    reports, db_path = corpus
    message = upload_result(Database(db_path), reports, "not a data url", "x.txt", "en")
    assert "could not be read" in message.children


def test_the_server_refuses_a_request_body_far_over_the_upload_limit(corpus: tuple[Path, Path]) -> None:
    from dashboard.app import create_app

    reports, db_path = corpus
    client = create_app(db_path, reports_dir=reports).server.test_client()
    body = b"x" * (MAX_UPLOAD_BYTES * 2)
    response = client.post("/_dash-update-component", data=body, content_type="application/json")
    assert response.status_code == 413
    assert sorted(p.name for p in reports.iterdir()) == [REPORT.name]


def test_an_upload_waits_for_a_rebuild_in_progress_then_is_built(corpus: tuple[Path, Path]) -> None:
    """Builds read the folder when they start: run side by side, the one finishing last could drop a
    report added meanwhile. So an upload's rebuild waits for the one in progress."""
    import threading

    from dashboard import upload

    reports, db_path = corpus
    db = Database(db_path)
    other = sorted(REPORTS.glob("*.txt"))[4]
    messages: list[Any] = []
    with upload._REBUILD_LOCK:  # a rebuild in progress
        worker = threading.Thread(
            target=lambda: messages.append(
                upload_result(db, reports, data_url(other.read_bytes()), other.name, "en")
            )
        )
        worker.start()
        worker.join(timeout=2)
        assert worker.is_alive() and (reports / other.name).exists()  # stored, waiting to rebuild
        assert len(db.snapshot().documents) == 1
    worker.join(timeout=60)
    assert [m.color for m in messages] == ["success"]
    assert set(db.snapshot().documents["file_name"]) == {REPORT.name, other.name}
