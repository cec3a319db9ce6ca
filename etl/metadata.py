"""Metadata stage: a report's title, body, symbol, year and coverage, read from its own text.

Each field comes from a rule over the report's header (the text before its first numbered
paragraph): the cover block's symbol, session headings, meeting dates, the author line, the
summary's "本报告概要介绍了 2011 年期间…". A header year that puts the report before most of the
events its body dates gives way to them. A manifest in the reports folder overrides any field the
text lacks (see `manifest.py`).
"""

from __future__ import annotations

import re
from calendar import month_name
from collections import Counter

from etl.models import Paragraph
from etl.quantities.numerals import chinese_value

_ENGLISH_MONTHS = list(month_name)[1:]  # "3 February 2012" on the English cover sheet
_ENGLISH_DATE = re.compile(r"\b\d{1,2} (" + "|".join(_ENGLISH_MONTHS) + r") ((?:19|20)\d{2})\b")
_SESSION = re.compile(r"^[^\S\n]*第([一二三四五六七八九十]{1,4})届会议[^\S\n]*$", re.M)
_MEETING_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日")
_AUTHOR_LINE = re.compile(r"^[^\S\n]*(\S{1,12})的报告[^\S\n]*$", re.M)
_RESOLUTION_LINE = re.compile(r"决议草案\s*$")
_COVERAGE_YEAR = re.compile(
    r"(?:概要介绍了|概述了?|介绍了?|报告)[^。]{0,40}?((?:19|20)\d{2})\s*年(?:期间)?[^。]{0,40}?活动"
)
# ("2017 年 1 月 1 日至 12 月 31 日期间": the end's year left out is the start's)
_COVERAGE_SPAN = re.compile(
    r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*至\s*(?:((?:19|20)\d{2})\s*年\s*)?\d{1,2}\s*月"
    r"(?:\s*\d{1,2}\s*日)?\s*(?:期间|这段时间)"
)
# "在 2013 年年中至 2014 年年中期间": from the middle of one year to the middle of the next
_COVERAGE_MID_YEARS = re.compile(
    r"((?:19|20)\d{2})\s*年\s*(?:年中|中期|年年中)\s*(?:至|到)\s*((?:19|20)\d{2})\s*年\s*(?:年中|中期|年年中)"
)
# "概述了…在 2009 年以及 2010 年头几个月中…的活动": a year and the first months of the next
_COVERAGE_YEAR_AND_MONTHS = re.compile(
    r"(?:概要介绍了|概述了?|介绍了?)[^。]{0,40}?((?:19|20)\d{2})\s*年\s*(?:以及|和|及)\s*((?:19|20)\d{2})\s*年\s*"
    r"(?:头|前|最初)(?:几|[一二两三四五六])个月"
)
# "本报告…概述了 2014 年世界毒品问题的主要趋势…": the year the summary opens on
# (or "概述了联合国毒品和犯罪问题办公室在 2015 年为…开展的工作", "介绍…办公室 2019 年为…": the office
# named, then the year, also after its short name in brackets: "办公室（毒品和犯罪问题办公室）2014 年")
_COVERAGE_YEAR_FIRST = re.compile(
    r"(?:概要介绍了|概述了?|介绍了?)(?:\s*|[^。，；]{0,24}?(?:在|办公室(?:[（(][^（）()]{1,20}[）)])?))\s*((?:19|20)\d{2})\s*年"
    r"(?!\s*[以和及至]|\s*\d)"
)
# "所述期间为 2012 年 1 月 1 日至 12 月 31 日": the period stated outright (the end's year may be left out)
_COVERAGE_STATED = re.compile(
    r"(?:所述|所涉|涵盖的?)期间(?:为|是|系)\s*((?:19|20)\d{2})\s*年"
    r"(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*至\s*(?:((?:19|20)\d{2})\s*年)?)?"
)
# A title line broken by the PDF ends mid-phrase, on a word that cannot end a title.
_CONTINUES = re.compile(r"(关于|特别是|联合国|和|及|与|的|、|，|：)\s*$")
_NOT_TITLE = re.compile(r"项目|议程|届会议|\d{4}\s*年|维也纳|Distr|General|Chinese|Original|^\*|委员会$|^_+$")

