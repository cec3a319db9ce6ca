"""Wordings other years' reports use for the same indicators (sentences written for these tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_party_count_stated_as_the_parties_there_are() -> None:
    text = "1. 截至 2016 年 10 月，《联合国反腐败公约》的缔约国有 178 个。"
    assert facts(text, published=2017, coverage=(2016, 2016)) == {
        ("uncac_parties", 2016, 2016, "as_of", 178, "exact")
    }


def test_parties_among_which_some_did_something_are_not_a_total() -> None:
    assert facts("1. 《联合国反腐败公约》缔约国有 24 个提交了自评清单。") == set()


def test_a_fund_named_with_two_nouns() -> None:
    text = "1. 2016 年，普通用途资金捐款为 630 万美元，特别用途资金捐款为 3.1 亿美元。"
    assert facts(text, published=2017, coverage=(2016, 2016)) == {
        ("general_purpose_income", 2016, 2016, "annual", 6_300_000, "exact"),
        ("special_purpose_contributions", 2016, 2016, "annual", 310_000_000, "exact"),
    }


def test_income_from_one_year_to_the_next() -> None:
    text = "1. 普通用途收入从 2015 年的 720 万美元减少到 2016 年的 630 万美元。"
    assert facts(text, published=2017, coverage=(2016, 2016)) == {
        ("general_purpose_income", 2015, 2015, "annual", 7_200_000, "exact"),
        ("general_purpose_income", 2016, 2016, "annual", 6_300_000, "exact"),
    }


def test_countries_helped_on_trafficking_named_earlier_in_the_sentence() -> None:
    text = "1. 在打击贩运人口和偷运移民方面，毒品和犯罪问题办公室协助了 70 多个国家。"
    assert facts(text) == {("countries_assisted_trafficking_smuggling", 2014, 2014, "annual", 70, "at_least")}


def test_direct_legal_assistance_against_terrorism() -> None:
    text = "1. 在反恐方面，毒品和犯罪问题办公室向 42 个国家提供了直接法律援助。"
    assert facts(text) == {
        ("countries_direct_assistance_counter_terrorism", 2014, 2014, "annual", 42, "exact")
    }


def test_independent_project_evaluations() -> None:
    text = "1. 独立评价股完成了 21 项独立项目评价和 4 项深入评价。"
    assert facts(text) == {("project_evaluations", 2014, 2014, "annual", 21, "exact")}


def test_countries_assisted_in_the_field_of_corruption() -> None:
    text = "1. 在反腐败领域，毒品和犯罪问题办公室向 50 多个国家提供了技术援助。"
    assert facts(text) == {("uncac_assisted_countries", 2014, 2014, "annual", 50, "at_least")}


def test_countries_requesting_assistance_are_not_countries_assisted() -> None:
    text = "1. 在腐败领域，有 14 个国家请求援助，办事处收到了来自 9 个国家的援助请求。"
    assert facts(text) == set()


def test_pledges_named_only_as_the_total_pledged() -> None:
    text = "1. 2015 年，认捐总额达到 2.74 亿美元。"
    assert facts(text, published=2016, coverage=(2015, 2015)) == {
        ("voluntary_contributions_pledged", 2015, 2015, "annual", 274_000_000, "exact")
    }


def test_a_trust_fund_total_pledged_is_not_the_office_total() -> None:
    assert facts("1. 该信托基金的认捐总额为 50 万美元。") == set()


def test_a_later_clause_restates_the_measure_for_another_year() -> None:
    text = "1. 2014 年自愿捐款达到 2.9 亿美元，2013 年为 2.8 亿美元。"
    assert facts(text) == {
        ("voluntary_contributions_pledged", 2014, 2014, "annual", 290_000_000, "exact"),
        ("voluntary_contributions_pledged", 2013, 2013, "annual", 280_000_000, "exact"),
    }


def test_a_budget_estimated_for_a_biennium() -> None:
    text = "1. 2014-2015 两年期合并预算初步估计为 7.6 亿美元。"
    assert facts(text) == {("consolidated_budget", 2014, 2015, "biennium", 760_000_000, "exact")}


def test_a_budget_names_its_biennium_after_the_amount() -> None:
    text = "1. 合并预算为 7.3 亿美元（2014-2015 两年期）。"
    assert facts(text) == {("consolidated_budget", 2014, 2015, "biennium", 730_000_000, "exact")}


def test_extrabudgetary_resources_stated_as_what_an_amount_is() -> None:
    text = "1. 2014-2015 两年期合并预算为 7.3 亿美元，其中 3.5%为经常预算，7.05 亿美元为预算外资源。"
    assert facts(text) == {
        ("consolidated_budget", 2014, 2015, "biennium", 730_000_000, "exact"),
        ("extrabudgetary_resources", 2014, 2015, "biennium", 705_000_000, "exact"),
    }


def test_donors_of_a_year_that_gave() -> None:
    text = "1. 2014 年有 101 个捐助方向毒品和犯罪问题办公室提供了捐款。"
    assert facts(text) == {("donor_count", 2014, 2014, "annual", 101, "exact")}


def test_practitioners_trained_in_a_sentence_about_trafficking() -> None:
    text = "1. 2014 年，该办公室向 45 个国家提供了打击贩运人口的援助，并培训了 3,000 名从业人员。"
    assert facts(text) == {
        ("countries_assisted_trafficking_smuggling", 2014, 2014, "annual", 45, "exact"),
        ("practitioners_trained_trafficking_smuggling", 2014, 2014, "annual", 3000, "exact"),
    }


def test_countries_that_joined_the_container_programme() -> None:
    text = "1. 目前有 42 个国家参加了集装箱管制方案。"
    assert facts(text, published=2017, coverage=(2016, 2016)) == {
        ("ccp_countries", 2017, 2017, "as_of", 42, "exact")
    }


def test_case_law_database_count_stated_as_a_lower_bound() -> None:
    text = "1. 人口贩运判例法数据库收录的案件数目已超过 1,300 起。"
    assert facts(text) == {("trafficking_case_law_cases", 2014, 2014, "as_of", 1300, "at_least")}


def test_asset_recovery_written_verb_first() -> None:
    text = "1. 该办公室还向 17 个国家提供了追回资产方面的援助。"
    assert facts(text) == {("asset_recovery_countries_supported", 2014, 2014, "annual", 17, "exact")}


def test_countries_reporting_substances_to_the_early_warning_system() -> None:
    text = "1. 预警咨询系统已收到 106 个国家关于 739 种新型精神活性物质的报告。"
    assert facts(text) == {
        ("nps_reporting_countries", 2014, 2014, "as_of", 106, "exact"),
        ("nps_substances_monitored", 2014, 2014, "as_of", 739, "exact"),
    }


def test_countries_where_the_container_programme_added_units_are_not_its_total() -> None:
    text = "1. 在本报告所述期间，集装箱管制方案在 5 个国家新设了港口管制股。"
    assert facts(text) == set()


def test_delegations_at_a_conference_of_parties_are_not_a_party_count() -> None:
    assert facts("1. 《联合国反腐败公约》缔约国会议第六届会议有 150 个缔约国的代表出席。") == set()


def test_a_comparison_with_the_year_before() -> None:
    text = "1. 2014 年普通用途收入为 600 万美元，低于上一年的 750 万美元。"
    assert facts(text) == {
        ("general_purpose_income", 2014, 2014, "annual", 6_000_000, "exact"),
        ("general_purpose_income", 2013, 2013, "annual", 7_500_000, "exact"),
    }


def test_the_year_before_in_parentheses() -> None:
    text = "1. 2014 年，自愿捐款认捐总额为 2.9 亿美元，比前一年（2.7 亿美元）有所增加。"
    assert facts(text) == {
        ("voluntary_contributions_pledged", 2014, 2014, "annual", 290_000_000, "exact"),
        ("voluntary_contributions_pledged", 2013, 2013, "annual", 270_000_000, "exact"),
    }


def test_the_drug_programme_fund_named_without_its_programme_office() -> None:
    text = "1. 2016 年，联合国国际药物管制规划基金的认捐额为 1.9 亿美元。"
    assert facts(text, published=2017, coverage=(2016, 2016)) == {
        ("drug_fund_pledges", 2016, 2016, "annual", 190_000_000, "exact")
    }


def test_new_psychoactive_substances_written_without_xin_xing() -> None:
    text = "1. 截至 2016 年 12 月，预警咨询系统共监测到 700 多种新精神活性物质。"
    assert facts(text, published=2017, coverage=(2016, 2016)) == {
        ("nps_substances_monitored", 2016, 2016, "as_of", 700, "at_least")
    }


def test_a_regular_budget_for_one_year() -> None:
    text = "1. 2022 年，联合国经常预算拨给毒品和犯罪问题办公室的资源为 2,300 万美元。"
    assert facts(text, published=2023, coverage=(2022, 2022)) == {
        ("regular_budget", 2022, 2022, "annual", 23_000_000, "exact")
    }


def test_trust_fund_projects_given_grants_with_the_amount_in_between() -> None:
    text = "1. 2016 年，贩运人口行为受害者自愿信托基金向 18 个项目提供了 62 万美元的赠款。"
    assert facts(text, published=2017, coverage=(2016, 2016)) == {  # the grants' sum is not a contribution
        ("victims_trust_fund_grants", 2016, 2016, "annual", 18, "exact")
    }


def test_a_budget_stated_as_expected_is_still_the_budget_but_a_projected_count_is_not() -> None:
    text = "1. 2016-2017 两年期合并预算预计为 7.1 亿美元。预计 2016 年将有 50 个国家参加集装箱管制方案。"
    assert facts(text, published=2016, coverage=(2015, 2015)) == {
        ("consolidated_budget", 2016, 2017, "biennium", 710_000_000, "exact")
    }


def test_budget_lines_stated_as_estimates_in_one_sentence() -> None:
    text = "1. 2022-2023 两年期经常预算批款为 4,800 万美元，预算外资源估计为 6.4 亿美元。"
    assert facts(text, published=2022, coverage=(2021, 2021)) == {
        ("regular_budget", 2022, 2023, "biennium", 48_000_000, "exact"),
        ("extrabudgetary_resources", 2022, 2023, "biennium", 640_000_000, "exact"),
    }


def test_countries_reached_by_workshops_named_before_the_subject() -> None:
    text = "1. 通过区域和次区域讲习班，该办公室的反恐援助覆盖了 64 个国家。"
    assert facts(text, published=2022, coverage=(2021, 2021)) == {
        ("countries_reached_ct_workshops", 2021, 2021, "annual", 64, "exact")
    }


def test_party_counts_listed_without_a_verb() -> None:
    text = (
        "1. 截至 2023 年 6 月 30 日，《联合国打击跨国有组织犯罪公约》缔约方共 192 个，"
        "《贩运人口议定书》缔约方 181 个。"
    )
    assert facts(text, published=2023, coverage=(2022, 2022)) == {
        ("untoc_parties", 2023, 2023, "as_of", 192, "exact"),
        ("tip_protocol_parties", 2023, 2023, "as_of", 181, "exact"),
    }


def test_a_previous_biennium_given_for_comparison() -> None:
    text = "1. 2024-2025 两年期的合并预算为 9.2 亿美元，而 2022-2023 两年期为 8.7 亿美元。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("consolidated_budget", 2024, 2025, "biennium", 920_000_000, "exact"),
        ("consolidated_budget", 2022, 2023, "biennium", 870_000_000, "exact"),
    }


def test_countries_that_took_part_in_the_exercises_named_after_them() -> None:
    text = "1. 共有 71 个国家在 2023 年参加了国际协作演练。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("ice_countries", 2023, 2023, "annual", 71, "exact")
    }


def test_trust_fund_grants_to_projects_of_a_kind() -> None:
    text = "1. 2023 年，贩运人口受害者自愿信托基金向 14 个非政府组织项目提供了赠款。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("victims_trust_fund_grants", 2023, 2023, "annual", 14, "exact")
    }


def test_a_fund_pledge_with_the_year_between_fund_and_pledge() -> None:
    text = "1. 联合国预防犯罪和刑事司法基金 2023 年的认捐额约为 8,100 万美元。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("crime_fund_pledges", 2023, 2023, "annual", 81_000_000, "approx")
    }


def test_asset_recovery_support_named_before_the_countries() -> None:
    text = "1. 毒品和犯罪问题办公室支持 27 个国家开展资产追回工作。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("asset_recovery_countries_supported", 2023, 2023, "annual", 27, "exact")
    }


def test_training_whose_subject_is_spelled_out_at_length() -> None:
    text = "1. 该办公室为 2,400 多名从业人员提供了打击人口贩运和偷运移民方面的培训。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("practitioners_trained_trafficking_smuggling", 2023, 2023, "annual", 2400, "at_least")
    }


def test_pledges_of_two_years_stated_respectively() -> None:
    text = "1. 2022 年和 2023 年的自愿捐款认捐总额分别为 4.1 亿美元和 4.4 亿美元。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("voluntary_contributions_pledged", 2022, 2022, "annual", 410_000_000, "exact"),
        ("voluntary_contributions_pledged", 2023, 2023, "annual", 440_000_000, "exact"),
    }


def test_half_a_years_pledges_are_not_that_years_pledges() -> None:
    assert (
        facts("1. 2023 年上半年，自愿捐款认捐额为 1.9 亿美元。", published=2024, coverage=(2023, 2023))
        == set()
    )


def test_a_party_count_from_one_level_to_another() -> None:
    text = "1. 2023 年，《联合国反腐败公约》的缔约国数目从 189 增加到 191 个。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("uncac_parties", 2022, 2022, "as_of", 189, "exact"),
        ("uncac_parties", 2023, 2023, "as_of", 191, "exact"),
    }


def test_amounts_that_share_the_unit_written_after_the_last() -> None:
    text = (
        "1. 2022 年和 2023 年的自愿捐款认捐总额分别为 4.1 亿和 4.4 亿美元。"
        "2023 年，普通用途收入由 900 万增至 1,050 万美元。"
    )
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("voluntary_contributions_pledged", 2022, 2022, "annual", 410_000_000, "exact"),
        ("voluntary_contributions_pledged", 2023, 2023, "annual", 440_000_000, "exact"),
        ("general_purpose_income", 2022, 2022, "annual", 9_000_000, "exact"),
        ("general_purpose_income", 2023, 2023, "annual", 10_500_000, "exact"),
    }


def test_countries_that_reported_to_the_early_warning_advisory() -> None:
    text = "1. 截至 2023 年 12 月，已有 142 个国家向预警咨询系统报告了 1,230 种新精神活性物质。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("nps_reporting_countries", 2023, 2023, "as_of", 142, "exact"),
        ("nps_substances_monitored", 2023, 2023, "as_of", 1230, "exact"),
    }


def test_contributions_received_are_not_pledges() -> None:
    text = "1. 2023 年收到的自愿捐款为 3.9 亿美元，自愿捐款认捐总额为 4.2 亿美元。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("voluntary_contributions_pledged", 2023, 2023, "annual", 420_000_000, "exact")
    }


def test_trainees_named_before_their_number_or_trained_without_le() -> None:
    text = (
        "1. 在预防恐怖主义方面，接受培训的刑事司法官员超过 3,400 名。"
        "在打击贩运人口方面，该办公室共培训 870 名执法人员和检察官。"
    )
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("officials_trained_counter_terrorism", 2023, 2023, "annual", 3400, "at_least"),
        ("practitioners_trained_trafficking_smuggling", 2023, 2023, "annual", 870, "exact"),
    }


def test_a_level_stated_after_the_change_that_led_to_it() -> None:
    text = (
        "1. 2023 年的认捐总额比 2022 年增加了 6%，达到 4.4 亿美元。"
        "2023 年，特别用途捐款增长了 8%，达到 3.9 亿美元。"
        "2023 年，《联合国反腐败公约》缔约国数目比上一年增加了 2 个，达到 191 个。"
    )
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("voluntary_contributions_pledged", 2023, 2023, "annual", 440_000_000, "exact"),
        ("special_purpose_contributions", 2023, 2023, "annual", 390_000_000, "exact"),
        ("uncac_parties", 2023, 2023, "as_of", 191, "exact"),
    }


def test_seizures_reported_with_other_verbs() -> None:
    text = "1. 2023 年，集装箱管制方案下的港口管制股查获了 18 吨可卡因，并扣押了 2,500 公斤前体化学品。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("ccp_cocaine_seized", 2023, 2023, "annual", 18, "exact"),
        ("ccp_precursors_seized", 2023, 2023, "annual", 2.5, "exact"),
    }


def test_assistance_to_states_parties_and_jurisdictions() -> None:
    text = (
        "1. 在反腐败领域，该办公室向 58 个缔约国提供了执行《联合国反腐败公约》方面的技术援助。"
        "在打击洗钱方面，该方案向 61 个司法管辖区提供了援助。"
        "在预防恐怖主义方面，该办公室为 27 个国家提供了反恐方面的立法援助。"
    )
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("uncac_assisted_countries", 2023, 2023, "annual", 58, "exact"),
        ("countries_assisted_money_laundering", 2023, 2023, "annual", 61, "exact"),
        ("countries_direct_assistance_counter_terrorism", 2023, 2023, "annual", 27, "exact"),
    }


def test_mutual_legal_assistance_authorities_are_not_countries_assisted() -> None:
    text = "1. 在反腐败领域，该目录载有关于 131 个缔约国司法协助中央机关的资料。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == set()


def test_cases_in_the_database_counted_after_the_jurisdictions() -> None:
    text = "1. 贩运人口判例法数据库目前收录了来自 110 多个法域的 2,100 多个案件。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("trafficking_case_law_cases", 2024, 2024, "as_of", 2100, "at_least")
    }


def test_pledges_a_fund_received() -> None:
    text = "1. 2023 年，药物管制规划署基金收到认捐 1.2 亿美元，预防犯罪基金收到认捐 2.6 亿美元。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("drug_fund_pledges", 2023, 2023, "annual", 120_000_000, "exact"),
        ("crime_fund_pledges", 2023, 2023, "annual", 260_000_000, "exact"),
    }


def test_port_control_units_of_the_container_control_programme() -> None:
    text = (
        "1. 截至 2023 年底，集装箱管制方案已在 75 个国家设立了 150 多个港口管制股。"
        "2023 年新设了 12 个港口管制股。"
    )
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("ccp_countries", 2023, 2023, "as_of", 75, "exact"),
        ("ccp_port_control_units", 2023, 2023, "as_of", 150, "at_least"),
    }


def test_parties_counted_as_the_states_that_joined() -> None:
    text = (
        "1. 批准或加入《联合国反腐败公约》的国家已达 190 个。"
        "截至 2023 年 6 月，有 152 个国家批准了《关于打击陆、海、空偷运移民的补充议定书》。"
    )
    assert facts(text, published=2024, coverage=(2023, 2023)) == {
        ("uncac_parties", 2023, 2023, "as_of", 190, "exact"),
        ("smuggling_protocol_parties", 2023, 2023, "as_of", 152, "exact"),
    }


def test_states_that_joined_in_the_period_are_not_the_total() -> None:
    text = "1. 在本报告所述期间，有 3 个国家批准了《联合国反腐败公约》。"
    assert facts(text, published=2024, coverage=(2023, 2023)) == set()
