"""Document metadata is read from the report's own header, with a manifest for what the text lacks."""

from pathlib import Path

import pytest

from etl import metadata
from etl.manifest import ManifestError, load_manifest
from etl.quantities.numerals import chinese_value

GA_HEADER = """ 第七十六届会议
暂定项目表*项目 101
预防犯罪和刑事司法

  联合国预防犯罪和刑事司法方案任务执行情况，特别是关于
联合国毒品和犯罪问题办公室的技术合作活动

秘书长的报告

 摘要
 本报告根据大会第 75/195 号决议编写而成。
 * A/76/50。
"""

COMMISSION_HEADER = """Distr.: General
14 January 2016
Chinese
麻醉药品委员会
第五十九届会议
2016年3月14日至22日，维也纳
预防犯罪和刑事司法委员会
第二十五届会议
2016年5月23日至27日，维也纳
联合国毒品和犯罪问题办公室的活动
执行主任的报告
摘要
本报告概要介绍了 2015 年期间联合国毒品和犯罪问题办公室开展的活动。
"""


def test_general_assembly_report() -> None:
    body = metadata.find_body(GA_HEADER)
    year = metadata.find_published_year(GA_HEADER, body)
    title = metadata.find_title(GA_HEADER)
    assert body == "General Assembly"
    assert year == 2021  # the 76th session opens in 2021
    assert (
        title
        == "联合国预防犯罪和刑事司法方案任务执行情况，特别是关于联合国毒品和犯罪问题办公室的技术合作活动"
    )
    # a Secretary-General's report runs from mid-year to mid-year
    assert metadata.find_coverage(GA_HEADER, GA_HEADER, year, title) == (2020, 2021)


def test_executive_director_report_to_both_commissions() -> None:
    body = metadata.find_body(COMMISSION_HEADER)
    year = metadata.find_published_year(COMMISSION_HEADER, body)
    assert body == "CND; CCPCJ"
    assert year == 2016
    assert metadata.find_title(COMMISSION_HEADER) == "联合国毒品和犯罪问题办公室的活动"
    assert metadata.find_coverage(COMMISSION_HEADER, COMMISSION_HEADER, year, None) == (2015, 2015)


def test_the_year_a_reports_dated_events_fall_in_most() -> None:
    body = "1. 2020 年，办公室培训了 100 名官员。2020 年 5 月举行了会议。2021 年 3 月将举行会议。"
    assert metadata.find_event_year(body + "为实现《2030 年议程》，2030 年议程") == 2020
    assert metadata.find_event_year("没有任何日期。") is None


def test_a_header_year_before_the_events_the_body_recounts_gives_way_to_the_body() -> None:
    assert metadata.check_published_year(2021, 2020) == 2021  # a report published after its year
    assert metadata.check_published_year(2021, 2021) == 2021
    assert metadata.check_published_year(2012, 2017) == 2018  # session number says 2012, body 2017
    assert metadata.check_published_year(None, 2017) is None  # no year in the header: the manifest's job


def test_draft_resolution_title_follows_the_sponsor_line() -> None:
    header = (
        "第七十五届会议\n第三委员会\n议程项目 105\n奥地利和日本：决议草案\n加强国际合作打击贩运人口\n大会，\n"
    )
    assert metadata.find_body(header) == "General Assembly, Third Committee"
    assert metadata.find_title(header) == "加强国际合作打击贩运人口"


def test_a_resolutions_preamble_citing_commission_documents_leaves_it_the_general_assemblys() -> None:
    header = (
        "A/C.3/70/L.4\n第七十届会议\n第三委员会\n议程项目 106\n奥地利和日本：决议草案\n加强合作\n大会，\n"
        "欢迎预防犯罪和刑事司法委员会第二十四届会议的报告（E/CN.15/2015/19），\n"
        "又欢迎 2016 年 4 月 12 日至 19 日举行的大会，\n"
    )
    body = metadata.find_body(header)
    assert body == "General Assembly, Third Committee"
    assert metadata.find_published_year(header, body) == 2015  # the seventieth session, not a date cited


@pytest.mark.parametrize(("numeral", "value"), [("七十三", 73), ("二十一", 21), ("十", 10), ("五", 5)])
def test_chinese_session_numbers(numeral: str, value: int) -> None:
    assert chinese_value(numeral) == value


def test_language_detection() -> None:
    assert metadata.detect_language("本报告介绍了有关活动。" * 10) == "zh"
    assert metadata.detect_language("This report describes the activities of the Office. " * 10) == "en"


def test_manifest_overrides_fields(tmp_path: Path) -> None:
    (tmp_path / "manifest.yaml").write_text(
        "a.txt:\n  published_year: 2014\n  title: 某报告\n", encoding="utf-8"
    )
    entry = load_manifest(tmp_path).for_file("a.txt")
    assert entry is not None and entry.published_year == 2014 and entry.title == "某报告"
    assert load_manifest(tmp_path).for_file("other.txt") is None


