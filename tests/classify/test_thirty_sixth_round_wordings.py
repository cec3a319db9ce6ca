"""Wordings met in a thirty-sixth round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_trainees_totalled_a_correction_in_another_sentence_and_a_total_at_writing() -> None:
    text = (
        "1. 2021 年，参加本办公室反贩运人口培训的刑事司法从业人员总数达到 6,800 多名。\n\n"
        "2. 集装箱管制方案的缉获情况如下。上一份报告所载 2020 年该方案缉获的可卡因数量为 131 吨，"
        "该数字将两次联合行动的缉获量重复计算在内。"
        "经逐一核对，2020 年该方案缉获可卡因的正确数字应为 118 吨。\n\n"
        "3. 截至 2021 年 12 月 31 日，《联合国反腐败公约》共有 189 个缔约方。2022 年 1 月又有一个国家交存了"
        "加入书，使缔约方总数在编写本报告时增至 190 个。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("practitioners_trained_trafficking_smuggling", 2021, 2021, "annual", 6800, "at_least") in found
    assert ("ccp_cocaine_seized", 2020, 2020, "annual", 118, "exact") in found
    assert not [f for f in found if f[4] == 131]
    assert ("uncac_parties", 2022, 2022, "as_of", 190, "exact") in found


def test_counts_named_by_a_list_of_countries_or_by_their_part_of_a_total() -> None:
    text = (
        "1. 集装箱管制方案在 2009 年继续扩大。截至 2009 年底，该方案已扩展到包括厄瓜多尔、加纳、巴基斯坦和"
        "塞内加尔等 12 个国家。\n\n"
        "2. 在打击恐怖主义方面，本办公室通过 40 次区域和次区域讲习班向 112 个国家提供了援助。\n\n"
        "3. 截至 2020 年底，各国对 19 项国际反恐法律文书的批准总数达到 3,241 项，"
        "其中 21 项是 2020 年新增的批准。\n"
    )
    found = facts(text, published=2010, coverage=(2009, 2009))
    assert ("ccp_countries", 2009, 2009, "as_of", 12, "exact") in found
    assert ("countries_reached_ct_workshops", 2009, 2009, "annual", 112, "exact") in found
    later = facts(text, published=2021, coverage=(2020, 2020))
    assert ("ct_instrument_new_ratifications", 2020, 2020, "annual", 21, "exact") in later


def test_a_year_in_brackets_after_each_figure_dates_it_and_what_follows() -> None:
    text = (
        "1. 集装箱管制方案继续扩大。各港口管制组缉获的可卡因共计 62.4 吨（2017 年），海洛因 1,380 公斤"
        "（2017 年）。\n\n"
        "2. 参加国际合作演练的国家药物检测实验室共计 296 个（2017 年），分布在 78 个国家。\n\n"
        "3. 本办公室预防恐怖主义处继续提供援助。直接向各国提供的立法援助涉及 38 个国家（2017 年）；"
        "通过区域和次区域讲习班提供的援助涉及 71 个国家和地区（2017 年）。\n"
    )
    found = facts(text, published=2018, coverage=(2018, 2018))
    for fact in (
        ("ccp_cocaine_seized", 2017, 2017, "annual", 62.4, "exact"),
        ("ccp_heroin_seized", 2017, 2017, "annual", 1.38, "exact"),
        ("ice_laboratories", 2017, 2017, "annual", 296, "exact"),
        ("ice_countries", 2017, 2017, "annual", 78, "exact"),
        ("countries_direct_assistance_counter_terrorism", 2017, 2017, "annual", 38, "exact"),
        ("countries_reached_ct_workshops", 2017, 2017, "annual", 71, "exact"),
    ):
        assert fact in found


def test_another_subject_after_a_semicolon_is_not_the_programmes() -> None:
    text = (
        "1. 2013 年，集装箱管制方案扩展到 26 个国家；"
        "该办公室向 86 个国家提供了打击贩运人口和偷运移民的援助。\n"
    )
    found = facts(text, published=2014, coverage=(2013, 2013))
    assert ("ccp_countries", 2013, 2013, "as_of", 26, "exact") in found
    assert not [f for f in found if f[0] == "ccp_countries" and f[4] == 86]
