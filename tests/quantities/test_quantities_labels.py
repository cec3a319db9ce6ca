"""Box, figure and table labels at the start of their line are no quantities, whatever follows them."""

from __future__ import annotations

from etl.quantities import extract


def test_a_box_label_before_a_title_beginning_with_a_measure_word_is_no_quantity() -> None:
    text = (
        "供各管制股使用。\n\n方框 1\n\n\n集装箱管制方案的培训工作\n\n"
        "2021 年，该方案为 3,400 多名官员举办了培训。"
    )
    assert [m.surface for m in extract(text)] == ["3,400多名"]


def test_the_same_characters_inside_a_sentence_still_count() -> None:
    assert [m.surface for m in extract("他代表 3 个国家发言，列表 2 项。")] == ["3个", "2项"]
