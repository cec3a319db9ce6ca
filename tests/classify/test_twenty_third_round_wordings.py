"""Wordings met in a twenty-third round of reports written blind to the rules: another year's figures in
sentences of their own, topics named only by a heading, anaphors across a semicolon, and totals of the
two funds (sentences made up for the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_another_years_corresponding_figure_in_a_sentence_of_its_own() -> None:
    text = (
        "五. 预防恐怖主义\n\n"
        "1. 2018年，该处向33个国家提供了直接援助，全年共培训了2,700名刑事司法官员。2017年的相应数字为"
        "2,450名。\n\n"
        "2. 在编写本报告时，《联合国反腐败公约》的缔约国为186个。2018年12月31日的相应数字为184个。\n\n"
        "3. 2018年自愿捐款认捐总额约3.5亿美元，其中向联合国预防犯罪和刑事司法基金认捐2.1亿美元。"
        "2017年的相应数字为3.3亿美元。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("officials_trained_counter_terrorism", 2017, 2017, "annual", 2450, "exact") in found
    assert ("uncac_parties", 2018, 2018, "as_of", 184, "exact") in found
    assert ("voluntary_contributions_pledged", 2017, 2017, "annual", 330_000_000, "exact") in found


def test_a_corresponding_figure_that_names_its_measure() -> None:
    text = (
        "A. 集装箱管制方案\n\n"
        "1. 集装箱管制方案继续扩展。该方案的管制组在2018年共缉获61吨可卡因和1,100公斤海洛因。"
        "2017年的相应数字为可卡因52.4吨。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("ccp_cocaine_seized", 2018, 2018, "annual", 61, "exact") in found
    assert ("ccp_cocaine_seized", 2017, 2017, "annual", 52.4, "exact") in found


def test_topics_named_only_by_their_heading() -> None:
    text = (
        "C. 洗钱和非法资金流动\n\n"
        "1. 2018年，毒品和犯罪问题办公室向五十八个国家提供了立法咨询、培训和导师服务。\n\n"
        "D. 国际合作演练\n\n"
        "2. 2018年举行的两轮演练共有来自六十四个国家的二百二十多个国家药物检测实验室参加。\n\n"
        "E. 预防恐怖主义\n\n"
        "3. 2018年，各国新交存了三十一份批准书。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("countries_assisted_money_laundering", 2018, 2018, "annual", 58, "exact") in found
    assert ("ice_countries", 2018, 2018, "annual", 64, "exact") in found
    assert ("ice_laboratories", 2018, 2018, "annual", 220, "at_least") in found
    assert ("ct_instrument_new_ratifications", 2018, 2018, "annual", 31, "exact") in found


def test_an_anaphor_after_a_semicolon_and_a_qualifier_left_before_a_footnote_block() -> None:
    text = (
        "1. 一般用途收入较2019年下降了4%；2020年，该项收入为2,050万美元。\n\n"
        "2. 其中，联合国预防犯罪和刑事司法基金的认捐额为约\n\n" + " " * 60 + "\n\n2.2 亿美元。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("general_purpose_income", 2020, 2020, "annual", 20_500_000, "exact") in found
    assert ("crime_fund_pledges", 2020, 2020, "annual", 220_000_000, "approx") in found


def test_deposits_counted_in_a_total_and_the_years_part() -> None:
    text = (
        "1. 截至2020年底，在19项国际反恐法律文书方面，各国交存的批准书和加入书总数达到3,140项，其中24项"
        "是在2020年新交存的。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("ct_instrument_ratifications", 2020, 2020, "as_of", 3140, "exact") in found
    assert ("ct_instrument_new_ratifications", 2020, 2020, "annual", 24, "exact") in found


def test_the_two_funds_pledges_added_up() -> None:
    text = (
        "1. 2020年，捐助方向联合国国际药物管制规划署基金认捐1.5亿美元，向联合国预防犯罪和刑事司法基金"
        "认捐2.4亿美元，两项基金共计3.9亿美元。\n\n"
        "2. 2019年，联合国国际药物管制规划署基金收到认捐1.4亿美元，联合国预防犯罪和刑事司法基金收到认捐"
        "2.2亿美元，合计3.6亿美元，高于2018年的3.4亿美元。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("voluntary_contributions_pledged", 2020, 2020, "annual", 390_000_000, "exact") in found
    assert ("voluntary_contributions_pledged", 2019, 2019, "annual", 360_000_000, "exact") in found
    assert ("voluntary_contributions_pledged", 2018, 2018, "annual", 340_000_000, "exact") in found


def test_what_the_fund_had_received_in_all_by_a_date_is_a_running_total() -> None:
    text = (
        "1. 联合国人口贩运受害人自愿信托基金于2010年8月设立。截至2012年12月31日，该基金共收到捐款"
        "320万美元。\n"
    )
    found = facts(text, published=2013, coverage=(2012, 2012))
    assert ("victims_trust_fund_contributions", 2012, 2012, "cumulative", 3_200_000, "exact") in found


def test_corresponding_figures_listed_respectively_pair_with_the_figures_before_in_order() -> None:
    text = (
        "1. 2019 年，独立评价科完成并公布了 26 项独立项目评价和 3 项深入评价，"
        "2018 年的相应数字分别为 22 项和 5 项。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    evaluations = {(f[1], f[4]) for f in found if f[0] == "project_evaluations"}
    assert evaluations == {(2019, 26), (2018, 22)}  # 5 corresponds to the in-depth evaluations
