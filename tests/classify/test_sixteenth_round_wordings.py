"""Wordings met in a sixteenth round of reports written blind to the rules: parties listed with each
treaty's title after its count, an as-of date in the sentence before, 同年 opening a paragraph, instruments
named as 此类文书 (sentences made up for the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_protocol_parties_each_followed_by_its_title_as_of_the_date_before() -> None:
    text = (
        "A. 条约\n\n"
        "1. 截至 2018 年 5 月 31 日，《公约》的缔约方总数达到 189 个。"
        "《公约》三项议定书的缔约方数目依次为 173 个"
        "（《关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》）、"
        "146 个（《关于打击陆、海、空偷运移民的补充议定书》）和 116 个"
        "（《关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书》）。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("tip_protocol_parties", 2018, 2018, "as_of", 173, "exact") in found
    assert ("smuggling_protocol_parties", 2018, 2018, "as_of", 146, "exact") in found
    assert ("firearms_protocol_parties", 2018, 2018, "as_of", 116, "exact") in found


def test_the_same_year_opening_a_paragraph_and_such_instruments() -> None:
    text = (
        "D. 预防恐怖主义\n\n"
        "1. 该办公室继续协助会员国批准和实施十九项普遍性反恐怖主义国际法律文书。"
        "2017 年，在该办公室的援助下，各国共批准或加入此类文书 33 项，"
        "使截至 2017 年底的批准总数达到 3,040 项。此外，该办公室注重法治。\n\n"
        "2. 同年，毒品和犯罪问题办公室向 36 个国家提供了国家一级的直接援助，并通过 48 次区域和分区域讲习班"
        "覆盖了 95 个国家。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("ct_instrument_new_ratifications", 2017, 2017, "annual", 33, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2017, 2017, "annual", 36, "exact") in found
    assert ("countries_reached_ct_workshops", 2017, 2017, "annual", 95, "exact") in found


def test_values_named_by_their_kind_and_year_before() -> None:
    text = (
        "A. 条约\n\n"
        "1. 截至 2019 年 12 月 31 日，《联合国打击跨国有组织犯罪公约》有 190 个缔约方。三项议定书中，"
        "《贩运人口议定书》缔约方 175 个，《偷运移民议定书》148 个，《枪支议定书》118 个。\n\n"
        "B. 贩运人口和偷运移民\n\n"
        "2. 2019 年，毒品和犯罪问题办公室在打击贩运人口和偷运移民方面协助的国家超过 110 个。\n\n"
        "C. 预防恐怖主义\n\n"
        "3. 2019 年，会员国新批准普遍性反恐法律文书共二十六项。\n\n"
        "D. 资金\n\n"
        "4. 2019 年，自愿捐款认捐额达 3.7 亿美元。从较长时期看，认捐额较 2015 年（2.8 亿美元）增长了约 32%。"
        "2019 年普通用途收入仅为 450 万美元，只及 2015 年水平（1,120 万美元）的约 40%。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("smuggling_protocol_parties", 2019, 2019, "as_of", 148, "exact") in found
    assert ("firearms_protocol_parties", 2019, 2019, "as_of", 118, "exact") in found
    assert ("countries_assisted_trafficking_smuggling", 2019, 2019, "annual", 110, "at_least") in found
    assert ("ct_instrument_new_ratifications", 2019, 2019, "annual", 26, "exact") in found
    assert ("voluntary_contributions_pledged", 2015, 2015, "annual", 280_000_000, "exact") in found
    assert ("general_purpose_income", 2015, 2015, "annual", 11_200_000, "exact") in found


def test_two_seized_substances_sharing_their_measure_word() -> None:
    text = (
        "1. 2019 年，集装箱管制方案各管制组缉获的可卡因达 91.2 吨。海洛因和大麻缉获量分别为 2.6 吨和"
        " 27,800 公斤。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ccp_heroin_seized", 2019, 2019, "annual", 2.6, "exact") in found
    assert ("ccp_cannabis_seized", 2019, 2019, "annual", 27.8, "exact") in found


def test_the_next_year_and_the_same_year_after_it() -> None:
    text = (
        "1. 普通用途收入继续减少。2016 年，毒品和犯罪问题办公室收到的普通用途资金为 1,290 万美元，"
        "次年降至 1,050 万美元。同年，共有 97 个捐助方向该办公室提供了捐款。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("general_purpose_income", 2016, 2016, "annual", 12_900_000, "exact") in found
    assert ("general_purpose_income", 2017, 2017, "annual", 10_500_000, "exact") in found
    assert ("donor_count", 2017, 2017, "annual", 97, "exact") in found


def test_laboratories_and_countries_with_last_years_values_listed_in_brackets() -> None:
    text = (
        "A. 法证\n\n"
        "1. 参加 2019 年两轮国际合作演练的国家药物检验实验室共计 296 个，来自 72 个国家"
        "（2018 年分别为 281 个和 69 个）。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ice_laboratories", 2019, 2019, "annual", 296, "exact") in found
    assert ("ice_countries", 2019, 2019, "annual", 72, "exact") in found
    assert ("ice_laboratories", 2018, 2018, "annual", 281, "exact") in found
    assert ("ice_countries", 2018, 2018, "annual", 69, "exact") in found


def test_more_wordings_of_the_sixteenth_round() -> None:
    text = (
        "A. 条约\n\n"
        "1. 截至 2019 年 12 月 31 日，《公约》缔约方为 190 个；其各项议定书的缔约方分别为：《贩运人口议定书》"
        "176 个，《偷运移民议定书》149 个，《枪支议定书》118 个。\n\n"
        "B. 其他\n\n"
        "2. 2019 年，毒品和犯罪问题办公室在打击贩运人口和偷运移民方面为 97 个国家提供了援助。"
        "接受培训的刑事司法从业人员和一线官员超过 4,600 名。\n\n"
        "3. 2019 年，打击洗钱、犯罪所得和资助恐怖主义全球方案的受援国家百余个。\n\n"
        "C. 腐败\n\n"
        "4. 获得毒品和犯罪问题办公室实施《联合国反腐败公约》援助的国家，2019 年近 70 个。\n\n"
        "D. 其他\n\n"
        "5. 2019 年，恐怖主义预防处通过区域和次区域讲习班向 76 个国家提供了支持。\n\n"
        "6. 2019 年，集装箱管制方案各管制股缉获的可卡因为 73.5 吨。自 2004 年启动以来，该方案下缉获的"
        "可卡因累计逾 430 吨。\n\n"
        "7. 2019 年普通用途收入为 480 万美元，仅为 2014 年（1,180 万美元）的约 41%。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("tip_protocol_parties", 2019, 2019, "as_of", 176, "exact") in found
    assert ("practitioners_trained_trafficking_smuggling", 2019, 2019, "annual", 4600, "at_least") in found
    assert ("countries_assisted_money_laundering", 2019, 2019, "annual", 100, "at_least") in found
    assert ("uncac_assisted_countries", 2019, 2019, "annual", 70, "at_most") in found
    assert ("countries_reached_ct_workshops", 2019, 2019, "annual", 76, "exact") in found
    assert ("ccp_cocaine_seized", 2019, 2019, "cumulative", 430, "at_least") in found
    assert ("general_purpose_income", 2014, 2014, "annual", 11_800_000, "exact") in found


def test_regression_floor_wordings_of_the_two_rounds() -> None:
    text = (
        "A. 集装箱管制\n\n"
        "1. 2018 年，各港口管制单位的缉获量分别为：可卡因 52.3 吨，海洛因 1,100 公斤。"
        "可卡因缉获量比上一年（40.2 吨）增加了四分之一以上。截至 2019 年 4 月，参加方案的国家已达 61 个，"
        "比一年前增加了七个；在其中 50 个国家，已设立并投入运作的港口管制组共计 98 个。\n\n"
        "B. 恐怖主义\n\n"
        "2. 2018 年，各国共交存了 29 份关于 19 项防止和制止恐怖主义国际法律文书的批准书或加入书。"
        "直接援助方面，2018 年受援国为 38 个。\n\n"
        "C. 受害者基金\n\n"
        "3. 联合国贩运人口特别是妇女和儿童行为受害者自愿信托基金在 2018 年第四次征集提案，从 300 多份提案中"
        "选定了 21 个项目，赠款总额为 81 万美元。\n\n"
        "D. 评价\n\n"
        "4. 2018 年，独立评价股完成了 25 项独立项目评价和三项深入评价（2017 年分别为 19 项和两项）。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("ccp_cocaine_seized", 2017, 2017, "annual", 40.2, "exact") in found
    assert ("ccp_port_control_units", 2019, 2019, "as_of", 98, "exact") in found
    assert ("ct_instrument_new_ratifications", 2018, 2018, "annual", 29, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2018, 2018, "annual", 38, "exact") in found
    assert ("victims_trust_fund_grants", 2018, 2018, "annual", 21, "exact") in found
    assert ("project_evaluations", 2017, 2017, "annual", 19, "exact") in found


def test_trainees_listed_at_length_and_this_figure_in_another_year() -> None:
    text = (
        "B. 贩运人口和偷运移民\n\n"
        "1. 仅 2018 年一年，接受办公室培训的警察、检察官、法官、劳动监察员、移民官员和受害者援助服务提供者"
        "人数合计即达 2,480 名。\n\n"
        "C. 腐败\n\n"
        "2. 2018 年接受办公室援助实施《公约》的国家有 66 个；这一数字在 2017 年为 58 个。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("practitioners_trained_trafficking_smuggling", 2018, 2018, "annual", 2480, "exact") in found
    assert ("uncac_assisted_countries", 2017, 2017, "annual", 58, "exact") in found


def test_protocols_named_without_their_title_marks() -> None:
    text = (
        "A. 条约\n\n"
        "1. 截至 2019 年 5 月 31 日，《联合国打击跨国有组织犯罪公约》的缔约国已有 189 个。"
        "至于《公约》的三项补充议定书，即贩运人口议定书、偷运移民议定书和枪支议定书，"
        "其缔约国数目依次为 175 个、149 个和 117 个。\n\n"
        "2. 截至 2020 年底，三项议定书的缔约国数目如下：贩运人口议定书 178 个，偷运移民议定书 150 个，"
        "枪支议定书 119 个。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("tip_protocol_parties", 2019, 2019, "as_of", 175, "exact") in found
    assert ("smuggling_protocol_parties", 2019, 2019, "as_of", 149, "exact") in found
    assert ("firearms_protocol_parties", 2019, 2019, "as_of", 117, "exact") in found
    assert ("tip_protocol_parties", 2020, 2020, "as_of", 178, "exact") in found
    assert ("firearms_protocol_parties", 2020, 2020, "as_of", 119, "exact") in found


def test_the_exact_level_reached_after_a_bound_replaces_the_bound() -> None:
    text = (
        "1. 捐助基础继续扩大。2019 年提供捐款的捐助方数目首次超过 110 个，达到 112 个（2018 年为 101 个）。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("donor_count", 2019, 2019, "annual", 112, "exact") in found
    assert ("donor_count", 2018, 2018, "annual", 101, "exact") in found
    assert not any(f[4] == 110 for f in found)  # the bound passed on the way is no value of its own


def test_a_budget_part_in_the_sentence_after_the_biennium() -> None:
    text = (
        "1. 经常预算拨款 2018-2019 两年期为 4,680 万美元，仅占同一两年期合并预算 7.2 亿美元的 6.5%。"
        "合并预算中的其余部分绝大多数为预算外资源，共计 6.5 亿美元。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("extrabudgetary_resources", 2018, 2019, "biennium", 650_000_000, "exact") in found
