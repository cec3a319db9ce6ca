"""Reports written blind to the rules, with answer keys labelled by their writers (the real CLI).

tests/blind_reports/ holds two hundred and twenty-six documents of other years: two hundred
and twenty reports (every year from 2010 to 2023, most years two to four times; both kinds of report and a
Third Committee report quoting its draft resolutions, some written with full-width digits, Chinese
numerals, 百万/千万 magnitudes and 公吨/千克, page furniture mid-sentence, numbers cut by line breaks,
facts worded in varied ways, corrections of earlier reports, series of earlier years, and facts that lean
on their headings, boxes, annex tables and lettered lists) and six Third Committee draft resolutions
(2012, 2014, 2016, 2017, 2019, 2021), written, with their keys, in fifty-seven rounds by people who never
saw the extraction rules
(tests/blind_reports/keys: every quantity mention; every indicator fact). They were the first
measure of how the rules generalize; they stay as a regression floor. Matching is the scorer's
(../shared/tools/score.py): a key mention is found by an overlapping mention with its value and
unit; a key fact by an observation of its indicator over an overlapping period with its value
(0.5 %), basis and qualifier. What is still missed is listed here, each with the reason.

Donor counts: the writers of the first three rounds saw the catalog's default basis (then `as_of`) and
most followed it; both writers of the fourth round, told the default was only the tool's, labelled
donors a year's count (`annual`), as three earlier keys had, and the catalog now agrees. The earlier
keys' donor rows were relabelled `annual` to match, their values and years untouched. The writers of
the fifth and seventh to eleventh rounds were still shown `as_of` as the default and kept it; those
rows are listed below as misses. The writers of the twelfth to fifty-seventh rounds, shown no
default at all and asked to judge from the contract's definitions, all ninety-one chose `annual`.
"""

from __future__ import annotations

import csv
import json
import math
from pathlib import Path
from typing import Any

import duckdb
import pytest

from tests.conftest import ROOT, run_cli

BLIND = ROOT / "tests" / "blind_reports"
KEYS = BLIND / "keys"

