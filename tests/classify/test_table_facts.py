"""Tables written as text state indicator values too: each cell read as its row's sentence (tables made
up for the tests)."""

from __future__ import annotations

from tests.classify.helpers import observe


def test_party_counts_in_a_table_dated_by_its_caption() -> None:
    text = (
        "14. 各项文书的批准情况见表 1。\n"
        " 表 1\n"
        " 截至 2014 年 12 月 31 日的缔约方数目\n"
        " 文书\t缔约方\t2014 年新增\n"
        " 《有组织犯罪公约》\t183\t3\n"
        " 《贩运人口议定书》\t166\t4\n"
        "15. 缔约方会议第七届会议于 2014 年 10 月举行。\n"
    )
    found = {(o.indicator_id, o.period_start, o.basis, o.value) for o in observe(text, published=2015)}
    assert found == {("untoc_parties", 2014, "as_of", 183), ("tip_protocol_parties", 2014, "as_of", 166)}


def test_seizures_by_year_column_with_the_unit_of_the_caption() -> None:
    text = (
        "15. 方案的成效见下表。\n"
        " 表\n"
        " 集装箱管制方案主要缉获量（吨）\n"
        " 类别\t2016 年\t2017 年\n"
        " 可卡因\t58.1\t63.4\n"
        " 海洛因\t1.2\t0.95\n"
    )
    found = {(o.indicator_id, o.period_start, o.value) for o in observe(text, published=2018)}
    assert found == {
        ("ccp_cocaine_seized", 2016, 58.1),
        ("ccp_cocaine_seized", 2017, 63.4),
        ("ccp_heroin_seized", 2016, 1.2),
        ("ccp_heroin_seized", 2017, 0.95),
    }


def test_a_table_fact_quotes_the_table_and_points_at_its_cell() -> None:
    text = (
        "40. 认捐情况见表 2。\n"
        "表 2\n"
        "2016 年按基金分列的自愿捐款认捐情况\n"
        "（百万美元）\n"
        "基金\t认捐额\n"
        "药物管制方案基金\t131.5\n"
    )
    [fact] = observe(text, published=2017, coverage=(2016, 2016))
    assert (fact.indicator_id, fact.period_start, fact.value) == ("drug_fund_pledges", 2016, 131_500_000)
    assert fact.quote == "2016年按基金分列的自愿捐款认捐情况 基金 认捐额 药物管制方案基金 131.5"
    start, end = (int(x) for x in fact.mention_id.rsplit(":", 1)[1].split("-"))
    assert text[start:end] == "131.5"


def test_the_total_row_of_a_table_broken_down_by_programme_states_the_titles_subject() -> None:
    text = (
        "38. 特别用途捐款按主题方案的分布见表 1。\n"
        " 表 1\n"
        " 按主题方案分列的特别用途捐款\n"
        " （百万美元）\n"
        " 主题方案 2018 年 2019 年\n"
        " 反腐败 37.2 42.6\n"
        " 其他 15.7 22.1\n"
        " 共计 338.6 389.4\n"
        "39. 普通用途收入仍然很少。\n"
    )
    found = {(o.indicator_id, o.period_start, o.basis, o.value) for o in observe(text, published=2020)}
    assert found == {
        ("special_purpose_contributions", 2018, "annual", 338_600_000),
        ("special_purpose_contributions", 2019, "annual", 389_400_000),
    }


def test_columns_named_by_a_biennium_and_a_measure_and_a_kind_of_funds_is_no_consolidated_budget() -> None:
    text = (
        "30. 合并预算见附件。\n"
        "附件\n"
        "2012-2013两年期合并预算执行情况和2014-2015两年期初步合并预算\n"
        "（千美元）\n"
        "资金类别\t2012-2013最终预算\t2012-2013支出\t2014-2015初步预算\n"
        "特别用途资金\t512 535.4\t463 217.8\t560 218.6\n"
        "合计\t638 400.0\t587 400.0\t691 200.0\n"
    )
    found = {(o.indicator_id, o.period_start, o.period_end, o.value) for o in observe(text, published=2014)}
    assert ("consolidated_budget", 2014, 2015, 691_200_000) in found
    assert not [f for f in found if f[3] == 560_218_600]
