"""In a real browser: a report added on the Sources page is built, and its link opens it."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By

from dashboard.app import create_app
from tests.browser.helpers import open_page, wait_until
from tests.conftest import REPORTS, run_cli


def test_a_report_added_on_the_sources_page_is_built_and_opens(dash_duo: Any, tmp_path: Path) -> None:
    first, added = sorted(REPORTS.glob("*.txt"))[1], sorted(REPORTS.glob("*.txt"))[4]
    reports, db = tmp_path / "reports", tmp_path / "indicators.duckdb"
    reports.mkdir()
    shutil.copy(first, reports / first.name)
    assert run_cli("build", "--reports", str(reports), "--db", str(db), "--quiet").returncode == 0
    upload_copy = tmp_path / "incoming" / "CND report 2012.txt"
    upload_copy.parent.mkdir()
    shutil.copy(added, upload_copy)

    dash_duo.start_server(create_app(db, reports_dir=reports))
    open_page(dash_duo, "/sources")
    dash_duo.wait_for_element("#upload-report", timeout=20)
    dash_duo.driver.find_element(By.CSS_SELECTOR, "#upload-report input[type=file]").send_keys(
        str(upload_copy)
    )

    message = wait_until(
        dash_duo, lambda: dash_duo.find_element("#upload-message").text, timeout=60, what="upload message"
    )
    assert message.startswith("Added CND_report_2012.txt. 2 reports, ")
    assert (reports / "CND_report_2012.txt").read_bytes() == added.read_bytes()
    assert "CND; CCPCJ 2012" in dash_duo.find_element("#reports-list").text  # listed without a reload
    wait_until(  # and its quantities are in the table below
        dash_duo, lambda: dash_duo.find_element("#mentions-count").text.startswith("106 of 106"), what="count"
    )

    dash_duo.find_element("#upload-open").click()
    wait_until(dash_duo, lambda: "联合国毒品和犯罪问题办公室的活动" in dash_duo.find_element("#viewer").text)
    assert "doc=doc_" in dash_duo.driver.current_url


def test_without_a_reports_folder_there_is_no_upload(dash_duo: Any, built_db: Path) -> None:
    dash_duo.start_server(create_app(built_db))
    open_page(dash_duo, "/sources")
    dash_duo.wait_for_element("#mentions-table", timeout=20)
    assert dash_duo.driver.find_elements(By.CSS_SELECTOR, "#upload-report") == []
