"""When no rule reads a sentence as written, a plainer reading is tried: a time phrase between the
measure and its verb is read past, and a topic set before a comma is joined to the clause that states its
measure. The period still comes from the sentence as written (sentences made up for the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_year_between_the_measure_and_its_verb() -> None:
    text = "1. 普通用途收入在 2019 年为 1,320 万美元。捐助方数目于 2019 年增至 105 个。\n"
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("general_purpose_income", 2019, 2019, "annual", 13_200_000, "exact") in found
    assert ("donor_count", 2019, 2019, "annual", 105, "exact") in found


def test_the_level_a_change_led_to_after_a_year_or_a_colon() -> None:
    text = (
        "1. 普通用途收入在 2019 年减少了 210 万美元，降至 1,320 万美元。\n\n"
        "2. 普通用途收入继续下滑：2020 年减少了 90 万美元，降至 1,230 万美元，不到收入总额的 5%。\n"
    )
    found = facts(text, published=2021, coverage=(2019, 2020))
    assert ("general_purpose_income", 2019, 2019, "annual", 13_200_000, "exact") in found
    assert ("general_purpose_income", 2020, 2020, "annual", 12_300_000, "exact") in found
    assert not any(f[4] in (2_100_000, 900_000) for f in found)  # the change amounts are no levels


def test_a_substance_as_the_topic_of_its_seizures() -> None:
    text = (
        "1. 集装箱管制方案的港口管制股在 2018 年共截获可卡因近 31 吨。前体化学品方面，2018 年的缴获量"
        "达到 88 吨，高于 2017 年的 52 吨。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("ccp_precursors_seized", 2018, 2018, "annual", 88, "exact") in found
    assert ("ccp_precursors_seized", 2017, 2017, "annual", 52, "exact") in found


def test_a_topic_that_is_not_the_measure_reads_nothing() -> None:
    text = "1. 在网络犯罪方面，2018 年的培训活动达到 45 次，涉及 30 个国家。\n"
    assert facts(text, published=2019, coverage=(2018, 2018)) == set()


def test_countries_assisted_counted_with_a_bound_for_their_verb() -> None:
    text = (
        "1. 2019 年，在贩运人口和偷运移民问题上接受该办公室援助的国家多于 75 个，援助内容涵盖立法审查。\n\n"
        "2. 打击洗钱、犯罪所得和资助恐怖主义全球方案继续开展工作。2019 年获得该方案援助的国家超过 70 个。"
        "打击洗钱全球方案的援助对象在 2020 年覆盖八十一个国家。\n"
    )
    found = facts(text, published=2021, coverage=(2019, 2020))
    assert ("countries_assisted_trafficking_smuggling", 2019, 2019, "annual", 75, "at_least") in found
    assert ("countries_assisted_money_laundering", 2019, 2019, "annual", 70, "at_least") in found
    assert ("countries_assisted_money_laundering", 2020, 2020, "annual", 81, "exact") in found


def test_a_number_that_points_back_is_read_through() -> None:
    text = (
        "B. 打击贩运人口和偷运移民\n\n"
        "1. 该办公室继续提供打击贩运人口和偷运移民的技术援助。2019 年，受益于该办公室在这两个领域援助的"
        "国家逾百个，其中多数位于亚洲。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("countries_assisted_trafficking_smuggling", 2019, 2019, "annual", 100, "at_least") in found


def test_trainees_and_database_cases_in_other_word_orders() -> None:
    text = (
        "B. 打击贩运人口和偷运移民\n\n"
        "1. 该办公室在 2019 年举办了 120 余次培训班。受训从业人员的人数超过 2,900 名，其中西非占 500 名。\n\n"
        "2. 贩运人口案例法数据库继续扩充，截至 2019 年底，已有 1,240 起案件被纳入该数据库，涉及 96 个国家。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("practitioners_trained_trafficking_smuggling", 2019, 2019, "annual", 2900, "at_least") in found
    assert ("trafficking_case_law_cases", 2019, 2019, "as_of", 1240, "exact") in found
