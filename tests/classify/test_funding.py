"""Funding: contributions, pledges, biennial budgets, donors; change amounts and plans are not levels."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_year_and_the_year_it_is_compared_with() -> None:
    text = "1. 2014 年的自愿捐款认捐总额约为 2.8 亿美元，与 2013 年（2.6 亿美元）相比有所增加。"
    assert facts(text) == {
        ("voluntary_contributions_pledged", 2014, 2014, "annual", 280_000_000, "approx"),
        ("voluntary_contributions_pledged", 2013, 2013, "annual", 260_000_000, "exact"),
    }


def test_pledges_split_between_the_two_funds() -> None:
    text = (
        "1. 2016 年，向毒品和犯罪问题办公室认捐的自愿捐款共计 3.4 亿美元，其中 1.5 亿美元是对联合国国际"
        "药物管制规划署基金所作认捐，1.9 亿美元是对联合国预防犯罪和刑事司法基金所作认捐。"
    )
    assert facts(text, published=2017, coverage=(2016, 2017)) == {
        ("voluntary_contributions_pledged", 2016, 2016, "annual", 340_000_000, "exact"),
        ("drug_fund_pledges", 2016, 2016, "annual", 150_000_000, "exact"),
        ("crime_fund_pledges", 2016, 2016, "annual", 190_000_000, "exact"),
    }


def test_budgets_take_the_biennium_they_are_stated_for_and_an_increase_is_not_a_budget() -> None:
    text = (
        "1. 大会核准了经常预算第 16 款下数额为 250 万美元的增资，从 2014-2015 两年期的 4,100 万美元增加到"
        " 2016-2017 两年期的 4,350 万美元。毒品和犯罪问题办公室 2016-2017 两年期合并预算数额为 6.2 亿美元，"
        "其中有 14% 来自经常预算资金，有 5.3 亿美元来自预算外资源。"
    )
    assert facts(text, published=2016, coverage=(2015, 2015)) == {
        ("regular_budget", 2014, 2015, "biennium", 41_000_000, "exact"),
        ("regular_budget", 2016, 2017, "biennium", 43_500_000, "exact"),
        ("consolidated_budget", 2016, 2017, "biennium", 620_000_000, "exact"),
        ("extrabudgetary_resources", 2016, 2017, "biennium", 530_000_000, "exact"),
    }


def test_a_budget_without_its_biennium_is_not_charted() -> None:
    assert facts("1. 毒品和犯罪问题办公室的合并预算数额为 6 亿美元。") == set()


def test_an_initial_budget_for_a_two_year_span_and_a_projected_shortfall() -> None:
    text = "1. 与 2022-2023 年 7.1 亿美元的初步预算相比，方案交付额预计将减少 9,000 万美元。"
    assert facts(text, published=2023, coverage=(2022, 2022)) == {
        ("consolidated_budget", 2022, 2023, "biennium", 710_000_000, "exact"),
    }


def test_a_change_in_donors_gives_the_level_before_and_after() -> None:
    text = "1. 2017 年，捐助方数目从 88 个增加到 97 个，特别用途捐款总额为 3.1 亿美元。"
    assert facts(text, published=2018, coverage=(2017, 2017)) == {
        ("donor_count", 2016, 2016, "annual", 88, "exact"),
        ("donor_count", 2017, 2017, "annual", 97, "exact"),
        ("special_purpose_contributions", 2017, 2017, "annual", 310_000_000, "exact"),
    }


def test_general_purpose_income_and_a_projection_that_is_not_a_fact() -> None:
    text = "1. 2019 年普通用途收入为 520 万美元。预计 2020 年普通用途收入为 480 万美元。"
    assert facts(text, published=2020, coverage=(2019, 2019)) == {
        ("general_purpose_income", 2019, 2019, "annual", 5_200_000, "exact"),
    }


def test_a_trust_fund_flow_and_its_running_total() -> None:
    text = (
        "1. 联合国贩运人口特别是妇女和儿童行为受害者自愿信托基金在 2018 年收到约 65 万美元的已缴捐款，"
        "使该信托基金成立以来的捐款总额超过 600 万美元。"
        "该信托基金向 15 个国家的非政府组织的 21 个项目提供了赠款。"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("victims_trust_fund_contributions", 2018, 2018, "annual", 650_000, "approx"),
        ("victims_trust_fund_contributions", 2018, 2018, "cumulative", 6_000_000, "at_least"),
        ("victims_trust_fund_grants", 2018, 2018, "annual", 21, "exact"),
    }


def test_donors_from_one_dated_level_to_another_and_all_donors_of_a_year() -> None:
    text = (
        "1. 捐助方数目由 2019 年的 95 个增加到 2020 年的 105 个。"
        "2. 2020 年，共有 120 个捐助方向毒品和犯罪问题办公室提供了捐款，其中有 20 个捐助方增加了捐款。"
    )
    assert facts(text, published=2021, coverage=(2020, 2020)) == {
        ("donor_count", 2019, 2019, "annual", 95, "exact"),
        ("donor_count", 2020, 2020, "annual", 105, "exact"),
        ("donor_count", 2020, 2020, "annual", 120, "exact"),
    }


def test_amounts_linked_by_only_or_by_the_level_a_change_reached() -> None:
    text = (
        "1. 2019 年普通用途收入仅为 470 万美元，自愿捐款认捐额下降至 3.61 亿美元，"
        "特别用途捐款增至 3.3 亿美元，预防犯罪和刑事司法基金的认捐额减少到 9,000 万美元。"
    )
    assert facts(text, published=2020, coverage=(2019, 2019)) == {
        ("general_purpose_income", 2019, 2019, "annual", 4_700_000, "exact"),
        ("voluntary_contributions_pledged", 2019, 2019, "annual", 361_000_000, "exact"),
        ("special_purpose_contributions", 2019, 2019, "annual", 330_000_000, "exact"),
        ("crime_fund_pledges", 2019, 2019, "annual", 90_000_000, "exact"),
    }


def test_a_value_compared_with_an_earlier_year_belongs_to_that_year() -> None:
    text = "1. 2017 年，自愿捐款认捐总额为 3.61 亿美元，高于 2016 年的 3.1 亿美元。"
    # "高于" compares the two amounts; it does not make the 2016 amount a lower bound
    assert set(facts(text, published=2018, coverage=(2017, 2017))) == {
        ("voluntary_contributions_pledged", 2017, 2017, "annual", 361_000_000, "exact"),
        ("voluntary_contributions_pledged", 2016, 2016, "annual", 310_000_000, "exact"),
    }


def test_earmarked_and_unearmarked_money_under_their_other_names() -> None:
    text = "1. 2019 年，未指定用途资金为 500 万美元，特殊用途捐款为 3 亿美元，一般用途收入则未见增长。"
    assert facts(text, published=2020, coverage=(2019, 2019)) == {
        ("general_purpose_income", 2019, 2019, "annual", 5_000_000, "exact"),
        ("special_purpose_contributions", 2019, 2019, "annual", 300_000_000, "exact"),
    }
