"""In a real browser: the compare table shows both values, the change and the percent change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By

from dashboard.app import create_app
from tests.browser.helpers import open_page, wait_until


def row_cells(dash_duo: Any, name: str) -> list[str]:
    for row in dash_duo.driver.find_elements(By.CSS_SELECTOR, "#compare-table tr"):
        cells = [c.text for c in row.find_elements(By.CSS_SELECTOR, "td")]
        if any(c == name for c in cells):
            return cells
    return []


def test_compare_table_shows_the_change_for_a_known_pair(dash_duo: Any, built_db: Path) -> None:
    dash_duo.start_server(create_app(built_db))
    open_page(dash_duo, "/compare?a=2012&b=2018")
    name = "Parties to the UN Convention against Corruption"
    cells = wait_until(dash_duo, lambda: row_cells(dash_duo, name), what="UNCAC row")
    assert cells[cells.index(name) + 3 :][:4] == ["160", "186", "+26", "+16.25 %"]
    assert "General Assembly 2012 ¶22" in " ".join(cells)

    # an indicator missing in one or both periods says so
    donors = row_cells(dash_duo, "Number of donors")
    assert "not reported" in donors

    # sorting by % change puts the largest change first (custom numeric sort on the server)
    header = dash_duo.find_element("#compare-table th[data-dash-column='pct'] .column-header--sort")
    header.click()  # ascending
    header = dash_duo.find_element("#compare-table th[data-dash-column='pct'] .column-header--sort")
    header.click()  # descending

    def first_pct() -> str:
        cells = dash_duo.driver.find_elements(By.CSS_SELECTOR, "#compare-table td[data-dash-column='pct']")
        return str(cells[0].text)

    # each click is a server round trip: wait for the descending order rather than reading in between
    first = wait_until(
        dash_duo, lambda: first_pct() if first_pct().startswith("+") else None, what="descending"
    )
    assert first.startswith("+")
    assert "a=2012" in dash_duo.driver.current_url and "b=2018" in dash_duo.driver.current_url
