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


def test_ratifications_accumulated_workshops_benefiting_countries_and_substances_monitored() -> None:
    text = (
        "1. 2015 年，各国对国际反恐法律文书的批准数新增 27 项，截至年底已累计达到 2,958 项。\n\n"
        "2. 办公室通过其预防恐怖主义全球方案向 39 个国家提供了直接的国家一级技术援助，"
        "并通过区域和次区域讲习班使 84 个国家受益。\n\n"
        "3. 新精神活性物质预警咨询系统继续监测新出现的物质。"
        "截至 2015 年 12 月，预警系统共监测到新精神活性物质 643 种。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("ct_instrument_ratifications", 2015, 2015, "as_of", 2958, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2015, 2015, "annual", 39, "exact") in found
    assert ("countries_reached_ct_workshops", 2015, 2015, "annual", 84, "exact") in found
    assert ("nps_substances_monitored", 2015, 2015, "as_of", 643, "exact") in found
