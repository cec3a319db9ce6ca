"""Wordings met in a twenty-ninth round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_the_year_before_last() -> None:
    text = (
        "1. 去年，自愿捐款认捐总额约4.21亿美元；前年的数字为3.77亿美元。\n\n"
        "F. 预防恐怖主义\n\n2. 去年，接受反恐培训的刑事司法和执法官员为2,980余名，少于前年的4,120名。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2021))
    assert ("voluntary_contributions_pledged", 2020, 2020, "annual", 421_000_000, "approx") in found
    assert ("voluntary_contributions_pledged", 2019, 2019, "annual", 377_000_000, "exact") in found
    assert ("officials_trained_counter_terrorism", 2019, 2019, "annual", 4120, "exact") in found


def test_running_totals_since_a_programme_began() -> None:
    text = (
        "E. 预防恐怖主义\n\n"
        "1. 恐怖主义预防处继续协助各国批准和实施16项国际反恐法律文书。"
        "2011年，各国对这些文书的新增批准为37项，批准总数累计达到2,725项。"
        "自2003年全球项目启动以来，受训官员累计已逾1.3万名。\n\n"
        "2. 去年，打击洗钱、犯罪所得和资助恐怖主义全球方案为91个国家提供了援助。"
        "自1997年启动以来，该方案累计惠及150多个国家。\n"
    )
    found = facts(text, published=2012, coverage=(2011, 2011))
    assert ("ct_instrument_ratifications", 2011, 2011, "as_of", 2725, "exact") in found
    assert ("officials_trained_counter_terrorism", 2011, 2011, "cumulative", 13_000, "at_least") in found
    assert ("countries_assisted_money_laundering", 2011, 2011, "cumulative", 150, "at_least") in found


def test_all_the_conventions_parties_named_before_it() -> None:
    text = "1. 在编写本报告时，覆盖全部151个缔约国的《联合国反腐败公约》实施情况审议机制已进入第二年。\n"
    found = facts(text, published=2012, coverage=(2011, 2011))
    assert ("uncac_parties", 2012, 2012, "as_of", 151, "exact") in found


def test_parties_listed_as_bullets_under_an_as_of_date() -> None:
    text = (
        "1. 截至2017年12月31日，《联合国打击跨国有组织犯罪公约》及其各项议定书的缔约方数目如下：\n"
        " • 《公约》：189个；\n"
        " • 《关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》：173个；\n"
        " • 《枪支议定书》：116个。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("untoc_parties", 2017, 2017, "as_of", 189, "exact") in found
    assert ("tip_protocol_parties", 2017, 2017, "as_of", 173, "exact") in found
    assert ("firearms_protocol_parties", 2017, 2017, "as_of", 116, "exact") in found


def test_a_trend_then_the_change_and_a_total_after_a_breakdown() -> None:
    text = (
        "1. 捐助方数目继续增加，从2015年的91个增至2016年的95个。\n\n"
        "E. 预防恐怖主义\n\n2. 受训的刑事司法官员按区域分列如下：非洲1,540名、中东和北非1,120名、"
        "其他区域870名，全年合计3,530名。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("donor_count", 2015, 2015, "annual", 91, "exact") in found
    assert ("donor_count", 2016, 2016, "annual", 95, "exact") in found
    assert ("officials_trained_counter_terrorism", 2016, 2016, "annual", 3530, "exact") in found


def test_a_provisional_budget_and_a_case_library() -> None:
    text = (
        "1. 2014-2015两年期合并预算为6.97亿美元，2016-2017两年期的初步合并预算则为7.21亿美元。\n\n"
        "2. 在编写本报告时，偷运移民案例库则收录了520起左右的判决。\n"
    )
    found = facts(text, published=2016, coverage=(2015, 2016))
    assert ("consolidated_budget", 2016, 2017, "biennium", 721_000_000, "exact") in found
    assert ("smuggling_case_law_cases", 2016, 2016, "as_of", 520, "approx") in found


def test_participation_stated_label_by_label() -> None:
    text = "1. 2016年国际协作演练的参加情况为：实验室，231个；国家，71个。\n"
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("ice_laboratories", 2016, 2016, "annual", 231, "exact") in found
    assert ("ice_countries", 2016, 2016, "annual", 71, "exact") in found


def test_values_listed_before_分别_and_their_funds_after_it() -> None:
    text = (
        "1. 2019年，认捐的自愿捐款共计约4.05亿美元。其中，1.47亿美元和2.58亿美元分别是对"
        "联合国国际药物管制规划署基金和联合国预防犯罪和刑事司法基金所作的认捐。\n"
    )
    found = facts(text, published=2020, coverage=(2019, 2019))
    assert ("drug_fund_pledges", 2019, 2019, "annual", 147_000_000, "exact") in found
    assert ("crime_fund_pledges", 2019, 2019, "annual", 258_000_000, "exact") in found


def test_同期_after_a_compared_year_is_the_year_the_sentence_opened_with() -> None:
    text = (
        "1. 2012年，各港口管制股共查获可卡因约24.3吨，而2011年查获量为19.8吨；"
        "同期还查获海洛因1,320公斤、大麻88吨以上。\n"
    )
    found = facts(text, published=2013, coverage=(2012, 2013))
    assert ("ccp_heroin_seized", 2012, 2012, "annual", 1.32, "exact") in found
    assert ("ccp_cannabis_seized", 2012, 2012, "annual", 88, "at_least") in found


def test_people_named_in_a_clause_of_their_own_then_their_number() -> None:
    text = (
        "1. 在打击贩运人口和偷运移民方面，能力建设仍然是工作的核心内容。"
        "由毒品和犯罪问题办公室培训的警察、检察官、法官和边境管制官员，人数达2,700余名。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2015))
    assert ("practitioners_trained_trafficking_smuggling", 2015, 2015, "annual", 2700, "at_least") in found


def test_two_ways_of_one_support_listed_respectively() -> None:
    text = (
        "1. 2016年，预防恐怖主义处继续提供反恐技术援助。"
        "通过国家一级的直接援助和通过区域及次区域讲习班获得支持的国家分别为42个和88个。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2017))
    assert ("countries_direct_assistance_counter_terrorism", 2016, 2016, "annual", 42, "exact") in found
    assert ("countries_reached_ct_workshops", 2016, 2016, "annual", 88, "exact") in found


def test_round_thirty_wordings() -> None:
    text = (
        "1. 在报告所述期间，办公室在打击贩运人口和偷运移民方面向80多个国家提供了援助，"
        "培训了2,410多名执法、检察、司法和受害者服务从业人员，比上一报告期间的2,030名有所增加。\n\n"
        "2. 截至2015年6月，贩运人口判例法数据库共收录了1,260起案件，涉及88个国家，而一年前为1,090起。\n\n"
        "3. 截至2015年6月，已有95个国家和地区向预警咨询系统报告了541种新型精神活性物质，"
        "而2014年6月为417种。\n\n"
        "4. 联合国贩运人口特别是妇女和儿童行为受害者自愿信托基金收到约58万美元的捐款。"
        "该基金从310多份项目提案中选出并资助了24个项目。\n"
    )
    found = facts(text, published=2015, coverage=(2014, 2015))
    assert ("practitioners_trained_trafficking_smuggling", 2015, 2015, "annual", 2410, "at_least") in found
    assert ("practitioners_trained_trafficking_smuggling", 2014, 2014, "annual", 2030, "exact") in found
    assert ("trafficking_case_law_cases", 2014, 2014, "as_of", 1090, "exact") in found
    assert ("nps_substances_monitored", 2014, 2014, "as_of", 417, "exact") in found
    assert ("victims_trust_fund_grants", 2015, 2015, "annual", 24, "exact") in found
    assert 310 not in {f[4] for f in found}


def test_a_compared_month_with_仅为() -> None:
    text = "1. 截至2014年12月，所监测的新精神活性物质增至388种，而2013年7月仅为279种。\n"
    found = facts(text, published=2015, coverage=(2014, 2014))
    assert ("nps_substances_monitored", 2013, 2013, "as_of", 279, "exact") in found


def test_values_listed_respectively_with_their_objects_after_them() -> None:
    text = (
        "1. 《联合国反腐败公约》的审议机制继续运作。在本报告所述期间，毒品和犯罪问题办公室和被盗资产追回举措"
        "分别向60多个和27个国家提供了执行《公约》的援助和资产追回支助。\n\n"
        "E. 预防恐怖主义\n\n"
        "2. 2016年，预防恐怖主义处通过国家一级的直接援助以及区域和次区域讲习班，"
        "分别向36个和84个国家提供了援助。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2017))
    assert ("uncac_assisted_countries", 2017, 2017, "annual", 60, "at_least") in found
    assert ("asset_recovery_countries_supported", 2017, 2017, "annual", 27, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2016, 2016, "annual", 36, "exact") in found
    assert ("countries_reached_ct_workshops", 2016, 2016, "annual", 84, "exact") in found


def test_more_wordings_of_round_thirty_one() -> None:
    text = (
        "1. 2016年，特别用途捐款为2.83亿美元；而普通用途收入比上一年减少了80万美元，降至590万美元。\n\n"
        "2. 截至2017年6月，报告此类新精神活性物质的国家和地区从2016年12月的102个增至107个。\n\n"
        "E. 预防恐怖主义\n\n3. 截至2016年底，19项国际反恐法律文书的批准总数达到3,012项，"
        "其中31项批准是在2016年获得的。\n\n"
        "4. 2016年，普通用途收入则继续下降，2016年仅剩520万美元。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2017))
    assert ("general_purpose_income", 2016, 2016, "annual", 5_900_000, "exact") in found
    assert ("nps_reporting_countries", 2016, 2016, "as_of", 102, "exact") in found
    assert ("nps_reporting_countries", 2017, 2017, "as_of", 107, "exact") in found
    assert ("ct_instrument_new_ratifications", 2016, 2016, "annual", 31, "exact") in found
    assert ("general_purpose_income", 2016, 2016, "annual", 5_200_000, "exact") in found
