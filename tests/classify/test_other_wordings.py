"""Wordings other years' reports use for the same indicators (sentences written for these tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_party_count_stated_as_the_parties_there_are() -> None:
    text = "1. 截至 2016 年 10 月，《联合国反腐败公约》的缔约国有 178 个。"
    assert facts(text, published=2017, coverage=(2016, 2016)) == {
        ("uncac_parties", 2016, 2016, "as_of", 178, "exact")
    }


def test_parties_among_which_some_did_something_are_not_a_total() -> None:
    assert facts("1. 《联合国反腐败公约》缔约国有 24 个提交了自评清单。") == set()


def test_a_fund_named_with_two_nouns() -> None:
    text = "1. 2016 年，普通用途资金捐款为 630 万美元，特别用途资金捐款为 3.1 亿美元。"
    assert facts(text, published=2017, coverage=(2016, 2016)) == {
        ("general_purpose_income", 2016, 2016, "annual", 6_300_000, "exact"),
        ("special_purpose_contributions", 2016, 2016, "annual", 310_000_000, "exact"),
    }


def test_income_from_one_year_to_the_next() -> None:
    text = "1. 普通用途收入从 2015 年的 720 万美元减少到 2016 年的 630 万美元。"
    assert facts(text, published=2017, coverage=(2016, 2016)) == {
        ("general_purpose_income", 2015, 2015, "annual", 7_200_000, "exact"),
        ("general_purpose_income", 2016, 2016, "annual", 6_300_000, "exact"),
    }


def test_countries_helped_on_trafficking_named_earlier_in_the_sentence() -> None:
    text = "1. 在打击贩运人口和偷运移民方面，毒品和犯罪问题办公室协助了 70 多个国家。"
    assert facts(text) == {("countries_assisted_trafficking_smuggling", 2014, 2014, "annual", 70, "at_least")}


def test_direct_legal_assistance_against_terrorism() -> None:
    text = "1. 在反恐方面，毒品和犯罪问题办公室向 42 个国家提供了直接法律援助。"
    assert facts(text) == {
        ("countries_direct_assistance_counter_terrorism", 2014, 2014, "annual", 42, "exact")
    }


def test_independent_project_evaluations() -> None:
    text = "1. 独立评价股完成了 21 项独立项目评价和 4 项深入评价。"
    assert facts(text) == {("project_evaluations", 2014, 2014, "annual", 21, "exact")}


def test_countries_assisted_in_the_field_of_corruption() -> None:
    text = "1. 在反腐败领域，毒品和犯罪问题办公室向 50 多个国家提供了技术援助。"
    assert facts(text) == {("uncac_assisted_countries", 2014, 2014, "annual", 50, "at_least")}


def test_countries_requesting_assistance_are_not_countries_assisted() -> None:
    text = "1. 在腐败领域，有 14 个国家请求援助，办事处收到了来自 9 个国家的援助请求。"
    assert facts(text) == set()
