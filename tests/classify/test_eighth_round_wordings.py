"""Wordings met in an eighth round of reports written blind to the rules (sentences rewritten for the
tests): totals stated after their noun (培训人数达, 收录数为, 国家和地区共有, 案例总数达到), units
counted from a mid-year level, grants given through a round, workshop participants' countries, a fund
named short with 认捐 said once, ratifications counted after the instruments, and a biennium compared
with, which leaves the amount exact."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_totals_stated_after_their_noun() -> None:
    text = (
        "二. 贩运人口和偷运移民\n\n"
        "1. 2016 年，办公室在逾 60 个国家开展了打击贩运人口的活动，培训人数达 1,900 人。\n\n"
        "2. 截至 2016 年底，贩运人口判例法数据库新增了 210 个案例，案例总数达到 1,870 起；"
        "偷运移民判例的收录数为 640 起。\n\n"
        "3. 截至 2016 年 12 月，新精神活性物质预警咨询系统所监测的物质已达 739 种，"
        "向该系统报告过此类物质的国家和地区共有 106 个。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("practitioners_trained_trafficking_smuggling", 2016, 2016, "annual", 1900, "exact") in found
    assert ("trafficking_case_law_cases", 2016, 2016, "as_of", 1870, "exact") in found
    assert ("smuggling_case_law_cases", 2016, 2016, "as_of", 640, "exact") in found
    assert ("nps_reporting_countries", 2016, 2016, "as_of", 106, "exact") in found


def test_units_from_a_mid_year_level_and_grants_through_a_round() -> None:
    text = (
        "1. 集装箱管制方案继续扩大。港口管制组和空运货物管制组的数目由 2018 年年中的 98 个增至 112 个。\n\n"
        "2. 联合国贩运人口行为受害者自愿信托基金在本报告所述期间通过第四轮赠款资助了 19 个非政府组织项目。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2019))
    assert ("ccp_port_control_units", 2018, 2018, "as_of", 98, "exact") in found
    assert ("ccp_port_control_units", 2019, 2019, "as_of", 112, "exact") in found
    assert ("victims_trust_fund_grants", 2019, 2019, "annual", 19, "exact") in found


def test_counter_terrorism_workshops_ratifications_and_direct_assistance() -> None:
    text = (
        "四. 预防恐怖主义\n\n"
        "1. 办公室继续协助会员国批准国际反恐法律文书。"
        "自 2005 年以来，各国在办公室协助下累计新批准国际反恐文书 410 项。\n\n"
        "2. 办公室继续协助各国批准国际反恐法律文书。2012 年，各国交存的批准书和加入书新增 22 项。\n\n"
        "3. 2012 年，办公室向 31 个国家提供了直接的国家一级援助，"
        "并通过 40 次区域讲习班为来自 102 个国家的官员提供了援助。\n"
    )
    found = facts(text, published=2013, coverage=(2012, 2012))
    assert ("ct_instrument_new_ratifications", 2012, 2012, "cumulative", 410, "exact") in found
    assert ("ct_instrument_new_ratifications", 2012, 2012, "annual", 22, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2012, 2012, "annual", 31, "exact") in found
    assert ("countries_reached_ct_workshops", 2012, 2012, "annual", 102, "exact") in found


def test_a_fund_named_short_and_a_biennium_compared_with() -> None:
    text = (
        "1. 2014 年，自愿捐款认捐额为 2.8 亿美元。其中，药物管制规划署基金获得认捐 1.1 亿美元，"
        "预防犯罪基金获得 1.7 亿美元。\n\n"
        "2. 大会为 2014-2015 两年期核定的经常预算资源为 4,300 万美元，"
        "高于 2012-2013 两年期的 41.2 百万美元。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("crime_fund_pledges", 2014, 2014, "annual", 170_000_000, "exact") in found
    assert ("regular_budget", 2012, 2013, "biennium", 41_200_000, "exact") in found
