"""Other years' wordings for donors and the early warning advisory (sentences written for these tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_donors_from_one_years_count_to_the_next_without_the_word_number() -> None:
    text = "1. 本办公室的捐助方从 2016 年的 98 个增至 2017 年的 104 个。"
    assert facts(text, published=2018, coverage=(2017, 2017)) == {
        ("donor_count", 2016, 2016, "as_of", 98, "exact"),
        ("donor_count", 2017, 2017, "as_of", 104, "exact"),
    }


def test_donors_doing_something_for_countries_are_not_a_donor_count() -> None:
    text = "1. 2017 年，捐助方为 12 个国家提供了专项资金。"
    assert facts(text, published=2018, coverage=(2017, 2017)) == set()


def test_countries_and_territories_reporting_new_psychoactive_substances() -> None:
    text = "1. 截至 2017 年 12 月，预警咨询系统已收到 111 个国家和领土报告的 803 种新精神活性物质。"
    assert facts(text, published=2018, coverage=(2017, 2017)) == {
        ("nps_reporting_countries", 2017, 2017, "as_of", 111, "exact"),
        ("nps_substances_monitored", 2017, 2017, "as_of", 803, "exact"),
    }
