"""Wordings met in a tenth round of reports written blind to the rules (sentences rewritten for the
tests): party counts stated 分别是 after the titles, protocols named by topic after 以及
(关于…的三项议定书), fund pledges paired 分别是 or with the year between funds and pledges, case-law
counts with the kind of case before them, a change from a full date, seizures compared 高于/低于 a year,
counter-terrorism counts worded around them, and a compared value past a change amount."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_party_counts_stated_respectively_with_shi() -> None:
    text = (
        "1. 截至 2015 年 12 月 31 日，《联合国打击跨国有组织犯罪公约》、《贩运人口议定书》和"
        "《枪支议定书》的缔约方分别是 185 个、169 个和 112 个。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("untoc_parties", 2015, 2015, "as_of", 185, "exact") in found
    assert ("tip_protocol_parties", 2015, 2015, "as_of", 169, "exact") in found
    assert ("firearms_protocol_parties", 2015, 2015, "as_of", 112, "exact") in found


def test_protocols_named_by_topic_after_yiji() -> None:
    text = (
        "1. 截至 2013 年 12 月 31 日，《联合国打击跨国有组织犯罪公约》以及关于贩运人口、偷运移民和枪支的"
        "三项议定书的缔约方数目分别为 179、157、137 和 107 个。\n"
    )
    found = facts(text, published=2014, coverage=(2013, 2013))
    assert ("untoc_parties", 2013, 2013, "as_of", 179, "exact") in found
    assert ("tip_protocol_parties", 2013, 2013, "as_of", 157, "exact") in found
    assert ("smuggling_protocol_parties", 2013, 2013, "as_of", 137, "exact") in found
    assert ("firearms_protocol_parties", 2013, 2013, "as_of", 107, "exact") in found


def test_ccp_participating_countries_called_canjiaguo() -> None:
    text = (
        "1. 集装箱管制方案继续扩大，参加国从 2014 年底的 38 个增至目前的 46 个，共设立了 80 个港口管制股。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2016))
    assert ("ccp_countries", 2014, 2014, "as_of", 38, "exact") in found
    assert ("ccp_countries", 2016, 2016, "as_of", 46, "exact") in found


def test_fund_pledges_stated_respectively_with_shi() -> None:
    text = (
        "1. 2014 年自愿捐款认捐总额为 3.02 亿美元。在认捐总额中，药物管制方案基金和预防犯罪和刑事司法基金"
        "的认捐额分别是 1.38 亿美元和 1.71 亿美元。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("drug_fund_pledges", 2014, 2014, "annual", 138_000_000, "exact") in found
    assert ("crime_fund_pledges", 2014, 2014, "annual", 171_000_000, "exact") in found


def test_fund_pledges_with_the_year_between_the_funds_and_their_pledges() -> None:
    text = (
        "1. 联合国国际药物管制规划署基金和联合国预防犯罪和刑事司法基金 2014 年的认捐额分别为 1.38 亿美元"
        "和 1.71 亿美元。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("drug_fund_pledges", 2014, 2014, "annual", 138_000_000, "exact") in found
    assert ("crime_fund_pledges", 2014, 2014, "annual", 171_000_000, "exact") in found


def test_case_law_counts_with_the_kind_of_case_named_before_them() -> None:
    text = (
        "1. 截至 2014 年底，知识管理门户案例法数据库收录的人口贩运案件超过 1,420 起，"
        "偷运移民案件 510 多起。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("trafficking_case_law_cases", 2014, 2014, "as_of", 1420, "at_least") in found
    assert ("smuggling_case_law_cases", 2014, 2014, "as_of", 510, "at_least") in found


def test_party_counts_changing_from_a_full_date() -> None:
    text = "1. 《枪支议定书》的缔约方从 2014 年 6 月 30 日的 108 个增加到 112 个。\n"
    found = facts(text, published=2015, coverage=(2014, 2015))
    assert ("firearms_protocol_parties", 2014, 2014, "as_of", 108, "exact") in found
    assert ("firearms_protocol_parties", 2015, 2015, "as_of", 112, "exact") in found


def test_seizures_compared_with_a_higher_or_lower_year() -> None:
    text = (
        "1. 2014 年，集装箱管制方案的各港口管制股缉获可卡因 21.3 吨、海洛因 600 公斤，"
        "可卡因缉获量高于 2013 年的 15.2 吨，海洛因缉获量低于 2013 年的 0.9 吨。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("ccp_cocaine_seized", 2013, 2013, "annual", 15.2, "exact") in found
    assert ("ccp_heroin_seized", 2013, 2013, "annual", 0.9, "exact") in found


def test_counter_terrorism_figures_worded_around_their_counts() -> None:
    text = (
        "D. 国际合作打击恐怖主义\n"
        "1. 2013 年，各国新批准国际反恐法律文书 38 项，批准总数共计 2,790 项。\n"
        "2. 2013 年，在国家一级获得该办公室直接立法援助的国家有 31 个；该办公室还举办了 22 次区域讲习班，"
        "参加者来自 75 个国家。\n"
    )
    found = facts(text, published=2014, coverage=(2013, 2013))
    assert ("ct_instrument_ratifications", 2013, 2013, "as_of", 2790, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2013, 2013, "annual", 31, "exact") in found
    assert ("countries_reached_ct_workshops", 2013, 2013, "annual", 75, "exact") in found


def test_a_compared_value_continues_past_a_change_amount() -> None:
    text = (
        "1. 2015 年，自愿捐款认捐总额为 3.05 亿美元，比上一年增加了 1,800 万美元，"
        "比 2011 年的 2.48 亿美元高出 20%以上。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("voluntary_contributions_pledged", 2015, 2015, "annual", 305_000_000, "exact") in found
    assert ("voluntary_contributions_pledged", 2011, 2011, "annual", 248_000_000, "exact") in found
