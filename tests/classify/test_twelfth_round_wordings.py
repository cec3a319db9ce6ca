"""Wordings met in a twelfth round of reports written blind to the rules, meant to vary how each fact
is said (sentences rewritten for the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_party_counts_after_titles_with_their_short_form_in_brackets() -> None:
    text = (
        "1. 截至 2016 年 6 月 30 日，各项文书的缔约方数目如下：(a) 《联合国打击跨国有组织犯罪公约》："
        "187 个缔约方；(b) 《关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》"
        "（《贩运人口议定书》）：一百七十个缔约方；(c) 《关于打击陆、海、空偷运移民的补充议定书》"
        "（《偷运移民议定书》）：142 个缔约方。\n"
        "2. 截至 2016 年底，《联合国反腐败公约》的缔约国数目（181 个）继续增加。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("untoc_parties", 2016, 2016, "as_of", 187, "exact") in found
    assert ("tip_protocol_parties", 2016, 2016, "as_of", 170, "exact") in found
    assert ("smuggling_protocol_parties", 2016, 2016, "as_of", 142, "exact") in found
    assert ("uncac_parties", 2016, 2016, "as_of", 181, "exact") in found


def test_fund_pledges_paired_after_renjuan_de_shue() -> None:
    text = (
        "1. 2016 年认捐的自愿捐款总额约 3.1 亿美元。其中，向联合国国际药物管制规划署基金和联合国预防犯罪"
        "和刑事司法基金认捐的数额分别为 12,400 万美元和 1 亿 8,600 万美元。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("drug_fund_pledges", 2016, 2016, "annual", 124_000_000, "exact") in found
    assert ("crime_fund_pledges", 2016, 2016, "annual", 186_000_000, "exact") in found


def test_a_record_total_and_pledges_listed_by_fund() -> None:
    text = (
        "1. 2017 年认捐的自愿捐款总额达到创纪录的 4 亿 1,200 万美元。按基金分列的认捐情况如下："
        "(a) 联合国国际药物管制规划署基金：1.86 亿美元；(b) 联合国预防犯罪和刑事司法基金：2.26 亿美元。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("voluntary_contributions_pledged", 2017, 2017, "annual", 412_000_000, "exact") in found
    assert ("drug_fund_pledges", 2017, 2017, "annual", 186_000_000, "exact") in found
    assert ("crime_fund_pledges", 2017, 2017, "annual", 226_000_000, "exact") in found
