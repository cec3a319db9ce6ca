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


def test_amounts_in_brackets_after_shares_and_this_figure_after_an_opening_clause() -> None:
    text = (
        "A. 资金\n\n"
        "1. 2021 年，自愿捐款认捐总额达到 4.2 亿美元，创历史新高。\n\n"
        "2. 在这一总额中，药物管制方案基金所占份额约为 30%（1.26 亿美元），预防犯罪和刑事司法基金约为 70%"
        "（2.94 亿美元）。\n\n"
        "3. 2021 年拨给毒品和犯罪问题办公室的经常预算资源为 2,410 万美元。但按实际价值计算，这一数额与"
        " 2016-2017 两年期（4,630 万美元，即每年约 2,315 万美元）相比有所减少。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("drug_fund_pledges", 2021, 2021, "annual", 126_000_000, "exact") in found
    assert ("crime_fund_pledges", 2021, 2021, "annual", 294_000_000, "exact") in found
    assert ("regular_budget", 2016, 2017, "biennium", 46_300_000, "exact") in found


def test_counts_after_other_subjects_and_verbs() -> None:
    text = (
        "A. 条约\n\n"
        "1. 截至 2021 年 12 月 31 日，《公约》的缔约方为 190 个。三项补充议定书的缔约方数目同样有所增加"
        "（《贩运人口议定书》178 个，《偷运移民议定书》150 个，《枪支议定书》121 个）。\n\n"
        "B. 洗钱\n\n"
        "2. 打击洗钱、犯罪所得和资助恐怖主义全球方案的受益国家在 2021 年为 72 个（2020 年：65 个）。\n\n"
        "C. 恐怖主义\n\n"
        "3. 2021 年，毒品和犯罪问题办公室向 38 个国家直接提供了国家一级的反恐法律援助。\n\n"
        "D. 评价\n\n"
        "4. 2021 年，独立评价科完成了 38 项评价，其中 31 项为独立项目评价。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("tip_protocol_parties", 2021, 2021, "as_of", 178, "exact") in found
    assert ("firearms_protocol_parties", 2021, 2021, "as_of", 121, "exact") in found
    assert ("countries_assisted_money_laundering", 2021, 2021, "annual", 72, "exact") in found
    assert ("countries_assisted_money_laundering", 2020, 2020, "annual", 65, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2021, 2021, "annual", 38, "exact") in found
    assert ("project_evaluations", 2021, 2021, "annual", 31, "exact") in found


def test_more_seventeenth_round_wordings() -> None:
    text = (
        "A. 条约\n\n"
        "1. 在编写本报告时，《公约》共有 180 个缔约方；关于贩运人口、偷运移民和枪支的三项议定书的缔约方则"
        "分别为 160 个、140 个和 100 个。\n\n"
        "B. 贩运人口\n\n"
        "2. 能力建设仍是援助的主要形式。当年，接受该办公室培训的警察、检察官、法官、劳动监察员和社会工作者"
        "约为 3,100 名。\n\n"
        "3. 2019 年，联合国贩运人口特别是妇女和儿童行为受害者自愿信托基金收到捐款约 90 万美元，该基金自"
        " 2010 年设立以来所获捐款总额由此超过 1,100 万美元。\n\n"
        "C. 预防恐怖主义\n\n"
        "4. 截至 2019 年 12 月 31 日，会员国对 19 项国际反恐法律文书的批准总数达到 3,080 项。当年新增的"
        "批准和加入为 30 项。\n\n"
        "D. 资金\n\n"
        "5. 特别用途捐款仍占绝大部分，约 3.6 亿美元，即认捐总额的 96% 左右。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("tip_protocol_parties", 2020, 2020, "as_of", 160, "exact") in found
    assert ("firearms_protocol_parties", 2020, 2020, "as_of", 100, "exact") in found
    assert ("practitioners_trained_trafficking_smuggling", 2019, 2019, "annual", 3100, "approx") in found
    assert ("victims_trust_fund_contributions", 2019, 2019, "cumulative", 11_000_000, "at_least") in found
    assert ("ct_instrument_new_ratifications", 2019, 2019, "annual", 30, "exact") in found
    assert ("special_purpose_contributions", 2019, 2019, "annual", 360_000_000, "approx") in found
