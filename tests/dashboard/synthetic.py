"""A small database in the contract's shape with every case the charts must draw.

Bienniums, bounds, a cumulative total next to annual values, two reports that disagree, money,
tonnes, a value outside 2011–2021, a quantity not linked to any indicator, and report text
that looks like HTML. Built with the contract's columns only (plus document_texts, paragraphs,
sentences), so the dashboard is shown to depend on nothing else.
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

SCHEMA = """
create table documents (doc_id text primary key, file_name text, sha256 text, title text, body text,
    published_year integer, coverage_start integer, coverage_end integer);
create table document_texts (doc_id text primary key, text text);
create table paragraphs (doc_id text, paragraph integer, char_start integer, char_end integer);
create table sentences (doc_id text, paragraph integer, char_start integer, char_end integer, text text);
create table mentions (mention_id text primary key, doc_id text, paragraph integer, char_start integer,
    char_end integer, surface text, value double, value_max double, unit text, qualifier text,
    counted text, sentence text);
create table indicators (indicator_id text primary key, theme text, name_en text, name_zh text, unit text,
    description_en text);
create table observations (indicator_id text, doc_id text, mention_id text, paragraph integer,
    period_start integer, period_end integer, basis text, value double, unit text, qualifier text,
    quote text);
create table build_info (key text primary key, value text);
create view series as
select indicator_id, period_start, period_end, basis,
       arg_max(o.value, d.published_year) as value, arg_max(o.qualifier, d.published_year) as qualifier,
       any_value(o.unit) as unit, count(distinct o.doc_id) as n_sources,
       count(distinct round(o.value, 6)) > 1 as conflict,
       list(distinct o.value order by o.value) as "values",
       list(distinct o.doc_id order by o.doc_id) as doc_ids
