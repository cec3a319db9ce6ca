"""Wordings met in a seventh round of reports written blind to the rules (sentences rewritten for the
tests): a change from a level dated by a month, 与此同时 (meanwhile) after a sentence about a year, new
ratifications "completed", direct assistance to member States, and countries assisted on trafficking
as against a legislative task within that assistance."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_change_from_a_level_dated_by_a_month_dates_that_level() -> None:
    text = "1. 《联合国反腐败公约》的缔约国数目从 2013 年 5 月的 167 个增至截至 2014 年 5 月 30 日的 173 个。"
    assert facts(text, published=2014, coverage=(2013, 2014)) == {
        ("uncac_parties", 2013, 2013, "as_of", 167, "exact"),
        ("uncac_parties", 2014, 2014, "as_of", 173, "exact"),
    }


def test_meanwhile_is_the_latest_year_the_sentence_before_spoke_of() -> None:
    text = (
        "1. 普通用途收入从 2012 年的 1,400 万美元减至 2013 年的 1,100 万美元。"
        "与此同时，特别用途捐款约 2.9 亿美元。"
    )
    assert ("special_purpose_contributions", 2013, 2013, "annual", 290_000_000, "approx") in facts(
        text, published=2014, coverage=(2013, 2014)
    )


def test_new_ratifications_completed_and_direct_assistance_to_member_states() -> None:
    text = (
        "四. 预防恐怖主义\n\n"
        "1. 办公室继续协助会员国批准 19 项国际反恐法律文书。各国共完成了 28 项新的批准。\n\n"
        "2. 2016 年，办公室向 38 个会员国提供了国家一级的直接援助。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("ct_instrument_new_ratifications", 2016, 2016, "annual", 28, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2016, 2016, "annual", 38, "exact") in found


def test_countries_assisted_on_trafficking_not_the_countries_helped_to_draft_laws() -> None:
    text = (
        "1. 在打击贩运人口和偷运移民方面，办公室 2019 年向 80 多个国家提供援助，"
        "并协助 11 个国家修订了相关立法。"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert {f for f in found if f[0].startswith("countries")} == {
        ("countries_assisted_trafficking_smuggling", 2019, 2019, "annual", 80, "at_least"),
    }
