"""Wordings met in a forty-fifth round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_totals_written_zongliang_and_earlier_years_in_brackets_with_colons() -> None:
    text = (
        "1. 港口管制组在 2011 年取得了显著成果。可卡因缉获总量为 29.8 吨。\n\n"
        "2. 截止 2011 年 12 月 31 日，《联合国打击跨国有组织犯罪公约》缔约国总量为 166 个。\n\n"
        "3. 2011 年的反恐主要数字与前两年相比情况如下：办公室向 36 个国家提供了直接的国家一级法律援助"
        "（2010 年：33 个；2009 年：38 个）。\n"
    )
    found = facts(text, published=2012, coverage=(2011, 2011))
    assert ("untoc_parties", 2011, 2011, "as_of", 166, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2009, 2009, "annual", 38, "exact") in found


def test_a_programme_covering_countries_a_multiple_of_a_year_and_another_countrys_seizures() -> None:
    text = (
        "1. 打击洗钱全球方案继续提供援助。2011 年，该方案涉及 58 个国家。\n\n"
        "2. 人口贩运判例法数据库截至 2011 年底已收录 860 多起案件，涉及 83 个国家。\n\n"
        "3. 集装箱管制方案继续扩大。2019 年，管制组缉获可卡因 86 吨。"
        "可卡因缉获量是 2011 年（32.6 吨）的两倍多。"
        "据厄瓜多尔国家警察报告，该国 2014 年全年的可卡因缉获总量为 58.7 吨。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("countries_assisted_money_laundering", 2011, 2011, "annual", 58, "exact") in found
    assert ("ccp_cocaine_seized", 2011, 2011, "annual", 32.6, "exact") in found
    assert not [f for f in found if f[4] in (83, 58.7)]
