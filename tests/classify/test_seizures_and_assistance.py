"""Seizures, training and countries assisted: one sentence can give several indicators; context decides."""

from __future__ import annotations

from tests.classify.helpers import facts, observe

CCP_YEAR = """
1. 通过集装箱管制方案，毒品和犯罪问题办公室和世界海关组织支持 60 多个国家加强边境管制。与该方案有关，
缉获了 45 吨可卡因、1.2 吨海洛因、600 公斤大麻和 310 吨用于制造毒品的前体化学品。
"""

CCP_RUNNING_TOTAL = """
1. 毒品和犯罪问题办公室－世界海关组织集装箱管制方案继续与各国合作。迄今为止，已在 52 个会员国建立了港口
管制组，总共缉获了 180 多吨可卡因、4 吨海洛因和 2,500 公斤大麻。
"""


def test_one_seizure_sentence_gives_several_indicators_with_kilograms_in_tonnes() -> None:
    assert facts(CCP_YEAR, published=2020, coverage=(2019, 2019)) == {
        ("ccp_countries", 2019, 2019, "as_of", 60, "at_least"),
        ("ccp_cocaine_seized", 2019, 2019, "annual", 45, "exact"),
        ("ccp_heroin_seized", 2019, 2019, "annual", 1.2, "exact"),
        ("ccp_cannabis_seized", 2019, 2019, "annual", 0.6, "exact"),
        ("ccp_precursors_seized", 2019, 2019, "annual", 310, "exact"),
    }


def test_seizures_to_date_are_a_running_total_not_a_year() -> None:
    assert facts(CCP_RUNNING_TOTAL, published=2016, coverage=(2015, 2016)) == {
        ("ccp_countries", 2016, 2016, "as_of", 52, "exact"),
        ("ccp_cocaine_seized", 2016, 2016, "cumulative", 180, "at_least"),
        ("ccp_heroin_seized", 2016, 2016, "cumulative", 4, "exact"),
        ("ccp_cannabis_seized", 2016, 2016, "cumulative", 2.5, "exact"),
    }


def test_seizures_with_the_drug_named_before_the_amount() -> None:
    text = "1. 在集装箱管制方案下，港口管制组缉获可卡因 93 吨、海洛因 2 吨，缉获的前体化学品超过 40 吨。\n"
    assert facts(text, published=2021, coverage=(2020, 2020)) == {
        ("ccp_cocaine_seized", 2020, 2020, "annual", 93, "exact"),
        ("ccp_heroin_seized", 2020, 2020, "annual", 2, "exact"),
        ("ccp_precursors_seized", 2020, 2020, "annual", 40, "at_least"),
    }


def test_seizures_with_the_drug_named_after_the_amount() -> None:
    text = "1. 集装箱管制方案的港口管制组缉获了 12 多吨可卡因、700 公斤大麻。\n"
    assert facts(text, published=2021, coverage=(2020, 2020)) == {
        ("ccp_cocaine_seized", 2020, 2020, "annual", 12, "at_least"),
        ("ccp_cannabis_seized", 2020, 2020, "annual", 0.7, "exact"),
    }


def test_kilograms_converted_to_tonnes_carry_no_binary_noise() -> None:
    text = "1. 通过集装箱管制方案，港口管制组缉获了 5,100 公斤海洛因。"
    assert [o.value for o in observe(text)] == [5.1]


def test_seizures_outside_the_container_programme_are_not_its_seizures() -> None:
    text = "1. 在一项区域联合行动中，执法机构缉获了 12 吨可卡因，并逮捕了 40 多人。"
    assert facts(text) == set()


COUNTER_TERRORISM = """
 C. 预防恐怖主义

1. 2016 年，毒品和犯罪问题办公室向 27 个国家提供了直接援助；通过 18 个区域讲习班接触了 70 个国家，
有 1,200 多名刑事司法官员接受了培训。

2. 2017 年 2 月至 6 月，在国家层次为 12 个国家提供了法律援助。
"""


def test_counter_terrorism_assistance_workshops_and_training() -> None:
    assert facts(COUNTER_TERRORISM, published=2017, coverage=(2016, 2016)) == {
        ("countries_direct_assistance_counter_terrorism", 2016, 2016, "annual", 27, "exact"),
        ("countries_reached_ct_workshops", 2016, 2016, "annual", 70, "exact"),
        ("officials_trained_counter_terrorism", 2016, 2016, "annual", 1200, "at_least"),
    }


