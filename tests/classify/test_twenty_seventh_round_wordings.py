"""Wordings met in a twenty-seventh round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_values_listed_respectively_after_a_biennium_and_a_year() -> None:
    text = (
        "1. 2020-2021两年期的合并预算为7.4亿美元。"
        "其中预算外资源在2020-2021两年期和2022年分别为6.71亿美元和3.62亿美元。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("extrabudgetary_resources", 2020, 2021, "biennium", 671_000_000, "exact") in found
    assert ("extrabudgetary_resources", 2022, 2022, "annual", 362_000_000, "exact") in found


def test_the_running_total_a_years_receipts_bring_the_fund_to() -> None:
    text = (
        "1. 联合国贩运人口特别是妇女和儿童行为受害者自愿信托基金在2020年收到了约74万美元的捐款，"
        "使该基金自2010年设立以来的累计捐款达到超过880万美元。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("victims_trust_fund_contributions", 2020, 2020, "annual", 740_000, "approx") in found
    assert ("victims_trust_fund_contributions", 2020, 2020, "cumulative", 8_800_000, "at_least") in found


def test_a_compared_value_after_the_parts_of_a_total_continues_the_total() -> None:
    text = (
        "F. 预防恐怖主义\n\n"
        "1. 2021年，共培训刑事司法和执法官员5,140名，其中线上3,020名，面对面2,120名，"
        "较2020年（4,410名）增加了17%。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("officials_trained_counter_terrorism", 2021, 2021, "annual", 5140, "exact") in found
    assert ("officials_trained_counter_terrorism", 2020, 2020, "annual", 4410, "exact") in found
    assert 3020 not in {f[4] for f in found}


def test_同年_is_the_last_year_the_sentence_before_named() -> None:
    text = (
        "1. 在反恐领域，执行主任说，2014年办公室向31个国家提供了直接的反恐法律援助。"
        "同年，会员国对国际反恐法律文书新增批准22项。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2016))
    assert ("ct_instrument_new_ratifications", 2014, 2014, "annual", 22, "exact") in found


def test_parties_listed_respectively_after_a_convention_及其_its_protocols() -> None:
    text = (
        "1. 截至2015年12月31日，《联合国打击跨国有组织犯罪公约》及其《贩运人口议定书》和《偷运移民议定书》"
        "的缔约方数目分别为185、169和141个。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("untoc_parties", 2015, 2015, "as_of", 185, "exact") in found
    assert ("tip_protocol_parties", 2015, 2015, "as_of", 169, "exact") in found
    assert ("smuggling_protocol_parties", 2015, 2015, "as_of", 141, "exact") in found


def test_a_trend_then_the_level_at_a_month() -> None:
    text = (
        "1. 办公室早期预警咨询系统所监测的新精神活性物质数目持续增加，2016年1月为644种，"
        "向该系统报告发现此类物质的国家和领土为102个。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("nps_substances_monitored", 2016, 2016, "as_of", 644, "exact") in found
    assert ("nps_reporting_countries", 2016, 2016, "as_of", 102, "exact") in found


def test_a_draft_resolution_quoted_after_the_reports_paragraphs() -> None:
    text = (
        "1. 委员会在 2017 年 10 月举行了辩论。\n\n"
        "2. 第三委员会建议大会通过下列决议草案：\n\n"
        "决议草案一\n\n 大会，\n\n"
        " 注意到截至 2017 年 10 月 1 日《联合国打击跨国有组织犯罪公约》已有 188 个缔约国，\n\n"
        " 又注意到 2016 年毒品和犯罪问题办公室在打击贩运人口和偷运移民方面向逾 85 个国家提供了援助，"
        "并培训了 5,100 多名刑事司法从业人员和执法人员，\n\n"
        " 欢迎在打击恐怖主义方面开展的工作，\n\n"
        "1. 赞赏地注意到截至 2017 年 8 月 31 日，《联合国反腐败公约》6的缔约国已逾 182 个；\n\n"
        "2. 欢迎毒品和犯罪问题办公室 2016 年向 58 个国家提供了执行《联合国反腐败公约》的技术援助，"
        "并通过被盗资产追回举措向 19 个国家提供了资产追回支助；\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2017))
    assert ("untoc_parties", 2017, 2017, "as_of", 188, "exact") in found
    assert ("countries_assisted_trafficking_smuggling", 2016, 2016, "annual", 85, "at_least") in found
    assert ("practitioners_trained_trafficking_smuggling", 2016, 2016, "annual", 5100, "at_least") in found
    assert ("uncac_parties", 2017, 2017, "as_of", 182, "at_least") in found
    assert ("uncac_assisted_countries", 2016, 2016, "annual", 58, "exact") in found
    assert ("asset_recovery_countries_supported", 2016, 2016, "annual", 19, "exact") in found
    assert not [f for f in found if f[0] == "officials_trained_counter_terrorism"]


def test_trainees_named_as_such_after_their_count() -> None:
    text = (
        "1. 就贩运人口和偷运移民而言，2016年办公室向90多个国家提供了援助。"
        "3,100余名受训从业人员中，约四成为女性。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("practitioners_trained_trafficking_smuggling", 2016, 2016, "annual", 3100, "at_least") in found


def test_officials_被培训_counted_as_many_as() -> None:
    text = (
        "E. 预防恐怖主义\n\n1. 2015年，办公室向39个国家提供了国家一级的直接法律援助。"
        "被培训的刑事司法官员计3,300名之多。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2016))
    assert ("officials_trained_counter_terrorism", 2015, 2015, "annual", 3300, "exact") in found


def test_the_programmes_participating_countries_in_quotation_marks() -> None:
    text = "1. 截至2016年6月，集装箱管制方案的“36个参与国”已设立港口管制组合共58个。\n"
    found = facts(text, published=2016, coverage=(2015, 2016))
    assert ("ccp_countries", 2016, 2016, "as_of", 36, "exact") in found
