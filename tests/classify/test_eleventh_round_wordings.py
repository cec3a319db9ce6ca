"""Wordings met in an eleventh round of reports written blind to the rules (sentences rewritten for the
tests): the container programme's countries only where the programme is named before them, a short
《公约》 before the other convention's own title, parts after a compared value, counts read around an
aside, trainees from named services and a running total in "this field", a year's ratifications beside
the total, and a pool of proposals that is no grant count."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_the_offices_countries_are_not_the_container_programmes_named_after_them() -> None:
    text = (
        "1. 总体而言，2014 年毒品和犯罪问题办公室在 140 多个国家开展了业务活动：为 90 个国家打击贩运人口"
        "提供了援助，集装箱管制方案下的管制组缉获可卡因 40 吨。\n"
        "2. 截至 2014 年 12 月 31 日，集装箱管制方案已在 48 个国家开展业务，其中非洲 12 个。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert {f[4] for f in found if f[0] == "ccp_countries"} == {48}


def test_smuggling_cases_stated_gongji_after_the_trafficking_cases() -> None:
    text = (
        "1. 截至 2014 年 12 月 31 日，知识门户的贩运人口案例法数据库收录了 2,140 起案件，"
        "比 2013 年底增加了 220 起；偷运移民案例共计 760 起。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("trafficking_case_law_cases", 2014, 2014, "as_of", 2140, "exact") in found
    assert ("smuggling_case_law_cases", 2014, 2014, "as_of", 760, "exact") in found


def test_the_convention_short_form_before_the_other_conventions_own_title() -> None:
    text = (
        "1. 本报告介绍《联合国打击跨国有组织犯罪公约》及其议定书和《联合国反腐败公约》的执行情况："
        "截至 2015 年 6 月 30 日，《公约》有 185 个缔约方，《反腐败公约》有 176 个缔约国。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2015))
    assert ("untoc_parties", 2015, 2015, "as_of", 185, "exact") in found
    assert ("uncac_parties", 2015, 2015, "as_of", 176, "exact") in found
    assert ("uncac_parties", 2015, 2015, "as_of", 185, "exact") not in found


def test_parts_after_a_compared_value_take_the_totals_year() -> None:
    text = (
        "1. 2014 年自愿捐款认捐总额为 3.02 亿美元，高于 2013 年的 2.95 亿美元，其中向联合国国际药物管制"
        "规划署基金认捐 1.08 亿美元，向联合国预防犯罪和刑事司法基金认捐 1.94 亿美元。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("voluntary_contributions_pledged", 2013, 2013, "annual", 295_000_000, "exact") in found
    assert ("drug_fund_pledges", 2014, 2014, "annual", 108_000_000, "exact") in found
    assert ("crime_fund_pledges", 2014, 2014, "annual", 194_000_000, "exact") in found


def test_counter_terrorism_counts_read_around_asides_and_instrument_numbers() -> None:
    text = (
        "五. 预防和打击恐怖主义\n\n"
        "1. 2015 年，各国新批准或加入 19 项国际反恐法律文书的情况共计 27 项。\n\n"
        "2. 2015 年，办公室通过 30 次区域讲习班（其中 12 次以线上方式举行）覆盖了 81 个国家。\n\n"
        "3. 2015 年共培训了 4,100 名刑事司法官员，其中 900 名为女性，而 2014 年培训的官员为 3,800 名。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("ct_instrument_new_ratifications", 2015, 2015, "annual", 27, "exact") in found
    assert ("countries_reached_ct_workshops", 2015, 2015, "annual", 81, "exact") in found
    assert ("officials_trained_counter_terrorism", 2014, 2014, "annual", 3800, "exact") in found


def test_trainees_from_named_services_and_a_running_total_in_this_field() -> None:
    text = (
        "1. 在本报告所述期间，毒品和犯罪问题办公室向 90 多个国家提供了打击贩运人口和偷运移民方面的援助，"
        "培训了来自执法、检察和司法部门的约 4,600 名从业人员。自 2009 年以来，该办公室在这一领域"
        "累计培训了 4.1 万多名从业人员。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2016))
    trained = "practitioners_trained_trafficking_smuggling"
    assert (trained, 2016, 2016, "annual", 4600, "approx") in found
    assert (trained, 2016, 2016, "cumulative", 41000, "at_least") in found


def test_a_years_ratifications_beside_the_total_and_a_pool_of_proposals() -> None:
    text = (
        "D. 恐怖主义\n\n"
        "1. 2014 年，各国共批准国际反恐法律文书 37 项，批准总数达到 2,913 项。\n\n"
        "2. 2014 年，联合国贩运人口特别是妇女和儿童行为受害者自愿信托基金启动了新的赠款周期，"
        "从 230 多项提案中选定 17 个非政府组织项目予以资助。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("ct_instrument_new_ratifications", 2014, 2014, "annual", 37, "exact") in found
    assert ("ct_instrument_ratifications", 2014, 2014, "as_of", 2913, "exact") in found
    assert {f[4] for f in found if f[0] == "victims_trust_fund_grants"} == {17}


def test_a_one_year_budget_after_a_biennium_in_another_part_of_the_sentence() -> None:
    text = (
        "1. 2018-2019 两年期经常预算拨款为 4,680 万美元；联合国自 2020 年起改行年度方案预算，"
        "2020 年经常预算拨款为 2,330 万美元，实际支出为 2,240 万美元。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert {f[1:5] for f in found if f[0] == "regular_budget"} == {
        (2018, 2019, "biennium", 46_800_000),
        (2020, 2020, "annual", 23_300_000),
    }
