"""Context for classification: cut, around each quantity, the text windows catalog rules test.

Windows (whitespace and footnote markers removed, since PDF line breaks fall anywhere):
`before` the words since the previous quantity in the sentence (or the sentence start); `after`
the words up to the next quantity or clause break (what is counted: `个国家提供了直接援助`);
`clause`, `sentence`, `nearby` (previous sentence of the paragraph + this one), `paragraph`, and
`earlier` (the previous sentence and this one up to the quantity), `section` (the report's headings
above the quantity: `D. 扼制腐败`). Treaties are resolved from 《…》 titles (etl/instruments.py); each
quantity knows the instrument named last before it and the one named first in its `after` window;
titles listed side by side and followed by as many values stated 分别 (respectively) pair up in order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from etl.catalog import Catalog, rx
from etl.compact import compact, compact_from
from etl.instruments import NamedInstrument, named_instruments, specific_title
from etl.models import MentionRecord, Sentence
from etl.sections import section_at, section_headings, section_trail

# An ASCII comma breaks a clause too ("增至 190 个,这表明…"), except between digits (1,600; 2,\n000).
_CLAUSE_BREAK = re.compile(r"[，；;。：！？]|,(?!\s{0,6}[0-9])")
_HARD_BREAK = re.compile(r"[；;。]")
_ASIDE = re.compile(r"\s*[（(][^（）()，；。]{1,30}[）)]")  # a short parenthetical right after a number


@dataclass(frozen=True)
class MentionContext:
    """One quantity with the windows its classification reads."""

    mention: MentionRecord
    sentence: Sentence
    windows: dict[str, str]
    instrument: str | None  # the instrument named last before the number, in its paragraph
    instrument_after: str | None  # the instrument named first in the `after` window (up to the next number)
    before_instrument: str  # `before`, cut at that instrument's title when it falls inside
    lead: str  # the sentence up to the number
    tail: str  # the clause after the number
    previous: int | None  # index (in the mention list) of the previous quantity of the sentence


_THE_ABOVE = re.compile(r"^(?:\d{1,3}\.\s*)?(?:在)?(?:上述|前述|以上)")
# "42. 同一两年期的合并预算…", "同年，…": the time the paragraph before ended on
_THE_SAME_TIME = re.compile(
    r"^(?:\d{1,3}\.\s*)?(?:在)?(?:同一两年期|同一时期|同期|同年|当年|该两年期|这一两年期)"
)
_OPENS_ON_A_YEAR = re.compile(r"^(?:\d{1,3}\.\s*)?(?:在|截至)?\s*(?:19|20)\d{2}\s*年")
_REFERS_BACK_HOPS = 2  # "12. 各管制股累计…" after "11. 各管制股共缉获…" after "10. 集装箱管制方案…"


class _Report:
    """Per-report lookups shared by every mention: paragraphs, their instruments, the headings."""

    def __init__(self, text: str, sentences: list[Sentence], catalog: Catalog) -> None:
        self.text, self.sentences, self.catalog = text, sentences, catalog
        self.members: dict[int | None, list[int]] = {}
        for i, s in enumerate(sentences):
            self.members.setdefault(s.paragraph, []).append(i)
        starts = {sentences[ix[0]].start for p, ix in self.members.items() if p is not None}
        headings = [(at, level, compact(title)) for at, level, title in section_headings(text, starts)]
        self.heading_starts, self.section_trails = section_trail(headings)
        self._instruments: dict[int | None, list[NamedInstrument]] = {}
        self._paragraph_text: dict[int | None, str] = {}

    def paragraph(self, sentence_index: int) -> tuple[list[NamedInstrument], str]:
        """The instruments named in the sentence's paragraph, and the paragraph's text."""
        key = self.sentences[sentence_index].paragraph
        if key not in self._instruments:
            members = self.members.get(key, [sentence_index])
            start, end = self.sentences[members[0]].start, self.sentences[members[-1]].end
            before = self.members.get(key - 1) if key is not None else None
            earlier = (
                named_instruments(self.text, self.sentences[before[0]].start, start, self.catalog)
                if before
                else []
            )
            self._instruments[key] = named_instruments(self.text, start, end, self.catalog, earlier)
            self._paragraph_text[key] = self._paragraph_window(key)
        return self._instruments[key], self._paragraph_text[key]

    def _paragraph_window(self, key: int | None, hops: int = _REFERS_BACK_HOPS) -> str:
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
            return self._paragraph_window(key - 1, hops - 1) + own
        return own

    def previous_sentence(self, sentence_index: int) -> str:
        """The sentence before in the paragraph; for a paragraph opening with 上述 (the above:
        "52. 在上述认捐中，…"), the first sentence of the paragraph before, which that refers to, and for
        one opening with the same time (同一两年期, 同年), the paragraph before's latest sentence that opens
        on a year (or its last)."""
        key = self.sentences[sentence_index].paragraph
        members = self.members.get(key, [])
        if key is None or sentence_index not in members:
            return ""
        pos = members.index(sentence_index)
        if pos:
            return self.sentences[members[pos - 1]].text
        before = self.members.get(key - 1)
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


_LIST_ITEM_BREAK = re.compile(r"[；;](?=\s*[(（][a-z]{1,2}[)）])")


def _list_item_window(text: str, start: int, end: int, at: int) -> str | None:
    """A sentence that lists lettered items ("…包括：(a) …；(b) …；(c) …") reads, around a number, as its
    lead and the number's own item: one item's topic (资产追回) is not another's. None if not a list."""
    breaks = [m.end() for m in _LIST_ITEM_BREAK.finditer(text, start, end)]
    if not breaks:
        return None
    first_item = text.find("(a)", start, breaks[0])
    if first_item < 0:
        first_item = text.find("（a）", start, breaks[0])
    item_start = max([b for b in breaks if b <= at], default=first_item if first_item >= 0 else start)
    item_end = min([b for b in breaks if b > at], default=end)
    lead_end = first_item if 0 <= first_item <= item_start else start
    return compact(text[start:lead_end] + text[item_start:item_end])


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
    if prev is not None and (around := _aside_around(text, sentence.start, prev, at)) is not None:
        # the words before this quantity read around the aside that holds the previous one
        start = max(
            sentence.start,
            before_prev.char_end if before_prev else 0,
            _last_break(_CLAUSE_BREAK, text, sentence.start, around[0]),
        )
        if start <= around[0]:
            before_text = text[start : around[0]] + text[around[1] : at]
    clause_start = _last_break(_CLAUSE_BREAK, text, sentence.start, at)
    brk = _CLAUSE_BREAK.search(text, end, sentence.end)
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

    own = _list_item_window(text, sentence.start, sentence.end, at) or compact(sentence.text)
    lead, tail = compact(text[sentence.start : at]), compact(text[end:clause_end])
    before_sentence = compact(report.previous_sentence(mention.sentence_index))
    windows = {
        "counted": mention.counted or "",
        "before": _before_aside(compact(before_text), text, end),
        "after": _after_suffix_de(mention.surface, compact(text[after_start:after_end])),
        "clause": compact(text[clause_start:clause_end]),
        "sentence": own,
        "nearby": before_sentence + own,
        "earlier": before_sentence + lead,
        "paragraph": paragraph or own,
        "section": section_at(report.heading_starts, report.section_trails, at),
    }
    keys = (named[-1].key if named else None, following[0].key if following else None)
    before_instrument = _before_aside(compact_from(text, inst_start, at), text, end)
    if named and inst_start == named[-1].end:
        # "《…议定书》（《贩运人口议定书》）：168 个缔约方": the short title's bracket closes after it;
        # "《…公约》（大会第 55/25 号决议，附件一）的缔约国已有 156 个": an aside after the title
        before_instrument = _LEADING_ASIDE.sub("", before_instrument.removeprefix("）").removeprefix(")"))
    return windows, keys, before_instrument, lead, tail