from observations o join documents d using (doc_id)
group by indicator_id, period_start, period_end, basis;
"""

INDICATORS = [
    ("untoc_parties", "treaties", "Parties to UNTOC", "《有组织犯罪公约》缔约方数目", "count"),
    ("uncac_parties", "treaties", "Parties to UNCAC", "《反腐败公约》缔约方数目", "count"),
    ("regular_budget", "funding", "UN regular budget for UNODC", "联合国经常预算拨款", "USD"),
    (
        "voluntary_contributions_pledged",
        "funding",
        "Voluntary contributions pledged",
        "自愿捐款认捐总额",
        "USD",
    ),
    ("ccp_cocaine_seized", "seizures", "Cocaine seized (CCP)", "集装箱管制方案缉获的可卡因", "t"),
    (
        "officials_trained_counter_terrorism",
        "training",
        "Officials trained in counter-terrorism",
        "接受反恐培训的刑事司法官员",
        "count",
    ),
    (
        "countries_reached_ct_workshops",
        "technical_assistance",
        "Countries reached by CT workshops",
        "反恐区域讲习班覆盖的国家",
        "count",
    ),
    ("donor_count", "funding", "Number of donors", "捐助方数目", "count"),
]

# doc_id, title, body, published, coverage, paragraphs: (number, text)
DOCUMENTS = [
    (
        "doc_a",
        "联合国毒品和犯罪问题办公室的活动",
        "CND; CCPCJ",
        2012,
        (2011, 2011),
        [
            (6, "在报告所述期间，《公约》缔约方总数达到168\n个。"),
            (22, "《联合国反腐败公约》缔约方总数达到160个。"),
            (55, "2011年，办公室培训了1,600多名刑事司法官员。"),
            (85, "2012-2013两年期经常预算为4,090万美元，2010-2011两年期为3,920万美元。"),
            (86, "2011年自愿捐款认捐总额约2.45亿美元，2010年为2.42亿美元。"),
            (90, "区域讲习班覆盖了85个国家。该方案惠及了12个国家。"),
        ],
    ),
    (
        "doc_b",
        "联合国预防犯罪和刑事司法方案任务执行情况",
        "General Assembly",
        2018,
        (2017, 2018),
        [
            (16, "《公约》缔约方总数达到189个。"),
            (24, "自2004年以来，总共缉获220多吨可卡因。<script>alert('x')</script>"),
            (30, "2011年讲习班覆盖了65个国家。"),
            (37, "《反腐败公约》缔约方总数达到186个。"),
            (94, "2017年自愿捐款认捐总额为3.61亿美元。"),
        ],
    ),
    (
        "doc_c",
        "联合国毒品和犯罪问题办公室的活动",
        "CND; CCPCJ",
        2021,
        (2020, 2020),
        [
            (35, "2020年缉获93多吨可卡因。"),
        ],
    ),
]

# text as written, doc, value, unit, qualifier, counted, observations: (indicator, start, end, basis)
MENTIONS = [
    ("168\n个", "doc_a", 168, "count", "exact", "个缔约方", [("untoc_parties", 2012, 2012, "as_of")]),
    ("160个", "doc_a", 160, "count", "exact", "个缔约方", [("uncac_parties", 2012, 2012, "as_of")]),
    (
        "1,600多名",
        "doc_a",
        1600,
        "count",
        "at_least",
        "名刑事司法官员",
        [("officials_trained_counter_terrorism", 2011, 2011, "annual")],
    ),
    ("4,090万美元", "doc_a", 40.9e6, "USD", "exact", None, [("regular_budget", 2012, 2013, "biennium")]),
    ("3,920万美元", "doc_a", 39.2e6, "USD", "exact", None, [("regular_budget", 2010, 2011, "biennium")]),
    (
        "约2.45亿美元",
        "doc_a",
        245e6,
        "USD",
        "approx",
        "自愿捐款认捐总额",
        [("voluntary_contributions_pledged", 2011, 2011, "annual")],
    ),
    (
        "2.42亿美元",
        "doc_a",
        242e6,
        "USD",
        "exact",
        None,
        [("voluntary_contributions_pledged", 2010, 2010, "annual")],
    ),
    (
        "85个",
        "doc_a",
        85,
        "count",
        "exact",
        "个国家",
        [("countries_reached_ct_workshops", 2011, 2011, "annual")],
    ),
    ("12个", "doc_a", 12, "count", "exact", "个国家", []),
    ("189个", "doc_b", 189, "count", "exact", "个缔约方", [("untoc_parties", 2018, 2018, "as_of")]),
    (
        "220多吨",
        "doc_b",
        220,
        "t",
        "at_least",
        "总共缉获",
        [("ccp_cocaine_seized", 2004, 2018, "cumulative")],
    ),
    (
        "65个",
        "doc_b",
        65,
        "count",
        "exact",
        "个国家",
        [("countries_reached_ct_workshops", 2011, 2011, "annual")],
    ),
    ("186个", "doc_b", 186, "count", "exact", "个缔约方", [("uncac_parties", 2018, 2018, "as_of")]),
    (
        "3.61亿美元",
        "doc_b",
        361e6,
        "USD",
        "exact",
        None,
        [("voluntary_contributions_pledged", 2017, 2017, "annual")],
    ),
    ("93多吨", "doc_c", 93, "t", "at_least", "缉获", [("ccp_cocaine_seized", 2020, 2020, "annual")]),
]


def make_db(path: Path) -> Path:
    """Write the synthetic database to `path` (replacing it) and return the path."""
    path.unlink(missing_ok=True)
    con = duckdb.connect(str(path))
    con.execute(SCHEMA)
    con.executemany(
        "insert into indicators values (?, ?, ?, ?, ?, ?)", [(*i, f"{i[2]}.") for i in INDICATORS]
    )
    texts: dict[str, str] = {}
    para_of: dict[str, list[tuple[int, int, int]]] = {}
    for doc_id, title, body, year, (c0, c1), paragraphs in DOCUMENTS:
        text = f"{title}\n报告\n\n"
        spans = []
        for number, body_text in paragraphs:
            start = len(text)
            text += f"{number}. {body_text}\n\n"
            spans.append((number, start, len(text)))
        texts[doc_id] = text
        para_of[doc_id] = spans
        con.execute(
            "insert into documents values (?, ?, ?, ?, ?, ?, ?, ?)",
            [doc_id, f"{doc_id}.txt", "0" * 64, title, body, year, c0, c1],
        )
        con.execute("insert into document_texts values (?, ?)", [doc_id, text])
        for number, start, end in spans:
            con.execute("insert into paragraphs values (?, ?, ?, ?)", [doc_id, number, start, end])
            for m in re.finditer(r"[^。]+。?", text[start:end]):
                s, e = start + m.start(), start + m.end()
                con.execute("insert into sentences values (?, ?, ?, ?, ?)", [doc_id, number, s, e, text[s:e]])
    for surface, doc_id, value, unit, qualifier, counted, observations in MENTIONS:
        text = texts[doc_id]
        start = text.find(surface)  # surface as it stands in the text (may hold a line break)
        assert start >= 0, surface
        end = start + len(surface)
        para = next(n for n, s, e in para_of[doc_id] if s <= start < e)
        mention_id = f"{doc_id}:{start}-{end}"
        para_start = next(s for n, s, _ in para_of[doc_id] if n == para)
        sentence = re.sub(r"\s+", "", text[para_start:].split("\n\n")[0])
        con.execute(
            "insert into mentions values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                mention_id,
                doc_id,
                para,
                start,
                end,
                re.sub(r"\s+", "", text[start:end]),
                value,
                None,
                unit,
                qualifier,
                counted,
                sentence,
            ],
        )
        for indicator_id, p0, p1, basis in observations:
            con.execute(
                "insert into observations values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [indicator_id, doc_id, mention_id, para, p0, p1, basis, value, unit, qualifier, sentence],
            )
    con.execute("insert into build_info values ('built_at', '2026-01-02T03:04:05')")
    con.close()
    return path


def add_reports(
    path: Path, values: list[float], indicator_id: str = "untoc_parties", year: int = 2018
) -> None:
    """Add one report per value, each stating `indicator_id` (a count, as of `year`) in paragraph 16.

    Models a large corpus: many reports restating one number, or disagreeing on it. Reports are
    published in year + 1, so they are the latest word on that year (the series keeps the latest)."""
    con = duckdb.connect(str(path))
    for i, value in enumerate(values):
        doc_id = f"doc_r{i:05d}"
        head = "联合国预防犯罪和刑事司法方案任务执行情况\n报告\n\n"
        sentence = f"《公约》缔约方总数达到{value:g}个。"
        text = f"{head}16. {sentence}\n\n"
        p0, p1 = len(head), len(text)
        start = text.index(f"{value:g}个")
        end = start + len(f"{value:g}个")
        mention_id = f"{doc_id}:{start}-{end}"
        con.execute(
            "insert into documents values (?, ?, ?, ?, ?, ?, ?, ?)",
            [doc_id, f"{doc_id}.txt", f"{i:064d}", "联合国预防犯罪和刑事司法方案任务执行情况",
             "General Assembly", year + 1, year, year],
        )  # fmt: skip
        con.execute("insert into document_texts values (?, ?)", [doc_id, text])
        con.execute("insert into paragraphs values (?, ?, ?, ?)", [doc_id, 16, p0, p1])
        con.execute("insert into sentences values (?, ?, ?, ?, ?)", [doc_id, 16, p0 + 4, p1 - 2, sentence])
        con.execute(
            "insert into mentions values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [mention_id, doc_id, 16, start, end, f"{value:g}个", value, None, "count", "exact", "个缔约方",
             sentence],
        )  # fmt: skip
        con.execute(
            "insert into observations values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [indicator_id, doc_id, mention_id, 16, year, year, "as_of", value, "count", "exact", sentence],
        )
    con.close()
