"""Wordings met in a fiftieth round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_sentence_listing_a_years_results_after_a_colon_reads_each_part_on_its_own() -> None:
    text = (
        "1. 从全球层面看，2022 年的主要业务成果可概括为：办公室向 47 个国家提供了直接的国家一级反恐法律"
        "援助，共培训刑事司法和执法官员逾 6,300 名；在贩运人口和偷运移民领域，办公室向 110 多个国家"
        "提供了援助；在反腐败领域，办公室协助 128 个国家实施《联合国反腐败公约》，并向 37 个国家提供了"
        "资产追回支持；截至年底，集装箱管制方案已覆盖 74 个国家；来自 89 个国家的 312 个国家药物检验"
        "实验室参加了国际合作演练。\n"
    )
    found = facts(text, published=2023, coverage=(2022, 2022))
    assert ("countries_direct_assistance_counter_terrorism", 2022, 2022, "annual", 47, "exact") in found
    assert ("officials_trained_counter_terrorism", 2022, 2022, "annual", 6300, "at_least") in found
    assert ("countries_assisted_trafficking_smuggling", 2022, 2022, "annual", 110, "at_least") in found
    assert ("uncac_assisted_countries", 2022, 2022, "annual", 128, "exact") in found
    assert ("asset_recovery_countries_supported", 2022, 2022, "annual", 37, "exact") in found
    assert ("ccp_countries", 2022, 2022, "as_of", 74, "exact") in found
    assert ("ice_countries", 2022, 2022, "annual", 74, "exact") not in found


def test_parties_now_reached_training_that_covered_practitioners_and_new_ratifications() -> None:
    text = (
        "A. 贩运人口和偷运移民\n\n"
        "1. 在报告所述期间，又有三个国家批准或加入了《联合国打击跨国有组织犯罪公约》，"
        "缔约方总数目前达到 171 个。\n\n"
        "2. 能力建设仍是办公室工作的核心。报告所述期间，办公室举办的各类培训共覆盖 2,300 余名"
        "刑事司法从业人员。\n\n"
        "3. 恐怖主义预防处继续协助各国批准和实施反恐怖主义国际法律文书。在报告所述期间，接受援助的国家"
        "新增了 27 项对 18 项国际法律文书的批准。\n"
    )
    found = facts(text, published=2012, coverage=(2011, 2012))
    assert ("untoc_parties", 2012, 2012, "as_of", 171, "exact") in found
    assert ("practitioners_trained_trafficking_smuggling", 2012, 2012, "annual", 2300, "at_least") in found
    assert ("ct_instrument_new_ratifications", 2012, 2012, "annual", 27, "exact") in found


def test_an_amount_in_euros_converted_to_dollars_reads_the_words_before_the_euros() -> None:
    text = (
        "1. 2022 年，普通用途收入为 1,760 万欧元，约合 1,890 万美元，较 2021 年的 2,030 万美元下降 6.9%。\n"
    )
    found = facts(text, published=2023, coverage=(2022, 2022))
    assert ("general_purpose_income", 2022, 2022, "annual", 18_900_000, "approx") in found
    assert ("general_purpose_income", 2021, 2021, "annual", 20_300_000, "exact") in found


def test_countries_listed_by_region_then_their_total() -> None:
    text = (
        "五. 预防恐怖主义\n\n"
        "1. 在报告所述期间，该办公室向非洲 16 个、中东和北非 8 个、中亚 4 个以及拉丁美洲和加勒比 5 个国家"
        "提供了国家一级的直接法律援助，总计 33 个国家。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2017))
    direct = [f for f in found if f[0] == "countries_direct_assistance_counter_terrorism"]
    assert direct == [("countries_direct_assistance_counter_terrorism", 2017, 2017, "annual", 33, "exact")]


def test_a_record_level_and_a_record_since_the_start_are_no_running_total() -> None:
    text = (
        "五. 预防恐怖主义\n\n"
        "1. 在报告所述期间，接受办公室反恐培训的刑事司法官员人数达到创纪录的 5,300 多名，"
        "为该方案设立以来的历来最高数字，而上一报告所述期间的受训人数为 4,100 名。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2017))
    assert ("officials_trained_counter_terrorism", 2017, 2017, "annual", 5300, "at_least") in found
    assert ("officials_trained_counter_terrorism", 2016, 2016, "annual", 4100, "exact") in found


def test_planned_grants_and_a_programmes_own_extrabudgetary_funds_are_no_facts() -> None:
    text = (
        "1. 联合国贩运人口特别是妇女和儿童行为受害者自愿信托基金于 2010 年 8 月设立。该基金将于 2011 年"
        "首次发放赠款，初步计划资助 10 至 12 个非政府组织项目。\n\n"
        "2. 该方案的预算外资金 2010 年达到 930 万美元。\n"
    )
    found = facts(text, published=2011, coverage=(2010, 2010))
    assert not [f for f in found if f[0] in ("victims_trust_fund_grants", "extrabudgetary_resources")]
