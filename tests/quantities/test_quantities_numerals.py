"""Numbers as written in the reports: Arabic with separators, Chinese numerals, magnitude words."""

from __future__ import annotations

import pytest

from etl.quantities.numerals import (
    arabic_value,
    chinese_decimal_value,
    chinese_value,
    magnitude_value,
)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("7", 7),
        ("1,600", 1600),
        ("321,697", 321697),
        ("2,\n000", 2000),  # a PDF line break after the separator
        ("5 000", 5000),  # UN style: a space between thousands
        ("2.45", 2.45),
        ("１２３", 123),  # full-width digits
        ("２．４５", 2.45),
        ("１２，３４５", 12345),
    ],
)
def test_arabic_numbers_ignore_separators_and_whitespace(raw: str, value: float) -> None:
    assert arabic_value(raw) == value


def test_absurdly_long_digit_runs_are_not_numbers() -> None:
    assert arabic_value("9" * 40) is None


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        ("三", 3),
        ("两", 2),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("二十一", 21),
        ("九十九", 99),
        ("一百", 100),
        ("一百零五", 105),
        ("一百二十", 120),
        ("两千", 2000),
        ("三万", 30_000),
        ("十万", 100_000),
        ("五十万", 500_000),
        ("两亿", 200_000_000),
        ("一亿二千万", 120_000_000),
    ],
)
def test_chinese_numerals(raw: str, value: int) -> None:
    assert chinese_value(raw) == value


@pytest.mark.parametrize("raw", ["三四", "二〇一二", "一二", "万", ""])
def test_malformed_chinese_numerals_are_rejected(raw: str) -> None:
    """Digit-by-digit years and runs of digits are not numerals a count is written with."""
    assert chinese_value(raw) is None


def test_chinese_numeral_with_decimal_part() -> None:
    assert chinese_decimal_value("十五点三") == 15.3
    assert chinese_decimal_value("九十") == 90.0


@pytest.mark.parametrize(
    ("word", "factor"),
    [("万", 1e4), ("十万", 1e5), ("百万", 1e6), ("千万", 1e7), ("亿", 1e8), ("十亿", 1e9), ("千", 1e3)],
)
def test_magnitude_words(word: str, factor: float) -> None:
    assert magnitude_value(word) == factor
