"""Segmentation finds the report's own numbered paragraphs and its sentences across PDF line breaks."""

from etl.segment import clean_sentence, find_paragraphs, find_sentences

REPORT = """摘要


本报告介绍了有关活动。

一. 导言

1. 第一段的第一句。第二句跨越
了一个换行。
2.第二段没有空格，提到 16.4 目标。
 3. 第三段开头有空格。
二. 下一节
17. 这是页码或列表，不是第 4 段。
4. 第四段。
"""


def test_numbered_paragraphs_follow_the_reports_own_numbering() -> None:
    paragraphs = find_paragraphs(REPORT)
    assert [p.number for p in paragraphs] == [1, 2, 3, 4]
    third = paragraphs[2]
    assert REPORT[third.start :].startswith("3. 第三段")
    # a section heading ends the paragraph before it
    assert "二. 下一节" not in REPORT[third.start : third.end]


def test_sentences_span_line_breaks_and_know_their_paragraph() -> None:
    paragraphs = find_paragraphs(REPORT)
    sentences = find_sentences(REPORT, paragraphs)
    texts = {s.text: s.paragraph for s in sentences}
    assert texts["第二句跨越了一个换行。"] == 1
    assert texts["摘要"] is None


def test_sentence_offsets_point_into_the_original_text() -> None:
    paragraphs = find_paragraphs(REPORT)
    for s in find_sentences(REPORT, paragraphs):
        assert clean_sentence(REPORT[s.start : s.end]) == s.text


def test_clean_sentence_removes_pdf_line_breaks() -> None:
    assert clean_sentence("有 168\n个缔约方，\n 总额  2.45 亿") == "有 168个缔约方，总额 2.45 亿"


QUOTED_RESOLUTION = """1. 委员会审议了本项目。

2. 委员会建议大会通过下列决议草案：

决议草案

 大会，

 注意到截至 2016 年 10 月 1 日《公约》已有 187

个缔约国，

 又注意到办公室在 2015 年向逾 80 个国家提供了援助，

 1. 欢迎各会员国提供的捐款；

 2. 请秘书长提出报告。

3. 决定继续审议这一问题。
"""


def test_a_quoted_resolution_numbers_its_operative_paragraphs_anew() -> None:
    paragraphs = find_paragraphs(QUOTED_RESOLUTION)
    assert [p.number for p in paragraphs] == [1, 2, 1, 2, 3]
    second = paragraphs[1]
    assert "又注意到" in QUOTED_RESOLUTION[second.start : second.end]  # the preamble stays in paragraph 2
    assert "欢迎" not in QUOTED_RESOLUTION[second.start : second.end]


def test_a_numbered_line_after_the_report_without_a_resolution_opener_is_no_new_paragraph() -> None:
    text = "1. 第一段。\n2. 第二段：\n1. 列表的一项。\n2. 列表的另一项。\n"
    assert [p.number for p in find_paragraphs(text)] == [1, 2]


def test_each_preambular_paragraph_is_a_sentence() -> None:
    sentences = [s.text for s in find_sentences(QUOTED_RESOLUTION, find_paragraphs(QUOTED_RESOLUTION))]
    assert any(s.startswith("注意到截至 2016 年") and s.endswith("个缔约国，") for s in sentences)
    assert any(s.startswith("又注意到办公室") for s in sentences)


def test_a_heading_run_into_the_line_of_the_paragraph_after_it() -> None:
    text = "1. 第一段。\n\nA. 跨国有组织犯罪 2. 在报告所述期间，有 5 个国家加入了《公约》。\n\n3. 第三段。\n"
    paragraphs = find_paragraphs(text)
    assert [p.number for p in paragraphs] == [1, 2, 3]
    assert "跨国有组织犯罪" not in text[paragraphs[0].start : paragraphs[0].end]
    assert text[paragraphs[1].start :].startswith("2. 在报告所述期间")
