"""Screenshots of every page at 1280×800 in headless Chromium, for docs/ (not a test).

    .venv/bin/python -m tests.browser.screenshots [--db data/indicators.duckdb] [--out docs]

Serves the app on a free loopback port, drives Debian's Chromium with the browser tests' options,
waits for each page's content explicitly, and writes docs/screenshot-<page>.png; then adds the last
bundled report through *Add a report* on a copy of the others and shoots the outcome (upload).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait
from werkzeug.serving import WSGIRequestHandler, make_server

from dashboard.app import create_app
from tests.browser.conftest import pytest_setup_options
from tests.conftest import REPORTS, run_cli

# every graph on the page has drawn its plot, and no callback is pending
ALL_DRAWN = """
return [...document.querySelectorAll('.dash-graph')].every(g => g.querySelector('.main-svg'))
    && !document.querySelector('[data-dash-is-loading]');
"""
PAGES = [
    ("overview", "/", "#headlines .card-value"),
    ("explore", "/explore", "#chart .scatterlayer .point"),
    ("compare", "/compare", "#compare-table td"),
    ("sources", "/sources?doc={doc}&m={mention}", "#report-text mark.hl-target"),
    ("explore-zh", "/explore?lang=zh", "#chart .scatterlayer .point"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("data/indicators.duckdb"))
    parser.add_argument("--out", type=Path, default=Path("docs"))
    parser.add_argument("--doc", default=None, help="report on the sources page (default: most values)")
    args = parser.parse_args()
    WSGIRequestHandler.log_request = lambda *_args, **_kw: None  # type: ignore[method-assign]
    server, base = _serve(create_app(args.db))
    doc, mention = _busiest_report(args.db, args.doc)
    driver = webdriver.Chrome(options=pytest_setup_options())
    try:
        driver.execute_cdp_cmd(  # the viewport itself is 1280×800
            "Emulation.setDeviceMetricsOverride",
            {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False},
        )
        args.out.mkdir(parents=True, exist_ok=True)
        for name, path, ready in PAGES:
            driver.get(base + path.format(doc=doc, mention=mention))
            WebDriverWait(driver, 30).until(lambda d, css=ready: d.find_elements(By.CSS_SELECTOR, css))
            WebDriverWait(driver, 30).until(lambda d: d.execute_script(ALL_DRAWN))
            target = args.out / f"screenshot-{name}.png"
            driver.save_screenshot(str(target))
            print(target)
        _upload_shot(driver, args.out / "screenshot-upload.png")
    finally:
        driver.quit()
        server.shutdown()


def _serve(app: Any) -> tuple[Any, str]:
    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_port}"


def _upload_shot(driver: Any, target: Path) -> None:
    """The Sources page right after the last bundled report was added to a copy of the others."""
    bundled = sorted(REPORTS.glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        reports, db, incoming = Path(tmp, "reports"), Path(tmp, "indicators.duckdb"), Path(tmp, "in")
        reports.mkdir()
        incoming.mkdir()
        for path in bundled[:-1]:
            shutil.copy(path, reports / path.name)
        shutil.copy(bundled[-1], incoming / "CND report 2012.txt")
        built = run_cli("build", "--quiet", "--reports", str(reports), "--db", str(db))
        if built.returncode != 0:
            raise SystemExit(built.stderr)
        server, base = _serve(create_app(db, reports_dir=reports))
        try:
            driver.get(base + "/sources")
            WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#upload-report"))
            upload = driver.find_element(By.CSS_SELECTOR, "#upload-report input[type=file]")
            upload.send_keys(str(incoming / "CND report 2012.txt"))
            WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#upload-open"))
            section = driver.find_element(By.ID, "upload-section")
            driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", section)
            driver.save_screenshot(str(target))
            print(target)
        finally:
            server.shutdown()


def _busiest_report(db: Path, doc: str | None) -> tuple[str, str]:
    """The report with the most indicator values (or `doc`) and a mention in it that feeds one."""
    from dashboard.data import Database

    snap = Database(db).snapshot()
    docs = snap.documents.sort_values("n_observations", ascending=False)
    doc = doc or str(docs.iloc[0]["doc_id"])
    linked = snap.observations[snap.observations["doc_id"] == doc].sort_values("char_start")
    return doc, str(linked.iloc[len(linked) // 2]["mention_id"]) if not linked.empty else ""


if __name__ == "__main__":
    main()
