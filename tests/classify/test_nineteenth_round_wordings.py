"""Wordings met in a nineteenth round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_protocol_parties_with_their_topics_in_brackets_after_the_counts() -> None:
    text = (
        "A. 条约\n\n"
        "1. 截至 2021 年 6 月 1 日，《联合国打击跨国有组织犯罪公约》的缔约方为 190 个；其三项议定书的缔约方"
        "数目在 180 个（贩运人口）、151 个（偷运移民）与 121 个（枪支）之间。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("tip_protocol_parties", 2021, 2021, "as_of", 180, "exact") in found
    assert ("smuggling_protocol_parties", 2021, 2021, "as_of", 151, "exact") in found
    assert ("firearms_protocol_parties", 2021, 2021, "as_of", 121, "exact") in found


def test_countries_the_programme_or_the_office_assisted() -> None:
    text = (
        "B. 洗钱和腐败\n\n"
        "1. 2019 年，打击洗钱、没收犯罪所得和打击资助恐怖主义全球方案把工作重点转向资产追回的实际操作。"
        "这一年，得到该方案援助的国家共有 97 个。\n\n"
        "2. 截至 2020 年 6 月 1 日，《联合国反腐败公约》共有 187 个缔约国。2019 年，毒品和犯罪问题办公室"
        "协助约 70 个国家执行《公约》。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("countries_assisted_money_laundering", 2019, 2019, "annual", 97, "exact") in found
    assert not any(f[0] == "asset_recovery_countries_supported" for f in found)
    assert ("uncac_assisted_countries", 2019, 2019, "annual", 70, "approx") in found


def test_funds_listed_by_letter_donors_with_last_years_count_and_a_budget_for_comparison() -> None:
    text = (
        "A. 资金\n\n"
        "1. 2018 年认捐的自愿捐款总额为 3.6 亿美元。按基金划分："
        "(a) 联合国国际药物管制规划署基金：1.5 亿美元，"
        "占 42%；(b) 联合国预防犯罪和刑事司法基金：2.1 亿美元，占 58%。\n\n"
        "2. 2018 年向办公室提供捐款的捐助方共 96 个（2017 年：90 个）。\n\n"
        "3. 经常预算第 16 款下拨给该办公室的资源，2020 年为 2,274 万美元。作为对照，最后一个两年期即"
        " 2018-2019 年的拨款为 4,680 万美元。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("drug_fund_pledges", 2018, 2018, "annual", 150_000_000, "exact") in found
    assert ("crime_fund_pledges", 2018, 2018, "annual", 210_000_000, "exact") in found
    assert ("donor_count", 2018, 2018, "annual", 96, "exact") in found
    assert ("donor_count", 2017, 2017, "annual", 90, "exact") in found
    assert ("regular_budget", 2018, 2019, "biennium", 46_800_000, "exact") in found


def test_direct_aid_in_a_lettered_item_and_cases_nearly_counted() -> None:
    text = (
        "D. 恐怖主义\n\n"
        "1. 2018 年，恐怖主义预防处的援助包括：(a) 国家层面：为 38 个国家提供了直接的立法和能力建设援助；"
        "(b) 区域层面：举办了 60 次讲习班。\n\n"
        "E. 判例\n\n"
        "2. 截至 2018 年底，偷运移民判例数据库收录的案件则将近 700 起。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("countries_direct_assistance_counter_terrorism", 2018, 2018, "annual", 38, "exact") in found
    assert ("smuggling_case_law_cases", 2018, 2018, "as_of", 700, "at_most") in found
