"""Wordings met in a ninth round of reports written blind to the rules (sentences rewritten for the
tests): air-cargo units called 空运货物管制组, a year's receipts after a running total (一年收到),
activities in N countries counted next, ratifications of "the above instruments", and substances
monitored 合计."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_units_trust_fund_receipts_and_substances_monitored() -> None:
    text = (
        "1. 集装箱管制方案已覆盖 58 个国家，共设立了 104 个港口和空运货物管制组。\n\n"
        "2. 联合国贩运人口行为受害者自愿信托基金自 2010 年设立以来累计收到捐款约 700 万美元，"
        "其中 2017 年一年收到 52 万美元。\n\n"
        "3. 截至 2017 年 12 月，已有 111 个国家和地区向预警咨询系统报告了新精神活性物质，"
        "所报告的物质合计 803 种。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("ccp_port_control_units", 2017, 2017, "as_of", 104, "exact") in found
    assert ("victims_trust_fund_contributions", 2017, 2017, "annual", 520_000, "exact") in found
    assert ("nps_substances_monitored", 2017, 2017, "as_of", 803, "exact") in found


def test_countries_with_activities_counted_next_and_ratifications_of_the_above_instruments() -> None:
    text = (
        "1. 在本报告所述期间，打击贩运人口全球方案在 88 个国家开展了 190 多项技术援助活动。\n\n"
        "2. 办公室继续协助会员国成为 19 项国际反恐法律文书的缔约方。2017 年，各国新批准了 31 项上述文书。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2018))
    assert ("countries_assisted_trafficking_smuggling", 2018, 2018, "annual", 88, "exact") in found
    assert ("ct_instrument_new_ratifications", 2017, 2017, "annual", 31, "exact") in found


def test_party_counts_in_brackets_after_the_titles_listed_as_follows() -> None:
    text = (
        "1. 在编写本报告时，各项文书的缔约方分列如下：《联合国打击跨国有组织犯罪公约》（190 个）；"
        "《贩运人口议定书》（175 个）；《联合国反腐败公约》（187 个）。\n"
    )
    assert facts(text, published=2020, coverage=(2019, 2019)) == {
        ("untoc_parties", 2020, 2020, "as_of", 190, "exact"),
        ("tip_protocol_parties", 2020, 2020, "as_of", 175, "exact"),
        ("uncac_parties", 2020, 2020, "as_of", 187, "exact"),
    }
