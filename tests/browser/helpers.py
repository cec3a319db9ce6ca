"""Small helpers for the browser tests: explicit waits on the live page, never sleeps."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

TIMEOUT = 20


def open_page(dash_duo: Any, path: str) -> None:
    dash_duo.wait_for_page(url=dash_duo.server_url + path, timeout=TIMEOUT)


def wait_until(dash_duo: Any, condition: Callable[[], Any], timeout: float = TIMEOUT, what: str = "") -> Any:
    """Poll `condition` (a no-argument function) until it is truthy; return its value."""
    return WebDriverWait(dash_duo.driver, timeout, poll_frequency=0.1, ignored_exceptions=(Exception,)).until(
        lambda _driver: condition(), message=what
    )


def figure(dash_duo: Any, graph_id: str = "chart") -> dict[str, Any]:
    """The figure Plotly has drawn in the graph with this id (data and layout)."""
    return dash_duo.driver.execute_script(
        "const gd = document.querySelector(arguments[0] + ' .js-plotly-plot');"
        "return gd && gd.data ? {data: gd.data, layout: gd.layout} : null;",
        f"#{graph_id}",
    )


def chart_points(dash_duo: Any) -> list[Any]:
    return dash_duo.driver.find_elements(By.CSS_SELECTOR, "#chart .scatterlayer .point")


def choose_indicator(dash_duo: Any, indicator_id: str) -> None:
    """Open the indicator dropdown and tick one indicator."""
    dash_duo.find_element("#explore-ind .dash-dropdown").click()
    option = wait_until(
        dash_duo,
        lambda: dash_duo.driver.find_element(
            By.CSS_SELECTOR, f".dash-dropdown-option input[value='{indicator_id}']"
        ),
        what=f"option {indicator_id}",
    )
    option.find_element(By.XPATH, "./ancestor::label").click()


def wait_for_download(folder: str | Path, suffix: str, seen: set[str], timeout: float = 60) -> Path:
    """The next finished file ending in `suffix` that appears in `folder`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for path in Path(folder).iterdir():
            if path.name not in seen and path.name.endswith(suffix) and path.stat().st_size > 0:
                seen.add(path.name)
                return path
        time.sleep(0.1)  # polling the file system: there is no browser event to wait on
    raise TimeoutError(f"no {suffix} download in {folder}")
