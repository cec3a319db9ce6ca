"""Wordings met in a seventeenth round of reports written blind to the rules: a report whose title names
its one topic, ratifications counted in other ways, a year that names a treaty or an amendment, the year
before in a report on one year (sentences made up for the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts

TITLE = "为执行与反恐怖主义有关的国际公约和议定书提供技术援助"
COUNTER_TERRORISM_REPORT = (
    "一. 国际法律框架的批准情况\n\n"
    "1. 普遍加入国际反恐法律文书仍是一项未完成的任务。截至 2019 年 12 月 31 日，会员国对 19 项文书的"
    "批准和加入总数为 3,080 项。\n\n"
    "2. 在报告所述期间，又有 25 项批准书或加入书交存有关保存人。新增批准集中在较新的文书上："
    "《核材料实物保护公约》2005 年修正案增加了九项，2010 年《制止与国际民用航空有关的非法行为的公约》"
    "增加了六项。\n\n"
    "3. 在编写本报告时，批准总数已进一步增至 3,095 项。\n\n"
    "二. 提供的技术援助\n\n"
    "4. 2019 年，毒品和犯罪问题办公室举办了 60 次区域和次区域讲习班，参加这些讲习班的官员来自 95 个国家。\n\n"
    "5. 受训人员的数目继续上升。全年接受培训的刑事司法和执法官员为 4,600 名，较上一年的 4,100 名增加了约"
    " 12%；与 2012 年的约 2,500 名相比几乎翻了一番。\n"
)


def test_a_report_on_one_topic_reads_every_section_under_its_title() -> None:
    found = facts(COUNTER_TERRORISM_REPORT, published=2020, coverage=(2019, 2019), title=TITLE)
    assert ("ct_instrument_ratifications", 2019, 2019, "as_of", 3080, "exact") in found
    assert ("ct_instrument_ratifications", 2020, 2020, "as_of", 3095, "exact") in found
    assert ("ct_instrument_new_ratifications", 2019, 2019, "annual", 25, "exact") in found
    assert ("countries_reached_ct_workshops", 2019, 2019, "annual", 95, "exact") in found
    assert ("officials_trained_counter_terrorism", 2019, 2019, "annual", 4600, "exact") in found


def test_a_year_that_names_a_treaty_or_an_amendment_dates_nothing() -> None:
    found = facts(COUNTER_TERRORISM_REPORT, published=2020, coverage=(2019, 2019), title=TITLE)
    assert not any(f[1] in (2005, 2010) for f in found)


def test_the_year_before_in_a_report_on_one_year() -> None:
    found = facts(COUNTER_TERRORISM_REPORT, published=2020, coverage=(2019, 2019), title=TITLE)
    assert ("officials_trained_counter_terrorism", 2018, 2018, "annual", 4100, "exact") in found
    assert ("officials_trained_counter_terrorism", 2012, 2012, "annual", 2500, "approx") in found


def test_a_title_listing_several_topics_heads_no_section() -> None:
    title = "打击跨国有组织犯罪、腐败和恐怖主义的国际合作"
    found = facts(COUNTER_TERRORISM_REPORT, published=2020, coverage=(2019, 2019), title=title)
    assert not any(f[0] == "countries_reached_ct_workshops" for f in found)


def test_the_amount_a_share_comes_to_and_a_budget_compared_with_the_biennium_before() -> None:
    text = (
        "1. 大会核准了 2020-2021 两年期方案预算。其中第 16 款下拨给毒品和犯罪问题办公室的经常预算资源为"
        " 4,620 万美元，比 2018-2019 两年期的数额（4,570 万美元）略有增加。\n\n"
        "2. 毒品和犯罪问题办公室 2020-2021 两年期初步合并预算为 7.6 亿美元，其中预算外资源约占 92%，"
        "计 7 亿美元；经常预算资源所占份额不足 6.1%。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("regular_budget", 2020, 2021, "biennium", 46_200_000, "exact") in found
    assert ("regular_budget", 2018, 2019, "biennium", 45_700_000, "exact") in found
    assert ("extrabudgetary_resources", 2020, 2021, "biennium", 700_000_000, "exact") in found
    assert not any(f[0] == "regular_budget" and f[4] == 700_000_000 for f in found)
