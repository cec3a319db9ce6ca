"""Wordings met in a thirty-fourth round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from etl.timeexpr import time_expressions
from tests.classify.helpers import facts


def test_a_level_reached_at_a_date_after_zengzhi_is_that_dates() -> None:
    text = (
        "1. 《联合国打击跨国有组织犯罪公约》继续得到广泛加入。"
        "在本报告所述期间，《公约》缔约方从 2022 年 6 月 30 日的 190 个增至 2023 年 6 月 30 日的 191 个；"
        "《关于打击陆、海、空偷运移民的补充议定书》缔约方仍为 150 个。\n\n"
        "2. 从更长的时间跨度看，自 2012 年底以来（当时《公约》有 170 个缔约方），"
        "又有 21 个国家加入了《公约》。\n"
    )
    found = facts(text, published=2023, coverage=(2023, 2023))
    assert ("untoc_parties", 2022, 2022, "as_of", 190, "exact") in found
    assert ("untoc_parties", 2023, 2023, "as_of", 191, "exact") in found
    assert ("smuggling_protocol_parties", 2023, 2023, "as_of", 150, "exact") in found
    assert ("untoc_parties", 2012, 2012, "as_of", 170, "exact") in found


def test_a_month_with_di_after_cong_dates_the_level_the_change_started_from() -> None:
    assert [e.first for e in time_expressions("缔约国数目从2016年6月底的", 2017)] == [2016]
    assert time_expressions("2016年6月底启动的", 2017) == []  # a dated event still dates no quantity


def test_running_totals_and_comparisons_with_an_early_year() -> None:
    text = (
        "1. 2011 年，该办公室在打击贩运人口领域共培训了 4,100 余名刑事司法从业人员。"
        "自 2008 年全球倡议启动以来，累计受训人员已超过 1.5 万名。\n\n"
        "2. 该办公室协助会员国批准和实施 16 项国际反恐法律文书。2011 年，各国共完成了二十四项新批准。"
        "自 2003 年项目启动以来，受援国在该办公室协助下完成的新批准累计已达 627 项。\n\n"
        "3. 2011 年，自愿捐款认捐总额为 2.4 亿美元。"
        "从长期看，认捐额与 2001 年的 1.1 亿美元相比增加了一倍多。\n"
    )
    found = facts(text, published=2012, coverage=(2011, 2011))
    assert (
        "practitioners_trained_trafficking_smuggling",
        2011,
        2011,
        "cumulative",
        15000,
        "at_least",
    ) in found
    assert ("ct_instrument_new_ratifications", 2011, 2011, "cumulative", 627, "exact") in found
    assert ("voluntary_contributions_pledged", 2001, 2001, "annual", 110_000_000, "exact") in found


def test_a_budget_table_with_notes_under_its_header_states_budgets_only() -> None:
    text = (
        "1. 预算概况见附件。\n\n"
        "附件\n\n2019-2021 年合并预算资源\n（千美元）\n\n"
        "资金类别\t2019 年\t2020 年\t2021 年\n"
        "\t（核定）\t\t（估计）\n"
        "经常预算\t22,100.0\t22,874.1\t23,512.9\n"
        "普通用途资金\t4,300.0\t4,310.7\t4,655.0\n"
        "预算外资源小计\t330,000.0\t342,861.5\t382,942.2\n"
        "共计\t352,100.0\t365,735.6\t406,455.1\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("regular_budget", 2020, 2020, "annual", 22_874_100, "exact") in found
    assert ("extrabudgetary_resources", 2021, 2021, "annual", 382_942_200, "exact") in found
    assert ("consolidated_budget", 2021, 2021, "annual", 406_455_100, "exact") in found
    assert not [f for f in found if f[0] == "general_purpose_income"]  # a budget's row, not income


def test_currently_after_the_sentences_year_is_that_year_but_not_after_an_event() -> None:
    text = (
        "1. 集装箱管制方案在 2013 年继续扩大，目前已在 30 个国家开展活动。\n\n"
        "2. 人口贩运案例法数据库于 2011 年启用，目前收录了约 1,100 起案件。\n"
    )
    found = facts(text, published=2014, coverage=(2013, 2013))
    assert ("ccp_countries", 2013, 2013, "as_of", 30, "exact") in found
    assert ("trafficking_case_law_cases", 2014, 2014, "as_of", 1100, "approx") in found
