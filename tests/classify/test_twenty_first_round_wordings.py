"""Wordings met when working through the twentieth round's reports and reading the twenty-first's
(sentences made up for the tests): superlatives and colons before party counts, whole subjects listed
before 分别, parts of running totals, shares of a whole, anaphors (此类捐款, 这项收入), values compared
with and the levels changes reached."""

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


def test_two_titles_with_counts_only_respectively_after_a_comparison_with_last_year() -> None:
    text = (
        "1. 截至 2015 年底，《贩运人口议定书》的缔约方为 169 个，比上年同期多出四个；"
        "《偷运移民议定书》和《枪支议定书》的缔约方则分别只有 141 和 110 个。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("tip_protocol_parties", 2015, 2015, "as_of", 169, "exact") in found
    assert ("smuggling_protocol_parties", 2015, 2015, "as_of", 141, "exact") in found
    assert ("firearms_protocol_parties", 2015, 2015, "as_of", 110, "exact") in found


def test_the_migrants_protocol_by_its_short_name_and_a_total_risen_by_a_date() -> None:
    text = (
        "1. 截至 2019 年 12 月 31 日，各文书的缔约方数目如下：《人口贩运议定书》，176 个；"
        "《移民议定书》，149 个。\n\n"
        "2. 国际反恐法律文书的批准总数到 2019 年底升至 3,080 项。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("smuggling_protocol_parties", 2019, 2019, "as_of", 149, "exact") in found
    assert ("ct_instrument_ratifications", 2019, 2019, "as_of", 3080, "exact") in found


def test_the_part_of_the_ratification_total_new_that_year() -> None:
    text = (
        "1. 办公室继续推动各国加入国际反恐法律文书。据统计，这些文书的批准总数在 2016 年末已达 2,990 项，"
        "其中当年新增 31 项。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("ct_instrument_ratifications", 2016, 2016, "as_of", 2990, "exact") in found
    assert ("ct_instrument_new_ratifications", 2016, 2016, "annual", 31, "exact") in found


def test_port_and_air_cargo_units_together_and_laboratories_taking_part() -> None:
    text = (
        "1. 集装箱管制方案继续扩大。2016 年底，在这些国家设立并运作的港口管制单位和航空货运管制单位"
        "合计 98 个。\n\n"
        "2. 国际合作演练是检验药物检测实验室能力的主要工具。2016 年的两轮演练中，参加实验室共计 205 个。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("ccp_port_control_units", 2016, 2016, "as_of", 98, "exact") in found
    assert ("ice_laboratories", 2016, 2016, "annual", 205, "exact") in found


def test_running_totals_of_the_victims_fund_in_other_words() -> None:
    text = (
        "1. 人口贩运受害者自愿信托基金于 2016 年收到捐款约 55 万美元。该基金 2010 年设立以来的捐款总额"
        "由此累计逾 540 万美元。\n\n"
        "2. 人口贩运受害者自愿信托基金 2019 年收到的捐款约为 70 万美元；自基金成立起算，捐款累计已超过"
        " 760 万美元。\n\n"
        "3. 基金第四轮资助共批准 24 个项目，受援组织分布于 18 个国家。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert any(
        f[0] == "victims_trust_fund_contributions" and f[3:] == ("cumulative", 5_400_000, "at_least")
        for f in found
    )
    assert ("victims_trust_fund_contributions", 2019, 2019, "cumulative", 7_600_000, "at_least") in found
    assert ("victims_trust_fund_grants", 2019, 2019, "annual", 24, "exact") in found


def test_trainees_opening_a_sentence_and_last_year_with_its_year_in_brackets() -> None:
    text = (
        "六. 预防恐怖主义\n\n"
        "1. 该处通过区域讲习班接触到的国家共 88 个。受训官员 4,300 余名，而上一年（2017 年）为 3,900 名。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("officials_trained_counter_terrorism", 2018, 2018, "annual", 4300, "at_least") in found
    assert ("officials_trained_counter_terrorism", 2017, 2017, "annual", 3900, "exact") in found


def test_resources_within_a_budget_and_a_fund_pledge_with_then() -> None:
    text = (
        "1. 2016-2017 年合并预算的初步估计为 7.1 亿美元，预算外资源在其中占 6.6 亿美元。\n\n"
        "2. 2016 年自愿捐款认捐总额达到 3.4 亿美元。其中，认捐给药物管制署基金的为 1.1 亿美元；"
        "认捐给预防犯罪和刑事司法基金的则为 2.3 亿美元。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("extrabudgetary_resources", 2016, 2017, "biennium", 660_000_000, "exact") in found
    assert ("crime_fund_pledges", 2016, 2016, "annual", 230_000_000, "exact") in found


def test_this_kind_of_contribution_and_this_income_listed_year_by_year() -> None:
    text = (
        "1. 特别用途捐款仍是办公室收入的绝大部分：2015 年收到此类捐款 2.9 亿美元。\n\n"
        "2. 普通用途收入的情况则截然不同：2012 年至 2015 年，这项收入依次为 900 万、780 万、700 万和"
        " 640 万美元。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("special_purpose_contributions", 2015, 2015, "annual", 290_000_000, "exact") in found
    for year, value in ((2012, 9_000_000), (2013, 7_800_000), (2014, 7_000_000), (2015, 6_400_000)):
        assert ("general_purpose_income", year, year, "annual", value, "exact") in found


def test_that_year_is_the_one_a_change_started_in() -> None:
    text = (
        "1. 自 2020 年起，联合国方案预算由两年期改为年度预算。当年办公室的经常预算拨款为 2,350 万美元，"
        "2021 年的核定数额则为 2,380 万美元。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("regular_budget", 2020, 2020, "annual", 23_500_000, "exact") in found
    assert ("regular_budget", 2021, 2021, "annual", 23_800_000, "exact") in found


def test_less_than_a_year_before_with_its_value_in_brackets() -> None:
    text = "1. 普通用途收入延续下滑之势，2018 年仅为 450 万美元，不到 2017 年（590 万美元）的八成。\n"
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("general_purpose_income", 2018, 2018, "annual", 4_500_000, "exact") in found
    assert ("general_purpose_income", 2017, 2017, "annual", 5_900_000, "exact") in found


def test_substances_of_every_kind_reported_but_not_those_scheduled_or_one_regions() -> None:
    text = (
        "1. 截至 2018 年 12 月 31 日，已有 119 个国家和地区向新精神活性物质预警咨询系统报告了 892 种不同的"
        "新精神活性物质。\n\n"
        "2. 自 2015 年以来，麻醉药品委员会累计已将 50 多种新精神活性物质置于国际管制之下。\n\n"
        "3. 该区域各国在 2018 年共报告了超过 30 种新精神活性物质。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    monitored = {fact[4] for fact in found if fact[0] == "nps_substances_monitored"}
    assert monitored == {892}


def test_countries_the_container_programme_spans() -> None:
    text = "1. 集装箱管制方案继续扩大。截至年底，该方案已涵盖 53 个国家。\n"
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("ccp_countries", 2016, 2016, "as_of", 53, "exact") in found


def test_a_value_compared_with_then_the_level_the_change_reached() -> None:
    text = "六. 预防恐怖主义\n\n1. 2015年，受训的刑事司法官员比2014年的2,900名增长了15%，达到3,300多名。\n"
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("officials_trained_counter_terrorism", 2014, 2014, "annual", 2900, "exact") in found
    assert ("officials_trained_counter_terrorism", 2015, 2015, "annual", 3300, "at_least") in found


def test_a_value_compared_with_in_brackets_before_its_measure_is_named() -> None:
    text = (
        "六. 预防恐怖主义\n\n"
        "1. 2014 年，受训刑事司法官员共有 2,600 多名。与 2013 年（2,100 名）相比，受训人数增幅明显。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("officials_trained_counter_terrorism", 2014, 2014, "annual", 2600, "at_least") in found
    assert ("officials_trained_counter_terrorism", 2013, 2013, "annual", 2100, "exact") in found
