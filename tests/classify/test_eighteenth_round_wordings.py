"""Wordings met in an eighteenth round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_the_programme_and_its_units_in_the_paragraph_before() -> None:
    text = (
        "A. 减少供应\n\n"
        "1. 集装箱管制方案在 2019 年继续扩大。年底时，参加方案的国家共有 70 个，已投入运作的港口管制组和"
        "航空货运管制组合计 125 个（2018 年底为 110 个）。\n\n"
        "2. 这些管制组在当年的查获量创下新高。在可卡因方面，查获量约 95 吨；海洛因查获 1,700 公斤，"
        "大麻查获 27 吨。\n\n"
        "3. 截至 2015 年底，该方案已扩展到 49 个国家；其中 31 个国家已设立并运作港口管制组，"
        "管制组总数为 56 个。"
        "与 2014 年相比，可卡因的查获量有所增加（2014 年为 32.5 吨）。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("ccp_countries", 2019, 2019, "as_of", 70, "exact") in found
    assert ("ccp_port_control_units", 2019, 2019, "as_of", 125, "exact") in found
    assert ("ccp_port_control_units", 2018, 2018, "as_of", 110, "exact") in found
    assert ("ccp_heroin_seized", 2019, 2019, "annual", 1.7, "exact") in found
    assert ("ccp_cannabis_seized", 2019, 2019, "annual", 27, "exact") in found
    assert ("ccp_port_control_units", 2015, 2015, "as_of", 56, "exact") in found
    assert ("ccp_cocaine_seized", 2014, 2014, "annual", 32.5, "exact") in found


def test_counts_in_brackets_and_other_names_of_their_measures() -> None:
    text = (
        "A. 条约\n\n"
        "1. 截至 2019 年 12 月 31 日，批准或加入国家最多的仍是《关于预防、"
        "禁止和惩治贩运人口特别是妇女和儿童"
        "行为的补充议定书》（176 个缔约方）。\n\n"
        "B. 判例\n\n"
        "2. 截至 2019 年底，夏洛克交流站收录的贩运人口案例超过 1,850 起，"
        "偷运移民案例为 870 起（一年前为 690 起）。"
        "\n\nC. 腐败\n\n"
        "3. 2019 年获得办公室支助以执行《公约》的国家有 65 个（2018 年为 58 个）。\n\n"
        "D. 恐怖主义\n\n"
        "4. 2019 年，各国对 19 项国际反恐法律文书新增 22 项批准，"
        "批准总数因而升至 3,129 项。办公室另举办区域和"
        "次区域讲习班 63 次，覆盖 94 个国家。4,350 多名官员参加了反恐培训，"
        "高于 2018 年的受训人数（约 3,900 名）。"
        "\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("tip_protocol_parties", 2019, 2019, "as_of", 176, "exact") in found
    assert ("trafficking_case_law_cases", 2019, 2019, "as_of", 1850, "at_least") in found
    assert ("smuggling_case_law_cases", 2018, 2018, "as_of", 690, "exact") in found
    assert ("uncac_assisted_countries", 2019, 2019, "annual", 65, "exact") in found
    assert ("uncac_assisted_countries", 2018, 2018, "annual", 58, "exact") in found
    assert ("ct_instrument_new_ratifications", 2019, 2019, "annual", 22, "exact") in found
    assert ("ct_instrument_ratifications", 2019, 2019, "as_of", 3129, "exact") in found
    assert ("countries_reached_ct_workshops", 2019, 2019, "annual", 94, "exact") in found
    assert ("officials_trained_counter_terrorism", 2018, 2018, "annual", 3900, "approx") in found


def test_funds_that_received_pledges_named_the_sentence_before() -> None:
    text = (
        "1. 2015 年，会员国和其他捐助方向办公室认捐的自愿捐款约 2.86 亿美元。其中，联合国国际药物管制规划署"
        "基金获得 1.24 亿美元，联合国预防犯罪和刑事司法基金获得 1.62 亿美元。\n\n"
        "2. 打击洗钱、犯罪收益和资助恐怖主义行为全球方案的援助对象在 2015 年涵盖 90 个国家。\n\n"
        "3. 2015 年，参加国际合作演练的实验室数目升至 201 个，来自 62 个国家（上一年为 57 个）。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("drug_fund_pledges", 2015, 2015, "annual", 124_000_000, "exact") in found
    assert ("crime_fund_pledges", 2015, 2015, "annual", 162_000_000, "exact") in found
    assert ("countries_assisted_money_laundering", 2015, 2015, "annual", 90, "exact") in found
    assert ("ice_countries", 2014, 2014, "annual", 57, "exact") in found


def test_a_running_total_as_of_a_date_and_the_grants_among_proposals() -> None:
    text = (
        "1. 联合国贩运人口特别是妇女和儿童行为受害者自愿信托基金由毒品和犯罪问题办公室负责管理。该基金自"
        " 2010 年设立以来收到的捐款，截至 2019 年 3 月累计约为 420 万美元。"
        "2018 年开展的第四轮赠款征集共收到"
        " 280 多项提案，最终有 21 个非政府组织项目获得资助。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("victims_trust_fund_contributions", 2019, 2019, "cumulative", 4_200_000, "approx") in found
    assert ("victims_trust_fund_grants", 2018, 2018, "annual", 21, "exact") in found
    assert not any(f[0] == "victims_trust_fund_grants" and f[4] == 280 for f in found)


def test_more_eighteenth_round_wordings() -> None:
    text = (
        "A. 减少供应\n\n"
        "1. 集装箱管制方案在 2018 年继续扩大。\n\n"
        "2. 这些管制组在该年度截获的各类毒品数量均创下新高，其中仅海洛因一项就达 1,400 公斤；可卡因约 40 吨"
        "（2017 年为 31 吨），大麻 60 吨。\n\n"
        "B. 贩运人口和偷运移民\n\n"
        "3. 截至 2018 年底，贩运人口案例法数据库录入的判决已达 1,900 起；夏洛克门户案例法数据库中涉及"
        "偷运移民的案件则为 650 起。2018 年，该办公室的工作主要包括：(a) 为 100 个国家提供了援助；"
        "(b) 培训检察官、法官、执法人员、劳动监察员和受害人服务提供者等从业人员 5,800 多名。\n\n"
        "C. 预防恐怖主义\n\n"
        "4. 该处继续协助会员国批准国际反恐法律文书。"
        "2018 年，各国新交存的批准书或加入书共计 26 份（2017 年：30 份）。"
        "在同一年中，该处以国家一级直接"
        "法律援助的形式为 35 个国家提供了支助。参加上述活动的刑事司法和执法官员逾 1,900 名。\n\n"
        "D. 资金\n\n"
        "5. 2014-2015、2016-2017 和 2018-2019 各两年期的经常预算拨款分别为 4,370 万美元、4,290 万美元和"
        " 4,350 万美元。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("ccp_heroin_seized", 2018, 2018, "annual", 1.4, "exact") in found
    assert ("ccp_cannabis_seized", 2018, 2018, "annual", 60, "exact") in found
    assert ("trafficking_case_law_cases", 2018, 2018, "as_of", 1900, "exact") in found
    assert ("smuggling_case_law_cases", 2018, 2018, "as_of", 650, "exact") in found
    assert ("practitioners_trained_trafficking_smuggling", 2018, 2018, "annual", 5800, "at_least") in found
    assert ("ct_instrument_new_ratifications", 2018, 2018, "annual", 26, "exact") in found
    assert ("ct_instrument_new_ratifications", 2017, 2017, "annual", 30, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2018, 2018, "annual", 35, "exact") in found
    assert ("officials_trained_counter_terrorism", 2018, 2018, "annual", 1900, "at_least") in found
    assert ("regular_budget", 2014, 2015, "biennium", 43_700_000, "exact") in found
    assert ("regular_budget", 2016, 2017, "biennium", 42_900_000, "exact") in found
    assert ("regular_budget", 2018, 2019, "biennium", 43_500_000, "exact") in found


def test_the_years_receipts_and_the_running_total_of_the_fund() -> None:
    text = (
        "1. 联合国贩运人口特别是妇女和儿童行为受害者自愿信托基金在 2019 年第五次征集提案。基金当年收到捐款"
        " 81 万美元；自 2010 年设立以来，基金累计收到约 1,100 万美元。\n\n"
        "B. 贩运人口和偷运移民\n\n"
        "2. 在贩运人口和偷运移民问题上，办公室当年援助的国家共有 92 个。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("victims_trust_fund_contributions", 2019, 2019, "annual", 810_000, "exact") in found
    assert ("victims_trust_fund_contributions", 2019, 2019, "cumulative", 11_000_000, "approx") in found
    assert ("countries_assisted_trafficking_smuggling", 2019, 2019, "annual", 92, "exact") in found