def test_legal_assistance_in_counter_terrorism_named_between_verb_and_noun() -> None:
    text = """
 C. 预防恐怖主义

1. 2020 年，毒品和犯罪问题办公室向 30 个国家提供了反恐方面的法律援助。
"""
    assert facts(text, published=2021, coverage=(2020, 2020)) == {
        ("countries_direct_assistance_counter_terrorism", 2020, 2020, "annual", 30, "exact"),
    }


CORRUPTION = """
 D. 打击腐败

1. 在本报告所述期间，毒品和犯罪问题办公室向 50 多个请求国提供了技术援助。迄今已收到 19 个国家的援助请求。

2. 毒品和犯罪问题办公室通过追回被盗资产举措，继续向 22 个国家提供与案件有关的能力建设支持。

3. 来自 60 个国家的 300 名反腐败从业人员参加了一次网络研讨会。
"""


def test_corruption_assistance_asset_recovery_requests_and_participants_told_apart() -> None:
    assert facts(CORRUPTION, published=2016, coverage=(2015, 2016)) == {
        ("uncac_assisted_countries", 2016, 2016, "annual", 50, "at_least"),
        ("asset_recovery_countries_supported", 2016, 2016, "annual", 22, "exact"),
    }


TRAFFICKING = """
 B. 打击贩运人口和偷运移民

1. 毒品和犯罪问题办公室协助 70 多个国家处理了贩运人口问题，并为 640 名执法人员提供培训。

 C. 有组织犯罪

2. 毒品和犯罪问题办公室为 500 名从业人员提供了关于调查洗钱活动的培训，
并对 410 名从业人员进行了打击贩运和偷运方面的培训。
"""


def test_trafficking_training_is_told_from_money_laundering_training() -> None:
    assert facts(TRAFFICKING) == {
        ("countries_assisted_trafficking_smuggling", 2014, 2014, "annual", 70, "at_least"),
        ("practitioners_trained_trafficking_smuggling", 2014, 2014, "annual", 640, "exact"),
        ("practitioners_trained_trafficking_smuggling", 2014, 2014, "annual", 410, "exact"),
    }


def test_money_laundering_programme_countries_but_not_when_two_programmes_share_the_credit() -> None:
    text = """
1. 通过打击洗钱全球方案，毒品和犯罪问题办公室为 84 个国家提供了能力建设援助。
2. 通过打击洗钱全球方案和集装箱管制方案提供的支助惠及了 14 个国家。
"""
    assert facts(text) == {("countries_assisted_money_laundering", 2014, 2014, "annual", 84, "exact")}


def test_case_law_databases_labs_substances_and_evaluations() -> None:
    text = """
1. 毒品和犯罪问题办公室人口贩运判例法数据库继续扩大，使案例总数达到 1,900 个。另外，偷运移民知识门户网站
收录了 820 起案件。
2. 2018 年，来自 80 个国家的 270 个国家药物检测实验室参加了国际协作演练。
3. 新型精神活性物质预警咨询系统继续监测 120 个国家报告的 950 多种物质。
4. 与独立评价股合作，对 45 个项目进行了评价。
"""
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("trafficking_case_law_cases", 2018, 2018, "as_of", 1900, "exact"),
        ("smuggling_case_law_cases", 2018, 2018, "as_of", 820, "exact"),
        ("ice_countries", 2018, 2018, "annual", 80, "exact"),
        ("ice_laboratories", 2018, 2018, "annual", 270, "exact"),
        ("nps_reporting_countries", 2018, 2018, "as_of", 120, "exact"),
        ("nps_substances_monitored", 2018, 2018, "as_of", 950, "at_least"),
        ("project_evaluations", 2018, 2018, "annual", 45, "exact"),
    }


def test_seizures_listed_after_including_and_a_bound_before_the_drug() -> None:
    text = """
1. 集装箱管制方案的港口管制组缉获了大量违禁品，包括 28 吨可卡因和 900 公斤海洛因。
2. 自 2004 年启动以来，集装箱管制方案已缉获 250 吨以上的可卡因。
"""
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("ccp_cocaine_seized", 2018, 2018, "annual", 28, "exact"),
        ("ccp_heroin_seized", 2018, 2018, "annual", 0.9, "exact"),
        ("ccp_cocaine_seized", 2018, 2018, "cumulative", 250, "at_least"),
    }


def test_an_amount_after_including_without_a_seizure_is_not_one() -> None:
    text = "1. 集装箱管制方案的分析涵盖多种货物，包括 28 吨可卡因前体的运输记录。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == set()
