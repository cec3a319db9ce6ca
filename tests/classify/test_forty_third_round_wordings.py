"""Wordings met in a forty-third round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_box_of_label_and_value_lines() -> None:
    text = (
        "1. 办公室 2016 年工作的主要数字见专栏 1。\n\n专栏 1\n2016 年毒品和犯罪问题办公室工作主要数字\n"
        "现场办事处：计有 52 个\n接受打击洗钱全球方案援助的国家：68\n"
        "接受《联合国反腐败公约》实施援助的国家：54 个\n"
        "获得资产追回支助的国家：31 个\n"
        "完成的独立项目评价：24 项\n\n2. 其他工作继续进行。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("uncac_assisted_countries", 2016, 2016, "annual", 54, "exact") in found
    assert ("countries_assisted_money_laundering", 2016, 2016, "annual", 68, "exact") in found
    assert ("asset_recovery_countries_supported", 2016, 2016, "annual", 31, "exact") in found
    assert ("project_evaluations", 2016, 2016, "annual", 24, "exact") in found
    assert not [f for f in found if f[4] == 52]


def test_the_year_between_a_measure_and_its_verb_and_the_same_time_after_it() -> None:
    text = (
        "1. 《联合国打击跨国有组织犯罪公约》缔约方数目在 2013 年底为 179 个。"
        "《关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》和《关于打击陆、海、空偷运移民的补充议定书》的缔约方数目在同一时间依次为"
        " 157 个和 139 个。\n\n"
        "2. 打击洗钱全球方案在 2013 年继续提供援助。该方案援助的国家和培训的官员在 2013 年分别达到 68 个和"
        " 2,300 名。\n\n"
        "3. 2013 年，获得办公室国家一级直接反恐法律援助的国家数目为三十四个。\n"
    )
    found = facts(text, published=2014, coverage=(2013, 2013))
    assert ("untoc_parties", 2013, 2013, "as_of", 179, "exact") in found
    assert ("tip_protocol_parties", 2013, 2013, "as_of", 157, "exact") in found
    assert ("smuggling_protocol_parties", 2013, 2013, "as_of", 139, "exact") in found
    assert ("countries_assisted_money_laundering", 2013, 2013, "annual", 68, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2013, 2013, "annual", 34, "exact") in found


def test_budgets_totalled_programme_countries_and_a_funds_running_total() -> None:
    text = (
        "1. 2016-2017 两年期合并预算总计 7.265 亿美元。\n\n"
        "2. 截至 2022 年 6 月，参加毒品和犯罪问题办公室－世界海关组织集装箱管制方案的国家有 73 个。\n\n"
        "3. 联合国贩运人口受害者自愿信托基金在 2013 年收到捐款 46 万美元，自 2010 年设立以来收到的捐款总额"
        "则为约 190 万美元。\n"
    )
    found = facts(text, published=2022, coverage=(2022, 2022))
    assert ("consolidated_budget", 2016, 2017, "biennium", 726_500_000, "exact") in found
    assert ("ccp_countries", 2022, 2022, "as_of", 73, "exact") in found
    assert [f for f in found if f[0] == "victims_trust_fund_contributions" and f[4] == 1_900_000]
