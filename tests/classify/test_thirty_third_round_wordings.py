"""Wordings met in a thirty-third round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from etl.quantities import extract
from tests.classify.helpers import facts


def test_a_year_set_against_the_sentences_own_time_dates_only_its_clause() -> None:
    text = (
        "1. 截至 2021 年 12 月 31 日，《联合国打击跨国有组织犯罪公约》缔约方计有 191 个，"
        "而 2011 年底为 160 个；《贩运人口议定书》和《偷运移民议定书》的缔约方分别为 179 个和 151 个。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("tip_protocol_parties", 2021, 2021, "as_of", 179, "exact") in found
    assert ("smuggling_protocol_parties", 2021, 2021, "as_of", 151, "exact") in found
    assert ("untoc_parties", 2011, 2011, "as_of", 160, "exact") in found


def test_a_clause_of_years_listed_respectively_takes_the_measure_of_the_clause_before() -> None:
    text = (
        "1. 2021 年，自愿捐款认捐总额计有 4.1 亿美元，比上年增加 3%；"
        "2018 年、2019 年和 2020 年分别为 3.5 亿美元、3.7 亿美元和 3.98 亿美元。\n\n"
        "2. 捐助方数目从 2020 年的 101 个增至 2021 年的 107 个；2018 年和 2019 年分别为 93 和 97 个。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    for year, value in ((2018, 350_000_000), (2019, 370_000_000), (2020, 398_000_000)):
        assert ("voluntary_contributions_pledged", year, year, "annual", value, "exact") in found
    assert ("donor_count", 2018, 2018, "annual", 93, "exact") in found
    assert ("donor_count", 2019, 2019, "annual", 97, "exact") in found


def test_the_above_figures_restated_respectively_pair_with_the_titles_before() -> None:
    text = (
        "1. 截至 2012 年 12 月 31 日，《联合国打击跨国有组织犯罪公约》有 170 个缔约方，"
        "《关于打击陆、海、空偷运移民的补充议定书》有 134 个缔约方；"
        "截至本报告编写时，上述数字已分别增至 172 个和 136 个。\n"
    )
    found = facts(text, published=2013, coverage=(2012, 2012))
    assert ("untoc_parties", 2013, 2013, "as_of", 172, "exact") in found
    assert ("smuggling_protocol_parties", 2013, 2013, "as_of", 136, "exact") in found


def test_fund_pledges_totalled_with_heji_and_corrections_with_yingwei() -> None:
    text = (
        "1. 在 2021 年的认捐总额中，联合国国际药物管制规划署基金合计 1.3 亿美元，联合国预防犯罪和刑事司法基金"
        "合计 2.8 亿美元。\n\n"
        "2. 上一份报告所载 2020 年自愿捐款认捐总额（3.91 亿美元）有误，应为 3.98 亿美元；"
        "同一报告所载截至 2020 年底贩运人口案例法数据库收录案件数（1,950 起）亦应为 2,010 起。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("drug_fund_pledges", 2021, 2021, "annual", 130_000_000, "exact") in found
    assert ("crime_fund_pledges", 2021, 2021, "annual", 280_000_000, "exact") in found
    assert ("voluntary_contributions_pledged", 2020, 2020, "annual", 398_000_000, "exact") in found
    assert ("trafficking_case_law_cases", 2020, 2020, "as_of", 2010, "exact") in found
    assert not [f for f in found if f[4] in (391_000_000, 1950)]  # the values corrected


def test_counts_with_their_programme_words_and_new_ratifications_before_their_count() -> None:
    text = (
        "1. 2021 年，集装箱管制方案进一步扩大，参与国家总计 75 个，并首次在三个国家设立了分析小组。\n\n"
        "2. 2021 年，本办公室向 90 个国家提供了打击贩运人口的援助，培训刑事司法从业人员共计 5,100 名。\n\n"
        "3. 本办公室继续协助各国批准十九项国际反恐法律文书。2021 年，各国新批准这些文书 12 项。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("ccp_countries", 2021, 2021, "as_of", 75, "exact") in found
    assert not [f for f in found if f[0] == "ccp_countries" and f[4] == 3]
    assert ("practitioners_trained_trafficking_smuggling", 2021, 2021, "annual", 5100, "exact") in found
    assert ("ct_instrument_new_ratifications", 2021, 2021, "annual", 12, "exact") in found


def test_cases_from_somewhere_are_counted_by_qi_before_laizi() -> None:
    assert [m.value for m in extract("数据库目前已收录 140 多起来自各区域的案件。")] == [140]
    assert extract("各国应当行动起来。") == []


def test_bare_counts_in_a_lettered_list_of_titles_and_people_totalled() -> None:
    text = (
        "1. 截至 2021 年 6 月 30 日，有关文书缔约方数目如下：(a)《联合国打击跨国有组织犯罪公约》：191；"
        "(b)《联合国反腐败公约》：189。\n\n"
        "2. 2020 年，恐怖主义预防处向 40 个国家提供援助。受训刑事司法和执法官员共计 4,950，其中女性近三成。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("untoc_parties", 2021, 2021, "as_of", 191, "exact") in found
    assert ("uncac_parties", 2021, 2021, "as_of", 189, "exact") in found
    assert ("officials_trained_counter_terrorism", 2020, 2020, "annual", 4950, "exact") in found
    # a colon after a title is no count unless the sentence counts parties
    assert extract("见《麻醉品单一公约》：1961。") == []


def test_terse_counts_after_their_nouns() -> None:
    text = (
        "1. 截至 2021 年 6 月，集装箱管制方案覆盖 72 个国家，设港口和航空货运管制股 125 个。\n\n"
        "2. 联合国贩运人口特别是妇女和儿童行为受害者自愿信托基金 2020 年收到捐款 80 万美元。\n\n"
        "3. 报告所述期间，基金资助非政府组织项目 31 个，每项赠款 2 万至 5 万美元。\n\n"
        "4. 被盗资产追回举措为 29 个国家和两个区域组织提供资产追回支助。\n\n"
        "5. 2020 年国际合作演练：参加实验室 301 个，来自 85 个国家。\n\n"
        "6. 2020 年捐助方 108 个。\n\n"
        "7. 截至 2020 年 12 月，新精神活性物质预警咨询系统监测物质 1,050 种。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    for fact in (
        ("ccp_port_control_units", 2021, 2021, "as_of", 125, "exact"),
        ("asset_recovery_countries_supported", 2020, 2020, "annual", 29, "exact"),
        ("ice_laboratories", 2020, 2020, "annual", 301, "exact"),
        ("donor_count", 2020, 2020, "annual", 108, "exact"),
        ("nps_substances_monitored", 2020, 2020, "as_of", 1050, "exact"),
    ):
        assert fact in found
    assert [f for f in found if f[0] == "victims_trust_fund_grants" and f[4] == 31]


def test_a_frequency_whose_verb_a_line_break_cuts() -> None:
    assert extract("演练每年举\n行两次。") == []
    assert [m.value for m in extract("在 2015 年举行了两次会议。")] == [2]


def test_a_count_in_brackets_right_after_its_noun_reads_as_if_it_stood_before_it() -> None:
    text = (
        "1. 截至 2021 年底，集装箱管制方案覆盖国家（74 个）。\n\n"
        "2. 截至 2021 年 12 月，预警咨询系统所监测的物质达 1,150 种，"
        "向该系统报告此类物质的国家和地区（137 个）亦有所增加。"
        "这一数目超过了受国际管制的物质数目（280 种）。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("ccp_countries", 2021, 2021, "as_of", 74, "exact") in found
    assert ("nps_reporting_countries", 2021, 2021, "as_of", 137, "exact") in found
    assert not [f for f in found if f[4] == 280]  # the controlled substances, a number named whole
