"""Wordings met in a forty-first round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from etl.quantities import extract
from tests.classify.helpers import facts


def test_chao_as_a_bound_and_amounts_with_chinese_units_between_digits() -> None:
    assert [(m.surface, m.qualifier) for m in extract("已设立的管制组超 110 个，赶超 3 个国家。")] == [
        ("超110个", "at_least"),
        ("3个", "exact"),
    ]
    assert [m.value for m in extract("认捐为 1 亿 4 千 6 百万美元，总额为 3 亿 8 千万美元。")] == [
        146_000_000,
        380_000_000,
    ]
    assert [m.surface for m in extract("审议将分为四组专题，另有两笔多年期认捐；第四组会议。")] == [
        "四组",
        "两笔",
    ]


def test_a_bulleted_list_of_parties_after_a_footnoted_lead() -> None:
    text = (
        "1. 办公室继续推动各国加入《联合国打击跨国有组织犯罪公约》及其议定书。"
        "截至 2017 年 6 月 30 日，各项文书的缔约方数目如下 1： \n\n"
        " • 《公约》：188 个（2016 年：187 个）； \n\n"
        " • 《贩运人口议定书》：172 个（2016 年：169 个）。 \n"
    )
    found = facts(text, published=2017, coverage=(2017, 2017))
    assert ("untoc_parties", 2017, 2017, "as_of", 188, "exact") in found
    assert ("untoc_parties", 2016, 2016, "as_of", 187, "exact") in found
    assert ("tip_protocol_parties", 2017, 2017, "as_of", 172, "exact") in found


def test_cases_by_kind_beside_laws_and_new_counter_terrorism_ratifications() -> None:
    text = (
        "1. 截至 2017 年 6 月，该门户网站的判例法数据库收录了贩运人口案件 1,400 多起和偷运移民案件约 600 起，"
        "立法数据库收录了来自 190 个国家的 6,500 多项法律。\n\n"
        "2. 2017 年，对 19 项国际反恐法律文书的新批准共 24 项；对 18 项国际反恐法律文书的批准总数为 2,604。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("smuggling_case_law_cases", 2017, 2017, "as_of", 600, "approx") in found
    assert ("ct_instrument_new_ratifications", 2017, 2017, "annual", 24, "exact") in found
    assert ("ct_instrument_ratifications", 2017, 2017, "as_of", 2604, "exact") in found
    assert not [f for f in found if f[4] == 6500]


def test_values_listed_respectively_after_bienniums_and_a_paragraph_opened_by_a_year() -> None:
    text = (
        "1. 合并预算从 2008-2009 两年期的 512.0 百万美元降至 2010-2011 两年期的 468.3 百万美元，"
        "其中预算外资源分别为 474.4 百万美元和 426.8 百万美元。\n\n"
        "2. 2009 年，自愿捐款认捐总额为 243.1 百万美元。其中，向药物管制规划署基金认捐 151.4 百万美元。"
        "特别用途捐款为 228.3 百万美元；普通用途收入从 2008 年的 17.6 百万美元降至 2009 年的 14.8 百万美元。"
        "捐助方数目为 91 个（2008 年为 86 个）。\n"
    )
    found = facts(text, published=2010, coverage=(2009, 2010))
    assert ("extrabudgetary_resources", 2008, 2009, "biennium", 474_400_000, "exact") in found
    assert ("extrabudgetary_resources", 2010, 2011, "biennium", 426_800_000, "exact") in found
    assert not [f for f in found if f[0] == "consolidated_budget" and f[4] == 426_800_000]
    assert ("donor_count", 2009, 2009, "annual", 91, "exact") in found
