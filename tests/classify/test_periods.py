"""Period rules on clauses of our own: explicit years and biennia, changes, as-of phrases, coverage."""

from __future__ import annotations

import pytest

from etl.models import Basis
from etl.periods import Period, TimeContext, default_period, resolve_period
from etl.timeexpr import time_expressions
from tests.classify.helpers import meta_for

ED = meta_for(published=2016, coverage=(2015, 2015))  # an Executive Director's report on 2015
GA = meta_for(published=2016, coverage=(2015, 2016))  # a General Assembly report, mid-2015 to mid-2016


def period(
    lead: str, basis: Basis = "annual", tail: str = "", meta: object = ED
) -> tuple[int, int, str] | None:
    found = resolve_period(TimeContext(lead, tail), meta, basis)  # type: ignore[arg-type]
    return (found.start, found.end, found.basis) if found else None


@pytest.mark.parametrize(
    ("lead", "tail", "expected"),
    [
        ("2014年，办公室培训了", "", (2014, 2014, "annual")),
        ("2014年的认捐总额约为3亿美元，与2013年（", "", (2013, 2013, "annual")),  # the nearest year wins
        ("有", "个国家在2013年得到了援助", (2013, 2013, "annual")),  # a year after the number, same clause
        ("办公室通过该倡议（2014年庆祝其成立5周年），向", "", (2015, 2015, "annual")),  # an aside is not read
        ("根据《2013年全球报告》，", "", (2015, 2015, "annual")),  # nor a title
        ("2013年和2014年，办公室继续为", "", (2013, 2014, "annual")),
        ("从2014年10月到2015年4月，办公室", "", (2014, 2015, "annual")),
        ("在2013-2014年期间，该股领导了", "", (2013, 2014, "annual")),
        ("为实现《2030年议程》，办公室", "", (2015, 2015, "annual")),
        ("截至2014年12月，办公室管理着", "", (2014, 2014, "annual")),
        ("2013年5月启动的门户网站收录了", "", (2015, 2015, "annual")),  # an event's date is not the period
    ],
)
def test_explicit_time_expressions(lead: str, tail: str, expected: tuple[int, int, str]) -> None:
    assert period(lead, tail=tail) == expected


def test_the_base_of_a_comparison_is_not_the_period_of_what_follows() -> None:
    assert period("2014年的认捐总额比2013年增加了5%，达到") == (2014, 2014, "annual")
    assert period("2014年，缔约国数目较上一年增加了4个，达到", "as_of") == (2014, 2014, "as_of")
    assert period("高于2013年的") == (2013, 2013, "annual")  # a value for the year compared with


def test_the_year_before_is_counted_from_the_year_the_sentence_named() -> None:
    assert period("2013年认捐额为2.9亿美元，比上一年（") == (2012, 2012, "annual")
    assert period("2013年普通用途收入低于前一年的") == (2012, 2012, "annual")
    # no year named before it: the year before the report's own, like the value it is compared with
    assert period("比上一年（") == (2014, 2014, "annual")


def test_part_of_one_year_is_not_that_years_flow() -> None:
    assert period("2015年1月至5月，在国家层次为") is None
    assert period("2015年上半年，认捐额为") is None
    assert period("2015年第三季度，办公室培训了") is None
    assert period("2015年上半年，缔约方达到", "as_of") == (2015, 2015, "as_of")  # a level is still dated


def test_values_stated_respectively_take_their_own_year() -> None:
    assert period("2013年和2014年的认捐总额分别为") == (2013, 2013, "annual")
    assert period("2013年和2014年的认捐总额分别为2.8亿美元和") == (2014, 2014, "annual")
    assert period("2013年和2014年的认捐总额分别为2.8亿美元、3亿美元和") is None  # a third value: no year
    assert period("2013年和2014年，办公室共培训了") == (2013, 2014, "annual")  # not respectively: both years


def test_a_biennium_written_with_a_dash() -> None:
    assert period("2016—2017两年期初步合并预算约", "biennium") == (2016, 2017, "biennium")
    assert period("2016–2017年合并预算为", "biennium") == (2016, 2017, "biennium")


