"""Wordings met in a forty-seventh round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_convention_without_its_brackets_then_its_protocols_by_topic_listed_in_order() -> None:
    text = (
        "1. 截至 2015 年 12 月 31 日，有组织犯罪公约以及人口贩运、移民偷运和枪支三项议定书的"
        "缔约方数目依次为 186、169、142 和 114 个。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("untoc_parties", 2015, 2015, "as_of", 186, "exact") in found
    assert ("tip_protocol_parties", 2015, 2015, "as_of", 169, "exact") in found
    assert ("smuggling_protocol_parties", 2015, 2015, "as_of", 142, "exact") in found
    assert ("firearms_protocol_parties", 2015, 2015, "as_of", 114, "exact") in found


def test_earmarked_contributions_for_the_same_period() -> None:
    text = (
        "1. 2015 年，自愿捐款认捐额约为 2.74 亿美元。"
        "其中，对联合国预防犯罪和刑事司法基金的认捐额为 1.53 亿美元。³ "
        "特别用途捐款同期为 2.62 亿美元，占捐款总额的 95%以上。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2015))
    assert ("special_purpose_contributions", 2015, 2015, "annual", 262_000_000, "exact") in found


def test_the_one_year_the_sentence_before_set_its_subject_in_goes_on_in_the_next() -> None:
    text = (
        "1. 联合国自愿信托基金援助贩运人口特别是妇女和儿童受害者在 2022 年共收到捐款约 97 万美元。"
        "在第九轮赠款中，基金为 34 个项目提供了赠款，每个项目最高可获 5 万美元。\n"
    )
    found = facts(text, published=2023, coverage=(2022, 2023))
    assert ("victims_trust_fund_grants", 2022, 2022, "annual", 34, "exact") in found


def test_as_of_the_same_date_and_the_total_of_ratifications_at_the_years_end() -> None:
    text = (
        "1. 截至 2012 年 12 月 31 日，《有组织犯罪公约》共有 174 个缔约方。2012 年期间，又有三个国家"
        "成为《公约》缔约方。在各项议定书方面，《贩运人口议定书》、《偷运移民议定书》和《枪支议定书》"
        "的缔约方数目截至同日分别为 154 个、136 个和 99 个。\n\n"
        "2. 在普遍性反恐文书方面，预防恐怖主义处继续推动各国批准和执行这些文书。2012 年，各国共交存了"
        " 41 份批准书或加入书，使这些文书的批准总数截至年底达到 2,631 项。\n"
    )
    found = facts(text, published=2013, coverage=(2012, 2012))
    assert ("tip_protocol_parties", 2012, 2012, "as_of", 154, "exact") in found
    assert ("smuggling_protocol_parties", 2012, 2012, "as_of", 136, "exact") in found
    assert ("firearms_protocol_parties", 2012, 2012, "as_of", 99, "exact") in found
    assert ("ct_instrument_ratifications", 2012, 2012, "as_of", 2631, "exact") in found


def test_countries_assisted_after_a_long_list_of_fields_and_pledges_named_as_sums_given_to_a_fund() -> None:
    text = (
        "四. 打击腐败\n\n"
        "1. 办公室继续向各国提供执行《联合国反腐败公约》的援助。2012 年，共有近五十个国家在立法起草、"
        "预防腐败机构建设、反腐败调查和起诉以及国际合作等领域获得了毒品和犯罪问题办公室的援助。\n\n"
        "2. 2012 年，自愿捐款认捐总额为 3.92 亿美元。其中，认捐给联合国国际药物管制规划署基金的款项为"
        " 1.86 亿美元，认捐给联合国预防犯罪和刑事司法基金的款项为 2.06 亿美元。\n"
    )
    found = facts(text, published=2013, coverage=(2012, 2012))
    assert ("uncac_assisted_countries", 2012, 2012, "annual", 50, "at_most") in found
    assert ("drug_fund_pledges", 2012, 2012, "annual", 186_000_000, "exact") in found
    assert ("crime_fund_pledges", 2012, 2012, "annual", 206_000_000, "exact") in found


def test_trainees_of_a_money_laundering_programme_and_seizures_outside_the_container_programme() -> None:
    text = (
        "三. 打击跨国有组织犯罪、腐败和恐怖主义\n\n"
        "1. 反洗钱、犯罪收益和资助恐怖主义全球方案在 2013 年向 86 个国家提供了援助。"
        "全球方案还为约 2,900 名官员举办了培训。\n\n"
        "2. 集装箱管制方案继续扩大。2013 年，通过三角合作举措开展的联合行动共缴获了近 900 公斤海洛因，"
        "但这些数字不属于集装箱管制方案的统计范围。\n"
    )
    found = facts(text, published=2014, coverage=(2013, 2013))
    assert ("countries_assisted_money_laundering", 2013, 2013, "annual", 86, "exact") in found
    assert not [f for f in found if f[0] in ("officials_trained_counter_terrorism", "ccp_heroin_seized")]


def test_countries_stating_needs_or_giving_their_support_are_not_countries_assisted() -> None:
    text = (
        "四. 打击腐败\n\n"
        "1. 2013 年，有 26 个国家在审议之后提出了技术援助需求。\n\n"
        "二. 贩运人口和偷运移民\n\n"
        "2. 2013 年，办公室开展了宣传活动，“蓝心运动”得到了十余个国家的正式支持。\n"
    )
    found = facts(text, published=2014, coverage=(2013, 2013))
    assisted = ("uncac_assisted_countries", "countries_assisted_trafficking_smuggling")
    assert not [f for f in found if f[0] in assisted]


def test_pledges_to_general_purpose_funds_and_the_parts_of_extrabudgetary_resources_are_no_totals() -> None:
    text = (
        "1. 截至本报告定稿时，已有 37 个会员国承诺为 2018 年普通用途资金提供捐款，"
        "认捐总额为约 390 万美元。\n\n"
        "2. 2018-2019 两年期预算外资源包括普通用途资金 1,620 万美元和方案支助费用资金 7,280 万美元。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2018))
    assert not [f for f in found if f[0] in ("voluntary_contributions_pledged", "general_purpose_income")]
