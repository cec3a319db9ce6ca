"""Wordings met when working through the twentieth round's second pair of reports (sentences made up for
the tests): superlatives and colons before party counts, whole subjects listed before 分别, a part of a
running total in one year, shares of a whole, and changes from 上一年."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_party_counts_after_a_superlative_and_titles_with_counts_in_brackets() -> None:
    text = (
        "1. 截至 2016 年底，在三项补充议定书中，《贩运人口议定书》的缔约方最多（170 个），"
        "其后依次为《偷运移民议定书》（143 个）和《枪支议定书》（111 个）。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("tip_protocol_parties", 2016, 2016, "as_of", 170, "exact") in found
    assert ("smuggling_protocol_parties", 2016, 2016, "as_of", 143, "exact") in found
    assert ("firearms_protocol_parties", 2016, 2016, "as_of", 111, "exact") in found


def test_an_unbracketed_at_most_is_no_superlative() -> None:
    found = facts("1. 2016 年，《枪支议定书》的缔约方最多 115 个。\n", published=2017, coverage=(2016, 2016))
    assert not any(fact[4] == 115 and fact[5] == "exact" for fact in found)


def test_party_counts_after_a_colon_and_the_title_with_a_comma() -> None:
    text = (
        "1. 截至2012年12月31日，三项议定书的缔约方数目是：《贩运人口议定书》，150个；"
        "《偷运移民议定书》，131个；《枪支议定书》，92个。\n"
    )
    found = facts(text, published=2013, coverage=(2012, 2012))
    assert ("tip_protocol_parties", 2012, 2012, "as_of", 150, "exact") in found
    assert ("smuggling_protocol_parties", 2012, 2012, "as_of", 131, "exact") in found
    assert ("firearms_protocol_parties", 2012, 2012, "as_of", 92, "exact") in found


def test_whole_subjects_listed_before_a_comma_and_respectively() -> None:
    text = (
        "六. 预防恐怖主义\n\n"
        "1. 2019 年，该处在国家一级提供直接援助的国家、通过区域和次区域讲习班覆盖的国家以及受训的"
        "刑事司法和执法官员，分别为 37 个、84 个和 4,600 多名。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("countries_direct_assistance_counter_terrorism", 2019, 2019, "annual", 37, "exact") in found
    assert ("countries_reached_ct_workshops", 2019, 2019, "annual", 84, "exact") in found
    assert ("officials_trained_counter_terrorism", 2019, 2019, "annual", 4600, "at_least") in found


def test_pledges_made_to_two_funds_respectively() -> None:
    text = (
        "1. 2018 年认捐总额约为 3.9 亿美元。其中，向联合国国际药物管制规划署基金和联合国预防犯罪和"
        "刑事司法基金所作的认捐分别为 1.42 亿美元和 2.48 亿美元。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("drug_fund_pledges", 2018, 2018, "annual", 142_000_000, "exact") in found
    assert ("crime_fund_pledges", 2018, 2018, "annual", 248_000_000, "exact") in found


def test_a_running_total_since_then_and_the_part_one_year_holds() -> None:
    text = (
        "六. 预防恐怖主义\n\n"
        "1. 该处自2004年起协助各国批准国际反恐法律文书。自那时以来，受援国共新增批准560项，其中仅2012年"
        "一年就有29项。\n"
    )
    found = facts(text, published=2013, coverage=(2012, 2012))
    assert ("ct_instrument_new_ratifications", 2012, 2012, "cumulative", 560, "exact") in found
    assert ("ct_instrument_new_ratifications", 2012, 2012, "annual", 29, "exact") in found


def test_the_part_of_a_stock_one_year_holds_is_not_the_stock() -> None:
    text = (
        "1. 截至 2013 年 6 月底，批准或加入《联合国反腐败公约》的国家已有 168 个，其中仅 2012 年就有"
        " 7 个国家成为缔约国。\n"
    )
    found = facts(text, published=2013, coverage=(2012, 2012))
    assert ("uncac_parties", 2013, 2013, "as_of", 168, "exact") in found
    assert not any(fact[0] == "uncac_parties" and fact[4] == 7 for fact in found)


def test_new_ratifications_and_trainees_named_before_their_counts() -> None:
    text = (
        "六. 预防恐怖主义\n\n"
        "1. 批准工作方面，各国在该年度新增批准或加入国际反恐法律文书 23 项。\n\n"
        "2. 受训刑事司法官员共有1,800多名。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("ct_instrument_new_ratifications", 2014, 2014, "annual", 23, "exact") in found
    assert ("officials_trained_counter_terrorism", 2014, 2014, "annual", 1800, "at_least") in found


def test_an_amount_after_a_share_of_the_whole_and_income_from_the_year_before() -> None:
    text = (
        "1. 在本报告所述期间，特别用途捐款占认捐总额的91%，计2.9亿美元；"
        "普通用途收入则从上一年的1,240万美元减至1,100万美元，降幅超过十分之一。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("special_purpose_contributions", 2015, 2015, "annual", 290_000_000, "exact") in found
    assert ("general_purpose_income", 2014, 2014, "annual", 12_400_000, "exact") in found
    assert ("general_purpose_income", 2015, 2015, "annual", 11_000_000, "exact") in found


def test_a_final_budget_compared_in_the_sentence_after_the_consolidated_one() -> None:
    text = (
        "1. 2014-2015两年期合并预算初步估计为6.2亿美元。与2012-2013两年期的最终预算（5.9亿美元）相比，"
        "增幅约为5%。\n"
    )
    found = facts(text, published=2014, coverage=(2013, 2013))
    assert ("consolidated_budget", 2014, 2015, "biennium", 620_000_000, "exact") in found
    assert ("consolidated_budget", 2012, 2013, "biennium", 590_000_000, "exact") in found


def test_smuggling_cases_counted_too_after_the_trafficking_ones() -> None:
    text = (
        "1. 截至 2018 年底，知识管理门户中的人口贩运判例法数据库收录的案件为 2,410 起；"
        "偷运移民类案件也已达到 880 余起，涉及 60 多个法域。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("trafficking_case_law_cases", 2018, 2018, "as_of", 2410, "exact") in found
    assert ("smuggling_case_law_cases", 2018, 2018, "as_of", 880, "at_least") in found
