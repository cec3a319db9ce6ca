"""Wordings met in a twenty-sixth round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_value_in_brackets_after_即_is_the_bracketed_value() -> None:
    text = (
        "1. 2016年的自愿捐款认捐总额约为2.96亿美元，比2015年（即2.71亿美元）增长了9%。\n\n"
        "2. 截至2016年底，偷运移民判例法数据库所收录的判例（即210多起）均可在网上查阅。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("voluntary_contributions_pledged", 2015, 2015, "annual", 271_000_000, "exact") in found
    assert ("smuggling_case_law_cases", 2016, 2016, "as_of", 210, "at_least") in found


def test_a_value_the_report_retracts_gives_way_to_the_corrected_one() -> None:
    text = (
        "1. 2017年自愿捐款认捐总额约3.02亿美元，比2016年（经订正后为2.88亿美元）增加了4.9%。"
        "上一份报告所列2016年认捐总额2.93亿美元有误，原因是一笔认捐被计算了两次。\n\n"
        "2. 上一份报告所列2016年普通用途收入1,480万美元，此前报告的数字有误，实际应为1,380万美元。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    pledged = {f[4] for f in found if f[0] == "voluntary_contributions_pledged" and f[1] == 2016}
    assert pledged == {288_000_000}
    assert {f[4] for f in found if f[0] == "general_purpose_income"} == {13_800_000}


def test_a_sum_over_the_past_years_has_no_period_but_a_level_reached_over_them_does() -> None:
    text = (
        "1. 过去五年，本办公室共为1.3万余名刑事司法和执法官员提供了反恐培训；"
        "同期认捐的自愿捐款共达13.1亿美元。\n\n"
        "2. 2014年，认捐的自愿捐款总计约2.74亿美元。\n\n"
        "3. 近十年来，《联合国反腐败公约》的缔约国从140个增至176个。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert {f[4] for f in found if f[0] == "voluntary_contributions_pledged"} == {274_000_000}
    assert not [f for f in found if f[0] == "officials_trained_counter_terrorism"]
    assert [f[1:5] for f in found if f[0] == "uncac_parties"] == [(2014, 2014, "as_of", 176)]


def test_a_one_year_budget_after_bienniums_in_the_clauses_before() -> None:
    text = (
        "1. 办公室的经常预算拨款在2016-2017两年期为4,510万美元，在2018-2019两年期为4,470万美元，"
        "2020年为2,290万美元。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2020))
    assert ("regular_budget", 2020, 2020, "annual", 22_900_000, "exact") in found
    assert ("regular_budget", 2018, 2019, "biennium", 44_700_000, "exact") in found


def test_countries_counted_with_国_alone() -> None:
    text = "1. 在报告所述期间，办公室为60余国批准和实施《贩运人口议定书》提供了援助。\n"
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("countries_assisted_trafficking_smuggling", 2014, 2014, "annual", 60, "at_least") in found


def test_more_verbs_of_another_translator() -> None:
    text = (
        "1. 截至2015年12月31日，《联合国打击跨国有组织犯罪公约》缔约国攀至186个。"
        "议定书方面，《贩运人口议定书》缔约国为169个，《偷运移民议定书》141个，《枪支议定书》114个。\n\n"
        "2. 打击洗钱、犯罪所得和资助恐怖主义全球方案2015年的受援国计有77个。\n\n"
        "3. 截至2015年底，各国对19项国际反恐法律文书的批准总数攀至3,050项。\n\n"
        "4. 截至2015年12月，各会员国报告的新精神活性物质计有602种，报告国家和领土共达102个。\n\n"
        "5. 集装箱管制方案方面，截至2015年底，该方案已扩展至41个国家，所设港口管制股共达67个。\n\n"
        "6. 特别用途捐款计有2.61亿美元。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    for fact in (
        ("untoc_parties", 2015, 2015, "as_of", 186, "exact"),
        ("smuggling_protocol_parties", 2015, 2015, "as_of", 141, "exact"),
        ("firearms_protocol_parties", 2015, 2015, "as_of", 114, "exact"),
        ("countries_assisted_money_laundering", 2015, 2015, "annual", 77, "exact"),
        ("ct_instrument_ratifications", 2015, 2015, "as_of", 3050, "exact"),
        ("nps_substances_monitored", 2015, 2015, "as_of", 602, "exact"),
        ("nps_reporting_countries", 2015, 2015, "as_of", 102, "exact"),
        ("ccp_countries", 2015, 2015, "as_of", 41, "exact"),
        ("ccp_port_control_units", 2015, 2015, "as_of", 67, "exact"),
        ("special_purpose_contributions", 2015, 2015, "annual", 261_000_000, "exact"),
    ):
        assert fact in found


def test_officials_the_office_trained_in_a_biennium() -> None:
    text = "E. 预防恐怖主义\n\n1. 2014-2015两年期内，本办公室培训的刑事司法官员总计为4,200名。\n"
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("officials_trained_counter_terrorism", 2014, 2015, "annual", 4200, "exact") in found


def test_a_change_from_one_named_year_to_another() -> None:
    text = "1. 2015年至2016年，参加国际合作演练的国家毒品检验实验室从180个增至204个。\n"
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("ice_laboratories", 2015, 2015, "annual", 180, "exact") in found
    assert ("ice_laboratories", 2016, 2016, "annual", 204, "exact") in found


def test_a_value_compared_with_at_a_full_date() -> None:
    text = (
        "1. 截至2019年6月30日，《联合国打击跨国有组织犯罪公约》的缔约方为190个。"
        "《公约》缔约方数目比2014年12月31日的183个增加了7个。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2019))
    assert ("untoc_parties", 2014, 2014, "as_of", 183, "exact") in found
    assert ("untoc_parties", 2019, 2019, "as_of", 190, "exact") in found
