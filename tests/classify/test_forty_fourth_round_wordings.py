"""Wordings met in a forty-fourth round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_counts_before_their_subject_in_counter_terrorism_and_the_programme() -> None:
    text = (
        "1. 2012 年，在反恐方面，34 个国家获得了毒品和犯罪问题办公室提供的国家一级直接援助，81 个国家的代表"
        "参加了该办公室举办的 47 次区域和次区域讲习班。\n\n"
        "2. 集装箱管制方案继续扩大。截至 2018 年 12 月 31 日，共有 62 个国家参加或得到该方案的支助。\n\n"
        "3. 在贩运人口和偷运移民方面，毒品和犯罪问题办公室向为数 90 多个的国家提供了援助。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("countries_direct_assistance_counter_terrorism", 2012, 2012, "annual", 34, "exact") in found
    assert ("countries_reached_ct_workshops", 2012, 2012, "annual", 81, "exact") in found
    assert ("ccp_countries", 2018, 2018, "as_of", 62, "exact") in found
    assert ("countries_assisted_trafficking_smuggling", 2018, 2018, "annual", 90, "at_least") in found


def test_new_ratifications_worded_otherwise_and_a_corrected_figure_in_brackets() -> None:
    text = (
        "1. 预防恐怖主义处继续协助会员国批准国际反恐法律文书。2018 年，各国新批准或加入了这些文书 27 项。"
        "在报告所述期间，各国对国际反恐法律文书作出了新批准 39 项。\n\n"
        "2. 普通用途收入继续下降，2010 年为 13.9 百万美元。上一份报告所载 2009 年普通用途收入的数字"
        "（17.2 百万美元）有误，应为 16.4 百万美元。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("ct_instrument_new_ratifications", 2018, 2018, "annual", 27, "exact") in found
    assert [f for f in found if f[0] == "ct_instrument_new_ratifications" and f[4] == 39]
    assert ("general_purpose_income", 2009, 2009, "annual", 16_400_000, "exact") in found
    assert not [f for f in found if f[4] == 17_200_000]


def test_a_topic_before_the_paragraphs_year_and_a_comparison_opening_a_sentence() -> None:
    text = (
        "1. 在自愿捐款方面，2012 年认捐的自愿捐款总额约为 2.78 亿美元。"
        "其中，向药物管制方案基金认捐了 1.21 亿美元。"
        "特别用途捐款为 2.61 亿美元，占 93.9%。\n\n"
        "2. 2020 年认捐的自愿捐款总额为 4.12 亿美元。这比 2012 年的 2.71 亿美元增加了一半以上。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2021))
    assert ("special_purpose_contributions", 2012, 2012, "annual", 261_000_000, "exact") in found
    assert ("voluntary_contributions_pledged", 2012, 2012, "annual", 271_000_000, "exact") in found


def test_parties_dated_in_brackets_after_each_count_and_cases_from_jurisdictions() -> None:
    text = (
        "1. 又有若干国家加入了《联合国打击跨国有组织犯罪公约》。目前，《公约》缔约方为 188 个（截至 2017 年"
        " 6 月 30 日）。\n\n"
        "2. 截至 2016 年 12 月 31 日，《联合国反腐败公约》缔约方为 181 个（截至 2016 年 12 月 31 日）；"
        "在报告所述期间结束时，缔约方增至 183 个（截至 2017 年 6 月 30 日）。\n\n"
        "3. 办公室维护的人口贩运案例法数据库继续扩充。截至 2017 年 6 月，"
        "该数据库共收录了 3,260 多起来自一百多个法域的案例。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2017))
    assert ("untoc_parties", 2017, 2017, "as_of", 188, "exact") in found
    assert ("uncac_parties", 2016, 2016, "as_of", 181, "exact") in found
    assert ("uncac_parties", 2017, 2017, "as_of", 183, "exact") in found
    assert ("trafficking_case_law_cases", 2017, 2017, "as_of", 3260, "at_least") in found