def test_budgets_need_their_biennium() -> None:
    assert period("从2014-2015两年期的", "biennium") == (2014, 2015, "biennium")
    assert period("与2016-2017年", "biennium") == (2016, 2017, "biennium")
    assert period("经常预算为", "biennium") is None  # no period named: no budget observation


def test_a_budget_for_one_named_year_is_that_years_budget() -> None:
    # the UN regular budget has been annual since 2020
    assert period("2015年的经常预算为", "biennium") == (2015, 2015, "annual")
    # a year beside a biennium dates something else: the biennium is the budget's period, or none
    assert period("2015年，大会核准了2016-2017两年期的预算，数额为", "biennium") == (2016, 2017, "biennium")
    assert period("2014-2015两年期执行情况报告于2015年提交，经常预算为", "biennium") is None


def test_a_change_gives_the_level_before_the_stated_year() -> None:
    assert period("2015年，捐助方数目从", "as_of", tail="增加到90个") == (2014, 2014, "as_of")
    assert period("2015年，捐助方数目从88个增加到", "as_of") == (2015, 2015, "as_of")
    assert period("捐助方数目从", "as_of", tail="增至90个") == (2014, 2014, "as_of")  # before the coverage


def test_running_totals_are_cumulative_never_a_years_flow() -> None:
    assert period("迄今为止，已建立了港口管制组，总共缉获了") == (2016, 2016, "cumulative")
    assert period("2015年收到捐款，使该基金成立以来的捐款总额") == (2015, 2015, "cumulative")
    assert period("自2009年以来，该方案共培训了") == (2015, 2015, "cumulative")
    assert period("自2015年3月以来，该方案培训了") == (2015, 2015, "annual")  # within the coverage


def test_as_of_writing_takes_the_report_date_and_the_reporting_period_its_coverage() -> None:
    assert period("在编写本报告时，《公约》共有", "as_of") == (2016, 2016, "as_of")
    assert period("在本报告所述期间，《公约》有", "as_of", meta=GA) == (2016, 2016, "as_of")
    assert period("在本报告所述期间，办公室向", meta=GA) == (2016, 2016, "annual")  # mid-year to mid-year
    assert period("办公室向", meta=ED) == (2015, 2015, "annual")


def test_default_period_of_a_report() -> None:
    assert default_period(ED) == (2015, 2015)
    assert default_period(GA) == (2016, 2016)
    assert default_period(meta_for(published=2016, coverage=(2012, 2015))) == (2012, 2015)
    assert default_period(meta_for(published=None, coverage=None)) is None


def test_period_record_carries_its_rule() -> None:
    found = resolve_period(TimeContext("2014年，办公室培训了"), ED, "annual")
    assert isinstance(found, Period) and found.rule


def test_a_level_since_a_year_is_the_level_at_the_reports_end() -> None:
    assert period("自2012年以来，已有", "as_of") == (2015, 2015, "as_of")


def test_the_previous_reporting_period_is_the_reports_own_period_one_length_back() -> None:
    assert period("本期间办公室向52个国家提供了咨询，而上一报告期间为", meta=GA) == (2015, 2015, "annual")
    assert period("该股协助的国家数目比上一个报告所述期间的", meta=ED) == (2014, 2014, "annual")
    # only in the number's own clause: a later clause is the report's own period again
    assert period("上一报告期间为40个，本期间", meta=GA) == (2016, 2016, "annual")


def test_what_happened_within_a_cycle_that_ended_at_a_date_happened_in_that_year() -> None:
    assert period("在2014年10月结束的第三轮赠款周期中，基金资助了", meta=GA) == (2014, 2014, "annual")
    assert period("2014年10月启动的数据库收录了", meta=GA) == (2016, 2016, "annual")  # an event's date


def test_a_year_followed_by_another_since_phrase_is_that_year_not_a_start() -> None:
    [expr] = time_expressions("该方案在2012年取得了自启动以来最好的业绩", 2013)
    assert (expr.kind, expr.first) == ("year", 2012)
    [since] = time_expressions("自2006年方案启动以来", 2013)
    assert (since.kind, since.first) == ("since", 2006)
