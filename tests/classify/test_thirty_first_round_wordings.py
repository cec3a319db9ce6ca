"""Wordings met in a thirty-first round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from etl.quantities import extract
from tests.classify.helpers import facts


def test_an_amount_after_money_in_its_sentence_keeps_the_currency() -> None:
    found = extract("2020-2021两年期合并预算为7.43亿美元，其中预算外资源为6.98亿，占93.9%。")
    assert [(m.value, m.unit) for m in found] == [
        (743_000_000, "USD"),
        (698_000_000, "USD"),
        (93.9, "percent"),
    ]
    assert [m.unit for m in extract("印象总数为 2,210 万。")] == ["count"]  # no money before it


def test_ratifying_states_are_parties() -> None:
    text = (
        "1. 截至2021年12月31日，《联合国打击跨国有组织犯罪公约》有190个缔约方；《贩运人口议定书》和"
        "《偷运移民议定书》的缔约国分别为180个和150个，《枪支议定书》的批准国增至121个。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("firearms_protocol_parties", 2021, 2021, "as_of", 121, "exact") in found


def test_counts_after_their_nouns_with_no_verb() -> None:
    text = (
        "1. 集装箱管制方案继续扩大。截至2021年底，该方案的参加国71个，共设立管制股180个。\n\n"
        "2. 2021年向办公室捐款的捐助方114个，而2011年为87个。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("ccp_countries", 2021, 2021, "as_of", 71, "exact") in found
    assert ("ccp_port_control_units", 2021, 2021, "as_of", 180, "exact") in found
    assert ("donor_count", 2021, 2021, "annual", 114, "exact") in found
    assert ("donor_count", 2011, 2011, "annual", 87, "exact") in found


def test_a_multiple_then_the_value_compared_with() -> None:
    text = (
        "E. 预防恐怖主义\n\n1. 2021年，共培训刑事司法官员5,900多名。受训官员人数与2011年相比增加了一倍多"
        "（2011年为2,600名）。\n\n"
        "2. 与2011年相比，认捐总额增加了一倍多，从2.48亿美元增至5.31亿美元。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("officials_trained_counter_terrorism", 2011, 2011, "annual", 2600, "exact") in found
    assert ("voluntary_contributions_pledged", 2011, 2011, "annual", 248_000_000, "exact") in found
    assert ("voluntary_contributions_pledged", 2021, 2021, "annual", 531_000_000, "exact") in found


def test_laboratories_in_brackets_and_a_year_that_dates_only_a_changes_start() -> None:
    text = (
        "1. 2021年，国际合作演练的参与范围进一步扩大，参加演练的实验室（285个）来自86个国家。\n\n"
        "2. 截至2021年12月，该系统监测的新精神活性物质数目从2013年的348种增至1,127种，"
        "已有134个国家和地区向该系统报告了新精神活性物质。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("ice_laboratories", 2021, 2021, "annual", 285, "exact") in found
    assert ("nps_reporting_countries", 2021, 2021, "as_of", 134, "exact") in found


def test_the_level_a_trend_started_from() -> None:
    text = "1. 截至2021年12月31日，《联合国反腐败公约》有188个缔约方。缔约方数目从2009年的140个稳步增加。\n"
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("uncac_parties", 2009, 2009, "as_of", 140, "exact") in found


def test_a_count_after_a_comparison_with_the_usual() -> None:
    text = "1. 国际反恐法律文书的批准总数到2019年底升至3,091项。当年新增批准比往年少，仅17项。\n"
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ct_instrument_new_ratifications", 2019, 2019, "annual", 17, "exact") in found
