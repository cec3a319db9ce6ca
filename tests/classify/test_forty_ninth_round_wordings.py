"""Wordings met in a forty-ninth round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_box_of_results_on_trafficking_names_the_countries_covered() -> None:
    text = (
        "1. 2018 年通过全球方案取得的主要成果载于下文专栏 1。办公室协助 19 个国家起草或修订了"
        "打击贩运人口和偷运移民的法律。\n"
        " 专栏 1\n"
        " 2018 年打击贩运人口和偷运移民工作的主要成果\n"
        " 所涉国家：120 余个\n"
        " 培训活动：210 次\n"
        "2. 办公室还发布了《2018 年全球贩运人口问题报告》，所涉国家达到 142 个。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("countries_assisted_trafficking_smuggling", 2018, 2018, "annual", 120, "at_least") in found
    assert not [f for f in found if f[4] == 142]  # the countries a report covers were not assisted


def test_a_noun_a_colon_then_the_date_before_the_count() -> None:
    text = (
        "1. 人口贩运案例法数据库继续扩大。数据库所收案件数目：截至 2018 年底，逾 1,650 起，"
        "涉及 110 多个国家的司法判决。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("trafficking_case_law_cases", 2018, 2018, "as_of", 1650, "at_least") in found


def test_the_number_trained_reached_then_the_officials() -> None:
    text = (
        "D. 预防恐怖主义\n\n"
        "1. 办公室在国家一级向 34 个国家提供了直接援助。培训人数达 3,800 余名刑事司法和执法官员，"
        "2017 年为 3,450 名。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("officials_trained_counter_terrorism", 2018, 2018, "annual", 3800, "at_least") in found
    assert ("officials_trained_counter_terrorism", 2017, 2017, "annual", 3450, "exact") in found


def test_a_steady_growth_then_the_years_values_listed() -> None:
    text = (
        "1. 参加国际合作演练的国家药物检测实验室数目保持增长，2017 年、2018 年和 2019 年分别为 281 个、"
        "297 个和 306 个。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ice_laboratories", 2017, 2017, "annual", 281, "exact") in found
    assert ("ice_laboratories", 2019, 2019, "annual", 306, "exact") in found


def test_asset_recovery_case_assistance_and_reference_standards_given_to_laboratories() -> None:
    text = (
        "1. 被盗资产追回举措是办公室与世界银行的伙伴关系。在 2021 年，该举措为 46 个国家和管辖区提供了"
        "个案协助、政策咨询或培训。\n\n"
        "2. 2021 年，参加国际合作演练的实验室有 301 个，来自 83 个国家。办公室还向逾 50 个国家的实验室"
        "提供了参考标准。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("asset_recovery_countries_supported", 2021, 2021, "annual", 46, "exact") in found
    assert ("ice_countries", 2021, 2021, "annual", 83, "exact") in found
    assert not [f for f in found if f[0] == "uncac_assisted_countries" or f[4] == 50]


def test_running_totals_of_cocaine_countries_above_a_count_and_countries_taking_part() -> None:
    text = (
        "1. 集装箱管制方案继续扩大。自 2006 年方案启动以来，这些管制组缉获的可卡因总量超过 430 吨。"
        "从方案启动到 2019 年底，可卡因的累计查获量已超过 640 吨。\n\n"
        "2. 2019 年，办公室在打击贩运人口和偷运移民方面协助的国家在 110 个以上。\n\n"
        "3. 国际合作演练是办公室为各国药物检测实验室提供的能力验证方案。2019 年的演练有 84 个国家参加。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ccp_cocaine_seized", 2019, 2019, "cumulative", 430, "at_least") in found
    assert ("ccp_cocaine_seized", 2019, 2019, "cumulative", 640, "at_least") in found
    assert ("countries_assisted_trafficking_smuggling", 2019, 2019, "annual", 110, "at_least") in found
    assert ("ice_countries", 2019, 2019, "annual", 84, "exact") in found
