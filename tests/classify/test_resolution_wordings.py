"""Wordings met in draft resolutions of other sessions written blind to the rules (sentences rewritten
for the tests): clauses broken by ASCII commas, footnote markers set as plain digits after the titles
whose parties are listed 分别 (已达), a fund's contributions and pledges stated together, and what a grant
round launched in a year gave."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_an_ascii_comma_ends_the_clause_a_party_count_stands_in() -> None:
    text = "5. 欢迎《联合国反腐败公约》的缔约国增至 183 个,这表明《公约》已接近普遍加入,并促请各国加入；"
    assert facts(text, published=2018, coverage=(2018, 2018)) == {
        ("uncac_parties", 2018, 2018, "as_of", 183, "exact"),
    }


def test_plain_digit_footnote_markers_after_titles_listed_respectively() -> None:
    text = (
        "6. 注意到《贩运人口议定书》7 和《偷运移民议定书》8 的缔约方数目分别为 172 和 146 个，"
        "《枪支议定书》9 的缔约国也已增至 116 个；"
    )
    assert facts(text, published=2017, coverage=(2017, 2017)) == {
        ("tip_protocol_parties", 2017, 2017, "as_of", 172, "exact"),
        ("smuggling_protocol_parties", 2017, 2017, "as_of", 146, "exact"),
        ("firearms_protocol_parties", 2017, 2017, "as_of", 116, "exact"),
    }


def test_a_trust_funds_contributions_and_pledges_since_it_began_and_a_grant_rounds_projects() -> None:
    text = (
        "25. 注意到联合国贩运人口行为受害者自愿信托基金自 2010 年设立以来"
        "收到的捐款和认捐总额超过 250 万美元，"
        "又注意到该基金在 2015 年启动的第三轮赠款中为 22 个非政府组织项目提供了资助；"
    )
    assert facts(text, published=2016, coverage=(2016, 2016)) == {
        # a running total is dated by the year it runs to
        ("victims_trust_fund_contributions", 2016, 2016, "cumulative", 2_500_000, "at_least"),
        ("victims_trust_fund_grants", 2015, 2015, "annual", 22, "exact"),
    }


def test_full_protocol_titles_whose_parties_have_respectively_already_reached() -> None:
    text = (
        "7. 注意到《联合国打击跨国有组织犯罪公约关于预防、禁止和惩治贩运人口"
        "特别是妇女和儿童行为的补充议定书》和《联合国打击跨国有组织犯罪公约"
        "关于打击陆、海、空偷运移民的补充议定书》的缔约国分别已达 155 个和 137 个；"
    )
    assert facts(text, published=2013, coverage=(2013, 2013)) == {
        ("tip_protocol_parties", 2013, 2013, "as_of", 155, "exact"),
        ("smuggling_protocol_parties", 2013, 2013, "as_of", 137, "exact"),
    }
