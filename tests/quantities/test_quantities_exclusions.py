"""Numbers that are not quantity mentions, and PDF debris around numbers that are."""

from __future__ import annotations

import pytest

from etl.quantities import extract


def surfaces(text: str) -> list[str]:
    return [m.surface for m in extract(text)]


@pytest.mark.parametrize(
    "text",
    [
        # dates and years
        "会议于 2016 年举行。",
        "会议于 2016年5月9至13日举行。",
        "在 2014-2015 两年期内。",
        "自 2019 年 3 月以来。",
        "报告将于 2022年6月发布。",
        # document symbols, resolutions, sales numbers, URLs
        "见 E/CN.15/2016/4 号文件。",
        "见 A/70/150。",
        "见 A/RES/69/193。",
        "大会第 69/193 号决议。",
        "人权理事会第 32/2 号决议。",
        "经社理事会第 2015/19 号决议。",
        "出售品编号：E.15.IV.3。",
        "可查阅：http://undocs.org/A/RES/69/193。",
        # section, article, chapter, volume and SDG numbers
        "实现可持续发展目标 16.3 和具体目标 5.2。",
        "可持续发展目标 16 至关重要。",
        "《公约》第三十二条。",
        "方案概算第 16 款。",
        "《条约汇编》，第 1582 卷，第 27627 号。",
        "见上文第 14 段。",
        # ordinals
        "第四届会议。",
        "第二十五届会议。",
        "第 3 次会议。",
        "第\n七次会议。",
        # ages, anniversaries, durations, frequencies, times
        "受害者（14-17 岁）。",
        "18岁以下的儿童。",
        "纪念通过二十周年。",
        "纪念 10 周年。",
        "为期两年。",
        "为期六个月的培训。",
        "在 18 个月内完成。",
        "会期两周。",
        "一年两次的报告。",
        "每年两次举行会议。",
        "工作组每季度召开三次会议。",
        "理事会每年举行两次常会。",
        "上午 10 时开会。",
        # names
        "二十国集团峰会。",
        "20 国集团反腐败工作组。",
        "77 国集团和中国。",
        "在 20 国企业和 20 国集团峰会上。",  # 国企 (enterprises): a name's part, not a count of countries
        "2012 国际禁毒日。",
        "COVID-19 大流行。",
        # a footnote marker after a title, before 所 + verb (the nominalizer, not the measure word)
        "确认《某某公约》12 所提供的法律框架。",
        "考虑到《宣言》3 所涉的问题。",
        "COVID-\n19 大流行。",
        "2019冠状病毒病大流行。",
        # vague amounts and rates
        "每年有数十亿美元被盗。",
        "几十个国家参加。",
        "数\n十个会员国参加。",
        "国际协作演练一年举行两轮。",
        "这是监测具体目标 3.5 所必需的。",
        "每 10 万人中的凶杀率。",
    ],
)
def test_not_a_mention(text: str) -> None:
    assert surfaces(text) == []


def test_paragraph_numbers_at_line_start_are_not_counts() -> None:
    text = "12. 该办公室为 14 个国家提供了援助。\n13. 另外 3 名专家参加。"
    assert surfaces(text) == ["14个", "3名"]


def test_footnote_marker_glued_after_punctuation_is_not_part_of_the_next_number() -> None:
    """ "，3 4.754 亿美元": footnote 3, then 475,400,000 USD."""
    found = extract("其中有 18.2%来自经常预算，3 4.754 亿美元来自预算外资源。")
    assert [(m.surface, m.value) for m in found] == [("18.2%", 18.2), ("4.754亿美元", 475_400_000)]


def test_footnote_marker_before_a_year_leaves_no_mention() -> None:
    assert surfaces("防治结核病。12011 年，该办公室启动了新方案。") == []


def test_superscript_footnote_markers_are_never_digits() -> None:
    found = extract("预算资金，¹⁰有 4.754 亿美元来自预算外资源。")
    assert [m.value for m in found] == [475_400_000]


