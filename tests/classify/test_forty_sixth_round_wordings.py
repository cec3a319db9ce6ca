"""Wordings met in a forty-sixth round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_the_victims_fund_named_in_another_order_and_its_receipts_before_the_amount() -> None:
    text = (
        "1. 联合国自愿信托基金援助贩运人口特别是妇女和儿童受害者于 2014 年"
        "为 18 个非政府组织项目提供了赠款。\n\n"
        "2. 联合国自愿信托基金援助贩运人口特别是妇女和儿童受害者在 2014 年共收到捐款约 52 万美元。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("victims_trust_fund_grants", 2014, 2014, "annual", 18, "exact") in found
    assert ("victims_trust_fund_contributions", 2014, 2014, "annual", 520_000, "approx") in found
