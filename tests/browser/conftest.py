"""Browser tests drive the real Dash server in Debian's headless Chromium (dash[testing] + Selenium)."""

from __future__ import annotations

import shutil

import pytest
from selenium.webdriver.chrome.options import Options

from dashboard.components import DATATABLE_DEPRECATION


def pytest_setup_options() -> Options:
    """Chromium flags for a root user on a machine with no network but loopback."""
    options = Options()
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium:
        options.binary_location = chromium
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,800",
    ):
        options.add_argument(flag)
    return options


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


def pytest_configure(config: pytest.Config) -> None:
    """The app filters Dash 4's DataTable deprecation warning (see dashboard.components); pytest
    resets warning filters per test, so the same filter is declared for these tests too."""
    config.addinivalue_line("filterwarnings", f"ignore:{DATATABLE_DEPRECATION}:DeprecationWarning")
