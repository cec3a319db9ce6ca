"""More wordings other years' reports use: donors, the early warning advisory, totals restated after a
change, workshops reaching more countries (sentences written for these tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_donors_from_one_years_count_to_the_next_without_the_word_number() -> None:
    text = "1. 本办公室的捐助方从 2016 年的 98 个增至 2017 年的 104 个。"
    assert facts(text, published=2018, coverage=(2017, 2017)) == {
        ("donor_count", 2016, 2016, "annual", 98, "exact"),
        ("donor_count", 2017, 2017, "annual", 104, "exact"),
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


def test_donors_stated_with_wei_and_compared_with_the_year_before() -> None:
    text = "1. 2018 年，本办公室的捐助方为 115 个，而 2017 年为 104 个。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("donor_count", 2018, 2018, "annual", 115, "exact"),
        ("donor_count", 2017, 2017, "annual", 104, "exact"),
    }


def test_a_database_total_restated_after_its_increase() -> None:
    text = "1. 2018 年，人口贩运案例法数据库收录的案例增加了 120 个，总数达到 1,610 个。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("trafficking_case_law_cases", 2018, 2018, "as_of", 1610, "exact")
    }


def test_workshops_reaching_further_countries() -> None:
    text = "1. 在打击恐怖主义方面，办公室通过区域讲习班惠及另外 64 个国家。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("countries_reached_ct_workshops", 2018, 2018, "annual", 64, "exact")
    }


def test_items_of_a_list_share_the_noun_written_after_the_last() -> None:
    text = "1. 2016 年和 2017 年，办公室分别为 980 名和 1,340 名执法官员提供了反恐培训。"
    assert facts(text, published=2018, coverage=(2017, 2017)) == {
        ("officials_trained_counter_terrorism", 2016, 2016, "annual", 980, "exact"),
        ("officials_trained_counter_terrorism", 2017, 2017, "annual", 1340, "exact"),
    }


def test_an_item_with_a_noun_of_its_own_keeps_it() -> None:
    text = "1. 2017 年，办公室为 60 名记者和 1,340 名执法官员提供了反恐培训。"
    assert facts(text, published=2018, coverage=(2017, 2017)) == {
        ("officials_trained_counter_terrorism", 2017, 2017, "annual", 1340, "exact")
    }


def test_pledges_made_to_each_fund_with_le() -> None:
    text = "1. 2017 年，向预防犯罪和刑事司法基金认捐了 1.5 亿美元，向药物管制规划署基金认捐了 2.1 亿美元。"
    assert facts(text, published=2018, coverage=(2017, 2017)) == {
        ("crime_fund_pledges", 2017, 2017, "annual", 150_000_000, "exact"),
        ("drug_fund_pledges", 2017, 2017, "annual", 210_000_000, "exact"),
    }


def test_a_consolidated_budgets_initial_estimate() -> None:
    text = "1. 2018-2019 两年期合并预算的初步估计数为 6.9 亿美元。"
    assert facts(text, published=2018, coverage=(2017, 2017)) == {
        ("consolidated_budget", 2018, 2019, "biennium", 690_000_000, "exact")
    }


def test_a_funds_pledges_from_one_year_to_the_next() -> None:
    text = "1. 药物管制规划署基金的认捐额从 2016 年的 1.9 亿美元减少到 2017 年的 1.8 亿美元。"
    assert facts(text, published=2018, coverage=(2017, 2017)) == {
        ("drug_fund_pledges", 2016, 2016, "annual", 190_000_000, "exact"),
        ("drug_fund_pledges", 2017, 2017, "annual", 180_000_000, "exact"),
    }


def test_countries_assisted_with_the_convention_named_after_them() -> None:
    text = "1. 《联合国反腐败公约》的审议继续进行。2018 年，有 61 个国家在执行《公约》方面获得了援助。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("uncac_assisted_countries", 2018, 2018, "annual", 61, "exact")
    }


def test_countries_assisted_with_another_convention_are_not_uncac_assistance() -> None:
    text = "1. 2018 年，有 30 个国家在执行《联合国打击跨国有组织犯罪公约》方面获得了援助。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == set()


def test_income_that_fell_stated_before_its_change() -> None:
    text = "1. 普通用途资金持续减少，从 2012 年的 1,100 万美元降至 2016 年的 620 万美元。"
    assert facts(text, published=2017, coverage=(2016, 2016)) == {
        ("general_purpose_income", 2012, 2012, "annual", 11_000_000, "exact"),
        ("general_purpose_income", 2016, 2016, "annual", 6_200_000, "exact"),
    }


def test_new_ratifications_in_the_sentence_after_the_instruments() -> None:
    text = "1. 办公室继续协助会员国批准 19 项国际反恐法律文书。2016 年，新增了 38 项批准。"
    assert facts(text, published=2017, coverage=(2016, 2016)) == {
        ("ct_instrument_new_ratifications", 2016, 2016, "annual", 38, "exact")
    }
