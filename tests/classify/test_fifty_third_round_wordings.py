"""Wordings met in a fifty-third round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_date_things_stood_at_before_what_was_set_up_and_cases_totalled() -> None:
    text = (
        "1. 集装箱管制方案覆盖 69 个国家，截至 2019 年底已建立的港口和航空货运管制组总数达 125 个。\n\n"
        "2. 人口贩运判例法数据库截至 2019 年底收录的案例总数达 2,215 个；偷运移民案例数据库同期收录的"
        "案例合计 1,046 个。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ccp_port_control_units", 2019, 2019, "as_of", 125, "exact") in found
    assert ("trafficking_case_law_cases", 2019, 2019, "as_of", 2215, "exact") in found
    assert ("smuggling_case_law_cases", 2019, 2019, "as_of", 1046, "exact") in found


def test_a_lettered_item_reads_its_lead_and_itself_not_the_items_before_it() -> None:
    text = (
        "1. 办公室 2019 年取得的主要成果如下：\n"
        " (a) 集装箱管制方案进一步扩大，各管制组查获的可卡因数量为方案启动以来单年最高；\n"
        " (b) 在贩运人口和偷运移民领域，办公室一共培训了 6,200 多名执法、检察和司法从业人员；\n"
        " (c) 在预防恐怖主义领域，办公室向 37 个国家提供了直接的立法和能力建设援助。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("practitioners_trained_trafficking_smuggling", 2019, 2019, "annual", 6200, "at_least") in found
    assert not [f for f in found if f[0] == "ccp_countries"]


def test_reference_samples_given_to_laboratories_are_no_exercise_countries() -> None:
    text = "1. 2011 年，禁毒办还向逾 50 个国家的实验室提供了受管制物质的参考样本。\n"
    found = facts(text, published=2012, coverage=(2011, 2011))
    assert not [f for f in found if f[0] == "ice_countries"]


def test_port_control_small_units_and_the_programmes_countries_in_brackets() -> None:
    text = (
        "1. 集装箱管制方案继续扩大。截至 2010 年 5 月，该方案已在九个国家开展活动，"
        "共设立了14 个港口管制小组。\n\n"
        "2. 集装箱管制方案：该方案在 2016 年继续扩大。截至 2016 年底，参加方案的国家（53 个）"
        "较上年增加 4 个。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("ccp_port_control_units", 2010, 2010, "as_of", 14, "exact") in found
    assert ("ccp_countries", 2016, 2016, "as_of", 53, "exact") in found


def test_cases_named_after_the_count_of_countries_they_come_from() -> None:
    text = (
        "1. 本办公室的人口贩运判例法数据库继续扩充。截至 2013 年底，数据库已收录来自 83 个国家和地区的案例"
        " 1,150 余起，比上一年增加约 200 起。\n"
    )
    found = facts(text, published=2014, coverage=(2013, 2013))
    assert ("trafficking_case_law_cases", 2013, 2013, "as_of", 1150, "at_least") in found
