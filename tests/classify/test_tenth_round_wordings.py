"""Wordings met in a tenth round of reports written blind to the rules (sentences rewritten for the
tests): party counts stated 分别是 after the titles, and protocols named by topic after 以及
(关于…的三项议定书)."""

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
