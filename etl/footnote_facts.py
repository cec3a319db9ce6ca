"""Footnote facts: what a footnote entry states, read after the sentence its marker stands in.

A note mostly qualifies the text it is attached to ("包括方案支助费用约 5,010 万美元"), so its facts are
kept only where the body states that indicator for no overlapping period, or where the note says the
text's figure is wrong. A note often leans on its marker's sentence for its subject and time ("¹ 截至同一
日期，…数据库收录了 1,040 起案件", "² 在第五轮赠款中，基金为 19 个项目提供了赠款"): it is read as the
sentence after the one its marker stands in on the same page, so the rules see what it continues.
"""

from __future__ import annotations

import re

from etl.catalog import Catalog
from etl.classify import classify_document
from etl.glued_markers import entry_number
from etl.mention_records import mention_records
from etl.models import DocumentMeta, Observation, Sentence
from etl.segment import find_paragraphs, find_sentences

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_PAGE_REACH = 4000  # characters before a note where its marker may stand (about a page)
_SENTENCE_END = re.compile(r"[。；;]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_PARAGRAPH_START = re.compile(r"(?:^|\s)\d{1,3}\.\s")


def footnote_facts(
    text: str,
    body: str,
    a: int,
    b: int,
    sentences: list[Sentence],
    meta: DocumentMeta,
    catalog: Catalog,
) -> list[Observation]:
    """The facts the footnote entry text[a:b] states, read by the same rules as the body, after the
    sentence its marker stands in when the page holds the marker (`body`: the text with notes and page
    furniture blanked); outside any numbered paragraph."""
    entry = text[a:b]
    lead = _marker_sentence(text, body, a)
    if not lead:
        return classify_document(
            entry, meta, sentences, mention_records(entry, sentences, meta.doc_id, offset=a), catalog
        )
    opening = f"1. {lead}"
    composed = opening + entry
    at = len(opening)
    found = find_sentences(composed, find_paragraphs(composed))
    # the note's own quantities (ids as loaded: offsets in the document), not its marker sentence's
    records = mention_records(composed, found, meta.doc_id, offset=a - at)
    own = [r for r in records if r.char_start >= at]
    return [
        o.model_copy(update={"paragraph": None})
        for o in classify_document(composed, meta, found, own, catalog)
    ]


def _marker_sentence(text: str, body: str, a: int) -> str:
    """The body's sentence, up to the marker, that footnote entry `a`'s marker stands in on its page ("…
    偷运移民案例法数据库收录了 1,040 起"), or "" when the page holds no such marker."""
    digits = entry_number(text, a)
    if not digits:
        return ""
    start = max(0, a - _PAGE_REACH)
    # "…起案件 1。", "…万美元2，", "…受害者¹": the number right after a word, then punctuation or a break
    marker = re.compile(
        rf"(?:(?<=[\u4e00-\u9fff》）)%])|(?<=[\u4e00-\u9fff》）)%][ \t]))"
        rf"(?:{digits}|{digits.translate(_SUPERSCRIPT)})(?=[ \t]*(?:[。，；,;：:）)]|\n|$))"
    )
    spots = list(marker.finditer(body, start, a))
    if not spots:
        return ""
    at = spots[-1].start()
    begin = start
    for end in _SENTENCE_END.finditer(body, start, at):
        begin = end.end()
    sentence = _PARAGRAPH_START.split(" ".join(body[begin:at].split()))[-1]  # from its paragraph's number
    return sentence + "。" if _CJK.search(sentence) else ""


def with_footnote_facts(body: list[Observation], notes: list[Observation]) -> list[Observation]:
    """The body's observations, and each footnote's whose indicator the body states for no overlapping
    period: a note fills a gap ("² …实验室分布在 89 个国家。"), it never stands beside or over the text's
    own value (a note qualifies its text: "…该信托基金已收到约 4.6 百万美元" of another fund), unless it
    says the text's figure is wrong ("…应为 1,240 万美元"): then it replaces it."""
    corrections = [note for note in notes if _CORRECTS_THE_TEXT.search(note.quote)]
    if corrections:
        # "¹ 经对账核实，2013 年普通用途收入应为 1,240 万美元，正文所列数字有误": the note corrects its text
        body = [o for o in body if not any(_same_fact(o, note) for note in corrections)]
    kept = [note for note in notes if note in corrections or not any(_same_fact(o, note) for o in body)]
    return [*body, *kept]


# a footnote that corrects the text: the figure it gives replaces the text's
_CORRECTS_THE_TEXT = re.compile(r"应为|应更正为|应订正为|(?:正文|上文)[^。]{0,12}(?:有误|不准确)")


def _same_fact(a: Observation, b: Observation) -> bool:
    """The same indicator over an overlapping period."""
    overlap = a.period_start <= b.period_end and b.period_start <= a.period_end
    return a.indicator_id == b.indicator_id and overlap
