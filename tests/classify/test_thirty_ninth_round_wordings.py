"""Wordings met in the thirty-ninth and fortieth rounds of reports written blind to the rules
(sentences made up for the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_series_of_years_after_a_trend_takes_the_measure_whose_trend_it_is() -> None:
    text = (
        "1. 自愿捐款认捐额在过去几年中持续增长，2019 年至 2022 年分别为 3.66 亿美元、3.94 亿美元、"
        "4.12 亿美元和 4.37 亿美元。\n\n"
        "2. 集装箱管制方案继续扩大。方案历年缉获的可卡因数量呈上升趋势，2019 年至 2021 年分别为 81 吨、"
        "96 吨和 104 吨。\n"
    )
    found = facts(text, published=2023, coverage=(2022, 2023))
    assert ("voluntary_contributions_pledged", 2019, 2019, "annual", 366_000_000, "exact") in found
    assert ("voluntary_contributions_pledged", 2022, 2022, "annual", 437_000_000, "exact") in found
    assert ("ccp_cocaine_seized", 2019, 2019, "annual", 81, "exact") in found
    assert ("ccp_cocaine_seized", 2021, 2021, "annual", 104, "exact") in found


def test_a_date_in_brackets_after_a_value_and_the_same_date_after_the_next() -> None:
    text = (
        "1. 《联合国反腐败公约》的缔约方为 189 个（2022 年底），到本报告所述期间结束时又增加了一个。\n\n"
        "2. 早期预警咨询系统监测的新型精神活性物质共计 1,184 种之多（2022 年底），"
        "向该系统报告过新型精神活性物质的国家和地区为 137 个（同期）。\n"
    )
    found = facts(text, published=2023, coverage=(2022, 2023))
    assert ("uncac_parties", 2022, 2022, "as_of", 189, "exact") in found
    assert ("nps_substances_monitored", 2022, 2022, "as_of", 1184, "exact") in found
    assert ("nps_reporting_countries", 2022, 2022, "as_of", 137, "exact") in found


def test_the_correct_figure_replaces_the_one_an_earlier_report_gave() -> None:
    text = (
        "1. 需要说明的是，上一份报告所载 2019 年集装箱管制方案的可卡因缉获量为 127 吨。该数字将两次联合"
        "行动的缉获量重复计算在内。经核对，2019 年该方案缉获可卡因的正确数字应为 112 吨。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("ccp_cocaine_seized", 2019, 2019, "annual", 112, "exact") in found
    assert not [f for f in found if f[4] == 127]


def test_the_formal_already_before_a_total() -> None:
    text = (
        "1. 截至 2015 年 1 月 31 日为止，《联合国反腐败公约》的缔约国业已达到一百七十五个，"
        "其中 2014 年新增四个。\n\n"
        "2. 2014 年，年内各国新批准国际反恐法律文书二十九项；"
        "截至 2014 年 12 月 31 日为止，对十九项国际法律文书的"
        "批准总数业已达到 2,912 项。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("uncac_parties", 2015, 2015, "as_of", 175, "exact") in found
    assert ("ct_instrument_ratifications", 2014, 2014, "as_of", 2912, "exact") in found


def test_figures_that_are_not_the_indicator_they_resemble() -> None:
    text = (
        "1. 早期预警咨询系统继续运作。2019 年首次报告的物质约 50 种。办公室向世界卫生组织提交了关于 11 种物质"
        "的数据。\n\n"
        "2. 国际协作演练继续。2019 年，来自 62 个国家的 178 个实验室参加了测试，比上一年多 21 个实验室。\n\n"
        "3. 在打击贩运人口方面，办公室发布了《全球人口贩运问题报告》，报告覆盖 141 个国家。\n\n"
        "4. 反恐培训继续扩大。上半年，接受培训的官员为 1,500 名左右；"
        "下半年，接受培训的官员增至 1,900 名左右。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ice_laboratories", 2019, 2019, "annual", 178, "exact") in found
    assert not [f for f in found if f[4] in (50, 11, 21, 141, 1500, 1900)]


def test_figures_opening_their_sentence_and_emphatic_verbs() -> None:
    text = (
        "1. 97 个捐助方于 2017 年向毒品和犯罪问题办公室提供了捐款，比上年增加四个。\n\n"
        "2. 2017 年，该办公室在国家一级为 38 个国家提供了直接的反恐法律援助。81 个国家通过 52 次区域和"
        "次区域讲习班得到了援助。接受反恐培训的刑事司法和执法官员多达 2,900 名。\n\n"
        "3. 该办公室协助各国实施《贩运人口议定书》。2017 年，接受该办公室援助的国家有 95 个之多。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("donor_count", 2017, 2017, "annual", 97, "exact") in found
    assert ("countries_reached_ct_workshops", 2017, 2017, "annual", 81, "exact") in found
    assert ("officials_trained_counter_terrorism", 2017, 2017, "annual", 2900, "exact") in found
    assert ("countries_assisted_trafficking_smuggling", 2017, 2017, "annual", 95, "exact") in found


def test_the_revised_appropriation_replaces_the_initial_one() -> None:
    text = (
        "1. 2012-2013 两年期，该办公室的经常预算最初批款为 4,090 万美元，订正批款为 4,160 万美元。"
        "2014-2015 两年期的最初批款为 4,380 万美元。\n"
    )
    found = facts(text, published=2014, coverage=(2013, 2013))
    assert ("regular_budget", 2012, 2013, "biennium", 41_600_000, "exact") in found
    assert ("regular_budget", 2014, 2015, "biennium", 43_800_000, "exact") in found
    assert not [f for f in found if f[4] == 40_900_000]


def test_a_total_in_the_paragraph_before_and_a_flow_compared_with_the_year_before_a_two_year_coverage() -> (
    None
):
    text = (
        "1. 2020 年，该办公室收到的自愿捐款认捐总额为 4.12 亿美元。\n\n"
        "2. 在认捐总额中，特别用途捐款为 3.86 亿美元，占认捐总额的 93.7%。普通用途收入为 1,090 万美元，"
        "比 2019 年下降了 9.2%。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2021))
    assert ("special_purpose_contributions", 2020, 2020, "annual", 386_000_000, "exact") in found
    assert ("general_purpose_income", 2020, 2020, "annual", 10_900_000, "exact") in found


def test_a_database_named_earlier_in_the_paragraph_holds_the_cases_from_countries() -> None:
    text = (
        "1. 办公室于 2010 年 10 月推出了人口贩运案例法数据库。该数据库收录了各国法院的判决。在编写本报告时，"
        "数据库已收录来自 39 个国家的 150 多个案例。\n"
    )
    found = facts(text, published=2011, coverage=(2010, 2010))
    assert ("trafficking_case_law_cases", 2011, 2011, "as_of", 150, "at_least") in found
