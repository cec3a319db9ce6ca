"""Wordings met in reports written blind to these rules (sentences rewritten for the tests): a party
count after 则, a programme named in a list heading, a later sentence about a database, a trust fund's
running total, new ratifications written after the instruments, donors 共有, evaluations named before
their number, substances 累计达, and the year after 从 that dates only the starting value."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_party_count_after_ze() -> None:
    text = "1. 《偷运移民议定书》的缔约方则为 150 个。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("smuggling_protocol_parties", 2018, 2018, "as_of", 150, "exact")
    }


def test_the_money_laundering_programme_in_a_sentence_that_also_names_asset_recovery() -> None:
    text = "1. 2018 年，打击洗钱和犯罪所得全球方案向 70 个国家提供了援助，并支持了四个资产追回网络。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("countries_assisted_money_laundering", 2018, 2018, "annual", 70, "exact")
    }


def test_a_heading_that_lists_topics_does_not_make_each_of_its_sections_about_all_of_them() -> None:
    text = (
        "四. 打击有组织犯罪、腐败和恐怖主义\n\nA. 网络犯罪\n\n"
        "1. 2018 年，全球网络犯罪方案为 300 名调查员举办了培训，并向 12 个国家提供了援助。\n"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == set()


def test_what_the_sentence_names_outranks_the_section_it_stands_in() -> None:
    text = (
        "D. 恐怖主义和贩运人口\n\n"
        "1. 2018 年，本办公室为 900 多名刑事司法从业人员举办了打击贩运人口方面的培训。\n"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("practitioners_trained_trafficking_smuggling", 2018, 2018, "annual", 900, "at_least")
    }


def test_a_database_total_in_the_sentence_after_the_one_naming_the_database() -> None:
    text = "1. 人口贩运判例法数据库年内新增摘要 80 份。截至 2018 年底，数据库收录的案件已超过 1,500 起。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("trafficking_case_law_cases", 2018, 2018, "as_of", 1500, "at_least")
    }


def test_a_trust_funds_year_and_its_running_total_since_it_was_set_up() -> None:
    text = (
        "1. 贩运人口行为受害者自愿信托基金在 2018 年收到捐款 40 万美元；"
        "自 2010 年设立以来，其收到的捐款总额已超过 500 万美元。"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("victims_trust_fund_contributions", 2018, 2018, "annual", 400_000, "exact"),
        ("victims_trust_fund_contributions", 2018, 2018, "cumulative", 5_000_000, "at_least"),
    }


def test_new_ratifications_written_after_the_instruments_and_the_total_they_led_to() -> None:
    text = (
        "1. 本办公室协助各国批准国际反恐法律文书。2018 年，各国对这些文书新增了 30 项批准，"
        "使批准总数达到 700 项。"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("ct_instrument_new_ratifications", 2018, 2018, "annual", 30, "exact"),
        ("ct_instrument_ratifications", 2018, 2018, "as_of", 700, "exact"),
    }


def test_donors_gongyou_and_the_year_before_in_brackets() -> None:
    text = "1. 2018 年向本办公室提供捐款的捐助方共有 90 个（2017 年为 85 个）。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("donor_count", 2018, 2018, "annual", 90, "exact"),
        ("donor_count", 2017, 2017, "annual", 85, "exact"),
    }


def test_evaluations_named_before_their_number() -> None:
    text = "1. 2018 年完成了 40 项项目评价，而 2017 年完成的项目评价为 35 项。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("project_evaluations", 2018, 2018, "annual", 40, "exact"),
        ("project_evaluations", 2017, 2017, "annual", 35, "exact"),
    }


def test_substances_and_countries_reporting_them_to_the_early_warning_advisory() -> None:
    text = (
        "1. 截至 2018 年 12 月，已有 110 个国家和地区向本办公室的新型精神活性物质预警咨询系统报告了此类物质，"
        "所监测的物质累计达 890 种，而 2012 年时仅有 250 种。"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("nps_reporting_countries", 2018, 2018, "as_of", 110, "exact"),
        ("nps_substances_monitored", 2018, 2018, "as_of", 890, "exact"),
        ("nps_substances_monitored", 2012, 2012, "as_of", 250, "exact"),
    }


def test_a_year_after_cong_dates_only_the_starting_value() -> None:
    text = "1. 在本报告所述期间，《联合国反腐败公约》的缔约国数目从 2017 年年中的 181 个增至 184 个。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("uncac_parties", 2017, 2017, "as_of", 181, "exact"),
        ("uncac_parties", 2018, 2018, "as_of", 184, "exact"),
    }


def test_states_that_joined_a_protocol_after_other_treaties_totals() -> None:
    text = (
        "1. 截至 2018 年 6 月 30 日，《贩运人口议定书》的缔约方总数达到 172 个，"
        "而已有 116 个国家批准或加入了《枪支议定书》。"
    )
    assert facts(text, published=2018, coverage=(2017, 2018)) == {
        ("tip_protocol_parties", 2018, 2018, "as_of", 172, "exact"),
        ("firearms_protocol_parties", 2018, 2018, "as_of", 116, "exact"),
    }


def test_two_funds_and_their_pledges_stated_respectively_of_the_years_total() -> None:
    text = (
        "1. 2018 年，认捐总额约为 3.2 亿美元。其中，联合国国际药物管制规划署基金和"
        "联合国预防犯罪和刑事司法基金收到的认捐分别为 1.4 亿美元和 1.8 亿美元。"
    )
    assert facts(text, published=2019, coverage=(2018, 2019)) == {
        ("voluntary_contributions_pledged", 2018, 2018, "annual", 320_000_000, "approx"),
        ("drug_fund_pledges", 2018, 2018, "annual", 140_000_000, "exact"),
        ("crime_fund_pledges", 2018, 2018, "annual", 180_000_000, "exact"),
    }


def test_subjects_that_cannot_be_told_apart_are_not_paired() -> None:
    # three joiners, two values, no shared last word: which two subjects is unclear
    text = "1. 2018 年，禁毒和预防犯罪基金以及其他资金收到的认捐分别为 1.4 亿美元和 1.8 亿美元。"
    assert {f[0] for f in facts(text, published=2019, coverage=(2018, 2018))} <= {
        "voluntary_contributions_pledged"
    }


def test_a_page_break_between_the_seizure_and_its_amount() -> None:
    text = (
        "1. 2018 年，集装箱管制方案各管制股缉获可卡因\n\n__________________ \n\n"
        " 1 联合国出版物，出售品编号：E.18.XI.2。 \n\nV.19-01234 3/9 \n\nE/CN.7/2019/5\n\n"
        "50 吨、海洛因 900 公斤。"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("ccp_cocaine_seized", 2018, 2018, "annual", 50, "exact"),
        ("ccp_heroin_seized", 2018, 2018, "annual", 0.9, "exact"),
    }


def test_a_paragraph_that_refers_back_reads_with_the_one_before() -> None:
    text = "1. 集装箱管制方案已扩展到 60 个国家。\n2. 自 2004 年启动以来，该方案累计缉获可卡因逾 300 吨。\n"
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("ccp_cocaine_seized", 2018, 2018, "cumulative", 300, "at_least") in found


def test_the_nearer_as_of_writing_time_wins_over_an_earlier_date() -> None:
    text = (
        "1. 截至 2018 年 12 月 31 日，《联合国反腐败公约》的缔约方计有 185 个；"
        "截至本报告定稿时（2019 年 2 月），这一数目已升至 186 个。"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("uncac_parties", 2018, 2018, "as_of", 185, "exact"),
        ("uncac_parties", 2019, 2019, "as_of", 186, "exact"),
    }


def test_another_measure_after_a_semicolon_does_not_continue_the_count() -> None:
    text = "1. 2018 年，被盗资产追回举措为 25 个国家提供了资产追回支助；联络人网络的成员增至 240 名。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("asset_recovery_countries_supported", 2018, 2018, "annual", 25, "exact")
    }


def test_a_year_that_dates_the_launch_of_a_database_does_not_date_its_size() -> None:
    text = "1. 2010 年推出的人口贩运判例法数据库持续扩充，收录的案件由一年前的 300 多起增至 900 余起。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("trafficking_case_law_cases", 2017, 2017, "as_of", 300, "at_least"),
        ("trafficking_case_law_cases", 2018, 2018, "as_of", 900, "at_least"),
    }


def test_the_smuggling_database_named_in_the_sentence_is_the_one_counted() -> None:
    text = (
        "1. 人口贩运判例法数据库收录的案件逾 1,000 起。2018 年 3 月，本办公室另行推出了偷运移民判例数据库，"
        "目前收录的案例尚不足 150 宗。"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("trafficking_case_law_cases", 2018, 2018, "as_of", 1000, "at_least"),
        ("smuggling_case_law_cases", 2019, 2019, "as_of", 150, "at_most"),
    }


def test_countries_given_the_programmes_help_counted_after_their_noun() -> None:
    text = (
        "1. 本办公室通过打击洗钱和资助恐怖主义全球方案继续提供援助。2018 年获得该方案援助的国家计有 75 个。"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("countries_assisted_money_laundering", 2018, 2018, "annual", 75, "exact")
    }


def test_pledges_received_are_pledges_when_called_so() -> None:
    text = "1. 2018 年，本办公室收到的自愿捐款认捐总额达 3 亿美元。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("voluntary_contributions_pledged", 2018, 2018, "annual", 300_000_000, "exact")
    }


def test_ratifications_counted_after_the_instruments_are_named() -> None:
    text = (
        "1. 19 项国际反恐法律文书的批准工作继续取得进展：2018 年，各国新交存的批准书和加入书共计 20 份，"
        "批准总数由此升至 650 份。"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("ct_instrument_new_ratifications", 2018, 2018, "annual", 20, "exact"),
        ("ct_instrument_ratifications", 2018, 2018, "as_of", 650, "exact"),
    }


def test_party_counts_listed_after_their_titles() -> None:
    text = (
        "1. 截至 2018 年 12 月 31 日，各项议定书的缔约方数目如下：《贩运人口议定书》，173 个；"
        "《偷运移民议定书》，147 个。"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("tip_protocol_parties", 2018, 2018, "as_of", 173, "exact"),
        ("smuggling_protocol_parties", 2018, 2018, "as_of", 147, "exact"),
    }


def test_parties_as_the_topic_of_the_sentence() -> None:
    text = "1. 缔约方方面，《联合国反腐败公约》目前有 186 个，2018 年新增两个。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("uncac_parties", 2019, 2019, "as_of", 186, "exact")
    }


def test_a_part_of_the_countries_just_counted_is_not_another_count() -> None:
    text = (
        "1. 2018 年，本办公室为 60 多个国家实施《反腐败公约》提供了援助，其中为 25 个国家起草立法提供了支持。"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("uncac_assisted_countries", 2018, 2018, "annual", 60, "at_least")
    }


def test_special_purpose_money_as_the_topic_and_donors_with_their_year_in_brackets() -> None:
    text = "1. 特别用途捐款方面，2018 年收到 3.5 亿美元。捐助方数目（2018 年为 120 个）比 2017 年多 10 个。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("special_purpose_contributions", 2018, 2018, "annual", 350_000_000, "exact"),
        ("donor_count", 2018, 2018, "annual", 120, "exact"),
    }


def test_laboratories_of_the_exercises_named_in_the_sentence_before() -> None:
    text = "1. 国际协作演练每半年举行一次。2018 年，来自七十个国家的 240 个国家药物检测实验室参加了演练。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("ice_countries", 2018, 2018, "annual", 70, "exact"),
        ("ice_laboratories", 2018, 2018, "annual", 240, "exact"),
    }


def test_instruments_of_ratification_deposited() -> None:
    text = "1. 各国于 2018 年共交存了三十份国际反恐法律文书批准书和加入书。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("ct_instrument_new_ratifications", 2018, 2018, "annual", 30, "exact")
    }


def test_values_listed_respectively_then_added_up_give_the_total_only() -> None:
    text = (
        "1. 2018 年，本办公室在萨赫勒、中亚和东南亚分别为 300 名、200 名和 100 名刑事司法官员"
        "提供了反恐专门培训，共计 600 名。"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("officials_trained_counter_terrorism", 2018, 2018, "annual", 600, "exact")
    }


def test_a_sentence_opening_with_of_which_states_parts_of_the_one_before() -> None:
    text = (
        "1. 2018 年，本办公室为 2,000 名以上的刑事司法从业人员提供了打击贩运人口培训。"
        "其中，在东非和西非分别培训了 120 名和 80 名检察官，共计 200 名。"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("practitioners_trained_trafficking_smuggling", 2018, 2018, "annual", 2000, "at_least")
    }


def test_a_running_total_from_a_programmes_start_to_a_date() -> None:
    text = "1. 集装箱管制方案继续扩展。自 2004 年启动至 2018 年 6 月，各管制股共缉获了 250 多吨可卡因。"
    assert facts(text, published=2018, coverage=(2017, 2018)) == {
        ("ccp_cocaine_seized", 2018, 2018, "cumulative", 250, "at_least")
    }


def test_a_running_total_is_dated_by_the_year_its_clause_opened_with() -> None:
    text = (
        "1. 贩运人口行为受害者自愿信托基金继续运作。2018 年，共有 15 个会员国向该基金捐款，"
        "捐款总额为 70 万美元，使该基金自 2010 年设立以来收到的捐款累计达到 800 万美元左右。"
    )
    assert facts(text, published=2020, coverage=(2019, 2019)) == {
        ("victims_trust_fund_contributions", 2018, 2018, "annual", 700_000, "exact"),
        ("victims_trust_fund_contributions", 2018, 2018, "cumulative", 8_000_000, "approx"),
    }


def test_a_count_for_one_country_is_not_the_years_total() -> None:
    text = (
        "D. 预防恐怖主义\n\n1. 2018 年，本办公室为 3,000 多名刑事司法官员提供了反恐培训。\n"
        "2. 本办公室支持莫桑比克，并为该国 200 名检察官提供了反恐能力建设培训。\n"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("officials_trained_counter_terrorism", 2018, 2018, "annual", 3000, "at_least")
    }


def test_the_words_after_an_aside_holding_the_next_number() -> None:
    text = "1. 2022 年合并预算估计数为 3.7 亿美元，其中 3.5 亿美元（94%）为预算外资源。"
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("extrabudgetary_resources", 2022, 2022, "annual", 350_000_000, "exact") in found


def test_a_link_line_inside_a_sentence_is_not_read() -> None:
    text = (
        "D. 预防恐怖主义\n\n1. 2018 年，共有 4,000 多名刑事\nhttp://undocs.org/A/RES/73/190\n"
        "司法和执法官员接受了培训。\n"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("officials_trained_counter_terrorism", 2018, 2018, "annual", 4000, "at_least")
    }


def test_a_value_in_brackets_after_its_noun_and_an_alias_in_brackets() -> None:
    text = (
        "1. 鉴于 2018 年的认捐额（3.3 亿美元）创下新高，本办公室继续筹资。"
        "认捐额中的绝大部分为特别用途（指定用途）捐款，2018 年约为 3.1 亿美元。"
    )
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("voluntary_contributions_pledged", 2018, 2018, "annual", 330_000_000, "exact"),
        ("special_purpose_contributions", 2018, 2018, "annual", 310_000_000, "approx"),
    }


def test_a_comparison_across_a_share_continues_the_amount() -> None:
    text = "1. 2018 年普通用途资金收入为 1,100 万美元，约占总额的 4%，比 2017 年的 1,300 万美元减少了约 15%。"
    assert facts(text, published=2019, coverage=(2018, 2018)) == {
        ("general_purpose_income", 2018, 2018, "annual", 11_000_000, "exact"),
        ("general_purpose_income", 2017, 2017, "annual", 13_000_000, "exact"),
    }


def test_budgets_compared_with_the_biennium_before() -> None:
    text = (
        "1. 大会在经常预算第 16 款下为 2016-2017 两年期核定了 4,300 万美元，比 2014-2015 两年期的"
        " 4,200 万美元增加了 100 万美元。2016-2017 两年期合并预算初步估计数为 7 亿美元，比 2014-2015 "
        "两年期最终预算（6.5 亿美元）增加了 7.7%，其中 6.4 亿美元来自预算外资源。"
    )
    assert facts(text, published=2016, coverage=(2015, 2015)) == {
        ("regular_budget", 2016, 2017, "biennium", 43_000_000, "exact"),
        ("regular_budget", 2014, 2015, "biennium", 42_000_000, "exact"),
        ("consolidated_budget", 2016, 2017, "biennium", 700_000_000, "exact"),
        ("consolidated_budget", 2014, 2015, "biennium", 650_000_000, "exact"),
        ("extrabudgetary_resources", 2016, 2017, "biennium", 640_000_000, "exact"),
    }


def test_a_value_of_the_previous_reporting_period_continues_the_measure_and_takes_that_period() -> None:
    text = "1. 打击洗钱和犯罪所得全球方案在本报告所述期间援助了 71 个国家，高于上一报告期间的 64 个。"
    assert facts(text, published=2019, coverage=(2018, 2019)) == {
        ("countries_assisted_money_laundering", 2019, 2019, "annual", 71, "exact"),
        ("countries_assisted_money_laundering", 2018, 2018, "annual", 64, "exact"),
    }


def test_the_regular_budget_share_of_a_consolidated_budget_given_in_brackets() -> None:
    text = "1. 2018-2019 两年期合并预算为 7.1 亿美元，其中 6%来自经常预算资源（4,420 万美元）。"
    assert ("regular_budget", 2018, 2019, "biennium", 44_200_000, "exact") in facts(
        text, published=2018, coverage=(2017, 2018)
    )


def test_a_budget_section_named_again_as_that_section() -> None:
    text = (
        "1. 2016-2017 两年期经常预算第 16 款批款为 4,200 万美元。"
        "秘书长在 2018-2019 两年期拟议方案预算中为该款编列了 4,380 万美元。"
    )
    assert facts(text, published=2017, coverage=(2016, 2017)) == {
        ("regular_budget", 2016, 2017, "biennium", 42_000_000, "exact"),
        ("regular_budget", 2018, 2019, "biennium", 43_800_000, "exact"),
    }


def test_a_sentence_opening_with_of_which_that_dates_its_value_by_another_year_is_no_part() -> None:
    text = (
        "1. 《枪支议定书》和《偷运移民议定书》的缔约方分别为 118 个和 149 个。"
        "其中，《枪支议定书》缔约方由 2018 年底的 115 个增至目前的数目。"
    )
    assert ("firearms_protocol_parties", 2018, 2018, "as_of", 115, "exact") in facts(
        text, published=2020, coverage=(2019, 2019)
    )


def test_a_paragraph_that_refers_back_to_one_that_refers_back_in_turn() -> None:
    text = (
        "1. 集装箱管制方案已在 60 个国家设立管制股。\n\n"
        "2. 2019 年，各管制股共缉获可卡因 80 吨。\n\n"
        "3. 自 2004 年方案启动以来，各管制股累计缉获可卡因 400 多吨。\n"
    )
    assert ("ccp_cocaine_seized", 2019, 2019, "cumulative", 400, "at_least") in facts(
        text, published=2020, coverage=(2019, 2019)
    )
