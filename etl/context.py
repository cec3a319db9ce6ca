"""Context for classification: cut, around each quantity, the text windows catalog rules test.

Windows (whitespace and footnote markers removed, since PDF line breaks fall anywhere):
`before` the words since the previous quantity in the sentence (or the sentence start); `after`
the words up to the next quantity or clause break (what is counted: `个国家提供了直接援助`);
`clause`, `sentence`, `nearby` (previous sentence of the paragraph + this one), `paragraph`, and
`earlier` (the previous sentence and this one up to the quantity), `section` (the report's headings
above the quantity: `D. 扼制腐败`). Treaties are resolved from 《…》 titles (etl/instruments.py); each
quantity knows the instrument named last before it and the one named first in its `after` window.
Values listed 分别 (respectively) are then paired with their titles or subjects (etl/respective.py).
"""

from __future__ import annotations

import re

from etl.catalog import Catalog, rx
from etl.compact import compact, compact_from
from etl.instruments import NamedInstrument, named_instruments
from etl.list_windows import list_item_windows, listed_total_windows
from etl.mention_context import CLAUSE_BREAK, MentionContext
from etl.models import MentionRecord, Sentence
from etl.respective import pair_respective
from etl.sections import section_at, section_headings, section_trail

_HARD_BREAK = re.compile(r"[；;。]")
_ASIDE = re.compile(r"\s*[（(][^（）()，；。]{1,30}[）)]")  # a short parenthetical right after a number


# (or "42. 在认捐总额中，…": the total the paragraph before stated)
_THE_ABOVE = re.compile(
    r"^(?:\d{1,3}\.\s*)?(?:在)?(?:上述|前述|以上|这一(?:总额|总数|数额)|(?:认捐|捐款)(?:总额|总数)中)"
)
# "42. 同一两年期的合并预算…", "同年，…": the time the paragraph before ended on
_THE_SAME_TIME = re.compile(
    r"^(?:\d{1,3}\.\s*)?(?:在)?(?:同一两年期|同一时期|同期|同年|当年|该两年期|这一两年期)"
)
_OPENS_ON_A_YEAR = re.compile(r"^(?:\d{1,3}\.\s*)?(?:在|截至)?\s*(?:19|20)\d{2}\s*年")
# "其中，…" after a sentence that corrects an earlier report ("上一份报告所列…有误"): the parts are of the
# whole stated before the correction
_OF_WHICH_OPENING = re.compile(r"^(?:\d{1,3}\.\s*)?其中[，,]")
_CORRECTS = re.compile(r"有误|有错|不准确|不正确|系笔误|应予(?:更正|订正)")
_REFERS_BACK_HOPS = 2  # "12. 各管制股累计…" after "11. 各管制股共缉获…" after "10. 集装箱管制方案…"


_Key = tuple[int, int] | None  # (run of numbering, paragraph number); None outside numbered paragraphs


def _before(key: _Key) -> _Key:
    """The paragraph before, in the same run of numbering (None: there is none)."""
    return None if key is None or key[1] <= 1 else (key[0], key[1] - 1)


