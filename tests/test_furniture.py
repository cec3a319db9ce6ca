"""The furniture stage: footnote blocks and page headers blanked out, offsets unchanged."""

from __future__ import annotations

from pathlib import Path

import duckdb

from etl.furniture import footnote_spans, furniture_spans, mask_furniture
from etl.glued_markers import glued_marker_spans
from tests.conftest import run_cli

PAGE_BREAK = (
    "各管制股缉获可卡因\n\n__________________ \n\n 1 联合国出版物，出售品编号：E.19.XI.8。 \n\n"
    "V.20-00876 3/9 \n\nE/CN.7/2020/5\n\nE/CN.15/2020/5 \n\n86.4 吨。"
)


def _reports_dir(tmp_path: Path) -> Path:
    reports = tmp_path / "reports"
    reports.mkdir()
    return reports


def _built(reports: Path) -> duckdb.DuckDBPyConnection:
    """The database the real CLI builds from the reports in `reports`, opened read-only."""
    db = reports.parent / "built.duckdb"
    assert run_cli("build", "--reports", str(reports), "--db", str(db), "--quiet").returncode == 0
    return duckdb.connect(str(db), read_only=True)


def test_a_page_break_inside_a_sentence_reads_as_whitespace() -> None:
    masked = mask_furniture(PAGE_BREAK)
    assert len(masked) == len(PAGE_BREAK)
    assert "".join(masked.split()) == "各管制股缉获可卡因86.4吨。"


def test_a_footnote_entry_runs_to_its_full_stop_and_the_links_after_it_go_too() -> None:
    text = (
        "在加勒\n\n__________________ \n\n 1 查阅网址 www.unodc.org/pdf/x_\n\n10-57802.pdf。 \n"
        "https://undocs.org/A/67/1\n 比共同体内，毒品和犯罪问题办公室继续支持。"
    )
    assert "".join(mask_furniture(text).split()) == "在加勒比共同体内，毒品和犯罪问题办公室继续支持。"


def test_a_superscript_footnote_without_a_rule_is_furniture_too() -> None:
    text = "该股领导了两次深\n\n⁸ 大会 2011 年 7 月 14 日第 65/308 号决议。\n\n入评价。"
    assert "".join(mask_furniture(text).split()) == "该股领导了两次深入评价。"


def test_the_first_pages_footer_with_its_dates_and_barcode_is_furniture() -> None:
    text = (
        "向 100 多个国家提供了打击贩运人\n\nhttp://undocs.org/A/RES/75/194\n"
        "21-09214 (C)    230721    260721 \n\n*2109214* \n\nA/76/138 \n\n口和偷运移民方面的援助。"
        "\n13-37541 (C) 3/6\n2/6 13-37541 (C)\n"
    )
    assert "".join(mask_furniture(text).split()) == "向100多个国家提供了打击贩运人口和偷运移民方面的援助。"


def test_a_first_page_footer_whose_dates_carry_their_fx_label_is_furniture() -> None:
    text = "覆盖 150 多个国\n\nV.11-80457 (C)    FX: 150211    160211\n\n*1180457*\n\n家和地区。"
    assert "".join(mask_furniture(text).split()) == "覆盖150多个国家和地区。"


def test_body_text_is_never_taken_for_furniture() -> None:
    text = (
        "12. 截至 2019 年底，已有 190 个缔约方。\n"
        "4/3 号决议、题为“资产追回方面的国际合作”的第 4/4 号决议。\n"
        "A. 跨国有组织犯罪\n"
    )
    assert furniture_spans(text) == []
    assert mask_furniture(text) == text


def test_quantities_in_footnotes_are_mentions_outside_any_paragraph(tmp_path: Path) -> None:
    reports = _reports_dir(tmp_path)
    (reports / "notes.txt").write_text(
        "1. 2019 年，自愿捐款认捐总额为 3.1 亿美元¹，各管制股缉获可卡因\n\n__________________\n\n"
        " ¹ 包括方案支助费用约 2,400 万美元。\n\nV.20-00876 3/9\n\n86.4 吨。\n",
        encoding="utf-8",
    )
    con = _built(reports)
    mentions = con.execute("select surface, paragraph, sentence from mentions order by char_start").fetchall()
    assert mentions == [
        ("3.1亿美元", 1, "1. 2019 年，自愿捐款认捐总额为 3.1 亿美元¹，各管制股缉获可卡因86.4 吨。"),
        ("约2,400万美元", None, "¹ 包括方案支助费用约 2,400 万美元。"),
        ("86.4吨", 1, "1. 2019 年，自愿捐款认捐总额为 3.1 亿美元¹，各管制股缉获可卡因86.4 吨。"),
    ]
    observed = con.execute("select value from observations order by value").fetchall()
    assert (24_000_000.0,) not in observed


def test_a_footnote_marker_glued_to_the_amount_after_it_is_taken_off_when_the_page_leaves_no_doubt(
    tmp_path: Path,
) -> None:
    reports = _reports_dir(tmp_path)
    page = (
        "1. 2018-2019 两年期合并预算初步估计为 6.52 亿美元，其中 7.8%来自经常预算，"
        "36.01 亿美元来自预算外资源。\n"
        "__________________\n\n 3 方案支助费用资源估计为 930 万美元。\n\nV.18-04876 12/13\n\n"
    )
    (reports / "glued.txt").write_text(page, encoding="utf-8")
    # the same page where a bare 3 elsewhere could be footnote 3's own marker: the number is left whole
    (reports / "doubt.txt").write_text(page.replace("其中 7.8%", "其中 3 个方案的 7.8%"), encoding="utf-8")
    con = _built(reports)
    extrabudgetary = dict(
        con.execute(
            "select file_name, value from observations join documents using (doc_id)"
            " where indicator_id = 'extrabudgetary_resources'"
        ).fetchall()
    )
    assert extrabudgetary == {"glued.txt": 601_000_000.0, "doubt.txt": 3_601_000_000.0}
    surfaces = {s for (s,) in con.execute("select surface from mentions").fetchall()}
    assert "6.01亿美元" in surfaces


