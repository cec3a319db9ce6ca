"""Wordings met in a forty-seventh round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_convention_without_its_brackets_then_its_protocols_by_topic_listed_in_order() -> None:
    text = (
        "1. 截至 2015 年 12 月 31 日，有组织犯罪公约以及人口贩运、移民偷运和枪支三项议定书的"
        "缔约方数目依次为 186、169、142 和 114 个。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("untoc_parties", 2015, 2015, "as_of", 186, "exact") in found
    assert ("tip_protocol_parties", 2015, 2015, "as_of", 169, "exact") in found
    assert ("smuggling_protocol_parties", 2015, 2015, "as_of", 142, "exact") in found
    assert ("firearms_protocol_parties", 2015, 2015, "as_of", 114, "exact") in found


def test_earmarked_contributions_for_the_same_period() -> None:
    text = (
        "1. 2015 年，自愿捐款认捐额约为 2.74 亿美元。"
        "其中，对联合国预防犯罪和刑事司法基金的认捐额为 1.53 亿美元。³ "
        "特别用途捐款同期为 2.62 亿美元，占捐款总额的 95%以上。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("special_purpose_contributions", 2015, 2015, "annual", 262_000_000, "exact") in found


def test_the_one_year_the_sentence_before_set_its_subject_in_goes_on_in_the_next() -> None:
    text = (
        "1. 联合国自愿信托基金援助贩运人口特别是妇女和儿童受害者在 2022 年共收到捐款约 97 万美元。"
        "在第九轮赠款中，基金为 34 个项目提供了赠款，每个项目最高可获 5 万美元。\n"
    )
    found = facts(text, published=2023, coverage=(2022, 2023))
    assert ("victims_trust_fund_grants", 2022, 2022, "annual", 34, "exact") in found
