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


def test_a_box_of_bullets_states_one_fact_per_bullet() -> None:
    text = (
        "方框\n"
        "2016年的部分数据\n"
        "• 集装箱管制方案覆盖53个国家\n"
        "• 在31个国家为1.3万多名吸毒者提供了治疗服务\n"
        "1. 本报告介绍2016年的工作。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert {f[4] for f in found if f[0] == "ccp_countries"} == {53}


def test_seizures_from_one_year_to_the_next_and_a_footnote_marker_after_listed_parties() -> None:
    text = (
        "A. 集装箱管制方案\n\n"
        "1. 港口管制组的可卡因缉获量从2015年的31.2吨增至2016年的44.5吨。\n\n"
        "2. 截至2016年12月31日，《贩运人口议定书》、《偷运移民议定书》和《枪支议定书》的缔约方分别为"
        "170个、143个和114个1。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("ccp_cocaine_seized", 2015, 2015, "annual", 31.2, "exact") in found
    assert ("ccp_cocaine_seized", 2016, 2016, "annual", 44.5, "exact") in found
    assert ("firearms_protocol_parties", 2016, 2016, "as_of", 114, "exact") in found


def test_trainees_opening_a_sentence_and_trainees_named_after_受训者为() -> None:
    text = (
        "C. 贩运人口和偷运移民\n\n"
        "1. 3,150多名执法人员、检察官、法官和劳动监察员在报告所述期间接受了办公室提供的关于调查和起诉"
        "贩运人口案件的培训。\n\n"
        "D. 预防恐怖主义\n\n"
        "2. 全年共举办各类培训活动200多次，培训6,900人次，受训者为4,800名刑事司法和执法官员。\n"
    )
    found = facts(text, published=2023, coverage=(2022, 2022))
    assert ("practitioners_trained_trafficking_smuggling", 2022, 2022, "annual", 3150, "at_least") in found
    assert ("officials_trained_counter_terrorism", 2022, 2022, "annual", 4800, "exact") in found


def test_states_and_regional_organizations_party_and_the_part_of_the_level_reached_last() -> None:
    text = (
        "1. 在编写本报告时，已有190个国家和区域经济一体化组织批准或加入了《联合国反腐败公约》。\n\n"
        "2. 认捐的自愿捐款总额从2015年的2.8亿美元增至2020年的4.1亿美元，2021年为约4.3亿美元。其中，"
        "认捐给联合国国际药物管制规划署基金的为1.2亿美元。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("uncac_parties", 2022, 2022, "as_of", 190, "exact") in found
    assert ("drug_fund_pledges", 2021, 2021, "annual", 120_000_000, "exact") in found


def test_a_topic_set_apart_by_就_而言_and_units_there_now_and_receipts_after_the_donors() -> None:
    text = (
        "1. 截至2016年6月底，知识门户判例法数据库共收录各类案例2,100多起；就偷运移民问题而言，在其中登记的"
        "案件（480起）主要来自欧洲。\n\n"
        "2. 集装箱管制方案继续扩大。在这些国家设立的港口管制股和航空货运管制股目前有88个。\n\n"
        "3. 贩运人口受害者自愿信托基金在2015年收到来自12个捐助方的捐款共计42万美元。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2016))
    assert ("smuggling_case_law_cases", 2016, 2016, "as_of", 480, "exact") in found
    assert any(f[0] == "ccp_port_control_units" and f[4] == 88 for f in found)
    assert ("victims_trust_fund_contributions", 2015, 2015, "annual", 420_000, "exact") in found
