"""Report text for reading: PDF line wraps undone with exact offsets, spans highlighted."""

from __future__ import annotations

from dashboard.text import Segment, document_blocks, highlighted_excerpt, reflow, segments


def test_reflow_joins_wrapped_cjk_lines_and_maps_offsets() -> None:
    text = "缔约方总数达到 168\n个），有\n\n6 个国家 批准了。\nSee A/67/50. \n"
    out, pos = reflow(text)
    assert out == "缔约方总数达到 168个），有6 个国家 批准了。See A/67/50."
    start, end = text.index("168"), text.index("个）") + 1
    assert out[pos[start] : pos[end]] == "168个"
    assert len(pos) == len(text) + 1


def test_latin_line_breaks_become_spaces() -> None:
    out, _ = reflow("UN Office\non Drugs")
    assert out == "UN Office on Drugs"


def test_segments_skip_overlaps() -> None:
    segs = segments("abcdefgh", [(1, 3, "x"), (2, 4, "overlap"), (5, 6, "y"), (7, 7, "empty")])
    assert segs == [Segment("a"), Segment("bc", "x"), Segment("de"), Segment("f", "y"), Segment("gh")]


def test_highlighted_excerpt_keeps_markup_as_text() -> None:
    text = "前文。总共缉获220多\n吨可卡因<script>。后文"
    start = text.index("220")
    segs = highlighted_excerpt(text, 3, len(text) - 3, [(start, start + 6, True)])
    assert [s.text for s in segs] == ["总共缉获", "220多吨", "可卡因<script>"]
    assert segs[1].mark is True


def test_document_blocks_cover_numbered_paragraphs_and_headings() -> None:
    long_line = "第一段的文字" + "很长" * 14
    text = f"标题\n\n一. 导言\n1. {long_line}\n接着写。\n2. 第二段。\n"
    p1 = text.index("1. ")
    p2 = text.index("2. ")
    blocks = document_blocks(text, [(1, p1, p2), (2, p2, len(text))])
    numbered = [b for b in blocks if b.paragraph is not None]
    assert [b.paragraph for b in numbered] == [1, 2]
    other = [text[b.start : b.end].strip() for b in blocks if b.paragraph is None]
    assert other == ["标题", "一. 导言"]