def test_numbers_between_undocs_url_lines_and_article_words() -> None:
    text = "实施方面的挑战是第\nhttp://undocs.org/A/RES/58/4\n 五十四条的规定。有三项建议。"
    assert surfaces(text) == ["三项"]


def test_full_width_digits_and_crlf_keep_offsets_exact() -> None:
    text = "缉获了\r\n１２３\r\n吨可卡因和５０％的前体。"
    found = extract(text)
    assert [(m.surface, m.value, m.unit) for m in found] == [
        ("１２３吨", 123, "t"),
        ("５０％", 50, "percent"),
    ]
    for m in found:
        assert "".join(text[m.start : m.end].split()) == m.surface


def test_line_breaks_inside_an_expression() -> None:
    text = "共计 1.82\n\n亿美元，覆盖六\n\n个国家和 49 个会员\n\n国，缉获超过 55\n\n吨毒品。"
    assert surfaces(text) == ["1.82亿美元", "六个", "49个", "超过55吨"]


def test_a_count_of_times_in_one_past_period_is_not_a_frequency() -> None:
    assert surfaces("去年一年举行了三次会议。") == ["三次"]


def test_a_count_of_times_with_a_magnitude_word_is_a_volume_not_a_frequency() -> None:
    text = "门户网站每月的访问量在 4 万至 6 万次之间，每季度约 12 万次。"
    assert surfaces(text) == ["4万至6万次", "约12万次"]
    assert surfaces("工作组每季度开会两次。") == []


def test_a_count_inside_a_title_is_part_of_the_name() -> None:
    assert surfaces("该办公室出版了《打击腐败的十项原则》，并培训了 40 名官员。") == ["40名"]
    assert surfaces("《公约》有 190 个缔约方。") == ["190个"]


def test_digits_with_a_leading_zero_are_never_an_amount() -> None:
    assert extract("编号 05 个；代码 007 名。") == []


def test_a_number_cut_by_a_line_break_is_joined_again() -> None:
    """ "1,5⏎00 名": a PDF line break inside a digit group (or before the decimal point) leaves a tail
    that alone would read as 0 or 50 officials; the number is read whole, its span from its head."""
    (cut,) = extract("共有 1,5\n00 名官员。")
    assert (cut.surface, cut.value, cut.start) == ("1,500名", 1500, 3)
    assert [m.value for m in extract("培训了 2,1\n50 名官员，其中 6\n.4%为女性。")] == [2150, 6.4]
    assert [m.value for m in extract("有 19\n\n0 个缔约方；另有 3.4\n\n82 亿美元。")] == [190, 348_200_000]
    assert [m.value for m in extract("见第 12 \n\n5 个国家")] == [5]  # a space ends the first number
    assert [(m.surface, m.value) for m in extract("其中有十\n\n二个新的捐助方。")] == [("十二个", 12)]
    # across a page break whose footer and header were blanked out (etl/furniture.py leaves spaces)
    blank = "\n\n" + " " * 16 + "\n\n" + " " * 14 + "\n" + " " * 15 + "\n\n"
    assert [(m.surface, m.value) for m in extract(f"案件达到 1,76{blank}0 多起，")] == [("1,760多起", 1760)]
    assert [(m.surface, m.value) for m in extract(f"总数达到 30{blank}2 个，")] == [("302个", 302)]


def test_a_zero_before_a_measure_word_is_part_of_a_word() -> None:
    assert surfaces("销毁了枪支及其零部件，并向 30 个国家提供了援助。") == ["30个"]


def test_a_range_cut_by_a_line_break_after_its_connector() -> None:
    assert [
        (m.value, m.value_max) for m in extract("有 15%至\n\n20%曾行贿；访问量在 2 万至\n\n3 万次之间。")
    ] == [
        (15, 20),
        (20_000, 30_000),
    ]


def test_a_name_with_a_line_break_inside_is_still_a_name() -> None:
    text = "办公室还参与了二十国集\n\n团反腐败工作组的工作，并向二十个国家提供了援助。"
    assert surfaces(text) == ["二十个"]
