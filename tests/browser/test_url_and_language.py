"""In a real browser: a URL restores its view, and the language toggle switches every label."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from dashboard.app import create_app
from tests.browser.helpers import chart_points, figure, open_page, wait_until


def test_a_url_restores_its_view(dash_duo: Any, built_db: Path) -> None:
    dash_duo.start_server(create_app(built_db))
    open_page(dash_duo, "/explore?ind=untoc_parties,uncac_parties&opts=log&lang=zh")
    wait_until(dash_duo, lambda: len(chart_points(dash_duo)) >= 4)
    drawn = figure(dash_duo)
    assert drawn["layout"]["yaxis"]["type"] == "log"
    names = [tr["name"] for tr in drawn["data"] if "markers" in tr.get("mode", "")]
    assert names == ["《联合国打击跨国有组织犯罪公约》缔约方数目", "《联合国反腐败公约》缔约方数目"]
    checked = [
        box.get_attribute("value") for box in dash_duo.find_elements("#page input[type=checkbox]:checked")
    ]
    assert checked == ["log"]
    assert dash_duo.find_element("#nav-explore").text == "探索"

    # the compare page restores its two periods from the URL too
    open_page(dash_duo, "/compare?a=2012&b=2018&theme=treaties")
    dash_duo.wait_for_contains_text("#compare-table", "+16.25 %", timeout=20)
    assert "Treaties" in dash_duo.find_element("#page").text


def test_the_language_toggle_switches_labels(dash_duo: Any, built_db: Path) -> None:
    dash_duo.start_server(create_app(built_db))
    open_page(dash_duo, "/explore?ind=uncac_parties")
    wait_until(dash_duo, lambda: len(chart_points(dash_duo)) >= 2)
    assert dash_duo.find_element("#nav-explore").text == "Explore"
    dash_duo.find_element("#lang-toggle").click()
    dash_duo.wait_for_text_to_equal("#nav-explore", "探索", timeout=20)
    assert dash_duo.find_element("#nav-compare").text == "年度比较"
    wait_until(dash_duo, lambda: "缔约方数目" in str(figure(dash_duo)["layout"]["title"]["text"]))
    assert "lang=zh" in dash_duo.driver.current_url and "ind=uncac_parties" in dash_duo.driver.current_url
    dash_duo.find_element("#lang-toggle").click()
    dash_duo.wait_for_text_to_equal("#nav-explore", "Explore", timeout=20)
    assert "lang=zh" not in dash_duo.driver.current_url