_LEADING_ASIDE = re.compile(r"^[（(][^（）()]{1,40}[）)]")
_POINTS_BACK = re.compile(r"(?:这|那|该|此|上述|前述)\s*$")
_ASIDE_CLOSE = re.compile(r"\s*[）)]")
_OPEN_BRACKET = re.compile(r"[（(]")
_CLOSE_BRACKET = re.compile(r"[）)]")


def _before_aside(before: str, text: str, end: int) -> str:
    """ "2013 年的认捐额（3.21 亿美元）": a value in brackets right after its noun reads as if the
    bracket were not there."""
    if before.endswith(("（", "(")) and _ASIDE_CLOSE.match(text, end):
        return before[:-1]
    return before


_SUFFIX_QUALIFIER_END = ("以上", "左右", "上下", "开外", "以下")


def _after_suffix_de(surface: str, after: str) -> str:
    """ "90 个上下的国家": the noun after a qualifier's 的 is what the count counts (`after` starts there)."""
    return after[1:] if after.startswith("的") and surface.endswith(_SUFFIX_QUALIFIER_END) else after


def build_contexts(
    text: str, sentences: list[Sentence], mentions: list[MentionRecord], catalog: Catalog
) -> list[MentionContext]:
    """The context of every mention (mentions in text order), in mention order."""
    report = _Report(text, sentences, catalog)
    contexts: list[MentionContext] = []
    for index, mention in enumerate(mentions):
        same = mention.sentence_index
        prev = mentions[index - 1] if index and mentions[index - 1].sentence_index == same else None
        before_prev = (
            mentions[index - 2] if prev and index > 1 and mentions[index - 2].sentence_index == same else None
        )
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        nxt = following if following and following.sentence_index == same else None
        windows, (instrument, instrument_after), before_instrument, lead, tail = _context(
            report, mention, prev, nxt, before_prev
        )
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
    return _pair_respective(report, contexts)


