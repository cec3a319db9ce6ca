"""Wordings met in a fifteenth round of reports written blind to the rules: a bound standing for the
verb, an aside after a treaty's title, dates between a measure and its verb, the same biennium named in
the paragraph before, other names of earmarked funds (sentences made up for the tests)."""

from __future__ import annotations

import pytest

from tests.classify.helpers import facts


def test_a_bound_that_stands_for_the_verb() -> None:
    text = "1. 2019 年，自愿捐款认捐额超过 3.3 亿美元，在过去三年中持续增长。\n"
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("voluntary_contributions_pledged", 2019, 2019, "annual", 330_000_000, "at_least") in found


def test_an_aside_after_the_title_and_a_date_before_the_verb() -> None:
    text = (
        "1. 截至 2019 年 5 月 31 日，《联合国打击跨国有组织犯罪公约》（大会第 55/25 号决议，附件一）的"
        "缔约国已有 189 个。\n\n"
        "2. 《联合国反腐败公约》缔约国数目截至 2019 年 12 月 31 日为 187 个。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("untoc_parties", 2019, 2019, "as_of", 189, "exact") in found
    assert ("uncac_parties", 2019, 2019, "as_of", 187, "exact") in found


def test_countries_the_programme_assisted_with_the_year_after_a_comma() -> None:
    text = (
        "1. 打击洗钱、犯罪所得和资助恐怖主义全球方案所援助的国家，2019 年达到 77 个，"
        "多于 2018 年的 70 个。该方案全年共组织培训活动 120 余次。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("countries_assisted_money_laundering", 2019, 2019, "annual", 77, "exact") in found
    assert ("countries_assisted_money_laundering", 2018, 2018, "annual", 70, "exact") in found


@pytest.mark.parametrize("same", ["同一两年期的合并预算初步核定为", "该两年期的初步合并预算为"])
def test_the_same_biennium_named_in_the_paragraph_before(same: str) -> None:
    text = (
        "A. 财务状况\n\n"
        "1. 2020-2021 两年期，办公室的经常预算为 4,420 万美元，较 2018-2019 两年期有所增加。\n\n"
        f"2. {same} 6.12 亿美元，其中预算外资源 5.63 亿美元。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2020))
    assert ("consolidated_budget", 2020, 2021, "biennium", 612_000_000, "exact") in found
    assert ("extrabudgetary_resources", 2020, 2021, "biennium", 563_000_000, "exact") in found


def test_earmarked_contributions_and_the_funds_named_after_the_pledges() -> None:
    text = (
        "1. 2019 年，自愿捐款认捐达到 3.4 亿美元。按基金划分，药物管制规划署基金 1.45 亿美元，"
        "预防犯罪和刑事司法基金 1.95 亿美元。\n\n"
        "2. 专用资金继续占主导地位：2019 年收到的专用捐款为 3.12 亿美元。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("drug_fund_pledges", 2019, 2019, "annual", 145_000_000, "exact") in found
    assert ("crime_fund_pledges", 2019, 2019, "annual", 195_000_000, "exact") in found
    assert ("special_purpose_contributions", 2019, 2019, "annual", 312_000_000, "exact") in found


def test_parties_funds_recipients_and_donors_in_short_statements() -> None:
    text = (
        "A. 条约\n\n"
        "1. 截至 2019 年 12 月 31 日，《联合国打击跨国有组织犯罪公约》的缔约方数目达到 189 个。"
        "三项议定书的缔约方数目，《贩运人口议定书》为 175 个，《偷运移民议定书》为 149 个，"
        "《枪支议定书》则达到 118 个。\n\n"
        "2. 打击洗钱全球方案的援助覆盖面进一步扩大：2019 年受援国家共 96 个，比 2018 年的 90 个有所增加。\n\n"
        "3. 2019 年，自愿捐款认捐额为 3.4 亿美元。按基金分列，预防犯罪和刑事司法基金的认捐额为 1.9 亿美元；"
        "药物管制方案基金为 1.5 亿美元。\n\n"
        "4. 2019 年的捐助方有 97 个，比 2018 年多 5 个。捐助方中有 15 个提供了多年期捐款。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("tip_protocol_parties", 2019, 2019, "as_of", 175, "exact") in found
    assert ("smuggling_protocol_parties", 2019, 2019, "as_of", 149, "exact") in found
    assert ("firearms_protocol_parties", 2019, 2019, "as_of", 118, "exact") in found
    assert ("countries_assisted_money_laundering", 2019, 2019, "annual", 96, "exact") in found
    assert ("drug_fund_pledges", 2019, 2019, "annual", 150_000_000, "exact") in found
    assert ("donor_count", 2019, 2019, "annual", 97, "exact") in found
    assert not any(f[0] == "donor_count" and f[4] == 15 for f in found)  # a part of the donors


def test_a_comma_before_the_total_and_donors_counted_with_gong() -> None:
    text = (
        "A. 法证\n\n"
        "1. 国际协作演练每年举行两轮。参加 2019 年演练的国家药物检测实验室，共计 201 个，"
        "分布在 70 个国家，比上一年多 9 个。\n\n"
        "2. 2019 年向毒品和犯罪问题办公室提供捐款的捐助方共 88 个，其中包括 7 个新捐助方。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ice_laboratories", 2019, 2019, "annual", 201, "exact") in found
    assert ("donor_count", 2019, 2019, "annual", 88, "exact") in found


def test_funds_within_the_total_the_sentence_before_dated() -> None:
    text = (
        "A. 财务\n\n"
        "1. 自愿捐款方面，2019 年的认捐总额为 3.3 亿美元，比 2018 年（约 3.1 亿美元）增长了 6%。"
        "在认捐总额中，药物管制方案基金为 1.4 亿美元，预防犯罪和刑事司法基金为 1.9 亿美元。\n"
    )
    found = facts(text, published=2021, coverage=(2019, 2020))
    assert ("drug_fund_pledges", 2019, 2019, "annual", 140_000_000, "exact") in found
    assert ("crime_fund_pledges", 2019, 2019, "annual", 190_000_000, "exact") in found


def test_a_change_from_an_amount_with_a_thousands_separator() -> None:
    text = "1. 2019 年，普通用途资金则从 2018 年的 1,840 万美元减至 1,510 万美元。\n"
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("general_purpose_income", 2018, 2018, "annual", 18_400_000, "exact") in found
    assert ("general_purpose_income", 2019, 2019, "annual", 15_100_000, "exact") in found


def test_two_funds_paired_with_their_pledges_past_the_words_they_share() -> None:
    text = (
        "1. 2019 年的自愿捐款认捐额为 3.1 亿美元。其中，联合国国际药物管制规划署基金和联合国预防犯罪和"
        "刑事司法基金在该年度内所获认捐分别为 1.3 亿美元和 1.8 亿美元。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("drug_fund_pledges", 2019, 2019, "annual", 130_000_000, "exact") in found
    assert ("crime_fund_pledges", 2019, 2019, "annual", 180_000_000, "exact") in found


def test_the_level_compared_with_before_the_increase() -> None:
    text = (
        "1. 集装箱管制方案的港口管制单位 2019 年共查获可卡因 7.1 吨。可卡因缉获量较 2018 年的 3.2 吨"
        "增幅超过 120%。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ccp_cocaine_seized", 2018, 2018, "annual", 3.2, "exact") in found


def test_counter_terrorism_and_anti_corruption_aid_in_other_orders() -> None:
    text = (
        "1. 通过举办区域和分区域讲习班（2018 年共 26 次），毒品和犯罪问题办公室预防恐怖主义处当年的反恐法律"
        "援助覆盖了 88 个国家；在国家一级直接获得援助的国家则有 30 个。\n\n"
        "2. 2018 年，毒品和犯罪问题办公室提供的反腐败技术援助惠及 50 余个国家。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("countries_reached_ct_workshops", 2018, 2018, "annual", 88, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2018, 2018, "annual", 30, "exact") in found
    assert ("uncac_assisted_countries", 2018, 2018, "annual", 50, "at_least") in found


def test_more_counts_stated_after_their_nouns() -> None:
    text = (
        "B. 贩运人口和偷运移民\n\n"
        "1. 在打击贩运人口和偷运移民方面获得毒品和犯罪问题办公室援助的国家，2018 年为 80 多个。\n\n"
        "C. 腐败\n\n"
        "2. 2018 年接受办公室援助实施《联合国反腐败公约》的国家有 64 个。\n\n"
        "D. 预防恐怖主义\n\n"
        "3. 2018 年，受援国新批准国际反恐法律文书 25 项，批准总数随之达到 3,110 项。\n\n"
        "E. 法证\n\n"
        "4. 国际合作演练方面，2018 年参加演练的国家药物检测实验室共 205 个。在 2017 年分两轮举行的国际合作"
        "演练中，提交结果的国家药物检测实验室有 198 个。\n\n"
        "F. 资金\n\n"
        "5. 自愿捐款认捐在 2018 年达到 3.6 亿美元，比 2017 年增加约 7%；十年前，即 2008 年，这一数额仅为"
        " 2.6 亿美元。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("countries_assisted_trafficking_smuggling", 2018, 2018, "annual", 80, "at_least") in found
    assert ("uncac_assisted_countries", 2018, 2018, "annual", 64, "exact") in found
    assert ("ct_instrument_ratifications", 2018, 2018, "as_of", 3110, "exact") in found
    assert ("ice_laboratories", 2018, 2018, "annual", 205, "exact") in found
    assert ("ice_laboratories", 2017, 2017, "annual", 198, "exact") in found
    assert ("voluntary_contributions_pledged", 2008, 2008, "annual", 260_000_000, "exact") in found


def test_seizures_in_the_paragraph_after_the_programme_and_a_series_after_a_colon() -> None:
    text = (
        "1. 2019 年，集装箱管制方案又有 6 个国家加入，参与该方案的国家共计 60 个。\n\n"
        "2. 在缉获方面，可卡因、海洛因和大麻 2019 年的缉获量分别为约 61 吨、830 公斤和 51.4 吨。"
        "可卡因缉获量已连续第三年上升：2017 年为 44.2 吨，2018 年为 52 吨。自方案于 2006 年启动以来，"
        "累计缉获的可卡因已有 260 多吨。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ccp_cocaine_seized", 2019, 2019, "annual", 61, "approx") in found
    assert ("ccp_heroin_seized", 2019, 2019, "annual", 0.83, "exact") in found
    assert ("ccp_cannabis_seized", 2019, 2019, "annual", 51.4, "exact") in found
    assert ("ccp_cocaine_seized", 2017, 2017, "annual", 44.2, "exact") in found
    assert ("ccp_cocaine_seized", 2018, 2018, "annual", 52, "exact") in found
    assert ("ccp_cocaine_seized", 2019, 2019, "cumulative", 260, "at_least") in found


def test_sixteenth_round_wordings_read_blind() -> None:
    text = (
        "A. 药物管制\n\n"
        "1. 截至 2019 年 12 月，报告的新型精神活性物质总数达 612 种（2018 年 12 月为 541 种）。"
        "参加国际合作演练的国家药物检验实验室增至 201 个（2018 年为 190 个），分布在 66 个国家。\n\n"
        "B. 洗钱\n\n"
        "2. 接受打击洗钱、犯罪所得和资助恐怖主义全球方案援助的国家，2019 年共计 79 个。\n\n"
        "C. 预防恐怖主义\n\n"
        "3. 2019 年，该处通过 40 次区域和次区域讲习班接触到了 83 个国家。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("nps_substances_monitored", 2018, 2018, "as_of", 541, "exact") in found
    assert ("ice_laboratories", 2019, 2019, "annual", 201, "exact") in found
    assert ("ice_countries", 2019, 2019, "annual", 66, "exact") in found
    assert ("countries_assisted_money_laundering", 2019, 2019, "annual", 79, "exact") in found
    assert ("countries_reached_ct_workshops", 2019, 2019, "annual", 83, "exact") in found
