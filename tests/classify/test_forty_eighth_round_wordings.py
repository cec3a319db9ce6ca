"""Wordings met in a forty-eighth round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_new_parties_then_the_total_for_each_protocol_after_a_semicolon() -> None:
    text = (
        "1. 在本报告所述期间，《联合国打击跨国有组织犯罪公约》新增 1 个缔约方，截至本报告所述期间结束时，"
        "缔约方总数为 191 个。《关于打击陆、海、空偷运移民的补充议定书》新增 1 个缔约方，总数为 151 个；"
        "《关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书》新增 3 个缔约方，总数为 122 个。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2022))
    assert ("smuggling_protocol_parties", 2022, 2022, "as_of", 151, "exact") in found
    assert ("firearms_protocol_parties", 2022, 2022, "as_of", 122, "exact") in found


def test_a_doubling_on_the_year_before_dates_none_of_the_clauses_after_it() -> None:
    text = (
        "1. 集装箱管制方案继续扩大。2016 年，各管制组共缴获可卡因 63.5 吨，同比增幅 30.7%；"
        "缴获海洛因 2.6 吨，比上一年翻了一番；缴获大麻 24.1 吨，同比降幅 12%。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("ccp_heroin_seized", 2016, 2016, "annual", 2.6, "exact") in found
    assert ("ccp_cannabis_seized", 2016, 2016, "annual", 24.1, "exact") in found


def test_officials_trained_in_the_whole_year() -> None:
    text = (
        "D. 预防恐怖主义\n\n"
        "1. 2016 年，预防恐怖主义处向 37 个国家提供了直接的国家一级法律援助，"
        "全年培训的刑事司法和执法官员 4,100 多名，同比增幅约 20%。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("officials_trained_counter_terrorism", 2016, 2016, "annual", 4100, "at_least") in found


def test_an_airport_project_beside_the_container_programme_and_the_office_is_no_back_reference() -> None:
    text = (
        "1. 除集装箱管制方案外，办公室还通过机场通信项目加强国际机场的查缉能力。该项目覆盖 40 多个国家的"
        "机场联合拦截工作队，在 2021 年协助缉获可卡因约 3.6 吨。\n"
        "2. 集装箱管制方案的港口管制组在 2021 年缉获可卡因 54.6 吨。\n"
        "3. 在巴黎公约倡议框架内，该办公室继续促进阿富汗及其邻国之间的合作。2021 年，各国开展了 11 次"
        "联合行动，缴获海洛因约 2.3 吨。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("ccp_cocaine_seized", 2021, 2021, "annual", 54.6, "exact") in found
    wrong = [f for f in found if f[0] in ("ccp_countries", "ccp_heroin_seized") or f[4] == 3.6]
    assert not wrong


def test_a_table_of_pledges_in_thousands_with_its_total_and_earmarked_row() -> None:
    text = (
        "46. 2015 年和 2016 年按基金和用途分列的认捐情况如下表所示：\n"
        "表\n"
        "2015 年和 2016 年认捐的自愿捐款\n"
        "（千美元）\n"
        "2015 年 2016 年 同比变化（%）\n"
        "药物管制署基金 141 650 152 860 7.9\n"
        "共计 304 100 326 240 7.3\n"
        "其中：\n"
        " 专用 292 900 315 840 7.8\n"
        "47. 捐助方基础继续扩大。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("drug_fund_pledges", 2015, 2015, "annual", 141_650_000, "exact") in found
    assert ("voluntary_contributions_pledged", 2016, 2016, "annual", 326_240_000, "exact") in found
    assert ("special_purpose_contributions", 2015, 2015, "annual", 292_900_000, "exact") in found