_BETWEEN_TITLES = re.compile(r"(?:、|，|,|和|及|以及|与)")


def listed_run(contexts: list[MentionContext], first: int, joiner: re.Pattern[str]) -> list[int]:
    """`first` and the values of its sentence listed right after it, each joined to the one before by a
    list joiner ("分别为 X、Y 和 Z"), as indices."""
    run = [first]
    while (
        run[-1] + 1 < len(contexts)
        and contexts[run[-1] + 1].previous == run[-1]
        and joiner.search(contexts[run[-1] + 1].windows["before"])
    ):
        run.append(run[-1] + 1)
    return run


def _respective_groups(report: _Report, contexts: list[MentionContext]) -> list[list[int]]:
    """Runs of at least two values listed after 分别 in one sentence ("分别为 X、Y 和 Z"), as indices."""
    cues = report.catalog.cues
    respectively, joiner = rx(cues.respectively), rx(cues.list_joiner)
    groups = []
    for first, ctx in enumerate(contexts):
        if not respectively.search(ctx.windows["before"]):
            continue
        group = listed_run(contexts, first, joiner)
        if len(group) >= 2:
            groups.append(group)
    return groups


def _pair_respective(report: _Report, contexts: list[MentionContext]) -> list[MentionContext]:
    """Values listed after 分别 paired, in order, with the titles or else the subjects listed before them."""
    out = list(contexts)
    for group in _respective_groups(report, contexts):
        first = contexts[group[0]]
        if _pair_with_titles(report, out, group):
            continue
        if first.instrument is not None and first.before_instrument != first.windows["before"]:
            continue  # titles stand before the values but do not pair with them: nothing is paired
        _pair_with_subjects(out, group)
    return out


def _pair_with_titles(report: _Report, out: list[MentionContext], group: list[int]) -> bool:
    """ "《A》、《B》和《C》的缔约方分别为 190 个、178 个和 150 个": the i-th value is the i-th title's.

    Only when the titles stand side by side (joined by 、/和/及) and there are as many values, listed
    after 分别, as titles; each value then reads the words between the last title and the first value.
    """
    ctx = out[group[0]]
    instruments, _ = report.paragraph(ctx.mention.sentence_index)
    titles = [n for n in instruments if ctx.sentence.start <= n.start and n.end <= ctx.mention.char_start]
    run = titles[-1:]
    for title in reversed(titles[:-1]):
        if not _BETWEEN_TITLES.fullmatch(compact_from(report.text, title.end, run[0].start)):
            break
        run.insert(0, title)
    if run:
        words = compact_from(report.text, run[-1].end, ctx.mention.char_start)
        described = _DESCRIBED_PROTOCOLS.match(words)
    else:  # "贩运人口、偷运移民和枪支三项议定书目前的缔约方依次为 169、141 和 112 个": no title at all
        words = _CLAUSE_BREAK.split(ctx.lead)[-1]
        described = _TOPIC_PROTOCOLS.search(words)
    keys = [n.key for n in run]
    if len(keys) < len(group) and described:
        # "《公约》及其关于贩运人口、偷运移民和枪支问题的三项补充议定书的缔约方分别为 …": the protocols
        # named by their topics, each resolved as its title would be
        topics = _SUBJECT_JOINER.split(described.group("topics"))
        keys += [specific_title(f"{topic}议定书", report.catalog.instruments) or "" for topic in topics]
        words = words[described.end() :]
    if len(keys) != len(group) or len(set(keys)) != len(keys) or "" in keys:
        return False
    words = _RESPECTIVELY_WORD.sub("", words, count=1)
    for item, key in zip(group, keys, strict=True):
        out[item] = replace(out[item], instrument=key, before_instrument=words)
    return True


# the protocols a convention's title is followed by, named by topic (the topics in group "topics")
_DESCRIBED_PROTOCOLS = re.compile(
    r"(?:以及|及其?)(?:关于)?(?P<topics>[^，；。的]{2,30}?)(?:问题|方面)?的(?:[一二两三四五]项)?(?:补充)?议定书"
)
# protocols named by topic alone, at least two of them, counted ("贩运人口、偷运移民和枪支三项议定书")
_TOPIC_PROTOCOLS = re.compile(
    r"(?:关于)?(?P<topics>[^，；。的、和及与]{2,8}(?:(?:、|和|及|与)[^，；。的、和及与]{2,8}){1,3}?)"
    r"(?:问题|方面)?的?[一二两三四五]项(?:补充)?议定书"
)
_RESPECTIVELY_WORD = re.compile("分别|依次")