def test_a_year_after_a_full_stop_is_never_taken_for_a_glued_marker() -> None:
    text = (
        "1. 办公室收到 1,040 万美元。2014 年，捐助方数目为 91 个。\n______________\n\n 2 不包括实物捐助。\n"
    )
    notes = footnote_spans(text)
    assert notes
    assert glued_marker_spans(text, mask_furniture(text, notes), notes) == []


def test_a_footnotes_fact_fills_a_gap_and_never_stands_beside_the_texts_own(tmp_path: Path) -> None:
    reports = _reports_dir(tmp_path)
    (reports / "notes.txt").write_text(
        "1. 2022 年，国际合作演练继续进行，参加实验室共计 312 个。¹该信托基金 2022 年收到捐款 84 万美元。²\n"
        "__________________\n\n ¹ 参加 2022 年国际合作演练的实验室分布在 89 个国家。\n\n"
        " ² 截至 2022 年底，该信托基金已收到捐款约 1,020 万美元。\n\nV.23-00123 3/9\n\n",
        encoding="utf-8",
    )
    (reports / "fund.txt").write_text(
        "1. 联合国贩运人口行为受害者自愿信托基金 2022 年收到捐款 84 万美元。¹\n"
        "__________________\n\n ¹ 海盗问题信托基金 2022 年收到捐款 400 万美元。\n\nV.23-00124 3/9\n\n",
        encoding="utf-8",
    )
    con = _built(reports)
    rows = con.execute(
        "select file_name, indicator_id, value, paragraph from observations join documents using (doc_id)"
        " where indicator_id in ('ice_countries', 'victims_trust_fund_contributions') order by file_name"
    ).fetchall()
    assert ("notes.txt", "ice_countries", 89.0, None) in rows  # only the note states it
    assert [r for r in rows if r[0] == "fund.txt"] == [
        ("fund.txt", "victims_trust_fund_contributions", 840_000.0, 1)  # the text's own value stands
    ]


def test_a_footnote_that_corrects_its_text_replaces_the_texts_figure(tmp_path: Path) -> None:
    reports = _reports_dir(tmp_path)
    (reports / "corrected.txt").write_text(
        "1. 普通用途资金持续减少。普通用途收入在 2013 年为 1,180 万美元¹，而 2012 年为 1,560 万美元。\n"
        "__________________\n\n ¹ 上文所列数字系根据初步账目得出。经对账核实，2013 年普通用途收入应为"
        " 1,240 万美元，正文所列数字予以更正。\n\nV.14-01237 8/9\n",
        encoding="utf-8",
    )
    con = _built(reports)
    income = con.execute(
        "select period_start, value from observations where indicator_id = 'general_purpose_income'"
        " order by period_start"
    ).fetchall()
    assert income == [(2012, 15_600_000.0), (2013, 12_400_000.0)]


def test_a_footnote_reads_on_from_the_sentence_its_marker_stands_in(tmp_path: Path) -> None:
    reports = _reports_dir(tmp_path)
    (reports / "leaning.txt").write_text(
        "1. 截至 2021 年 6 月 30 日，人口贩运案例法数据库收录了 2,650 多起案件 1。\n\n"
        "2. 联合国贩运人口特别是妇女和儿童行为受害者自愿信托基金 2020 年收到捐款约 61 万美元 2。\n"
        "__________________\n\n 1 截至同一日期，夏洛克知识门户网站的偷运移民案例法数据库收录了"
        " 1,040 起偷运移民案件。\n\n"
        " 2 在 2020 年第五轮赠款中，基金为 19 个非政府组织项目提供了赠款。\n\nV.21-04567 5/14\n\n",
        encoding="utf-8",
    )
    con = _built(reports)
    rows = con.execute(
        "select indicator_id, period_start, value, paragraph from observations"
        " where indicator_id in ('smuggling_case_law_cases', 'victims_trust_fund_grants') order by 1"
    ).fetchall()
    assert rows == [
        ("smuggling_case_law_cases", 2021, 1040.0, None),  # as of the date its marker's sentence names
        ("victims_trust_fund_grants", 2020, 19.0, None),  # 基金: the fund its marker's sentence names
    ]


def test_a_footnote_giving_another_years_appropriation_of_the_regular_budget(tmp_path: Path) -> None:
    reports = _reports_dir(tmp_path)
    (reports / "budget.txt").write_text(
        "43. 2021 年，联合国经常预算为毒品和犯罪问题办公室拨款 2,346 万美元 4。\n"
        "__________________\n\n 4 见 A/75/6 (Sect. 16)。2020 年的拨款为 2,298 万美元。\n\n"
        "V.21-04567 9/14\n\n",
        encoding="utf-8",
    )
    con = _built(reports)
    rows = con.execute(
        "select period_start, value from observations where indicator_id = 'regular_budget' order by 1"
    ).fetchall()
    assert rows == [(2020, 22_980_000.0), (2021, 23_460_000.0)]
