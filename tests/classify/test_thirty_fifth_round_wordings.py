"""Wordings met in a thirty-fifth round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from etl.quantities import extract
from tests.classify.helpers import facts


def test_a_table_set_with_single_spaces_around_its_dates() -> None:
    text = (
        "1. 缉获情况见表 1。\n\n"
        " 表 1\n"
        " 集装箱管制方案港口管制股缉获的毒品，2018-2020 年\n"
        " （吨）\n"
        " 类别 2018 年 2019 年 2020 年\n"
        " 可卡因 51.2 71.6 95.0\n"
        " 海洛因 1.1 1.5 1.8\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("ccp_cocaine_seized", 2019, 2019, "annual", 71.6, "exact") in found
    assert ("ccp_heroin_seized", 2018, 2018, "annual", 1.1, "exact") in found


def test_figures_of_the_previous_reporting_period_in_brackets() -> None:
    text = (
        "1. 在报告所述期间，《联合国打击跨国有组织犯罪公约》及其议定书继续得到批准："
        "有 3 个国家加入了《公约》，有 2 个国家加入了《关于打击陆、海、空偷运移民的补充议定书》；"
        "截至 2015 年 6 月 30 日，上述《公约》和议定书的缔约方数目依次为 185 个和 141 个"
        "（上一报告期依次为 182 和 139 个）。\n\n"
        "2. 在报告所述期间，本办公室向 40 个国家提供了国家一级的直接反恐法律援助，"
        "通过 20 次区域讲习班覆盖了 70 个国家（上一报告期依次为 35 个和 66 个）。\n"
    )
    found = facts(text, published=2015, coverage=(2015, 2015))
    assert ("untoc_parties", 2015, 2015, "as_of", 185, "exact") in found
    assert ("smuggling_protocol_parties", 2015, 2015, "as_of", 141, "exact") in found
    assert ("untoc_parties", 2014, 2014, "as_of", 182, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2014, 2014, "annual", 35, "exact") in found
    assert ("countries_reached_ct_workshops", 2014, 2014, "annual", 66, "exact") in found


def test_new_ratifications_made_and_the_total_they_raised() -> None:
    text = (
        "1. 本办公室继续协助会员国批准和实施防止和打击恐怖主义的国际法律文书。"
        "2019 年，各国对 19 项国际法律文书作出了 22 项新的批准。"
        "与 2018 年的 26 项新批准相比，步伐有所放缓。\n\n"
        "2. 2019 年，在得到本办公室援助的国家中，对各项国际反恐法律文书的批准增加了 22 项，达到 760 项。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ct_instrument_new_ratifications", 2019, 2019, "annual", 22, "exact") in found
    assert ("ct_instrument_new_ratifications", 2018, 2018, "annual", 26, "exact") in found
    assert ("ct_instrument_ratifications", 2019, 2019, "as_of", 760, "exact") in found


def test_a_count_range_that_repeats_its_measure_word() -> None:
    assert [(m.value, m.value_max) for m in extract("培训了 2,500 名至 3,000 名官员。")] == [(2500, 3000)]
    assert [m.value for m in extract("从 95 个增至 105 个。")] == [95, 105]  # a change, no range


def test_one_state_after_you_or_zengjia_is_a_count_not_the_article() -> None:
    assert [(m.value, m.counted) for m in extract("2016 年，又有一个国家加入了《公约》。")] == [(1, "个国家")]
    assert [m.counted for m in extract("《公约》本身只增加了一个缔约方。")] == ["个缔约方"]
    # the article, and "no country", "contains a" stay none
    assert extract("本办公室开展了一项研究，没有一个国家能够单独应对。该门户还载有一个数据库。") == []