# Known misses, each a judgement or a limit rather than an accident:
MISSED_MENTIONS = {
    # Footnote markers glued to the number after them. One is taken off where it follows punctuation
    # with no space and the page's footnotes list it with nothing else on the page that could be its
    # marker (etl/glued_markers.py: "，36.01 亿美元", "，46.118 亿美元" are read right). Left, where the page
    # leaves a doubt (another bare 12, 2, 4, 3 on it) or a space or a verb comes before:
    # "任务，1231%的认捐": footnote 12 glued to 31% with no space between; read as 1231%
    ("cnd_2022_blind.txt", "31%"),
    # "执行摘要。211 个缔约国": footnote 2 glued to 11 after a full stop, with no space either
    ("ga_2014_blind.txt", "11个"),
    ("ga_2019c_blind.txt", "11个"),  # "犯罪所得。211 个国家", the same
    # "为⏎46.48 亿美元左右": footnote 4 at the start of the line, glued to 6.48 亿 (read as 46.48 亿)
    ("ga_2021_blind.txt", "6.48亿美元左右"),
    ("ga_2024_x2_blind.txt", "4.21亿美元"),  # "为 34.21 亿美元": footnote 3 glued to 4.21 亿, the same
    ("ga_2022_z14_blind.txt", "4.09亿美元"),  # "其中，24.09 亿美元": footnote 2 glued to 4.09 亿, the same
    # "与 2015 年（3.97 亿美元）相比": the key's value (2.97 亿) contradicts its own surface
    ("cnd_2017_z19_blind.txt", "3.97亿美元"),
    # "上升了 5 个百分点": percentage points, read as a change in percent (the key: a count of 5 个)
    ("ccpcj_2015_z24_blind.txt", "5个"),
    ("ccpcj_2020_z56_blind.txt", "两个"),  # "提高了两个百分点", the fifty-third round's key, the same
    # "每六名吸毒病症患者中只有一人": a count after 每 is read as a rate's denominator
    ("ga_2017_z7_blind.txt", "六名"),
    ("ccpcj_2017_z58_blind.txt", "6名"),  # "每6名吸毒病症患者中只有1名", the fifty-fourth round's, the same
    # "在1万亿美元至1.6万亿美元之间": a range read as one mention with its upper value (as other keys
    # have it: "2 万至 5 万美元"), where the fifty-fourth round's key lists its two ends
    ("ga_2010_z57_blind.txt", "1.6万亿美元"),
    # "完成了第一批 34 对审议缔约方的抽签": 对 (pairs) is read as the preposition it nearly always is
    ("cnd_2020_z6_blind.txt", "34对"),
    # "培训人员3,200。", "报告国123。": a count written straight after its noun with no measure word (the
    # thirty-third round's terse writer, told to write counts with none)
    ("ga_2020_z15_blind.txt", "3,200"),
    ("ga_2020_z15_blind.txt", "123"),
}
EXTRA_MENTIONS = {
    ("cnd_2017_z19_blind.txt", "3.97亿美元"),  # the same, read as written
    ("ccpcj_2015_z24_blind.txt", "5个百分点"),  # the same
    ("ccpcj_2020_z56_blind.txt", "两个百分点"),  # the same
    ("cnd_2022_blind.txt", "1231%"),
    ("ga_2014_blind.txt", "211个"),
    ("ga_2019c_blind.txt", "211个"),
    ("ga_2021_blind.txt", "46.48亿美元左右"),
    ("ga_2024_x2_blind.txt", "34.21亿美元"),
    ("ga_2022_z14_blind.txt", "24.09亿美元"),
    # 百余个 is read as a bound (at least 100), like 千余名, which the same key counts
    ("ga_2017_blind.txt", "百余个"),
    # "三项议定书的缔约方…", "这四项文书", "三项国际药物管制公约": the fifteenth, sixteenth and twenty-first
    # rounds' keys leave these counts out, which the earlier keys list (as mentions or borderline)
    ("cnd_2015b_blind.txt", "三项"),
    ("ga_res_2013_blind.txt", "四项"),
    ("cnd_2018c_blind.txt", "三项"),
    ("ga_2020_drugs_blind.txt", "三项"),
    # "以六种正式语文编写的培训模块": the thirty-eighth round's key leaves out the six official languages,
    # which five earlier keys list
    ("ccpcj_2013_z26_blind.txt", "六种"),
    # "两个附属机构", "两种培训方式", "其中两个国家", "三项决定": counts with a Chinese numeral the
    # thirty-ninth round's key leaves out, as earlier keys list them
    ("ccpcj_2020_z28_blind.txt", "两种"),
    ("ccpcj_2020_z28_blind.txt", "两个"),
    ("ga_2023_z28_blind.txt", "三项"),
    ("ga_2023_z28_blind.txt", "两个"),
    ("cnd_2018_z29_blind.txt", "两个"),  # the fortieth round's key, the same
    ("ga_2017_z31_blind.txt", "六种"),  # the forty-first round's key, the same (六种正式语文)
    # and the forty-third round's ("两个委员会", "分为两章", "两组")
    ("cnd_2017_z35_blind.txt", "两个"),
    ("cnd_2017_z35_blind.txt", "两章"),
    ("ga_2022_z35_blind.txt", "两个"),
    ("ga_2022_z35_blind.txt", "两组"),
    ("ccpcj_2019_z38_blind.txt", "两项"),  # the forty-fourth round's, the same
    ("cnd_2012_z39_blind.txt", "两个"),  # and the forty-fifth's ("两个委员会", "两国")
    ("cnd_2012_z39_blind.txt", "两国"),
    ("cnd_2015_z41_blind.txt", "两个"),  # and the forty-sixth's
    ("ga_2023_z41_blind.txt", "四个"),
    ("ga_2023_z41_blind.txt", "两个"),
    # and the forty-seventh's (两个委员会: once unlisted, four times borderline)
    ("cnd_2018_z43_blind.txt", "两个"),
    ("ccpcj_2019_z48_blind.txt", "两个"),  # and the forty-ninth's
    ("ga_2010_z57_blind.txt", "两个"),  # and the fifty-fourth's ("由另外两个缔约国", "两个区域")
    ("ccpcj_2017_z58_blind.txt", "两个"),
    # and the fifty-fifth's ("两个委员会", "三项补充议定书", 六种正式语文, and a slogan in quotation marks:
    # "“零腐败，百分之百发展”")
    ("cnd_2022_z59_blind.txt", "两个"),
    ("ccpcj_2014_z60_blind.txt", "两个"),
    ("ccpcj_2014_z60_blind.txt", "三项"),
    ("ccpcj_2014_z60_blind.txt", "百分之百"),
    ("ga_2024_z60_blind.txt", "六种"),
    # and the fifty-sixth's (fractions, 两章, 两个, 六种正式语文, none of which its key lists)
    ("cnd_2016_z61_blind.txt", "两章"),
    ("ccpcj_2023_z62_blind.txt", "约有三分之一"),
    ("ccpcj_2023_z62_blind.txt", "约四分之一"),
    ("ccpcj_2023_z62_blind.txt", "两个"),
    ("ccpcj_2023_z62_blind.txt", "六种"),
    ("cnd_2024_z63_blind.txt", "两个"),  # and the fifty-seventh's
    # "…第六⏎[page footer]⏎十二届会议": an ordinal cut by a page's footer, its 第 left on the page before
    ("ga_2013_z37_blind.txt", "十二届"),
}
MISSED_FACTS = {
    # "回顾过去十年…截至 2010 年底，《公约》缔约国为 157 个" in the funding section: 《公约》 in a paragraph
    # naming no convention, after the section on the Convention against Corruption; which convention the
    # short title means the words do not say, so no parties are read
    ("ga_2021_z30_blind.txt", "untoc_parties", 2010),
    # "完成了 39 项评价，包括 34 项项目评价和五项深入评价或战略评价": project evaluations read as the 34 the
    # sentence names so (as the earlier keys keep project and in-depth evaluations apart); the key takes
    # all 39
    ("cnd_2022_z25_blind.txt", "project_evaluations", 2021),
    # 2016 年 1 月至 5 月: part of a year is never charted as that year's flow (docs/judgement-calls.md)
    ("ga_2016_blind.txt", "countries_direct_assistance_counter_terrorism", 2016),
    # the key calls this a year's flow; the catalog reads a number of countries taking part as a level
    # (as_of), the value and the year agree
    ("cnd_2017_blind.txt", "ccp_countries", 2016),
    # the glued footnote above (46.48 亿)
    ("ga_2021_blind.txt", "extrabudgetary_resources", 2021),
    # "自 2003 年…以来，迄今为止…交存的批准书累计达 589 份": 迄今为止 dates the running total at the
    # report's writing (2012); the key ends it with the year covered (2011)
    ("cnd_2012_blind.txt", "ct_instrument_new_ratifications", 2011),
    ("ga_2024_x2_blind.txt", "special_purpose_contributions", 2023),  # the glued footnote (34.21 亿)
    # "目前" (currently) dates a level at the report's writing (2016), where the key reads the year covered
    ("cnd_2016_blind.txt", "tip_protocol_parties", 2015),
    ("cnd_2016_blind.txt", "smuggling_protocol_parties", 2015),
    ("cnd_2016_blind.txt", "firearms_protocol_parties", 2015),
    ("cnd_2016_blind.txt", "smuggling_case_law_cases", 2015),
    ("cnd_2016_blind.txt", "ct_instrument_ratifications", 2015),
    # a footnote read on its own ("第一轮赠款周期于 2012 年结束，共资助了 11 个项目") does not name the fund
    # its marker stands beside in the text
    ("cnd_2016_blind.txt", "victims_trust_fund_grants", 2012),
    # "缔约方总数为一百六十二，而 2011 年 6 月底为 154 个": 154 continues a total with no measure word
    # (162, read as a total stated bare), in a clause no rule ties to the parties
    ("ga_2012_blind.txt", "uncac_parties", 2011),
    # the fifth and seventh to eleventh rounds' keys read donors as a level (as_of); the catalog
    # reads a year's count (above)
    ("cnd_2013_blind.txt", "donor_count", 2012),
    ("ga_2011_blind.txt", "donor_count", 2010),
    ("ga_2010_blind.txt", "donor_count", 2009),
    ("cnd_2023_blind.txt", "donor_count", 2021),
    ("cnd_2023_blind.txt", "donor_count", 2022),
    ("cnd_2010_blind.txt", "donor_count", 2009),
    ("cnd_2011_blind.txt", "donor_count", 2010),
    ("ga_2022_blind.txt", "donor_count", 2020),
    ("ga_2022_blind.txt", "donor_count", 2021),
    ("ga_2023_blind.txt", "donor_count", 2022),
    ("cnd_2014b_blind.txt", "donor_count", 2013),
    ("ga_2019b_blind.txt", "donor_count", 2018),
    # and the tenth and eleventh rounds'
    ("cnd_2014c_blind.txt", "donor_count", 2013),
    ("ga_2019c_blind.txt", "donor_count", 2018),
    ("cnd_2021b_blind.txt", "donor_count", 2019),
    ("cnd_2021b_blind.txt", "donor_count", 2020),
    ("ga_2021b_blind.txt", "donor_count", 2019),
    ("ga_2021b_blind.txt", "donor_count", 2020),
    ("ga_2013b_blind.txt", "donor_count", 2012),
    ("cnd_2017b_blind.txt", "donor_count", 2015),
    ("cnd_2017b_blind.txt", "donor_count", 2016),
    ("ga_2017b_blind.txt", "donor_count", 2015),
    ("ga_2017b_blind.txt", "donor_count", 2016),
    ("cnd_2012b_blind.txt", "donor_count", 2010),
    ("cnd_2012b_blind.txt", "donor_count", 2011),
    # "合并预算 3估计为 5.38 亿美元": a footnote marker glued to the next word cuts the budget's wording
    ("ga_2023_blind.txt", "consolidated_budget", 2023),
    # the report is dated December 2012 (its published year) while its text was finalized in February
    # 2013: the as-of-writing count goes to 2012, and the 2014-2015 budget lies beyond the years a
    # report of 2012 can state
    ("cnd_2013_blind.txt", "uncac_parties", 2013),
    ("cnd_2013_blind.txt", "consolidated_budget", 2015),
    # "完成了 31 项项目评价和四项深入评价，明显多于 2009 年（24 项）和 2008 年（17 项）": the compared
    # values follow the in-depth evaluations; which of the two they compare with the words do not say
    ("cnd_2011b_blind.txt", "project_evaluations", 2009),
    ("cnd_2011b_blind.txt", "project_evaluations", 2008),
    # "信托基金于 2010 年 11 月正式启动，截至 2010 年 12 月 31 日…收到捐款约 61 万美元": the key reads the
    # first weeks' receipts as a running total; with no 累计 or 以来 they are the year's (same value, year)
    ("cnd_2011b_blind.txt", "victims_trust_fund_contributions", 2010),
    # "参加演练的实验室有 301 个，来自 86 个国家，比 2014 年的 214 个增加了…": 214 follows the countries,
    # the nearest value with its measure word; that it compares the laboratories the words do not say
    ("cnd_2020b_blind.txt", "ice_laboratories", 2014),
    # "新一轮赠款周期于 2014 年底启动，…最终为十九个…项目提供了资助": what a cycle that opened in a year gave
    # is dated to that year; the key dates the grants in the reporting period
    ("ga_2015b_blind.txt", "victims_trust_fund_grants", 2015),
    # The fifteenth and sixteenth rounds.
    # "《枪支议定书》则达到 111": a bare number with no measure word is no mention (the key: borderline)
    ("cnd_2015b_blind.txt", "firearms_protocol_parties", 2014),
    # the report is dated December 2017, so "在编写本报告时" is 2017 (the key: 2018, the session's year)
    ("cnd_2018c_blind.txt", "uncac_parties", 2018),
    # The seventeenth round. "该基金于 2010 年 11 月 4 日正式启动，2010 年共收到约 43 万美元捐款": a year's
    # receipts (the key: a running total since the launch, like the eleventh round's)
    ("cnd_2011c_blind.txt", "victims_trust_fund_contributions", 2010),
    # "2022 年的合并预算也改为按年度编制，初步估计为 3.91 亿美元": the budget named in the clause before
    # the amount's own
    ("cnd_2022c_blind.txt", "consolidated_budget", 2022),
    # "有 318 个实验室参加了演练（来自 86 个国家），比 2015 年的 206 个增加了逾 50%": the countries in
    # brackets after the laboratories, and 206 after them, which the words do not tie to the laboratories
    ("cnd_2022c_blind.txt", "ice_countries", 2021),
    ("cnd_2022c_blind.txt", "ice_laboratories", 2015),
    # The eighteenth round. "该方案的主要成果包括：…。(a) 为 86 个国家提供了援助": a lettered item two
    # sentences after its lead
    ("ga_2013c_blind.txt", "countries_assisted_money_laundering", 2012),
    # The nineteenth round, first read blind, its tables then read, now all found (可卡因总量超过,
    # 可卡因的累计查获量, 协助的国家在 110 个以上, 演练有 84 个国家参加 came last)
    # The twentieth round (T1, T2), read blind once, then worked through. Left: a running total "至今" in a
    # report published the year after its coverage, dated at the report's own date (the key dates it at
    # the coverage's end)
    ("ga_2018c_blind.txt", "ccp_cocaine_seized", 2017),
    # The twenty-fifth round (Y1, Y2), read blind once (Y1 52/83 facts, Y2 39/45, mentions 0.992/0.917),
    # then worked through for the verbs and units another translator uses (now 80/83 and 42/45, mentions
    # 0.992/1.000). Left: cases in brackets with 即 two clauses after their database's name, and
    # "特别用途捐款…其中为…药物管制规划署基金认捐的款项为 1.37 亿美元", a part of the special-purpose
    # total (the fund's earmarked pledges), which the key takes for the fund's pledges
    ("ga_2014_y1_blind.txt", "smuggling_case_law_cases", 2014),
    ("ga_2021_y2_blind.txt", "drug_fund_pledges", 2020),
    # The fifty-seventh round (Z63, one writer), read blind once (69/78 facts, mentions 1.000/0.994: cleft
    # sentences "2023 年接受援助的，是 58 个国家", "比十年前（2013 年）的 2.69 亿美元"), then worked through.
    # Left: a cleft sentence naming no noun after the count ("2023 年内新增的批准，是 27 项"), one whose
    # words name no indicator alone ("从…次区域讲习班受益的，是 81 个国家"), and trainees of the sentence
    # after a cleft one ("全年共培训了 5,800 多名…")
    ("cnd_2024_z63_blind.txt", "ct_instrument_new_ratifications", 2023),
    ("cnd_2024_z63_blind.txt", "practitioners_trained_trafficking_smuggling", 2023),
    ("ga_2014_z63_blind.txt", "countries_reached_ct_workshops", 2014),
    # The fifty-sixth round (Z61, Z62), read blind once (Z61 69/81 facts, mentions 1.000/0.993: a measure,
    # a comma, then 分别为 after two years, 新批准数为, 缔约国数目在报告所述期间增至, 预防犯罪基金在 2019 年
    # 的认捐额为, 港口管制单位也从 2015 年的 84 个; Z62 78/82, mentions 1.000/0.978: 国家计 74 个 after a
    # long description, 收录的来自…法域的案例共计, 参与该方案或受其支持的国家, 其中…基金 1.71 亿美元), then
    # worked through. Left: "2014 年和 2015 年，参加该演练的实验室，分别为…；这些实验室所在的国家，分别
    # 为 60 个和 62 个" (the years of the clause before the semicolon), and 麻醉药品基金 (a name for the
    # drug fund no report uses)
    ("cnd_2016_z61_blind.txt", "drug_fund_pledges", 2015),
    ("cnd_2016_z61_blind.txt", "ice_countries", 2014),
    ("cnd_2016_z61_blind.txt", "ice_countries", 2015),
    # The fifty-fifth round (Z59, Z60), read blind once (Z59 70/80 facts, mentions 1.000/0.994: 在该年度
    # between a measure and its verb, 演习 for the exercises, 认捐额的初步数字为, 低于 2010 年最后认捐额 X;
    # Z60 76/77, mentions 1.000/0.979: 收录来自 83 个国家和地区的案例 1,150 余起), then worked through.
    # Left: "各国又 21 项批准或加入了…文书" (a verb missing: "又有")
    ("cnd_2022_z59_blind.txt", "ct_instrument_new_ratifications", 2021),
    # The fifty-fourth round (Z57, Z58), read blind once (Z57 78/79 facts, mentions 0.996: 港口管制小组;
    # Z58 76/77, mentions 0.995: 参加方案的国家（53个）), then worked through: every fact found.
    # The fifty-third round (Z55, Z56), read blind once (Z55 84/87 facts, mentions 1.000; Z56 81/84,
    # mentions 0.989/0.994: 截至 2019 年底已建立的… taken for a dated event, 收录的案例合计, 150 多本伪造
    # 旅行证件, 方案启动以来单年最高 taken for a running total, a lettered item reading the items before
    # it), then worked through (footnotes now read after the sentence their marker stands in: "¹ 截至同一
    # 日期，…偷运移民案例法数据库收录了 1,040 起…", "² …基金为 19 个…项目提供了赠款", "⁴ …2020 年的拨款为
    # 2,298 万美元"). Left: 目前 (currently), dated at the report's writing (2020), where the key reads the
    # year covered (as above)
    ("ccpcj_2020_z56_blind.txt", "ccp_countries", 2019),
    # The fifty-second round (Z53, Z54), read blind once (Z53 79/81 facts, mentions 1.000: a correction
    # "…人数有误，应为 1,720 名", the smuggling database its own sentence names; Z54 81/92, mentions 1.000:
    # counts before their subject "190 个国家已成为《公约》缔约方", "152 个和 123 个国家分别加入了《A》和
    # 《B》", a partial-year span in the body taken for the report's coverage), then worked through: every
    # fact found.
    # The fifty-first round (Z51, Z52), read blind once (Z51 85/91 facts, mentions 1.000: 受援国增至 N 个
    # after the year's count, 受训人数仍达到, 相应数字分别为 after the reporting period and an aside; Z52
    # 82/91, mentions 1.000: totals listed on after "截至…，已有 N 个国家批准或加入…", the victims' fund
    # named 贩运人口…问题自愿信托基金, one round's grants after a running total), then worked through.
    # Left: 目前 (currently) dates a level at the report's writing (2022), where the key reads the year
    # covered, as the eleventh round's (above)
    ("ccpcj_2022_z52_blind.txt", "trafficking_case_law_cases", 2021),
    ("ccpcj_2022_z52_blind.txt", "smuggling_case_law_cases", 2021),
    ("ccpcj_2022_z52_blind.txt", "nps_substances_monitored", 2021),
    ("ccpcj_2022_z52_blind.txt", "nps_reporting_countries", 2021),
    # The fiftieth round (Z49, Z50), read blind once (Z49 71/85 facts, mentions 1.000: a year's results
    # listed after a colon and split by semicolons, 约合 dollars after euros, 新增 N 项对…文书的批准; Z50
    # 77/83, mentions 1.000/0.993: countries listed by region then 总计, 创纪录的, 设立以来的历来最高, a
    # first-page footer with FX:), then worked through. Left: "该处协助 70 多个国家制定或修订打击贩运人口和
    # 偷运移民的立法、战略和行动计划", which the rules read as legislative help (as earlier keys do: "协助
    # 19 个国家起草或修订了…法律" was no count of countries assisted), the key as countries assisted
    ("ccpcj_2011_z50_blind.txt", "countries_assisted_trafficking_smuggling", 2010),
    # The forty-ninth round (Z47, Z48), read blind once (Z47 80/80 facts, mentions 1.000, written in
    # full-width digits throughout; Z48 73/79, mentions 1.000/0.996: a box's 所涉国家：, 数目：截至…，逾…起,
    # 培训人数达…名…官员, 保持增长 then the years' values), then worked through: every fact found.
    # The forty-eighth round (Z45, Z46), read blind once (Z45 62/70 facts, mentions 0.965: a table whose
    # spaces also group thousands, 比上一年翻了一番 then later clauses, 全年培训的…官员; Z46 88/90, mentions
    # 1.000: 新增…个缔约方，总数为…), then worked through: every fact found.
    # The forty-seventh round (Z43, Z44), read blind once (Z43 80/84 facts, mentions 1.000/0.996: 认捐给…基金
    # 的款项为; Z44 74/79, mentions 1.000: 截至同日 after the paragraph's as-of date, 批准总数截至年底达到,
    # 国家在…等领域获得了…援助 with a long list between, a money-laundering programme's trainees under a
    # section on crime, corruption and terrorism), then worked through: every fact found.
    # The forty-sixth round's second writer (Z42), read blind once (82/90 facts, mentions 1.000: 累计达到
    # after the new ratifications, 讲习班使…国家受益, 共监测到…物质, 直接的国家一级技术援助), then worked
    # through (the convention named with no 《》 before protocols named by topic, 特别用途捐款同期为): every
    # fact found.
    # The forty-sixth round (Z41), read blind once (67/71 facts, mentions 0.980: the victims' fund named
    # "联合国自愿信托基金援助贩运人口…受害者", its receipts named before their amount), then worked through
    # (the one year the sentence before named, not at its opening, goes on): every fact found.
    # The forty-fifth round (Z39, Z40), read blind once (Z39 64/85 facts, mentions 0.991: 总量 for 总数,
    # 涉及 after the programme, a bracket of earlier years with colons, 是 2011 年（32.6 吨）的两倍多; Z40
    # 79/86, mentions 1.000: （截至 2017 年 6 月 30 日） after each count), then worked through (the total
    # row of a table by thematic programme): every fact found.
    # The forty-fourth round (Z37, Z38), read blind once (Z37 76/86 facts, mentions 0.996: counts opening
    # their sentence, 为数 90 多个的国家, 这比 2012 年的…, a topic before the paragraph's year; Z38 69/76,
    # mentions 0.996: 参加或得到该方案的支助, 新批准或加入了这些文书, …的数字（17.2 百万美元）有误，
    # 应为…), then worked through. Left: "基金于 2010 年 11 月启动，截至 2011 年 6 月 30 日已收到捐款约
    # 93 万美元", read as receipts of the report's period (no 累计 or 以来), where the key reads a running
    # total (as above)
    ("ga_2011_z38_blind.txt", "victims_trust_fund_contributions", 2011),
    # The forty-third round (Z35, Z36), read blind once (Z35 88/94 facts, mentions 0.983: a box of
    # "label：value" lines, 总计, 参加…方案的国家有; Z36 72/85, mentions 1.000: the year between the measure
    # and its verb, 在同一时间, titles listed 依次 read through their words, a footnote correcting its text),
    # then worked through: every fact found.
    # The forty-second round (Z33, Z34), read blind once (Z33 84/90 facts, mentions 1.000: 易制毒化学品,
    # 订正为, 而经订正的…数字为, 而截至…日为; Z34 81/92, mentions 1.000: 已从…降至, 截至…达到 after a change,
    # 上述数字分别增至 after the sentence of titles, 将⏎近 cut by a line break), then worked through:
    # every fact found.
    # The forty-first round (Z31, Z32), read blind once (Z31 73/89 facts, mentions 0.993: 超 as a bound, a
    # bulleted list of parties after "如下 1：", 1 亿 4 千 6 百万美元; Z32 83/87, mentions 0.997: bare totals
    # of ratifications, 分别 after bienniums each before its value), then worked through: every fact found.
    # The fortieth round (Z29, Z30), read blind once (Z29 79/86 facts, mentions 0.991: full-width numbers cut
    # by a line break, counts opening their sentence, 多达, initial and revised appropriations; Z30 81/85,
    # mentions 0.996: 百⏎万美元 cut by a line break, 在认捐总额中 after the paragraph stating the total, a
    # flow compared with the year before a two-year coverage), then worked through: every fact found.
    # The thirty-ninth round (Z27, Z28), read blind once (Z27 90/92 facts, mentions 1.000: 业已达到; Z28
    # 83/93, mentions 0.983: a trend before a series of years, dates in brackets after values, （同期）),
    # then worked through: every fact found.
    # The thirty-eighth round (Z25, Z26), read blind once (Z25 70/86 facts, mentions 1.000: euros with
    # their dollar value in brackets, new parties listed 分别 beside the totals, three programmes before
    # 分别; Z26 70/86, mentions 0.996: passive 计/达 wordings, the reporting period beside calendar 2018,
    # 上述数字分别为 in the next paragraph), then worked through: 85/86 and 86/86 (the one left is above).
    # The thirty-seventh round (Z23, Z24), read blind once (Z23 81/87 facts, mentions 0.958: a table whose
    # header names hold colons, tables' total rows; Z24 82/86: 批准或加入…的国家已达 N 个 beside the
    # period's new parties), then worked through: every fact found.
    # The thirty-sixth round (Z21, Z22), read blind once (Z21 66/83 facts, Z22 77/83; mentions 1.000 and
    # 1.000: the year in brackets after each figure, "（2017 年）", support that 涉及 N 个国家, 等 N 个国家
    # after a list of names, a correction in the next sentence, 总数在编写本报告时增至), then worked
    # through: every fact found.
    # The thirty-fifth round (Z19, Z20), read blind once (Z19 74/104 facts, Z20 76/98; mentions 0.990 and
    # 1.000: tables set with single spaces around dates, figures of the previous reporting period in
    # brackets (（上一报告期依次为…）), titles named in the clause before 上述…的缔约方数目依次为,
    # 作出了 N 项新的批准, 批准增加了 N 项，达到 M 项), then worked through (103/104 and 97/98). Left: the
    # key's typo
    # above (2.97 亿 for 3.97 亿), and "完成了 32 项独立项目评价和四项深入评价，比 2017 年（27 项）有所
    # 增加", which of the two the bracket compares the words do not say (as in the eleventh round)
    ("cnd_2017_z19_blind.txt", "voluntary_contributions_pledged", 2015),
    ("ccpcj_2019_z20_blind.txt", "project_evaluations", 2017),
    # The thirty-fourth round (Z17, Z18), longer reports, read blind once (Z17 73/93 facts, Z18 85/96;
    # mentions 1.000 and 1.000: a budget table with notes under its header, 从…的 191 个增至…的 192 个,
    # 当时 after a year, 仍为, cumulative totals, 与 2011 年的…相比), then worked through (90/93 and
    # 92/96; later figures stated only in footnotes, read where the body states none: 93/93). Left: a
    # lettered list whose lead "…如下：" the writer's generator separated from it by another sentence
    ("ga_2024_z18_blind.txt", "ccp_cocaine_seized", 2023),
    ("ga_2024_z18_blind.txt", "ccp_heroin_seized", 2023),
    ("ga_2024_z18_blind.txt", "ccp_cannabis_seized", 2023),
    ("ga_2024_z18_blind.txt", "ccp_precursors_seized", 2023),
    # The thirty-third round (Z15, Z16), read blind once (Z15 64/83 facts, mentions 0.961: a terse writer
    # told to write counts with no measure word, lettered lists of titles with bare counts, counts in
    # brackets after their nouns; Z16 71/90: clauses of years listed 分别 after the measure's clause, the
    # above figures restated 分别, 而 with another year, corrections with 应为), then worked through
    # (81/83 and 90/90; counts in brackets right after their nouns, "覆盖国家（49 个）", now read as if
    # they stood before them). Left: 报告国 123 (above)
    ("ga_2020_z15_blind.txt", "nps_reporting_countries", 2019),
    # The thirty-second round (Z13, Z14), read blind once (Z13 81/91 facts, Z14 79/85; mentions 1.000 and
    # 0.994: treaty titles side by side with nothing between, a total with no measure word, instruments
    # of ratification deposited, trainees named before 共 N 名 and 提供了培训, a budget from one biennium
    # to the next, a paragraph that opens on a comparison with the programme named in the paragraph
    # before; later, 目前 in the clauses going on from the sentence's year, "在 2011 年继续扩大，目前已在
    # 18 个国家开展活动", as two keys read it), then worked through (91/91 and 84/85). Left: the glued
    # footnote above (24.09 亿)
    ("ga_2022_z14_blind.txt", "special_purpose_contributions", 2021),
    # The thirty-first round (Z11, Z12), read blind once (Z11 68/91 facts, mentions 0.987: amounts after
    # money with no unit of their own, headings run into the paragraph after them, ratifying states; Z12
    # 73/84), then worked through: every fact found.
    # The thirtieth round (Z9, Z10), written as close to the real reports' structure as its writers could,
    # read blind once (Z9 95/100 facts, Z10 89/90; mentions 1.000 and 1.000), then worked through: every
    # fact found.
    # The twenty-ninth round (Z7, Z8), read blind once (Z7 84/102 facts, mentions 0.862: tables with a
    # group header and dates as columns, an indented total row; Z8 82/92), then worked through (101/102
    # and 90/92). Left: a running total "自 2010 年设立以来" in the clause after a semicolon, which the
    # key dates at the year the sentence opened with (two earlier keys date it at the report's end, as
    # the rules do); countries that ever took part since a programme began (先后有 19 个国家参与或接受过…);
    # a count of parties inside a noun phrase whose title follows after a comma
    ("cnd_2011_z8_blind.txt", "ccp_countries", 2010),
    ("ga_2017_z7_blind.txt", "victims_trust_fund_contributions", 2016),
    ("ga_2021_z8_blind.txt", "uncac_parties", 2021),
    # The twenty-eighth round (Z5, Z6) was read blind once (Z5 70/95 facts, the Commission report's
    # coverage year missed in its summary; Z6 79/108, mentions 0.943: numbers cut by a page break, a
    # table's caption unit "（百万美元，另有说明者除外）"), then worked through: 95/95 and 108/108.
    # The twenty-sixth and twenty-seventh rounds (Z1 to Z4), read blind once (Z1 82/87 facts, Z2 64/79,
    # Z3 70/78, Z4 103/107; mentions 0.996, 0.970, 0.971, 1.000), then worked through: every fact found
    # (mentions 0.996, 1.000, 1.000, 1.000).
}