class _Report:
    """Per-report lookups shared by every mention: paragraphs, their instruments, the headings."""

    def __init__(
        self, text: str, sentences: list[Sentence], catalog: Catalog, title: str | None = None
    ) -> None:
        self.text, self.sentences, self.catalog = text, sentences, catalog
        # a title listing several topics ("打击跨国有组织犯罪、腐败和恐怖主义") says nothing of one section
        self.root = compact(title) if title and "、" not in title else ""
        # a paragraph is keyed by its number within its run of numbering: a resolution quoted after the
        # report's paragraphs numbers its own from 1 again (etl/segment.py)
        self.keys: list[_Key] = []
        run, last = 0, 0
        for s in sentences:
            if s.paragraph is not None:
                run, last = (run + 1 if s.paragraph < last else run), s.paragraph
            self.keys.append(None if s.paragraph is None else (run, s.paragraph))
        self.members: dict[_Key, list[int]] = {}
        for i, key in enumerate(self.keys):
            self.members.setdefault(key, []).append(i)
        starts = {sentences[ix[0]].start for p, ix in self.members.items() if p is not None}
        headings = [(at, level, compact(title)) for at, level, title in section_headings(text, starts)]
        self.heading_starts, self.section_trails = section_trail(headings)
        self._instruments: dict[_Key, list[NamedInstrument]] = {}
        self._paragraph_text: dict[_Key, str] = {}

    def paragraph(self, sentence_index: int) -> tuple[list[NamedInstrument], str]:
        """The instruments named in the sentence's paragraph, and the paragraph's text."""
        key = self.keys[sentence_index]
        if key not in self._instruments:
            members = self.members.get(key, [sentence_index])
            start, end = self.sentences[members[0]].start, self.sentences[members[-1]].end
            before = self._members_before(key)
            earlier = (
                named_instruments(self.text, self.sentences[before[0]].start, start, self.catalog)
                if before
                else []
            )
            self._instruments[key] = named_instruments(self.text, start, end, self.catalog, earlier)
            self._paragraph_text[key] = self._paragraph_window(key)
        return self._instruments[key], self._paragraph_text[key]

    def _members_before(self, key: _Key) -> list[int] | None:
        """The sentences of the paragraph before `key`'s, if there is one."""
        before = _before(key)
        return self.members.get(before) if before is not None else None

    def _paragraph_window(self, key: _Key, hops: int = _REFERS_BACK_HOPS) -> str:
        """The paragraph's text, after the paragraph before it when it opens by referring back to it
        ("各管制股…"), and so on up to `hops` paragraphs back ("" if there is no such paragraph)."""
        members = self.members.get(key) if key is not None else None
        if not members:
            return ""
        own = compact(self.text[self.sentences[members[0]].start : self.sentences[members[-1]].end])
        if (
            hops
            and key is not None
            and rx(self.catalog.cues.refers_back).search(compact(self.sentences[members[0]].text))
        ):
            return self._paragraph_window(_before(key), hops - 1) + own
        return own

    def previous_sentence(self, sentence_index: int) -> str:
        """The sentence before in the paragraph; for a paragraph opening with 上述 (the above:
        "52. 在上述认捐中，…"), the first sentence of the paragraph before, which that refers to, and for
        one opening with the same time (同一两年期, 同年), the paragraph before's latest sentence that opens
        on a year (or its last)."""
        key = self.keys[sentence_index]
        members = self.members.get(key, [])
        if key is None or sentence_index not in members:
            return ""
        pos = members.index(sentence_index)
        if pos:
            previous = self.sentences[members[pos - 1]].text
            if (
                pos > 1
                and _OF_WHICH_OPENING.match(self.sentences[sentence_index].text)
                and _CORRECTS.search(previous)
            ):
                return self.sentences[members[pos - 2]].text
            return previous
        before = self._members_before(key)
        if before and _THE_ABOVE.match(self.sentences[sentence_index].text):
            return self.sentences[before[0]].text
        if before and _THE_SAME_TIME.match(self.sentences[sentence_index].text):
            # the latest sentence there that opens on a time ("2013 年，…"), else its last
            dated = [i for i in before if _OPENS_ON_A_YEAR.match(self.sentences[i].text)]
            return self.sentences[(dated or before)[-1]].text
        return ""


