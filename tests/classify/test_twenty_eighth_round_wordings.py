"""Wordings met in a twenty-eighth round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_figure_standing_for_the_measure_the_sentence_before_named() -> None:
    text = (
        "1. 《联合国打击跨国有组织犯罪公约》的缔约国数目继续增加。截至2015年12月31日，此数已达185个。\n\n"
        "2. 全球合成药物监测方案所监测的新精神活性物质数目持续上升。截至2015年12月，这一数字为602种。\n\n"
        "3. 普通用途资金是办公室履行核心职能的重要保障，但其数额多年来持续下降。"
        "2015年该数字仅为1,020万美元，前一年为1,150万美元。\n\n"
        "4. 《联合国反腐败公约》的缔约国数目在报告所述期间继续增加。此数截至2016年6月30日已达178个。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2016))
    assert ("untoc_parties", 2015, 2015, "as_of", 185, "exact") in found
    assert ("nps_substances_monitored", 2015, 2015, "as_of", 602, "exact") in found
    assert ("general_purpose_income", 2015, 2015, "annual", 10_200_000, "exact") in found
    assert ("general_purpose_income", 2014, 2014, "annual", 11_500_000, "exact") in found
    assert ("uncac_parties", 2016, 2016, "as_of", 178, "exact") in found


def test_a_flow_past_a_sentence_of_parts_takes_the_paragraphs_year() -> None:
    text = (
        "1. 2017年，自愿捐款认捐总额超过3.6亿美元。其中，认捐给禁毒署基金的为1.52亿美元。"
        "特别用途捐款为3.52亿美元。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2018))
    assert ("special_purpose_contributions", 2017, 2017, "annual", 352_000_000, "exact") in found


def test_a_change_over_the_same_period_as_the_clause_before() -> None:
    text = (
        "1. 国际协作演练的参与范围持续扩大。参加演练的国家毒品检测实验室从2013年的190个增至2017年的281个；"
        "同期，这些实验室所属的国家从58个增至80个。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2018))
    assert ("ice_countries", 2013, 2013, "annual", 58, "exact") in found
    assert ("ice_countries", 2017, 2017, "annual", 80, "exact") in found


def test_the_programme_named_just_before_its_countries() -> None:
    text = (
        "1. 打击洗钱、犯罪所得和资助恐怖主义全球方案是办公室在这一领域提供技术援助的主要工具。"
        "在报告所述期间，援助对象扩大到81个国家。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2018))
    assert ("countries_assisted_money_laundering", 2018, 2018, "annual", 81, "exact") in found


def test_container_control_participants_units_and_a_paragraph_about_its_units() -> None:
    text = (
        "1. 集装箱管制方案继续扩大。截至2018年底，参与国已达61个，"
        "所设海港、陆港和航空货运管制股增至126个。\n\n"
        "2. 管制股的缉获量逐年上升。2016年至2018年，各管制股缉获的可卡因分别为48.1吨、55.3吨和66.0吨。"
        "同年，各管制股还缉获海洛因1,030公斤。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("ccp_countries", 2018, 2018, "as_of", 61, "exact") in found
    assert ("ccp_port_control_units", 2018, 2018, "as_of", 126, "exact") in found
    assert ("ccp_cocaine_seized", 2017, 2017, "annual", 55.3, "exact") in found
    assert ("ccp_heroin_seized", 2018, 2018, "annual", 1.03, "exact") in found


def test_a_protocols_total_after_its_new_parties() -> None:
    text = (
        "1. 截至本报告所述期间结束时，缔约方总数为157个；"
        "《关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》新增六个缔约方，总数增至142个。\n"
    )
    found = facts(text, published=2011, coverage=(2010, 2011))
    assert ("tip_protocol_parties", 2011, 2011, "as_of", 142, "exact") in found


def test_new_ratifications_of_the_instruments_the_sentence_before_named() -> None:
    text = (
        "E. 预防恐怖主义\n\n1. 在本报告所述期间，办公室协助会员国批准和实施16项国际反恐法律文书。"
        "在办公室的协助下，各国新批准了41项文书。\n"
    )
    found = facts(text, published=2011, coverage=(2010, 2011))
    assert ("ct_instrument_new_ratifications", 2011, 2011, "annual", 41, "exact") in found


def test_a_tables_row_read_under_a_title_naming_counter_terrorism() -> None:
    text = "1. 2009-2011年反恐怖主义技术援助：2010年，获得国家一级直接援助的国家为34个。\n"
    found = facts(text, published=2012, coverage=(2011, 2012))
    assert ("countries_direct_assistance_counter_terrorism", 2010, 2010, "annual", 34, "exact") in found


def test_parts_after_a_sentence_correcting_an_earlier_report_are_of_the_whole_before_it() -> None:
    text = (
        "1. 2016年自愿捐款认捐总额约3.05亿美元，比2015年（经订正后为2.88亿美元）增加了5.9%。"
        "上一份报告所列2015年认捐总额2.91亿美元有误，原因是一笔认捐被重复计算。"
        "其中，向联合国国际药物管制规划署基金认捐1.33亿美元，向联合国预防犯罪和刑事司法基金认捐1.72亿美元。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("drug_fund_pledges", 2016, 2016, "annual", 133_000_000, "exact") in found
    assert ("crime_fund_pledges", 2016, 2016, "annual", 172_000_000, "exact") in found
