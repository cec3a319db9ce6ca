"""Shares and lists: fractions (三分之一), tenths (七成) and amounts sharing one unit written after the last.

Sentences are made up for the tests. A list of ordinals (第 2、3 和 4 条) and numbers with no unit
after the list (years, paragraph and goal numbers) are not quantities.
"""

from __future__ import annotations

import pytest

from etl.quantities import extract


def surfaces(text: str) -> list[str]:
    return [m.surface for m in extract(text)]


def test_a_fraction_is_a_share_in_percent() -> None:
    found = extract("近三分之一的国家作了答复，超过 4 分之 3 的答复国报告了进展，十分之一以上未作说明。")
    assert [(m.surface, round(m.value, 4), m.unit, m.qualifier) for m in found] == [
        ("近三分之一", 33.3333, "percent", "at_most"),
        ("超过4分之3", 75.0, "percent", "at_least"),
        ("十分之一以上", 10.0, "percent", "at_least"),
    ]


@pytest.mark.parametrize("text", ["这十分重要。", "三分之四", "《三分之一的世界》一书"])
def test_what_only_looks_like_a_fraction_is_not_one(text: str) -> None:
    assert extract(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "认捐额分别为 2.9 亿和 3.1 亿美元。",
            [("2.9亿", 290_000_000, "USD"), ("3.1亿美元", 310_000_000, "USD")],
        ),
        (
            "普通用途收入由 1,100 万增至 1,250 万美元。",
            [("1,100万", 11_000_000, "USD"), ("1,250万美元", 12_500_000, "USD")],
        ),
        ("分别缉获了 5.1 和 6.2 吨。", [("5.1", 5.1, "t"), ("6.2吨", 6.2, "t")]),
        ("占比分别为 5、7 和 9%。", [("5", 5, "percent"), ("7", 7, "percent"), ("9%", 9, "percent")]),
    ],
)
def test_amounts_listed_before_their_unit_share_it(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert [(m.surface, m.value, m.unit) for m in extract(text)] == expected


def test_counts_listed_before_their_measure_word_count_the_same_noun() -> None:
    found = extract("缔约方分别为 190、178 和 119 个国家。")
    assert [(m.surface, m.value, m.counted) for m in found] == [
        ("190", 190, "个国家"),
        ("178", 178, "个国家"),
        ("119个", 119, "个国家"),
    ]


def test_later_items_of_a_list_of_ordinals_are_ordinals_too() -> None:
    assert extract("见《公约》第 2、3 和 4 条以及第 14、16 和 18 条。") == []
    assert surfaces("见第 5 段和 6 个国家的答复。") == ["6个"]  # 段 ends the ordinal


def test_a_conjunction_after_a_measure_word_is_not_its_noun() -> None:
    assert [m.counted for m in extract("其中 2 项和 3 个来自非洲。")] == ["项", "个"]


@pytest.mark.parametrize(
    "text",
    [
        "见第 5、6 和 7 段。",  # paragraph numbers
        "2011、2012 和 2013 年",  # years
        "第 69/193 和 69/196 号决议",  # resolution numbers
        "可持续发展目标 5 和 16 之间",  # goal numbers
        "捐款 2 和 3 亿美元。",  # 2 or 2 亿? ambiguous: only the amount with its own magnitude is read
    ],
)
def test_numbers_listed_without_a_shared_unit_stay_out(text: str) -> None:
    assert [m.surface for m in extract(text)] in ([], ["3亿美元"])


def test_tenths_after_a_chinese_numeral_are_a_share_in_percent() -> None:
    found = extract("七成以上的捐款来自欧洲，近三成来自亚洲，八成多的国家作了答复。")
    assert [(m.surface, m.value, m.unit, m.qualifier) for m in found] == [
        ("七成以上", 70, "percent", "at_least"),
        ("近三成", 30, "percent", "at_most"),
        ("八成多", 80, "percent", "at_least"),
    ]


@pytest.mark.parametrize("text", ["办法一成不变。", "有三成员国反对。", "五成立了工作组。", "占 7 成以上。"])
def test_cheng_that_starts_another_word_is_not_tenths(text: str) -> None:
    assert extract(text) == []


def test_tenths_before_the_noun_they_share_out() -> None:
    (m,) = extract("超过八成实验室的检测结果令人满意。")
    assert (m.surface, m.value, m.qualifier) == ("超过八成", 80, "at_least")