def _last_break(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """Offset just after the last match of `pattern` in text[start:end], or `start`."""
    last = start
    for m in pattern.finditer(text, start, end):
        last = m.end()
    return last


def _aside_around(text: str, start: int, prev: MentionRecord, at: int) -> tuple[int, int] | None:
    """The closed parenthetical holding the previous quantity, when it ends before this one
    ("通过 38 次讲习班（其中 31 次在线举行）覆盖了 93 个国家"): its (open, close) offsets, else None."""
    close = _CLOSE_BRACKET.search(text, prev.char_end, at)
    if close is None or _OPEN_BRACKET.search(text, prev.char_end, close.start()):
        return None
    opened = max(text.rfind("（", start, prev.char_start), text.rfind("(", start, prev.char_start))
    if opened < 0 or _CLOSE_BRACKET.search(text, opened, prev.char_start):
        return None
    return opened, close.end()


def _context(
    report: _Report,
    mention: MentionRecord,
    prev: MentionRecord | None,
    nxt: MentionRecord | None,
    before_prev: MentionRecord | None = None,
) -> tuple[dict[str, str], tuple[str | None, str | None], str, str, str]:
    text, sentence = report.text, report.sentences[mention.sentence_index]
    at, end = mention.char_start, mention.char_end
    if prev is not None and _POINTS_BACK.search(
        text, max(sentence.start, prev.char_start - 3), prev.char_start
    ):
        # "受益于…在这两个领域技术援助的国家逾百个": a number that points back (这两个, 上述三项) names no
        # new fact, so the words before this quantity read through it
        prev = before_prev
    before_start = max(sentence.start, prev.char_end if prev else 0)
    before_text = text[before_start:at]
    if (
        prev is not None
        and prev.unit != mention.unit
        and _CONVERTED.match(text, at)
        and _JUST_A_COMMA.fullmatch(text, prev.char_end, at)
    ):
        # "普通用途收入为 1,760 万欧元，约合 1,890 万美元": the amount converted reads the words of the
        # amount it converts
        before_start = max(sentence.start, before_prev.char_end if before_prev else 0)
        before_text = text[before_start : prev.char_start]
    if prev is not None and (around := _aside_around(text, sentence.start, prev, at)) is not None:
        # the words before this quantity read around the aside that holds the previous one
        start = max(
            sentence.start,
            before_prev.char_end if before_prev else 0,
            _last_break(CLAUSE_BREAK, text, sentence.start, around[0]),
        )
        if start <= around[0]:
            before_text = text[start : around[0]] + text[around[1] : at]
    clause_start = _last_break(CLAUSE_BREAK, text, sentence.start, at)
    brk = CLAUSE_BREAK.search(text, end, sentence.end)
    clause_end = brk.start() if brk else sentence.end
    after_end = min(clause_end, nxt.char_start) if nxt else clause_end
    after_start = end
    if nxt is not None and (aside := _ASIDE.match(text, end, clause_end)) and nxt.char_start < aside.end():
        # "3.482 亿美元（93.7%）为预算外资源": the words after an aside holding the next number
        after_start, after_end = aside.end(), clause_end

    instruments, paragraph = report.paragraph(mention.sentence_index)
    named = [n for n in instruments if n.end <= at]
    following = [n for n in instruments if n.start >= end and n.end <= after_end]
    inst_start = max(before_start, _last_break(_HARD_BREAK, text, sentence.start, at))
    if named and named[-1].end > inst_start:
        inst_start = named[-1].end

    listed_item = list_item_windows(text, sentence.start, sentence.end, at)
    own = listed_item[0] if listed_item else compact(sentence.text)
    lead, tail = compact(text[sentence.start : at]), compact(text[end:clause_end])
    before_sentence = compact(report.previous_sentence(mention.sentence_index))
    before_words, after_words = _in_number(
        _before_aside(compact(before_text), text, end),
        _countries_spelt_out(
            mention, _after_suffix_de(mention.surface, compact(text[after_start:after_end]))
        ),
    )
    # "比十年前（2013 年）的 2.69 亿美元": years ago, then the year they name, read as that year
    before_words = _YEARS_AGO_NAMED.sub(lambda m: f"{m.group(1)}年", before_words)
    listed = listed_total_windows(text, sentence.start, prev.char_start, before_text) if prev else None
    if listed is not None:
        before_words, after_words = listed
    windows = {
        "counted": mention.counted or "",
        "before": before_words,
        "after": after_words,
        "clause": compact(text[clause_start:clause_end]),
        "sentence": own,
        "nearby": before_sentence + own,
        "earlier": before_sentence + (listed_item[1] if listed_item else lead),
        "paragraph": paragraph or own,
        "rest": compact(text[end : sentence.end]),  # the sentence after the number
        "section": " / ".join(
            part
            for part in (report.root, section_at(report.heading_starts, report.section_trails, at))
            if part
        ),
    }
    keys = (named[-1].key if named else None, following[0].key if following else None)
    before_instrument = _before_aside(compact_from(text, inst_start, at), text, end)
    if named and inst_start == named[-1].end:
        # "《…议定书》（《贩运人口议定书》）：168 个缔约方": the short title's bracket closes after it;
        # "《…公约》（大会第 55/25 号决议，附件一）的缔约国已有 156 个": an aside after the title
        before_instrument = _LEADING_ASIDE.sub("", before_instrument.removeprefix("）").removeprefix(")"))
    return windows, keys, before_instrument, lead, tail


_CONVERTED = re.compile(r"约?(?:合|折合)(?:约)?")
_JUST_A_COMMA = re.compile(r"\s*[，,（(]?\s*")
_YEARS_AGO_NAMED = re.compile(r"(?:[一二两三四五六七八九十]{1,3}|\d{1,2})年前[（(]((?:19|20)\d{2})年[）)]")
_LEADING_ASIDE = re.compile(r"^[（(][^（）()]{1,40}[）)]")
_POINTS_BACK = re.compile(r"(?:这|那|该|此|上述|前述)\s*$")
_ASIDE_CLOSE = re.compile(r"\s*[）)]")
_OPEN_BRACKET = re.compile(r"[（(]")
# "判例（即 160 多起）", "比 2014 年（经订正后为 2.71 亿美元）": 即 (that is) or a correction adds nothing
_BRACKET_OPENED = re.compile(r"[（(](?:即|亦即|也就是|(?:经)?(?:订正|更正|修正)后?(?:为|是))?$")
_CLOSE_BRACKET = re.compile(r"[）)]")


def _before_aside(before: str, text: str, end: int) -> str:
    """ "2013 年的认捐额（3.21 亿美元）", "所收录的判例（即 160 多起）": a value in brackets right after its
    noun reads as if the bracket were not there."""
    if (opened := _BRACKET_OPENED.search(before)) and _ASIDE_CLOSE.match(text, end):
        return before[: opened.start()]
    return before


_SUFFIX_QUALIFIER_END = ("以上", "左右", "上下", "开外", "以下")


_FOOTNOTE_MARKER = re.compile(r"[0-9¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}")


def _countries_spelt_out(mention: MentionRecord, after: str) -> str:
    """ "为 70 余国提供了援助": N 国 reads as N 个国家, so rules looking for 国家 after a count see it."""
    return "国家" + after if mention.counted == "国" and mention.unit == "count" else after


def _after_suffix_de(surface: str, after: str) -> str:
    """ "90 个上下的国家": the noun after a qualifier's 的 is what the count counts (`after` starts there).
    A footnote marker glued after the quantity, alone before the clause's end ("…122 个1。"), is nothing."""
    if _FOOTNOTE_MARKER.fullmatch(after):
        return ""
    if after.startswith("的") and (surface.endswith(_SUFFIX_QUALIFIER_END) or surface.startswith("为数")):
        return after[1:]  # (and "为数逾百的国家": the set phrase's noun)
    return after


def _in_number(before: str, after: str) -> tuple[str, str]:
    """ "向为数 90 多个的国家提供了援助": 为数 (in number) and the 的 after the count read past."""
    if before.endswith("为数") and after.startswith("的"):
        return before[:-2], after[1:]
    return before, after


# "1.83 亿欧元（约合 2.38 亿美元）", "86 万欧元(折合 112 万美元)": an amount in another currency, then its
# value in dollars in brackets (约 of 约合 belongs to the dollar amount's span)
_CONVERSION_OPEN = re.compile(r"\s*[（(]\s*(?:折合|约合|合|相当于|约等于|即)?\s*$")


def _converts(text: str, prev: MentionRecord, mention: MentionRecord) -> int | None:
    """Where the bracket holding `mention` closes, when `mention` gives in dollars the amount of money in
    another currency right before it; else None."""
    if prev.category != "money" or mention.unit != "USD" or prev.unit == "USD":
        return None
    if not _CONVERSION_OPEN.fullmatch(text, prev.char_end, mention.char_start):
        return None
    close = _ASIDE_CLOSE.match(text, mention.char_end)
    return close.end() if close else None


# a line of a box or list that is a label, its colon and one quantity ("获得资产追回支助的国家：31 个")
_LABEL_BEFORE = re.compile(
    r"[ \t]*(?P<label>[^，。；：:\n]{2,40}?)[ \t]*[：:][ \t]*(?:计有|共有|共计)?[ \t]*$"
)


def _label_line(text: str, mention: MentionRecord) -> tuple[str, str] | None:
    """(label, the line compacted) when the quantity stands alone after a label's colon on its own line."""
    line_start = text.rfind("\n", 0, mention.char_start) + 1
    line_end = text.find("\n", mention.char_end)
    line_end = len(text) if line_end < 0 else line_end
    if text[mention.char_end : line_end].strip() or line_start == 0:
        return None
    label = _LABEL_BEFORE.fullmatch(text, line_start, mention.char_start)
    if label is None:
        return None
    return compact(label.group("label")), compact(text[line_start:line_end])


def build_contexts(
    text: str,
    sentences: list[Sentence],
    mentions: list[MentionRecord],
    catalog: Catalog,
    title: str | None = None,
) -> list[MentionContext]:
    """The context of every mention (mentions in text order), in mention order. A report's title that
    names one topic ("为执行与反恐怖主义有关的国际公约和议定书提供技术援助") heads every section path."""
    report = _Report(text, sentences, catalog, title)
    contexts: list[MentionContext] = []
    for index, mention in enumerate(mentions):
        same = mention.sentence_index
        prev = mentions[index - 1] if index and mentions[index - 1].sentence_index == same else None
        before_prev = (
            mentions[index - 2] if prev and index > 1 and mentions[index - 2].sentence_index == same else None
        )
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        nxt = following if following and following.sentence_index == same else None
        placed, placed_prev, placed_before_prev = mention, prev, before_prev
        if prev is not None and (close := _converts(text, prev, mention)) is not None:
            # "1.83 亿欧元（约合 2.38 亿美元）": the dollars read where the amount they convert stands
            placed = mention.model_copy(update={"char_start": prev.char_start, "char_end": close})
            placed_prev = before_prev
            placed_before_prev = mentions[index - 3] if before_prev and index > 2 else None
            if placed_before_prev is not None and placed_before_prev.sentence_index != same:
                placed_before_prev = None
        windows, (instrument, instrument_after), before_instrument, lead, tail = _context(
            report, placed, placed_prev, nxt, placed_before_prev
        )
        if (line := _label_line(text, mention)) is not None:
            # a box's "label：value" line ("接受《反腐败公约》实施援助的国家：54 个") reads as "label为 value"
            label, own = line
            titled = label.rfind("》")
            windows = {
                **windows,
                "before": label + "为",
                "after": "",
                "clause": own,
                "sentence": own,
                "nearby": own,
            }
            before_instrument = (label[titled + 1 :] if titled >= 0 else label) + "为"
        contexts.append(
            MentionContext(
                mention=mention,
                sentence=sentences[same],
                windows=windows,
                instrument=instrument,
                instrument_after=instrument_after,
                before_instrument=before_instrument,
                lead=lead,
                tail=tail,
                previous=index - 1 if prev else None,
            )
        )
    return pair_respective(report.text, report.catalog, lambda i: report.paragraph(i)[0], contexts)
