"""Wordings met in a thirty-second round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from etl.quantities import extract
from tests.classify.helpers import facts


def test_a_total_with_no_measure_word_is_a_count_of_what_it_totals() -> None:
    found = extract("截至2023年6月30日，《有组织犯罪公约》的缔约方总数升至191。其他文书的缔约方较少。")
    assert [(m.value, m.unit, m.counted) for m in found] == [(191, "count", "缔约方")]
    assert extract("缔约国数目为一百七十三，而上一年为 170 个。")[0].value == 173
    # a number closing any other clause stays no quantity: a score, a year, a decimal
    assert extract("该指数为 16.4。会员国总数为 2019 年的两倍。") == []


def test_treaty_titles_side_by_side_pair_with_values_listed_respectively() -> None:
    text = (
        "1. 截至2019年12月31日，《联合国打击跨国有组织犯罪公约》《关于预防、禁止和惩治贩运人口特别是妇女和"
        "儿童行为的补充议定书》和《关于打击陆、海、空偷运移民的补充议定书》的缔约方数目分别为 190、175 和 "
        "149 个。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("untoc_parties", 2019, 2019, "as_of", 190, "exact") in found
    assert ("tip_protocol_parties", 2019, 2019, "as_of", 175, "exact") in found
    assert ("smuggling_protocol_parties", 2019, 2019, "as_of", 149, "exact") in found


def test_instruments_of_ratification_deposited_are_new_ratifications() -> None:
    text = (
        "1. 2019年，各国共交存了 39 项与国际反恐法律文书有关的批准书和加入书，其中 18 项是在本办公室提供"
        "援助之后交存的。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ct_instrument_new_ratifications", 2019, 2019, "annual", 39, "exact") in found
    assert not [f for f in found if f[4] == 18]  # the part deposited after assistance


def test_trainees_named_before_their_number_and_the_training_after() -> None:
    text = (
        "1. 本办公室协助 60 个国家加强打击贩运人口的对策。2019 年，本办公室为检察官、劳动监察员和社会"
        "工作者共 2,480 多名提供了培训。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("practitioners_trained_trafficking_smuggling", 2019, 2019, "annual", 2480, "at_least") in found


def test_a_budget_from_one_biennium_to_the_next() -> None:
    text = "1. 合并预算从 2016-2017 两年期的 7.46 亿美元增至 2018-2019 两年期的最终数额 8.12 亿美元。\n"
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("consolidated_budget", 2016, 2017, "biennium", 746_000_000, "exact") in found
    assert ("consolidated_budget", 2018, 2019, "biennium", 812_000_000, "exact") in found


def test_smuggling_cases_in_the_portal_grown_to_a_number() -> None:
    text = (
        "1. 截至 2019 年底，人口贩运判例法数据库收录了 2,900 多起案件。“夏洛克”门户中的偷运移民判例增至"
        " 850 起。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("trafficking_case_law_cases", 2019, 2019, "as_of", 2900, "at_least") in found
    assert ("smuggling_case_law_cases", 2019, 2019, "as_of", 850, "exact") in found


def test_a_paragraph_opening_on_a_comparison_continues_the_seizures_before() -> None:
    text = (
        "1. 集装箱管制方案在 2019 年继续扩大。2019 年，各管制组共缴获可卡因约 95 吨。成果表明风险分析有效。\n"
        "2. 可卡因缴获量比 2018 年（74 吨）增加了 28%，主要原因是港口缴获量上升。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ccp_cocaine_seized", 2018, 2018, "annual", 74, "exact") in found