def test_a_bad_manifest_is_a_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "manifest.yaml").write_text("a.txt:\n  published_yr: 2014\n", encoding="utf-8")
    with pytest.raises(ManifestError, match=r"manifest\.yaml: invalid manifest"):
        load_manifest(tmp_path)


@pytest.mark.parametrize(
    ("cover", "symbol"),
    [
        (" 联 合 国  A/70/99\n\n大  会  Distr.: General\n2 July 2015\n第七十届会议\n", "A/70/99"),
        (
            "E/CN.7/2016/8-E/CN.15/2016/8\n经济及社会理事会\n麻醉药品委员会\n第五十九届会议\n",
            "E/CN.7/2016/8–E/CN.15/2016/8",
        ),
        (GA_HEADER, None),  # "* A/76/50。" is a footnote below the session heading: another document
        (COMMISSION_HEADER, None),
    ],
)
def test_the_reports_own_symbol_comes_from_its_cover_block(cover: str, symbol: str | None) -> None:
    assert metadata.find_symbol(cover) == symbol


def test_a_reporting_period_stated_outright_in_the_summary() -> None:
    header = "秘书长的报告\n\n摘要\n本报告所述期间为 2016 年 1 \n月 1 日至 12 月 31 日。报告概述了…"
    assert metadata.find_coverage(header, header, 2017, None) == (2016, 2016)
    header = "秘书长的报告\n\n摘要\n本报告所述期间为 2016 年 7 月 1 日至 2017 年 6 月 30 日。"
    assert metadata.find_coverage(header, header, 2017, None) == (2016, 2017)


def test_a_year_and_the_first_months_of_the_next_cover_that_year() -> None:
    header = "秘书长的报告\n\n摘要\n本报告概述了该办公室在 \n\n2016 年以及 2017 年头几个月中开展的活动。"
    assert metadata.find_coverage(header, header, 2017, None) == (2016, 2016)


def test_the_year_the_summary_opens_on() -> None:
    header = (
        "秘书长的报告\n\n摘要\n本报告概述了 2016 年世界毒品问题的主要趋势，以及该办公室为支持会员国\n\n"
        "执行…而开展的各项活动。"
    )
    assert metadata.find_coverage(header, header, 2017, None) == (2016, 2016)


def test_the_year_the_summary_says_the_office_worked_in() -> None:
    header = (
        "秘书长的报告\n\n摘要\n本报告概述了联合国毒品和犯罪问题办公室在 2019 \n\n"
        "年为协助会员国…而开展的工作。"
    )
    assert metadata.find_coverage(header, header, 2020, None) == (2019, 2019)


def test_the_year_right_after_the_office_the_summary_names() -> None:
    header = (
        "秘书长的报告\n\n摘要\n本报告主要介绍联合国毒品和犯罪问题办公室\n\n2019 年为协助会员国…而开展的工作，"
        "并酌情提及截至 2020 年 5 月的最新动态。"
    )
    assert metadata.find_coverage(header, header, 2020, None) == (2019, 2019)


def test_the_period_a_report_concerns_stated_outright() -> None:
    header = "秘书长的报告\n\n摘要\n本报告所涉期间为 2017 年 1 \n月 1 日至 12 月 31 日。"
    assert metadata.find_coverage(header, header, 2018, None) == (2017, 2017)


def test_the_year_after_the_offices_name_and_its_short_name_in_brackets() -> None:
    header = (
        "执行主任的报告\n\n摘要\n本报告概述联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）2016 年在药物\n"
        "管制、预防犯罪和刑事司法、打击跨国有组织犯罪、腐败和恐怖主义以及研究和法\n医支助等领域开展的活动。"
    )
    assert metadata.find_coverage(header, header, 2016, None) == (2016, 2016)


def test_the_year_the_summary_names_wins_over_a_later_months_span_in_the_body() -> None:
    header = (
        "执行主任的报告\n\n摘要\n本报告概述联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）在 2023 年开\n"
        "展的活动。"
    )
    body = header + "\n31. 2024 年 1 月至 3 月期间，办公室又为 12 个国家举办了讲习班。"
    assert metadata.find_coverage(header, body, 2024, None) == (2023, 2023)


def test_from_the_middle_of_one_year_to_the_middle_of_the_next() -> None:
    header = (
        "秘书长的报告\n\n摘要\n报告概述了联合国毒品和犯罪问题办公室在 2013 年年中至 2014 年年中期间"
        "支持会员国…的活动情况。"
    )
    assert metadata.find_coverage(header, header, 2014, None) == (2013, 2014)
