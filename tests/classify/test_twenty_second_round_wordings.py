"""Wordings met in a twenty-second round of reports written blind to the rules, by writers asked to vary
verbs and sentence shapes as another translator would (sentences made up for the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_verbs_another_translator_uses() -> None:
    text = (
        "1. 集装箱管制方案在 2011 年继续扩展。截至年底，方案涉及的国家达 18 个，已建立并运作的港口管制组"
        "达至 29 个。\n\n"
        "2. 截至年底，《联合国反腐败公约》缔约国上升为 158 个。\n\n"
        "3. 一般用途收入从上一年的 1,560 万美元跌至 1,430 万美元。\n"
    )
    found = facts(text, published=2012, coverage=(2011, 2011))
    assert ("ccp_countries", 2011, 2011, "as_of", 18, "exact") in found
    assert ("ccp_port_control_units", 2011, 2011, "as_of", 29, "exact") in found
    assert ("uncac_parties", 2011, 2011, "as_of", 158, "exact") in found
    assert ("general_purpose_income", 2010, 2010, "annual", 15_600_000, "exact") in found
    assert ("general_purpose_income", 2011, 2011, "annual", 14_300_000, "exact") in found


def test_totals_and_counts_stated_with_累计达_计有_总计() -> None:
    text = (
        "六. 预防恐怖主义\n\n"
        "1. 会员国对反恐国际文书的批准总数累计达 2,690 项，2011 年新增批准计有 31 项。\n\n"
        "七. 评价\n\n"
        "2. 独立评价股 2011 年完成的独立项目评价总计 29 项。\n"
    )
    found = facts(text, published=2012, coverage=(2011, 2011))
    assert ("ct_instrument_ratifications", 2011, 2011, "as_of", 2690, "exact") in found
    assert ("ct_instrument_new_ratifications", 2011, 2011, "annual", 31, "exact") in found
    assert ("project_evaluations", 2011, 2011, "annual", 29, "exact") in found


def test_trainees_after_a_colon_and_countries_reporting_substances() -> None:
    text = (
        "六. 预防恐怖主义\n\n"
        "1. 2011 日历年的相应数字为：讲习班覆盖 66 个国家，受训官员 1,820 名。\n\n"
        "2. 截至 2012 年 6 月，系统监测的新精神活性物质逾 250 种，报告出现此类物质的国家和地区计 79 个；"
        "报告国家和领土达到 79 个。\n"
    )
    found = facts(text, published=2012, coverage=(2011, 2012))
    assert ("officials_trained_counter_terrorism", 2011, 2011, "annual", 1820, "exact") in found
    assert ("nps_reporting_countries", 2012, 2012, "as_of", 79, "exact") in found


def test_a_budget_dated_by_the_biennium_of_the_reports_title() -> None:
    text = (
        "1. 合并预算初步估计数为 7.3 亿美元，比 2016-2017 两年期最后预算 6.9 亿美元增加 5.8%。\n\n"
        "2. 在合并预算总额中，预算外资源为 6.8 亿美元，约占 93%。\n"
    )
    title = "联合国毒品和犯罪问题办公室的财务状况和 2018-2019 两年期合并预算"
    found = facts(text, published=2019, coverage=(2018, 2018), title=title)
    assert ("consolidated_budget", 2018, 2019, "biennium", 730_000_000, "exact") in found
    assert ("consolidated_budget", 2016, 2017, "biennium", 690_000_000, "exact") in found
    assert ("extrabudgetary_resources", 2018, 2019, "biennium", 680_000_000, "exact") in found


def test_years_listed_respectively_after_a_sentence_naming_terrorism() -> None:
    text = (
        "1. 预防恐怖主义处继续提供反恐法律援助。该处在 2016 年、2017 年和 2018 年分别向 35 个、33 个和"
        " 30 个国家提供了国家一级的直接援助。区域和次区域讲习班惠及的国家从 2016 年的 70 个减至 2018 年"
        "的 66 个。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    for year, value in ((2016, 35), (2017, 33), (2018, 30)):
        assert (
            "countries_direct_assistance_counter_terrorism",
            year,
            year,
            "annual",
            value,
            "exact",
        ) in found
    assert ("countries_reached_ct_workshops", 2016, 2016, "annual", 70, "exact") in found
    assert ("countries_reached_ct_workshops", 2018, 2018, "annual", 66, "exact") in found


def test_ratifications_acceptances_approvals_and_accessions_in_a_counter_terrorism_report() -> None:
    text = (
        "六. 预防恐怖主义\n\n"
        "1. 截至 2017 年 12 月 31 日，各国对上述文书的批准、接受、核准或加入总数达到 3,020 项。"
        "截至 2018 年 6 月 30 日，这一数字已增至 3,031 项。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("ct_instrument_ratifications", 2017, 2017, "as_of", 3020, "exact") in found
    assert ("ct_instrument_ratifications", 2018, 2018, "as_of", 3031, "exact") in found


def test_receivable_contributions_are_no_pledges() -> None:
    text = "1. 2019 年自愿捐款认捐总额为 4.1 亿美元。应收自愿捐款为 5.2 亿美元。\n"
    found = facts(text, published=2020, coverage=(2019, 2019))
    pledged = {f[4] for f in found if f[0] == "voluntary_contributions_pledged"}
    assert pledged == {410_000_000}


def test_that_year_in_a_list_reads_on_from_the_year_the_paragraph_before_named() -> None:
    text = (
        "A. 跨国有组织犯罪\n\n"
        "1. 集装箱管制方案继续扩大。截至 2014 年 6 月，方案已覆盖 30 个国家。该方案在 2013 日历年取得了"
        "自启动以来最好的业绩。\n\n"
        "2. 各港口管制组当年查获的违禁品包括：(a) 可卡因 41.5 吨；(b) 海洛因 710 公斤；(c) 前体化学品逾"
        " 520 吨。\n"
    )
    found = facts(text, published=2014, coverage=(2013, 2014))
    assert ("ccp_cocaine_seized", 2013, 2013, "annual", 41.5, "exact") in found
    assert ("ccp_heroin_seized", 2013, 2013, "annual", 0.71, "exact") in found
    assert ("ccp_precursors_seized", 2013, 2013, "annual", 520, "at_least") in found
