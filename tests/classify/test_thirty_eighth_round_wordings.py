"""Wordings met in a thirty-eighth round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_an_amount_in_euros_is_read_through_its_value_in_dollars() -> None:
    text = (
        "1. 2011 年，该办公室收到的自愿捐款认捐总额约为 1.83 亿欧元（约合 2.38 亿美元），较 2010 年的"
        " 2.29 亿美元略有增加。其中，对联合国国际药物管制规划署基金的认捐为 9,380 万欧元"
        "（约合 1.22 亿美元），"
        "对联合国预防犯罪和刑事司法基金的认捐为 8,920 万欧元（约合 1.16 亿美元）。\n\n"
        "2. 普通用途收入则从 2010 年的 1,510 万美元降至 2011 年的 990 万欧元（约合 1,290 万美元）。\n"
    )
    found = facts(text, published=2012, coverage=(2011, 2011))
    assert ("voluntary_contributions_pledged", 2011, 2011, "annual", 238_000_000, "approx") in found
    assert ("voluntary_contributions_pledged", 2010, 2010, "annual", 229_000_000, "exact") in found
    assert ("drug_fund_pledges", 2011, 2011, "annual", 122_000_000, "approx") in found
    assert ("crime_fund_pledges", 2011, 2011, "annual", 116_000_000, "approx") in found
    assert ("general_purpose_income", 2011, 2011, "annual", 12_900_000, "approx") in found
    assert not [f for f in found if f[4] in (183_000_000, 93_800_000, 9_900_000)]  # euros are not charted


def test_new_parties_listed_respectively_are_a_change_and_the_totals_after_them_the_levels() -> None:
    text = (
        "1. 《关于打击陆、海、空偷运移民的补充议定书》和"
        "《关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书》"
        "的新增缔约方分别为 3 个和 7 个，缔约方总数分别达到 132 个和 93 个。\n"
    )
    found = facts(text, published=2012, coverage=(2011, 2011))
    assert ("smuggling_protocol_parties", 2011, 2011, "as_of", 132, "exact") in found
    assert ("firearms_protocol_parties", 2011, 2011, "as_of", 93, "exact") in found
    assert not [f for f in found if f[4] in (3, 7)]


def test_three_programmes_ending_alike_each_take_their_own_count() -> None:
    text = (
        "1. 2021 年，几个全球方案扩大了覆盖面。"
        "全球打击洗钱、犯罪所得和资助恐怖主义方案，打击贩运人口和偷运移民"
        "全球方案以及全球反腐败方案分别向 58 个、73 个和 49 个国家提供了援助。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("countries_assisted_money_laundering", 2021, 2021, "annual", 58, "exact") in found
    assert ("countries_assisted_trafficking_smuggling", 2021, 2021, "annual", 73, "exact") in found
    assert ("uncac_assisted_countries", 2021, 2021, "annual", 49, "exact") in found
    assert len(found) == 3


def test_a_multiple_of_an_earlier_years_value_does_not_date_the_clause_after_it() -> None:
    text = (
        "1. 2021 年，集装箱管制方案各管制股共缉获可卡因 196 吨，是 2020 年缉获量的两倍多；"
        "缉获海洛因 1,870 公斤、大麻 31.5 吨。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("ccp_heroin_seized", 2021, 2021, "annual", 1.87, "exact") in found
    assert ("ccp_cannabis_seized", 2021, 2021, "annual", 31.5, "exact") in found


def test_port_units_joined_to_a_system_are_not_all_the_units() -> None:
    text = "1. 集装箱管制方案继续扩大。目前已有 23 个港口管制股接入世界海关组织的安全通信系统。\n"
    assert not facts(text, published=2012, coverage=(2011, 2011))


def test_a_sentence_opening_on_an_earlier_years_value_compares_the_value_before() -> None:
    text = (
        "1. 2021 年，向该办公室提供捐款的捐助方数目为 105 个，与上一年持平。与 2011 年的 79 个相比，捐助基础"
        "明显扩大。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("donor_count", 2011, 2011, "annual", 79, "exact") in found


def test_the_branch_named_in_the_sentence_before_reaches_countries_through_regional_activities() -> None:
    text = (
        "1. 预防恐怖主义处继续在国家一级提供法律援助，2021 年向 41 个国家提供了直接援助。该处还通过区域和"
        "分区域活动接触了 96 个国家。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("countries_reached_ct_workshops", 2021, 2021, "annual", 96, "exact") in found


def test_the_reporting_period_in_a_later_clause_wins_over_the_year_before_it() -> None:
    text = (
        "1. 打击洗钱全球方案继续提供援助。2018 年，该方案为 91 个国家提供了援助；在本报告所述期间，"
        "得到援助的国家为 86 个。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2019))
    assert ("countries_assisted_money_laundering", 2018, 2018, "annual", 91, "exact") in found
    assert ("countries_assisted_money_laundering", 2019, 2019, "annual", 86, "exact") in found


def test_passive_wordings_with_ji_and_da() -> None:
    text = (
        "1. 贩运人口判例法数据库被不断充实。截至 2012 年底，被纳入该数据库的案件达 1,050 起。\n\n"
        "2. 联合国贩运人口受害者自愿信托基金由该办公室管理。"
        "2012 年，由董事会选定并给予资助的项目计 11 个。\n\n"
        "3. 2012 年由该办公室提供《联合国反腐败公约》实施援助的国家计 52 个。\n\n"
        "4. 该办公室协助会员国批准国际反恐法律文书。2012 年，各国交存的新批准书和加入书计 42 项。\n\n"
        "5. 2012 年的自愿捐款认捐总额计 2.79 亿美元。"
        "其中，向联合国国际药物管制规划署基金认捐的计 1.18 亿美元，"
        "向联合国预防犯罪和刑事司法基金认捐的计 1.61 亿美元。\n"
    )
    found = facts(text, published=2013, coverage=(2012, 2012))
    assert ("trafficking_case_law_cases", 2012, 2012, "as_of", 1050, "exact") in found
    assert ("victims_trust_fund_grants", 2012, 2012, "annual", 11, "exact") in found
    assert ("uncac_assisted_countries", 2012, 2012, "annual", 52, "exact") in found
    assert ("ct_instrument_new_ratifications", 2012, 2012, "annual", 42, "exact") in found
    assert ("drug_fund_pledges", 2012, 2012, "annual", 118_000_000, "exact") in found
    assert ("crime_fund_pledges", 2012, 2012, "annual", 161_000_000, "exact") in found


def test_the_figures_above_restated_for_another_year_in_the_next_paragraph() -> None:
    text = (
        "1. 预防恐怖主义处继续提供反恐法律援助。在本报告所述期间，获得国家一级直接法律援助的国家、通过区域和"
        "次区域讲习班接触到的国家以及接受培训的刑事司法官员分别为 42 个、79 个和 4,650 名。\n\n"
        "2. 2018 年，上述数字分别为 38 个、74 个和 4,100 多名。\n"
    )
    found = facts(text, published=2019, coverage=(2019, 2019))
    assert ("countries_direct_assistance_counter_terrorism", 2019, 2019, "annual", 42, "exact") in found
    assert ("countries_reached_ct_workshops", 2019, 2019, "annual", 79, "exact") in found
    assert ("officials_trained_counter_terrorism", 2019, 2019, "annual", 4650, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2018, 2018, "annual", 38, "exact") in found
    assert ("countries_reached_ct_workshops", 2018, 2018, "annual", 74, "exact") in found
    assert ("officials_trained_counter_terrorism", 2018, 2018, "annual", 4100, "at_least") in found


def test_values_listed_respectively_after_clauses_of_years_each_stating_a_value() -> None:
    text = (
        "1. 按基金分列，毒品方案基金的认捐额 2012 年为 1.19 亿美元，2013 年为 1.27 亿美元；"
        "预防犯罪基金的认捐额分别为 1.52 亿美元和 1.67 亿美元。\n"
    )
    found = facts(text, published=2014, coverage=(2013, 2013))
    assert ("crime_fund_pledges", 2012, 2012, "annual", 152_000_000, "exact") in found
    assert ("crime_fund_pledges", 2013, 2013, "annual", 167_000_000, "exact") in found
