"""Wordings met in a twenty-fourth round of reports written blind to the rules: a noun, a colon, then its
number; 约 standing for its verb; seizures of other programmes set apart from the container programme's
(sentences made up for the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_noun_a_colon_then_its_number() -> None:
    text = (
        "1. 截至2017年12月31日，《联合国反腐败公约》缔约方：183个。\n\n"
        "2. 截至2017年12月31日，参加集装箱管制方案的国家为52个；已运作的港口管制股：110个。\n\n"
        "3. 捐助方数目：2017年为90个，2016年为87个。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("uncac_parties", 2017, 2017, "as_of", 183, "exact") in found
    assert ("ccp_port_control_units", 2017, 2017, "as_of", 110, "exact") in found
    assert ("donor_count", 2017, 2017, "annual", 90, "exact") in found
    assert ("donor_count", 2016, 2016, "annual", 87, "exact") in found


def test_party_totals_in_brackets_after_each_instrument() -> None:
    text = (
        "1. 2017年，有两个国家加入了《有组织犯罪公约》（缔约方总数：189个），有三个国家加入了"
        "《关于打击陆、海、空偷运移民的补充议定书》（缔约方总数：146个）。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("untoc_parties", 2017, 2017, "as_of", 189, "exact") in found
    assert ("smuggling_protocol_parties", 2017, 2017, "as_of", 146, "exact") in found


def test_about_stands_for_its_verb_and_a_comparison_with_last_year_dates_only_itself() -> None:
    text = (
        "1. 2017年，自愿捐款认捐额约3.1亿美元，比2016年（2.9亿美元）有所增加。\n\n"
        "2. 2017年，各港口管制股缉获可卡因41.2吨，高于上一年（36.5吨）；缉获海洛因870公斤、大麻约5.1吨。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("voluntary_contributions_pledged", 2017, 2017, "annual", 310_000_000, "approx") in found
    assert ("voluntary_contributions_pledged", 2016, 2016, "annual", 290_000_000, "exact") in found
    assert ("ccp_heroin_seized", 2017, 2017, "annual", 0.87, "exact") in found
    assert ("ccp_cannabis_seized", 2017, 2017, "annual", 5.1, "approx") in found


def test_seizures_of_other_programmes_are_not_the_container_programmes() -> None:
    text = (
        "1. 2017年，参加集装箱管制方案的管制股缉获可卡因48吨、海洛因500公斤。\n\n"
        "2. 集装箱管制方案之外，机场通信项目的联合机场拦截工作队查获可卡因约1.5吨；全球海上犯罪方案"
        "支持的海军共缴获海洛因2.2吨。这些数字均不计入集装箱管制方案的缉获统计。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    heroin = {f[4] for f in found if f[0] == "ccp_heroin_seized"}
    cocaine = {f[4] for f in found if f[0] == "ccp_cocaine_seized"}
    assert (heroin, cocaine) == ({0.5}, {48})


def test_lettered_items_that_name_their_topic_then_a_colon() -> None:
    text = (
        "五. 预防恐怖主义\n\n"
        "1. 预防恐怖主义处2017年提供援助的情况如下：(a) 国家一级的直接援助。接受直接立法和能力建设援助"
        "的国家：36个；(b) 区域和分区域讲习班：参加的国家共95个；(c) 区域讲习班。通过这些讲习班获得援助"
        "的国家共计95个。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("countries_direct_assistance_counter_terrorism", 2017, 2017, "annual", 36, "exact") in found
    assert ("countries_reached_ct_workshops", 2017, 2017, "annual", 95, "exact") in found


def test_a_final_consolidated_budget_and_reports_received_from_countries() -> None:
    text = (
        "1. 2016-2017两年期合并预算最终核定为7.05亿美元。\n\n"
        "2. 预警咨询系统截至2017年12月已收到来自111个国家和地区的报告。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("consolidated_budget", 2016, 2017, "biennium", 705_000_000, "exact") in found
    assert ("nps_reporting_countries", 2017, 2017, "as_of", 111, "exact") in found