_SUBJECT_JOINER = re.compile(r"以及|和|及|与|、")
_YEAR_SUBJECT = re.compile(r"^(?:\d{1,3}\.)?(?:在)?(?:19|20)\d{2}年")
# Where the words shared by the listed subjects begin in the last of them: "…基金收到的认捐" → 收到的认捐,
# "…基金 2016 年的认捐额" → 2016年的认捐额
# (or "…基金在该年度内所获认捐" → 在该年度内所获认捐, "海洛因和大麻缉获量" → 缉获量)
_SHARED_WORDS = re.compile(
    r"(?:(?:19|20)\d{2}年度?)?(?:收到|获得|得到|筹集|缴纳|提供|认捐)?的|(?:在[^，；。]{0,6}?内)?所(?:获得?|得|收到)"
    r"|(?:缉获|查获|缴获|截获)量"
)


def _pair_with_subjects(out: list[MentionContext], group: list[int]) -> None:
    """ "X基金和Y基金收到的认捐分别为 a 和 b": a reads "X基金收到的认捐为", b "Y基金收到的认捐为".

    The clause before 分别 must name as many subjects, joined by 和/及/与/、, as there are values, before
    the words they share (from the first 的). Where more joiners stand there than the values need
    ("联合国预防犯罪和刑事司法基金"), two subjects are told apart by their shared last word
    (…基金 and …基金); otherwise nothing is paired.
    """
    before = _CLAUSE_BREAK.split(out[group[0]].windows["before"])[-1]
    word = _RESPECTIVELY_WORD.search(before)
    if word is None:
        return
    cut = word.start()
    # "得到直接援助的国家和通过讲习班接触到的国家分别为 41 个和 96 个": two whole subjects ending alike
    subjects = _alike_pair(before[:cut]) if len(group) == 2 else None
    tail = before[cut + 2 :]
    if subjects is None:
        shared = _SHARED_WORDS.search(before, 0, cut)
        subjects = _split_subjects(before[: shared.start()], len(group)) if shared else None
        tail = before[shared.start() : cut] + before[cut + 2 :] if shared else ""
    if subjects is None:
        # "各管制股缴获的可卡因、海洛因和大麻分别为 …": the subjects right before 分别, after the last 的
        # (or the clause's start: "…基金和…基金分别获得 1.09 亿美元和 1.38 亿美元")
        start = before.rfind("的", 0, cut) + 1
        subjects = _split_subjects(before[start:cut], len(group))
        if not start and subjects and len({subject[-2:] for subject in subjects}) > 1:
            subjects = None  # with no 的, only subjects of one kind ("…基金" and "…基金") pair up
        tail = before[cut + 2 :]
    if subjects is None or any(_YEAR_SUBJECT.match(subject) for subject in subjects):
        return  # "2009 年和 2008 年…分别为": years, which the period rules pair with the values
    for index, subject in zip(group, subjects, strict=True):
        windows = {**out[index].windows, "before": subject + tail}
        out[index] = replace(out[index], windows=windows, before_instrument=subject + tail)


def _alike_pair(words: str) -> list[str] | None:
    """Two subjects that end in the same noun after 的 ("…的国家和…的国家"), split at the one joiner
    after which that noun stands, or None."""
    head = words[-2:]
    if len(words) < 8 or words[-3:-2] != "的":
        return None
    joints = [j for j in _SUBJECT_JOINER.finditer(words) if words[: j.start()].endswith("的" + head)]
    if len(joints) != 1:
        return None
    return [words[: joints[0].start()], words[joints[0].end() :]]


def _split_subjects(words: str, count: int) -> list[str] | None:
    """`words` split at joiners into `count` subjects, or None when that cannot be told."""
    joints = list(_SUBJECT_JOINER.finditer(words))
    if len(joints) == count - 1:
        cuts = joints
    elif count == 2 and joints:
        # one of several joiners: the one after which both subjects end alike ("…基金" and "…基金")
        alike = [j for j in joints if words[: j.start()][-2:] == words[-2:] and j.start() >= 2]
        if len(alike) != 1:
            return None
        cuts = alike
    else:
        return None
    parts, start = [], 0
    for joint in cuts:
        parts.append(words[start : joint.start()])
        start = joint.end()
    parts.append(words[start:])
    return parts if all(len(p) >= 2 for p in parts) else None