# A dated event or a year opening a clause: "2011 年 5 月", "2011 年，", "2011 年期间" (not "2030 年议程").
_EVENT_YEAR = re.compile(r"((?:19|20)\d{2})\s*年\s*(?:\d{1,2}\s*月|[，,]|期间|内)")
_EVENT_SAMPLE = 200_000  # characters read: a report's dated events all lie in its first pages' reach
GA_FIRST_YEAR = 1945  # the General Assembly's n-th session opens in year 1945 + n


def header_of(text: str, paragraphs: list[Paragraph]) -> str:
    end = paragraphs[0].start if paragraphs else min(len(text), 6000)
    return text[:end]


def find_body(header: str) -> str | None:
    lines = {line.strip() for line in header.splitlines()}
    own = find_symbol(header) or ""  # a symbol cited further down (a resolution's E/CN.15/…) says nothing
    commissions = []
    if "麻醉药品委员会" in lines or "E/CN.7/" in own:
        commissions.append("CND")
    if "预防犯罪和刑事司法委员会" in lines or "E/CN.15/" in own:
        commissions.append("CCPCJ")
    if commissions:
        return "; ".join(commissions)
    if "第三委员会" in lines:
        return "General Assembly, Third Committee"
    if re.search(r"\bA/\d{2}/", header) or "大会" in header or _SESSION.search(header):
        return "General Assembly"
    return None


# A UN document symbol: A/70/99, E/CN.7/2016/8, S/2015/939, a joint E/CN.7/2016/8–E/CN.15/2016/8.
_SYMBOL_PART = r"[AES]/[A-Z0-9][A-Za-z0-9./]*[0-9]"
_SYMBOL = re.compile(rf"(?<![A-Za-z0-9/])({_SYMBOL_PART}(?:\s*[-–—]\s*{_SYMBOL_PART})?)(?![A-Za-z0-9/])")
# The cover block ends at the session heading or the summary; symbols after it are references.
_COVER_END = re.compile(r"届会议|摘要|^\s*\*")


def find_symbol(header: str) -> str | None:
    """The report's own symbol, from the cover block above its session heading ("联 合 国  A/70/99").

    Symbols further down (footnotes such as "* A/76/50。", resolutions cited) are other documents.
    """
    for line in header.splitlines():
        if _COVER_END.search(line):
            return None
        m = _SYMBOL.search(line)
        if m:
            return re.sub(r"\s+", "", m.group(1)).replace("—", "–").replace("-", "–")
    return None


def find_published_year(header: str, body: str | None) -> int | None:
    m = _ENGLISH_DATE.search(header)
    if m:
        return int(m.group(2))
    session = _SESSION.search(header)
    if body and body.startswith("General Assembly") and session:
        n = chinese_value(session.group(1))
        if n:
            return GA_FIRST_YEAR + n
    years = [int(y) for y in _MEETING_DATE.findall(header)]
    return max(years) if years else None


def find_event_year(text: str) -> int | None:
    """The year the report's dated events fall in most often (ties: the later year), or None."""
    counts = Counter(int(y) for y in _EVENT_YEAR.findall(text, 0, _EVENT_SAMPLE))
    return max(counts, key=lambda y: (counts[y], y)) if counts else None


def check_published_year(published: int | None, event_year: int | None) -> int | None:
    """The header's year, unless the body's events mostly lie after it: then the year after them.

    A report describes years before its publication; a session number that puts it years before the
    events it recounts is the header contradicting the body, and the body's many dates win.
    """
    if published is not None and event_year is not None and event_year > published:
        return event_year + 1
    return published


