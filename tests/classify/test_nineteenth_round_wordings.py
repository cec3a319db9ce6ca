"""Wordings met in a nineteenth round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_protocol_parties_with_their_topics_in_brackets_after_the_counts() -> None:
    text = (
        "A. 条约\n\n"
        "1. 截至 2021 年 6 月 1 日，《联合国打击跨国有组织犯罪公约》的缔约方为 190 个；其三项议定书的缔约方"
        "数目在 180 个（贩运人口）、151 个（偷运移民）与 121 个（枪支）之间。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("tip_protocol_parties", 2021, 2021, "as_of", 180, "exact") in found
    assert ("smuggling_protocol_parties", 2021, 2021, "as_of", 151, "exact") in found
    assert ("firearms_protocol_parties", 2021, 2021, "as_of", 121, "exact") in found


def test_countries_the_programme_or_the_office_assisted() -> None:
    text = (
        "B. 洗钱和腐败\n\n"
        "1. 2019 年，打击洗钱、没收犯罪所得和打击资助恐怖主义全球方案把工作重点转向资产追回的实际操作。"
        "这一年，得到该方案援助的国家共有 97 个。\n\n"
        "2. 截至 2020 年 6 月 1 日，《联合国反腐败公约》共有 187 个缔约国。2019 年，毒品和犯罪问题办公室"
        "协助约 70 个国家执行《公约》。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("countries_assisted_money_laundering", 2019, 2019, "annual", 97, "exact") in found
    assert not any(f[0] == "asset_recovery_countries_supported" for f in found)
    assert ("uncac_assisted_countries", 2019, 2019, "annual", 70, "approx") in found
