"""Tables written as text: each cell's bare number is a mention, with the unit its caption names.
Tables are made up for the tests."""

from __future__ import annotations

from etl.quantities import extract


def cells(text: str) -> list[tuple[str, float, str, str | None]]:
    return [(m.surface, m.value, m.unit, m.counted) for m in extract(text) if m.in_table]


def test_a_money_table_scales_every_cell_by_its_caption() -> None:
    text = (
        "40. 认捐情况见表 2。\n"
        "表 2\n"
        "2016 年按基金分列的认捐情况\n"
        "（百万美元）\n"
        "基金\t认捐额\n"
        "药物管制方案基金\t131.5\n"
        "预防犯罪和刑事司法基金\t162.0\n"
        "41. 特别用途捐款仍占绝大部分。\n"
    )
    assert cells(text) == [
        ("131.5", 131_500_000, "USD", "药物管制方案基金"),
        ("162.0", 162_000_000, "USD", "预防犯罪和刑事司法基金"),
    ]


def test_offsets_point_at_the_cell_and_prose_numbers_stay_prose() -> None:
    text = "表 1\n缉获量（吨）\n类别\t2015 年\t2016 年\n可卡因\t58.1\t63.4\n\n海洛因\t1.2\t0.95\n"
    found = extract(text)
    assert [(text[m.start : m.end], m.unit, m.value) for m in found] == [
        ("58.1", "t", 58.1),
        ("63.4", "t", 63.4),
        ("1.2", "t", 1.2),
        ("0.95", "t", 0.95),
    ]
    assert all(m.in_table for m in found)
    assert not any(m.in_table for m in extract("可卡因缉获量为 58.1 吨。"))


def test_a_count_table_with_pipes_dot_leaders_and_a_row_of_labels() -> None:
    text = (
        "附件\n"
        "批准情况\n"
        "（截至 2016 年 6 月 30 日）\n"
        "文书 | 缔约方数目\n"
        "《贩运人口议定书》 | 169\n"
        "《枪支议定书》 | 114\n"
        "其他文书\n"
        "《联合国反腐败公约》 ........ 180\n"
    )
    assert [(s, v, u) for s, v, u, _ in cells(text)] == [
        ("169", 169, "count"),
        ("114", 114, "count"),
        ("180", 180, "count"),
    ]
    assert cells(text)[0][3] == "缔约方数目"


def test_a_table_introduced_by_如下_with_spaced_thousands() -> None:
    text = (
        "近三年的参加情况如下：\n年份\t\t参加实验室\t分析样品\n"
        "2014 年\t\t230\t\t1 402\n2015 年\t\t241\t\t1 520\n"
    )
    assert [(s, v) for s, v, _, _ in cells(text)] == [
        ("230", 230),
        ("1402", 1402),
        ("241", 241),
        ("1520", 1520),
    ]


def test_a_table_of_contents_is_no_table() -> None:
    text = "目录\n\t段次\t页次\n一. 导言\t1-3\t3\n二. 执行情况\t4-20\t3\n表\n章节\t页\n附件\t12\n"
    assert cells(text) == []


def test_tab_separated_lines_with_no_caption_are_no_table() -> None:
    text = "名称\t数目\n实验室\t205\n国家\t61\n"
    assert cells(text) == []


def test_a_table_set_with_spaces_under_a_bare_label_with_a_wrapped_row_label() -> None:
    text = (
        "附件\n\n"
        "  截至 2018 年 6 月 30 日的批准情况 \n\n"
        "文书 签署国数目 缔约方数目 \n\n"
        "《联合国打击跨国有组织犯罪公约》 147 189 \n\n"
        "《关于预防、禁止和惩治贩运人口特别是妇女和儿童 \n\n"
        "行为的补充议定书》 117 173 \n"
    )
    assert [(s, v) for s, v, _, _ in cells(text)] == [("147", 147), ("189", 189), ("117", 117), ("173", 173)]
    assert cells(text)[3][3] == "缔约方数目"


def test_spaced_numbers_ending_prose_lines_are_no_table() -> None:
    text = "附件\n\n一. 导言\n\n2018 年自愿捐款认捐总额达到 3.5\n\n亿美元，高于上一年。\n"
    assert cells(text) == []


def test_a_caption_unit_with_exceptions_and_a_row_with_its_own_unit() -> None:
    text = (
        "表 1\n"
        "若干年份的认捐和捐助方数目\n"
        "（百万美元，另有说明者除外）\n"
        "\t2011 年\t2013 年\t2015 年 a\n"
        "自愿捐款认捐总额\t241.0\t275.5\t296.3\n"
        "捐助方数目（个）\t88\t91\t95\n"
        "a 初步数字。\n"
    )
    assert cells(text) == [
        ("241.0", 241_000_000, "USD", "自愿捐款认捐总额"),
        ("275.5", 275_500_000, "USD", "自愿捐款认捐总额"),
        ("296.3", 296_300_000, "USD", "自愿捐款认捐总额"),
        ("88", 88, "count", "捐助方数目（个）"),
        ("91", 91, "count", "捐助方数目（个）"),
        ("95", 95, "count", "捐助方数目（个）"),
    ]


def test_a_spaced_table_with_a_group_header_dates_as_columns_and_an_indented_total() -> None:
    text = (
        "表 1\n"
        "按捐助方类别分列的自愿捐款认捐\n"
        "（百万美元）\n"
        "                              认捐额\n"
        "捐助方类别                2016 年 12 月 31 日    2017 年 12 月 31 日    占 2017 年总额的百分比\n"
        "会员国                    241.3                 259.0                 75.1\n"
        " 合计                     320.5                 345.0                 100.0\n"
        "51. 在 2017 年的认捐中，特别用途捐款占绝大部分。\n"
    )
    assert [(s, v, u) for s, v, u, _ in cells(text)] == [
        ("241.3", 241_300_000, "USD"),
        ("259.0", 259_000_000, "USD"),
        ("75.1", 75.1, "percent"),
        ("320.5", 320_500_000, "USD"),
        ("345.0", 345_000_000, "USD"),
        ("100.0", 100, "percent"),
    ]


def test_a_spaced_table_whose_spaces_also_group_thousands_reads_one_number_per_column() -> None:
    text = (
        "46. 按基金和用途分列的认捐情况如下表所示：\n"
        "表\n"
        "2015 年和 2016 年认捐的自愿捐款\n"
        "（千美元）\n"
        "2015 年 2016 年 同比变化（%）\n"
        "药物管制署基金 141 650 152 860 7.9\n"
        "其中：\n"
        " 一般用途 11 200 10 400 -7.1\n"
        "47. 2016 年，专用捐款为 3.158 亿美元。\n"
    )
    assert [(surface, value) for surface, value, _, _ in cells(text)] == [
        ("141650", 141_650_000),
        ("152860", 152_860_000),
        ("7.9", 7.9),
        ("11200", 11_200_000),
        ("10400", 10_400_000),
    ]
