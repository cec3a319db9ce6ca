"""Numbers as readers write them, in both languages, with bounds and units."""

from __future__ import annotations

import pytest

from dashboard.formatting import (
    axis_scale,
    format_change,
    format_percent,
    format_scaled,
    format_value,
    parse_period,
    period_label,
    unit_label,
)


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "lang", "expected"),
    [
        (1600, "count", "at_least", "en", "≥ 1,600"),
        (245e6, "USD", "approx", "en", "≈ US$245 million"),
        (561.5e6, "USD", "exact", "en", "US$561.5 million"),
        (1.2e9, "USD", "exact", "en", "US$1.2 billion"),
        (250_000, "USD", "exact", "en", "US$250,000"),
        (245e6, "USD", "exact", "zh", "2.45亿美元"),
        (39.2e6, "USD", "exact", "zh", "3,920万美元"),
        (220, "t", "at_least", "zh", "≥ 220吨"),
        (5.1, "t", "exact", "en", "5.1 t"),
        (15.3, "percent", "exact", "en", "15.3%"),
        (1, "percent", "at_most", "en", "≤ 1%"),
        (None, "count", "exact", "en", "–"),
    ],
)
def test_format_value(value: float | None, unit: str, qualifier: str, lang: str, expected: str) -> None:
    assert format_value(value, unit, qualifier, lang) == expected


def test_money_is_charted_in_millions() -> None:
    assert axis_scale("USD") == 1e6 and axis_scale("EUR") == 1e6 and axis_scale("count") == 1
    assert unit_label("USD") == "USD millions" and unit_label("USD", "zh") == "百万美元"
    assert unit_label("t") == "tonnes" and unit_label("t", "zh") == "吨"
    assert unit_label("ha") == "hectares" and unit_label("l", "zh") == "升"
    assert format_scaled(40.9e6, "USD") == "40.9"


def test_changes_are_signed() -> None:
    assert format_change(26, "count") == "+26"
    assert format_change(-1.7e6, "USD") == "−1.7"
    assert format_percent(16.25) == "+16.25 %"
    assert format_percent(-3) == "−3.00 %"
    assert format_percent(None) == "–"


def test_periods_round_trip() -> None:
    assert period_label(2012, 2012) == "2012" and period_label(2012, 2013) == "2012–2013"
    assert parse_period("2012–2013") == (2012, 2013) == parse_period("2012-2013")
    assert parse_period("2018") == (2018, 2018)
    for bad in ("", None, "abc", "2013-2012", "12", "2012-2013-2014", "<script>"):
        assert parse_period(bad) is None
