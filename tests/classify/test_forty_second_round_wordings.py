"""Wordings met in a forty-second round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from etl.quantities import extract
from tests.classify.helpers import facts


def test_precursors_by_another_name_and_a_corrected_figure_of_the_year_before() -> None:
    text = (
        "1. 集装箱管制方案继续扩大。2012 年，各港口管制股共缉获可卡因逾 26 吨以及易制毒化学品 60 余吨；"
        "上一份报告所列 2011 年数字已作了订正，2011 年的可卡因缉获量订正为 19.8 吨。\n\n"
        "2. 2012 年，打击洗钱全球方案向 64 个国家提供了援助，而经订正的 2011 年数字为 59 个。\n\n"
        "3. 在编写本报告时，《联合国反腐败公约》的缔约方已达 166 个，而截至 2012 年 12 月 31 日为 164 个。\n"
    )
    found = facts(text, published=2013, coverage=(2012, 2012))
    assert ("ccp_precursors_seized", 2012, 2012, "annual", 60, "at_least") in found
    assert ("ccp_cocaine_seized", 2011, 2011, "annual", 19.8, "exact") in found
    assert ("countries_assisted_money_laundering", 2011, 2011, "annual", 59, "exact") in found
    assert ("uncac_parties", 2012, 2012, "as_of", 164, "exact") in found
    assert not [f for f in found if f[0] == "ccp_precursors_seized" and f[4] == 19.8]


def test_a_change_from_one_year_to_another_then_a_later_level() -> None:
    text = (
        "1. 普通用途收入持续下降。普通用途收入已从 2014 年的 1,120 万美元降至 2018 年的 660 万美元，"
        "2022 年仅为 430 万美元。\n\n"
        "2. 早期预警咨询系统继续监测全球市场。该系统监测的新精神活性物质数目已从 2014 年底的 541 种增至"
        " 2018 年底的 892 种，截至 2022 年 12 月达到 1,184 种。\n"
    )
    found = facts(text, published=2023, coverage=(2022, 2022))
    assert ("general_purpose_income", 2014, 2014, "annual", 11_200_000, "exact") in found
    assert ("general_purpose_income", 2022, 2022, "annual", 4_300_000, "exact") in found
    assert ("nps_substances_monitored", 2022, 2022, "as_of", 1184, "exact") in found


def test_the_figures_above_after_a_sentence_of_titles_and_a_bound_cut_by_a_line_break() -> None:
    text = (
        "1. 截至 2014 年 12 月 31 日，《联合国打击跨国有组织犯罪公约》的缔约方为 184 个；"
        "《关于打击陆、海、空偷运移民的补充议定书》的缔约方为 141 个。在编写本报告时，上述数字分别增至"
        " 185 和 142 个。\n\n"
        "2. 早期预警咨询系统继续监测市场。截至 2014 年 12 月 31 日，该系统已监测到逾 560 种新精神活性物质；"
        "截至 2015 年 6 月，这一数目已将\n\n近 600 种。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2015))
    assert ("untoc_parties", 2015, 2015, "as_of", 185, "exact") in found
    assert ("smuggling_protocol_parties", 2015, 2015, "as_of", 142, "exact") in found
    assert ("nps_substances_monitored", 2015, 2015, "as_of", 600, "at_most") in found
    assert [m.surface for m in extract("这一数目已将\n\n近 600 种")] == ["将近600种"]
