"""Wordings met in a fourteenth round of reports written blind to the rules, about document structure:
facts that lean on their heading, the paragraph before, or the sentence before (sentences rewritten
for the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_counter_terrorism_ratifications_under_their_heading_without_the_word() -> None:
    text = (
        "D. 预防恐怖主义\n\n"
        "1. 毒品和犯罪问题办公室继续协助会员国批准和实施 19 项国际法律文书。在报告所述期间，各国新增批准"
        " 22 项，使批准总数达到 2,913 项。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2015))
    assert ("ct_instrument_new_ratifications", 2015, 2015, "annual", 22, "exact") in found
    assert ("ct_instrument_ratifications", 2015, 2015, "as_of", 2913, "exact") in found


def test_grants_of_the_fund_named_the_paragraph_before() -> None:
    text = (
        "1. 联合国贩运人口特别是妇女和儿童行为受害者自愿信托基金继续获得支持。\n\n"
        "2. 2020 年，上述基金通过第四次征集项目建议，向 29 个国家的 35 个非政府组织项目提供了赠款。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("victims_trust_fund_grants", 2020, 2020, "annual", 35, "exact") in found


def test_this_figure_compared_in_the_next_sentence() -> None:
    text = "1. 2020 年普通用途收入为 470 万美元。这一数字与 2012 年的 1,210 万美元相比减少了 61%。\n"
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("general_purpose_income", 2012, 2012, "annual", 12_100_000, "exact") in found
