"""In a real browser: the explore page draws the treaty-party points the reports state."""

from __future__ import annotations

from pathlib import Path

from dashboard.app import create_app


def test_treaty_party_points_are_on_the_chart(dash_duo, built_db: Path) -> None:  # type: ignore[no-untyped-def]
    app = create_app(built_db)
    dash_duo.start_server(app)
    dash_duo.wait_for_element("#chart .scatterlayer .point", timeout=20)
    points = dash_duo.find_elements("#chart .scatterlayer .point")
    assert len(points) >= 2  # UNTOC parties in 2012 (168) and 2018 (189)
    ticks = {t.text for t in dash_duo.find_elements("#chart .xtick text")}
    assert {"2011", "2021"} <= ticks
    assert dash_duo.get_logs() == [] or all(log["level"] != "SEVERE" for log in dash_duo.get_logs())
