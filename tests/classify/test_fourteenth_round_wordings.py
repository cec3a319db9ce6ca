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


def test_more_counts_worded_before_or_around_their_nouns() -> None:
    text = (
        "D. 恐怖主义\n\n"
        "1. 2013 年，有 31 个国家获得了国家一级的直接援助；通过 35 次区域讲习班，另有 70 个国家受益。"
        "参加 2013 年反恐培训活动的刑事司法官员有 2,300 余名。\n\n"
        "E. 法证和评价\n\n"
        "2. 2013 年参加国际合作演练的国家药物检测实验室达到 181 个。"
        "由该股完成或审定的项目评价在 2013 年为 27 项。\n\n"
        "F. 资金\n\n"
        "3. 2013 年，自愿捐款认捐总额为 2.95 亿美元。按资金来源划分，认捐额依次为：毒品方案基金 1.25 亿美元、"
        "预防犯罪基金 1.7 亿美元。2013 年共有 90 个捐助方（包括会员国和政府间组织）向该办公室提供了捐款。\n"
    )
    found = facts(text, published=2014, coverage=(2013, 2013))
    assert ("countries_reached_ct_workshops", 2013, 2013, "annual", 70, "exact") in found
    assert ("officials_trained_counter_terrorism", 2013, 2013, "annual", 2300, "at_least") in found
    assert ("ice_laboratories", 2013, 2013, "annual", 181, "exact") in found
    assert ("project_evaluations", 2013, 2013, "annual", 27, "exact") in found
    assert ("drug_fund_pledges", 2013, 2013, "annual", 125_000_000, "exact") in found
    assert ("crime_fund_pledges", 2013, 2013, "annual", 170_000_000, "exact") in found
    assert ("donor_count", 2013, 2013, "annual", 90, "exact") in found


def test_direct_aid_reaching_countries_and_substances_changing_from_a_year() -> None:
    text = (
        "D. 恐怖主义\n\n"
        "1. 2014 年，毒品和犯罪问题办公室的国家一级直接法律援助惠及 37 个国家。\n\n"
        "E. 科学和法医支助\n\n"
        "2. 新精神活性物质早期预警咨询系统继续监测市场。"
        "受监测的此类物质数目也从 2013 年底的 450 种增至 541 种。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("countries_direct_assistance_counter_terrorism", 2014, 2014, "annual", 37, "exact") in found
    assert ("nps_substances_monitored", 2013, 2013, "as_of", 450, "exact") in found


def test_substances_reported_by_countries_are_no_second_count_of_substances() -> None:
    text = (
        "E. 科学和法医支助\n\n"
        "1. 截至 2019 年 6 月，新型精神活性物质预警咨询系统共监测了 950 种新型精神活性物质，"
        "这些物质由 119 个国家和地区报告。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2019))
    assert ("nps_reporting_countries", 2019, 2019, "as_of", 119, "exact") in found
    assert {f[4] for f in found if f[0] == "nps_substances_monitored"} == {950}
