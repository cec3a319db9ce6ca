"""Wordings met in a fifty-first round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_the_reporting_periods_corresponding_figures_after_an_aside_each_its_own_measure() -> None:
    text = (
        "五. 预防恐怖主义\n\n"
        "1. 2019 年，该处向 34 个国家提供了国家一级的直接援助，通过区域和次区域讲习班覆盖 81 个国家，"
        "培训刑事司法官员 3,450 名；在本报告所述期间，受大流行病影响，相应数字分别为 29 个、67 个和"
        "逾 2,900 名。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2020))
    assert ("countries_direct_assistance_counter_terrorism", 2020, 2020, "annual", 29, "exact") in found
    assert ("countries_reached_ct_workshops", 2020, 2020, "annual", 67, "exact") in found
    assert ("officials_trained_counter_terrorism", 2020, 2020, "annual", 2900, "at_least") in found


def test_recipients_and_trainees_reached_in_the_reporting_period() -> None:
    text = (
        "1. 办公室继续协助各国落实《贩运人口议定书》和《偷运移民议定书》。2019 年，办公室为 58 个国家"
        "提供了援助；在本报告所述期间，受援国增至 65 个，尽管大部分面对面活动暂停，受训人数仍达到"
        " 2,600 余名。\n\n"
        "2. 办公室继续为各国执行《反腐败公约》提供技术援助。2019 年，办公室向 54 个国家提供了实施《公约》"
        "的援助；在本报告所述期间，受援国超过 60 个。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2020))
    assert ("countries_assisted_trafficking_smuggling", 2020, 2020, "annual", 65, "exact") in found
    assert ("practitioners_trained_trafficking_smuggling", 2020, 2020, "annual", 2600, "at_least") in found
    assert ("uncac_assisted_countries", 2020, 2020, "annual", 60, "at_least") in found


def test_totals_listed_on_after_an_as_of_opening_and_one_rounds_grants() -> None:
    text = (
        "1. 截至 2021 年 12 月 31 日，已有 190 个国家批准或加入《联合国打击跨国有组织犯罪公约》，"
        "同时 151 个国家成为《关于打击陆、海、空偷运移民的补充议定书》的缔约方，122 个国家成为"
        "《关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书》的缔约方。\n\n"
        "2. 联合国贩运人口特别是妇女和儿童问题自愿信托基金在 2021 年收到捐款 86 万美元，自 2010 年设立以来"
        "收到的捐款累计达到 1,120 万美元，并在第七轮赠款周期中为 17 个非政府组织项目提供了赠款。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("smuggling_protocol_parties", 2021, 2021, "as_of", 151, "exact") in found
    assert ("firearms_protocol_parties", 2021, 2021, "as_of", 122, "exact") in found
    assert ("victims_trust_fund_contributions", 2021, 2021, "annual", 860_000, "exact") in found
    assert ("victims_trust_fund_grants", 2021, 2021, "annual", 17, "exact") in found


def test_countries_helped_to_set_up_a_unit_are_no_count_of_countries_assisted() -> None:
    text = (
        "二. 贩运人口和偷运移民\n\n"
        "1. 在报告所述期间，全球行动在 13 个国家开展活动，并协助三个国家设立了专门的检察机构。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2017))
    assert not [f for f in found if f[0] == "countries_assisted_trafficking_smuggling" and f[4] == 3]
