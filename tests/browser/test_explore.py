"""In a real browser: choosing indicators draws their points; a clicked point shows its source sentence
(and, for a value restated by hundreds of reports, how many state it and a few of them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from selenium.webdriver.common.action_chains import ActionChains

from dashboard.app import create_app
from tests.browser.helpers import chart_points, choose_indicator, figure, open_page, wait_until
from tests.dashboard.synthetic import add_reports, make_db


def test_choosing_an_indicator_draws_its_points(dash_duo: Any, built_db: Path) -> None:
    dash_duo.start_server(create_app(built_db))
    open_page(dash_duo, "/explore?ind=none")
    dash_duo.wait_for_contains_text("#chart", "Choose one or more indicators", timeout=20)
    assert chart_points(dash_duo) == []

    choose_indicator(dash_duo, "uncac_parties")
    points = wait_until(dash_duo, lambda: len(chart_points(dash_duo)) >= 2 and chart_points(dash_duo))
    assert len(points) >= 2  # UNCAC parties: 160 in 2012, 186 in 2018
    drawn = figure(dash_duo)
    markers = [tr for tr in drawn["data"] if "markers" in tr.get("mode", "")]
    assert {(x, y) for tr in markers for x, y in zip(tr["x"], tr["y"], strict=True)} >= {
        (2012, 160),
        (2018, 186),
    }
    assert drawn["layout"]["xaxis"]["range"] == [2010.5, 2021.5]
    assert "ind=uncac_parties" in dash_duo.driver.current_url
    assert [log for log in dash_duo.get_logs() if log["level"] == "SEVERE"] == []


def test_clicking_a_point_shows_its_source_sentence(dash_duo: Any, built_db: Path) -> None:
    dash_duo.start_server(create_app(built_db))
    open_page(dash_duo, "/explore?ind=uncac_parties&opts=connect")
    dash_duo.wait_for_contains_text("#source-panel", "Click a point", timeout=20)
    wait_until(dash_duo, lambda: len(chart_points(dash_duo)) >= 2)
    point = max(chart_points(dash_duo), key=lambda p: p.location["x"])  # the 2018 point
    ActionChains(dash_duo.driver).move_to_element(point).click().perform()

    mark = wait_until(
        dash_duo, lambda: dash_duo.find_element("#source-panel mark"), what="highlighted number"
    )
    assert mark.text.startswith("186")
    sentence = dash_duo.find_element("#source-panel blockquote").text
    assert "186" in sentence and "缔约" in sentence
    assert "General Assembly" in dash_duo.find_element("#source-panel").text
    link = dash_duo.find_element("#source-panel a")
    assert "/sources?doc=" in link.get_attribute("href")


def test_a_point_restated_by_many_reports_opens_a_bounded_source_panel(dash_duo: Any, tmp_path: Path) -> None:
    db = make_db(tmp_path / "many.duckdb")
    add_reports(db, [189.0] * 300)  # 300 more reports: UNTOC had 189 parties in 2018
    dash_duo.start_server(create_app(db))
    open_page(dash_duo, "/explore?ind=untoc_parties&opts=connect")
    wait_until(dash_duo, lambda: len(chart_points(dash_duo)) == 2)  # one point per stated value
    point = max(chart_points(dash_duo), key=lambda p: p.location["x"])  # 2018
    ActionChains(dash_duo.driver).move_to_element(point).click().perform()
    dash_duo.wait_for_contains_text("#panel-count", "189 is stated by 301 reports", timeout=20)
    assert len(dash_duo.find_elements("#source-panel blockquote")) == 5
    assert dash_duo.find_element("#source-panel mark").text == "189个"
    assert "and 296 more" in dash_duo.find_element("#source-panel").text