def find_coverage(
    header: str, full_text: str, published: int | None, title: str | None
) -> tuple[int | None, int | None]:
    # the period the summary states outright ("所涉期间为 2020 年 7 月 1 日至 2021 年 6 月 30 日"), or a
    # months span in it
    m = _COVERAGE_STATED.search(header) or _COVERAGE_SPAN.search(header) or _COVERAGE_MID_YEARS.search(header)
    if m:
        return int(m.group(1)), int(m.group(2) or m.group(1))
    m = _COVERAGE_YEAR_AND_MONTHS.search(header)
    if m:  # the year is what the report covers; the first months of the next add only its latest news
        year = int(m.group(1))
        return year, year
    m = _COVERAGE_YEAR_FIRST.search(header)
    if m:
        year = int(m.group(1))
        return year, year
    m = _COVERAGE_YEAR.search(header)
    if m:
        year = int(m.group(1))
        return year, year
    # a months span in the opening pages, when the summary names no year it covers ("2021 年 1 月至 6 月期间"
    # may date one activity only: "2024 年 1 月至 3 月期间，…" in a report on 2023)
    m = _COVERAGE_SPAN.search(full_text[:20000])
    if m:
        return int(m.group(1)), int(m.group(2) or m.group(1))
    if published is None:
        return None, None
    if "执行主任的报告" in header:  # annual activity reports cover the previous calendar year
        return published - 1, published - 1
    if "秘书长的报告" in header:  # General Assembly reports run from mid-year to mid-year
        return published - 1, published
    return published, published


def find_title(header: str) -> str | None:
    lines = [line.strip() for line in header.splitlines()]
    lines = [line for line in lines if line]
    for i, line in enumerate(lines):
        if _RESOLUTION_LINE.search(line) and i + 1 < len(lines):
            return lines[i + 1]
    for i, line in enumerate(lines):
        if _AUTHOR_LINE.match(line):
            parts: list[str] = []
            j = i - 1
            while j >= 0 and not _NOT_TITLE.search(lines[j]):
                if parts and not _CONTINUES.search(lines[j]):
                    break
                parts.insert(0, lines[j])
                j -= 1
            return "".join(parts) or None
    return None


_SCRIPT_LETTERS = {
    "zh": re.compile(r"[\u4e00-\u9fff]"),
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "ru": re.compile(r"[\u0400-\u04ff]"),
    "ar": re.compile(r"[\u0600-\u06ff]"),
    "ja": re.compile(r"[\u3040-\u30ff]"),  # kana: Japanese also writes Chinese characters
    "ko": re.compile(r"[\uac00-\ud7af]"),
}
# Frequent short words telling the UN's Latin-script languages apart.
_LATIN_WORDS = {
    "en": re.compile(r"\b(?:the|and|of|to|in)\b", re.I),
    "fr": re.compile(r"\b(?:les|des|et|du|une)\b", re.I),
    "es": re.compile(r"\b(?:los|las|del|y|una)\b", re.I),
}


def detect_language(text: str) -> str:
    """'zh' when Chinese characters dominate the letters; else en, fr, es, ru, ar, ja, ko or 'unknown'.

    Counts letters per script in the first 50,000 characters: a Chinese report quotes English names
    and symbols, so Chinese wins when it has at least a fifth as many characters as Latin letters.
    """
    sample = text[:50000]
    counts = {script: len(pattern.findall(sample)) for script, pattern in _SCRIPT_LETTERS.items()}
    if counts["ja"] > max(20, 0.05 * counts["zh"]):
        return "ja"
    if counts["zh"] and counts["zh"] >= 0.2 * counts["latin"] and counts["zh"] >= counts["ru"] + counts["ar"]:
        return "zh"
    script = max(counts, key=lambda s: counts[s])
    if counts[script] == 0:
        return "unknown"
    if script != "latin":
        return script
    words = {lang: len(pattern.findall(sample)) for lang, pattern in _LATIN_WORDS.items()}
    best = max(words, key=lambda lang: words[lang])
    return best if words[best] else "en"
