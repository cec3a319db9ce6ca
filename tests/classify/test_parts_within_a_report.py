"""One report, one value per measure and period: a much smaller value of the same indicator and period
that the same report states elsewhere is a part of it (a region, one programme, one course), not a
second statement of it. Values close to each other stay side by side, as the report's own disagreement.
Sentences written for the tests."""

from __future__ import annotations

from tests.classify.helpers import facts


def _values(found: set[tuple[str, int, int, str, float, str]], indicator: str) -> set[float]:
    return {f[4] for f in found if f[0] == indicator}


def test_a_regional_sub_count_in_a_later_paragraph_is_no_second_value() -> None:
    text = (
        "1. 2015 年，毒品和犯罪问题办公室协助 80 多个国家打击贩运人口和偷运移民，"
        "培训了 2,900 名刑事司法从业人员。\n"
        "2. 办公室还在西部和中部非洲为 9 个国家的 300 名检察官举办了关于偷运移民调查的培训。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert _values(found, "countries_assisted_trafficking_smuggling") == {80}
    assert _values(found, "practitioners_trained_trafficking_smuggling") == {2900}


def test_a_report_restating_a_value_a_little_differently_keeps_both() -> None:
    text = (
        "1. 2015 年，办公室举办的反恐怖主义区域讲习班覆盖了 72 个国家。\n"
        "2. 在反恐怖主义方面，2015 年的区域讲习班共覆盖 74 个国家。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert _values(found, "countries_reached_ct_workshops") == {72, 74}


def test_projects_whose_evaluation_work_was_guided_are_no_evaluations() -> None:
    text = "1. 2014 年，独立评价股完成了 31 项独立项目评价，并为 70 多个项目的评价工作提供了咨询。\n"
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert _values(found, "project_evaluations") == {31}


def test_applications_to_the_victims_fund_are_no_grants() -> None:
    text = (
        "1. 在 2015 年结束的赠款周期中，联合国贩运人口特别是妇女和儿童行为受害者自愿信托基金"
        "从 250 份项目申请中选出 24 个项目予以资助。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert _values(found, "victims_trust_fund_grants") == {24}