@pytest.fixture(scope="module")
def blind_db(tmp_path_factory: pytest.TempPathFactory) -> duckdb.DuckDBPyConnection:
    db = tmp_path_factory.mktemp("blind") / "indicators.duckdb"
    result = run_cli("build", "--reports", str(BLIND), "--db", str(db), "--quiet")
    assert result.returncode == 0, result.stderr
    return duckdb.connect(str(db), read_only=True)


def _keys(suffix: str) -> list[Path]:
    return sorted(KEYS.glob(f"*{suffix}"))


def test_every_blind_report_has_its_keys() -> None:
    reports = {p.name for p in BLIND.glob("*.txt")}
    assert reports and reports == {p.name.split(".")[0] + ".txt" for p in _keys(".mentions.jsonl")}
    assert reports == {p.name.split(".")[0] + ".txt" for p in _keys(".observations.csv")}


def test_every_quantity_the_keys_list_is_found_and_nothing_else(blind_db: duckdb.DuckDBPyConnection) -> None:
    missed, extra = set(), set()
    for path in _keys(".mentions.jsonl"):
        key = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        doc = key[0]["doc"]
        ours = blind_db.execute(
            "select char_start, char_end, surface, value, unit from mentions"
            " join documents using (doc_id) where file_name = ?",
            [doc],
        ).fetchall()

        def same(m: tuple[Any, ...], k: dict[str, Any]) -> bool:
            overlap = m[0] < k["char_end"] and k["char_start"] < m[1]
            return overlap and m[4] == k["unit"] and math.isclose(m[3], k["value"], rel_tol=1e-6)

        required = [k for k in key if not k["borderline"]]
        missed |= {(doc, k["surface"]) for k in required if not any(same(m, k) for m in ours)}
        for m in ours:
            borderline = any(m[0] < k["char_end"] and k["char_start"] < m[1] for k in key if k["borderline"])
            if not borderline and not any(same(m, k) for k in required):
                extra.add((doc, m[2]))
    assert missed == MISSED_MENTIONS
    assert extra == EXTRA_MENTIONS


def test_every_indicator_fact_the_keys_list_is_found(blind_db: duckdb.DuckDBPyConnection) -> None:
    missed = set()
    for path in _keys(".observations.csv"):
        with path.open(encoding="utf-8") as f:
            for k in csv.DictReader(f):
                start, end, value = int(k["period_start"]), int(k["period_end"]), float(k["value"])
                hits = blind_db.execute(
                    "select value, basis, qualifier from observations join documents using (doc_id)"
                    " where file_name = ? and indicator_id = ? and period_start <= ? and period_end >= ?",
                    [k["doc"], k["indicator_id"], end, start],
                ).fetchall()
                if not any(
                    math.isclose(v, value, rel_tol=0.005) and b == k["basis"] and q == k["qualifier"]
                    for v, b, q in hits
                ):
                    missed.add((k["doc"], k["indicator_id"], end))
    assert missed == MISSED_FACTS
