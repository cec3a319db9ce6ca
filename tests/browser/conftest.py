"""Browser tests drive the real Dash server in Debian's headless Chromium (dash[testing] + Selenium)."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.options import Options

from dashboard.components import DATATABLE_DEPRECATION
from tests.browser.helpers import wait_until


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


@pytest.fixture(autouse=True)
def settle_callbacks(request: pytest.FixtureRequest) -> Iterator[None]:
    """Stop the test server only once the page has no callback in flight.

    dash_duo stops its server thread at teardown; a request still being answered then dies with a
    SystemExit that pytest reports as an unhandled thread exception. Taking dash_duo here makes its
    teardown run after this wait.
    """
    duo: Any = request.getfixturevalue("dash_duo") if "dash_duo" in request.fixturenames else None
    yield
    if duo is not None and duo.driver is not None:
        # the test itself has passed or failed already; this only quiets the teardown
        with contextlib.suppress(TimeoutException):
            wait_until(duo, duo._wait_for_callbacks, timeout=10, what="callbacks to settle")
