"""Wordings met in a twenty-fifth round of reports written blind to the rules, by a translator choosing
unusual but correct phrasings (sentences made up for the tests)."""

from __future__ import annotations

from etl.quantities import extract
from tests.classify.helpers import facts


def test_as_many_as_stresses_the_number_and_约莫_is_about() -> None:
    [stressed] = extract("前体化学品的缉获量计140吨之多。")
    assert (stressed.surface, stressed.qualifier) == ("140吨", "exact")
    [about] = extract("认捐总额约莫3.84亿美元。")
    assert (about.value, about.qualifier) == (384_000_000, "approx")


def test_the_verbs_another_translator_uses() -> None:
    text = (
        "1. 截至2017年12月31日，《联合国打击跨国有组织犯罪公约》的缔约方数目攀升至189个。\n\n"
        "2. 截至2017年12月，办公室预警咨询系统所监测的新精神活性物质达成803种之数。\n\n"
        "3. 2017年向办公室捐款的捐助方为数90个。\n\n"
        "4. 2017年，各港口管制组缉获可卡因52吨；前体化学品的缉获量计120吨之多。\n\n"
        "5. 该信托基金当年收到的捐款合共95万美元。联合国贩运人口受害者自愿信托基金为此表示感谢。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("untoc_parties", 2017, 2017, "as_of", 189, "exact") in found
    assert ("nps_substances_monitored", 2017, 2017, "as_of", 803, "exact") in found
    assert ("donor_count", 2017, 2017, "annual", 90, "exact") in found
    assert ("victims_trust_fund_contributions", 2017, 2017, "annual", 950_000, "exact") in found


def test_another_trust_funds_receipts_are_not_the_victims_funds() -> None:
    text = (
        "1. 联合国贩运人口特别是妇女和儿童行为受害者自愿信托基金自2010年设立以来，累计收到捐款约200万美元。"
        "\n\n2. 打击海盗行为信托基金在两年期内收到捐款1,100万美元。\n"
    )
    found = facts(text, published=2014, coverage=(2012, 2013))
    assert {f[4] for f in found if f[0] == "victims_trust_fund_contributions"} == {2_000_000}


def test_party_counts_right_after_each_title_in_a_sentence_about_parties() -> None:
    text = (
        "1. 截至2016年12月31日，《联合国打击跨国有组织犯罪公约》的缔约方数目为187个。至于三项补充议定书，"
        "《贩运人口议定书》合共171个缔约方，《偷运移民议定书》为143个，《枪支议定书》为115个。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("tip_protocol_parties", 2016, 2016, "as_of", 171, "exact") in found
    assert ("smuggling_protocol_parties", 2016, 2016, "as_of", 143, "exact") in found
    assert ("firearms_protocol_parties", 2016, 2016, "as_of", 115, "exact") in found
