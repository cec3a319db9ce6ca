"""Wordings met in a third round of reports written blind to the rules (sentences rewritten for the
tests): pledges named right before the amount, funds named after 认捐给, units counted with 已达,
trainees named before their number in a year named by the sentence before (全年), work in N
countries, grants selected 其中, new ratifications, a case count after the countries it comes from,
a database dated by when it was built, and seizures compared with an earlier year."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_pledges_named_right_before_the_amount_and_funds_named_after_it() -> None:
    text = (
        "1. 2019 年，各捐助方认捐的自愿捐款超过 3.6 亿美元，比 2018 年的 3.4 亿美元有所增加。"
        "其中，1.7 亿美元认捐给药物管制规划署基金，1.9 亿美元认捐给预防犯罪和刑事司法基金。"
    )
    assert facts(text, published=2020, coverage=(2019, 2019)) == {
        ("voluntary_contributions_pledged", 2019, 2019, "annual", 360_000_000, "at_least"),
        ("voluntary_contributions_pledged", 2018, 2018, "annual", 340_000_000, "exact"),
        ("drug_fund_pledges", 2019, 2019, "annual", 170_000_000, "exact"),
        ("crime_fund_pledges", 2019, 2019, "annual", 190_000_000, "exact"),
    }


def test_units_already_reached_and_seizures_compared_with_an_earlier_year() -> None:
    text = (
        "1. 2019 年，集装箱管制方案设立的港口和航空货运管制组已达 101 个。"
        "可卡因缉获量比 2018 年的 64 吨增加了 10%。\n\n"
        "2. 集装箱管制方案各管制组在 2019 年缉获海洛因 2.2 吨。"
        "与 2018 年（1.6 吨）相比，海洛因缉获量有所增加。\n"
    )
    assert facts(text, published=2020, coverage=(2019, 2019)) == {
        ("ccp_port_control_units", 2019, 2019, "as_of", 101, "exact"),
        ("ccp_cocaine_seized", 2018, 2018, "annual", 64, "exact"),
        ("ccp_heroin_seized", 2019, 2019, "annual", 2.2, "exact"),
        ("ccp_heroin_seized", 2018, 2018, "annual", 1.6, "exact"),
    }


def test_trainees_named_before_their_number_in_the_year_the_sentence_before_named() -> None:
    text = (
        "四. 预防恐怖主义\n\n"
        "1. 2016 年，办公室向 30 个国家提供了直接法律援助。"
        "全年共培训刑事司法官员 2,900 多名，而 2015 年为 2,400 名。\n"
    )
    assert {
        f for f in facts(text, published=2017, coverage=(2016, 2017)) if f[0].startswith("officials")
    } == {
        ("officials_trained_counter_terrorism", 2016, 2016, "annual", 2900, "at_least"),
        ("officials_trained_counter_terrorism", 2015, 2015, "annual", 2400, "exact"),
    }


def test_work_in_countries_on_trafficking_counts_the_countries_assisted() -> None:
    text = "1. 2019 年，办公室在 75 个国家开展了打击人口贩运的项目，并培训了 1,200 名从业人员。"
    assert ("countries_assisted_trafficking_smuggling", 2019, 2019, "annual", 75, "exact") in facts(
        text, published=2020, coverage=(2019, 2019)
    )


def test_grants_selected_of_the_proposals_reviewed() -> None:
    text = "1. 受害者信托基金在报告所述期间收到 250 份项目提案，选中其中 21 项予以资助。"
    assert facts(text, published=2017, coverage=(2016, 2017)) == {
        ("victims_trust_fund_grants", 2017, 2017, "annual", 21, "exact")
    }


def test_new_ratifications_of_counter_terrorism_instruments() -> None:
    text = "1. 在报告所述期间，又有 11 个国家新批准了 26 项国际反恐法律文书。"
    assert facts(text, published=2016, coverage=(2015, 2016)) == {
        ("ct_instrument_new_ratifications", 2016, 2016, "annual", 26, "exact")
    }


def test_cases_after_the_countries_they_come_from_and_a_database_dated_by_its_building() -> None:
    text = (
        "1. 人口贩运案例法数据库目前收录了来自 120 个国家的 1,900 多起案件；"
        "2016 年新建的偷运移民案例法数据库已收录 500 多起案件。"
    )
    assert facts(text, published=2018, coverage=(2017, 2017)) == {
        ("trafficking_case_law_cases", 2018, 2018, "as_of", 1900, "at_least"),
        ("smuggling_case_law_cases", 2018, 2018, "as_of", 500, "at_least"),  # 目前 holds for both clauses
    }


def test_a_sentence_opened_by_a_year_dates_the_flows_of_the_next_one_but_not_its_levels() -> None:
    text = (
        "1. 2019 年，捐助方数目从 2018 年的 98 个增加到 106 个。特别用途捐款为 3.6 亿美元。"
        "判例法数据库已经收录了 3,000 多起人口贩运案件。"
    )
    found = facts(text, published=2020, coverage=(2019, 2020))
    assert ("donor_count", 2019, 2019, "annual", 106, "exact") in found  # the year the clause opened with
    assert ("special_purpose_contributions", 2019, 2019, "annual", 360_000_000, "exact") in found
    assert ("trafficking_case_law_cases", 2020, 2020, "as_of", 3000, "at_least") in found


def test_a_years_part_of_a_running_total_is_that_years_flow() -> None:
    text = "1. 受害者信托基金自 2010 年设立以来共收到捐款约 150 万美元，其中 2013 年收到 52 万美元。"
    assert facts(text, published=2014, coverage=(2013, 2013)) == {
        ("victims_trust_fund_contributions", 2013, 2013, "cumulative", 1_500_000, "approx"),
        ("victims_trust_fund_contributions", 2013, 2013, "annual", 520_000, "exact"),
    }


def test_countries_reporting_new_substances_named_before_the_count_or_with_a_channel_between() -> None:
    text = (
        "1. 已有 60 个国家通过全球 SMART 方案向办公室报告了新精神活性物质。"
        "向预警系统报告过此类物质的国家和地区达到 120 个。"
    )
    assert facts(text, published=2016, coverage=(2015, 2015)) == {
        ("nps_reporting_countries", 2015, 2015, "as_of", 60, "exact"),
        ("nps_reporting_countries", 2015, 2015, "as_of", 120, "exact"),
    }


def test_a_budget_compared_with_a_biennium_in_brackets_and_a_running_total_of_instruments() -> None:
    text = (
        "1. 2014-2015 两年期合并预算为 6.1 亿美元（2012-2013 两年期为 5.8 亿美元）。\n\n"
        "2. 自 2003 年以来，在办公室协助下各国交存的国际反恐法律文书批准书累计达 690 份。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("consolidated_budget", 2012, 2013, "biennium", 580_000_000, "exact") in found
    assert ("ct_instrument_new_ratifications", 2014, 2014, "cumulative", 690, "exact") in found


def test_a_convention_and_its_protocols_named_by_topic_pair_with_values_listed_respectively() -> None:
    text = (
        "1. 截至 2019 年底，《联合国打击跨国有组织犯罪公约》及其关于贩运人口、偷运移民和枪支问题的"
        "三项补充议定书的缔约方分别为 190、175、149 和 118 个。"
    )
    assert facts(text, published=2020, coverage=(2019, 2019)) == {
        ("untoc_parties", 2019, 2019, "as_of", 190, "exact"),
        ("tip_protocol_parties", 2019, 2019, "as_of", 175, "exact"),
        ("smuggling_protocol_parties", 2019, 2019, "as_of", 149, "exact"),
        ("firearms_protocol_parties", 2019, 2019, "as_of", 118, "exact"),
    }
    # "及其三项议定书" names no protocol: which value is whose is not stated, so none is paired
    unnamed = "1. 截至 2019 年底，《有组织犯罪公约》及其三项议定书的缔约方分别为 190、175、149 和 118 个。"
    assert facts(unnamed, published=2020, coverage=(2019, 2019)) == set()


def test_a_count_of_one_named_region_is_a_subset_not_the_global_total() -> None:
    text = (
        "一、贩运人口和偷运移民\n\n"
        "1. 2019 年，办公室协助了 70 多个国家处理贩运人口问题。"
        "在西非，一个为期两年的项目支持了六个国家的执法机构。"
        "在中美洲和加勒比地区为十一个国家提供了立法援助。\n"
    )
    assert facts(text, published=2020, coverage=(2019, 2019)) == {
        ("countries_assisted_trafficking_smuggling", 2019, 2019, "annual", 70, "at_least")
    }


def test_laboratories_that_received_samples_are_not_the_exercise_participants() -> None:
    text = (
        "1. 2019 年，来自 80 个国家的 300 个实验室参加了国际协作演练。"
        "办公室还向 35 个国家的实验室分发了 500 多套参考样品。"
    )
    found = {f for f in facts(text, published=2020, coverage=(2019, 2019)) if f[0] == "ice_countries"}
    assert found == {("ice_countries", 2019, 2019, "annual", 80, "exact")}


def test_a_paragraph_opening_with_the_above_takes_the_year_of_the_paragraph_before() -> None:
    text = (
        "1. 2016 年，向办公室认捐的自愿捐款合计 3.5 亿美元。\n\n"
        "2. 在上述认捐中，特别用途捐款达 3.3 亿美元，普通用途收入为 520 万美元。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2017))
    assert ("special_purpose_contributions", 2016, 2016, "annual", 330_000_000, "exact") in found
    assert ("general_purpose_income", 2016, 2016, "annual", 5_200_000, "exact") in found
