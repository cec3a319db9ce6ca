"""Respective lists: values listed after 分别/依次 paired, in order, with what they belong to.

"《A》、《B》和《C》的缔约方分别为 190 个、178 个和 150 个": the i-th value is the i-th title's (titles side
by side, or protocols named by their topics); "X基金和Y基金收到的认捐分别为 a 和 b": a reads "X基金收到的
认捐为", b "Y基金收到的认捐为" (subjects joined by 和/及/与/、 before the words they share). Nothing is
paired when the count of titles or subjects differs from the count of values, or cannot be told.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from etl.catalog import Catalog, rx
from etl.compact import compact_from
from etl.instruments import NamedInstrument, specific_title
from etl.mention_context import CLAUSE_BREAK, MentionContext, listed_run
from etl.titles_after import pair_titles_after

# "《公约》及其《…议定书》", or nothing at all: "《A》《B》和《C》"
_BETWEEN_TITLES = re.compile(r"(?:、|，|,|和|及其|及|以及|与)?")


def _respective_groups(catalog: Catalog, contexts: list[MentionContext]) -> list[list[int]]:
    """Runs of at least two values listed after 分别 in one sentence ("分别为 X、Y 和 Z"), as indices."""
    cues = catalog.cues
    respectively, joiner = rx(cues.respectively), rx(cues.list_joiner)
    groups = []
    for first, ctx in enumerate(contexts):
        if not respectively.search(ctx.windows["before"]):
            continue
        group = listed_run(contexts, first, joiner)
        if len(group) >= 2:
            groups.append(group)
    return groups


def pair_respective(
    text: str,
    catalog: Catalog,
    instruments_of: Callable[[int], list[NamedInstrument]],
    contexts: list[MentionContext],
) -> list[MentionContext]:
    """Values listed after 分别 paired, in order, with the titles or else the subjects listed before them;
    values listed before 分别, with the subjects after it."""
    out = list(contexts)
    for group in _respective_groups(catalog, contexts):
        first = contexts[group[0]]
        if _pair_with_titles(text, catalog, instruments_of, out, group):
            continue
        if first.instrument is not None and first.before_instrument != first.windows["before"]:
            continue  # titles stand before the values but do not pair with them: nothing is paired
        _pair_with_subjects(out, group)
        _pair_with_objects(out, group)
    _pair_values_before(catalog, out)
    pair_titles_after(catalog, instruments_of, out)
    return out


# "1.53 亿美元和 3.09 亿美元分别是对药物管制规划署基金和预防犯罪和刑事司法基金所作的认捐": the values
# listed first, 分别 and their subjects after the last of them
_RESPECTIVELY_AFTER = re.compile(r"^(?:分别|依次)(?:是|为)(?P<prep>对|向|给)?(?P<words>[^，,；;。]+)$")


def _pair_values_before(catalog: Catalog, out: list[MentionContext]) -> None:
    """Values listed before 分别, each read as "<prep><i-th subject><shared words>为" ("对…基金所作的认捐
    为")."""
    joiner = rx(catalog.cues.list_joiner)
    index = 0
    while index < len(out):
        group = listed_run(out, index, joiner)
        index = group[-1] + 1
        words = _RESPECTIVELY_AFTER.match(out[group[-1]].windows["after"]) if len(group) >= 2 else None
        shared = _SHARED_WORDS.search(words.group("words")) if words else None
        if words is None or shared is None:
            continue
        subjects = _split_subjects(words.group("words")[: shared.start()], len(group))
        if subjects is None or any(_YEAR_SUBJECT.match(subject) for subject in subjects):
            continue
        tail = words.group("words")[shared.start() :]
        for item, subject in zip(group, subjects, strict=True):
            before = f"{words.group('prep') or ''}{subject}{tail}为"
            out[item] = replace(
                out[item], windows={**out[item].windows, "before": before}, before_instrument=before
            )


def _pair_with_titles(
    text: str,
    catalog: Catalog,
    instruments_of: Callable[[int], list[NamedInstrument]],
    out: list[MentionContext],
    group: list[int],
) -> bool:
    """ "《A》、《B》和《C》的缔约方分别为 190 个、178 个和 150 个": the i-th value is the i-th title's.

    Only when the titles stand side by side (joined by 、/和/及) and there are as many values, listed
    after 分别, as titles; each value then reads the words between the last title and the first value.
    """
    ctx = out[group[0]]
    instruments = instruments_of(ctx.mention.sentence_index)
    # titles in the values' own part of the sentence ("《公约》共有 158 个缔约方；关于…三项议定书的缔约方
    # 则分别为…": the convention before the semicolon is not one of the listed)
    part = max(text.rfind("；", ctx.sentence.start, ctx.mention.char_start), ctx.sentence.start)
    titles = [n for n in instruments if part <= n.start and n.end <= ctx.mention.char_start]
    run = titles[-1:]
    for title in reversed(titles[:-1]):
        if not _BETWEEN_TITLES.fullmatch(compact_from(text, title.end, run[0].start)):
            break
        run.insert(0, title)
    words = compact_from(text, part, ctx.mention.char_start)
    if len(run) < len(group) and _THE_ABOVE_FIGURES.search(words):
        # "《公约》有 157 个缔约方，《…议定书》有 142 个缔约方…；截至本报告编写时，上述数字已分别增至 160 个、
        # 145 个…", "…批准或加入了《…》…；…上述《公约》和三项议定书的缔约方数目依次为 177 个…": the titles the
        # part before named, in their order
        named: list[NamedInstrument] = []
        for title in [n for n in instruments if ctx.sentence.start <= n.start and n.end <= part]:
            if title.key not in [n.key for n in named]:
                named.append(title)
        if not named:
            # "…的缔约方为 184 个；…的缔约方为 111 个。在编写本报告时，上述数字分别增至 185、168、142 和
            # 113 个": the titles the sentences before it in the paragraph named
            for title in [n for n in instruments if n.end <= ctx.sentence.start]:
                if title.key not in [n.key for n in named]:
                    named.append(title)
        if len(named) == len(group) and _PARTIES.search(
            compact_from(
                text,
                min(ctx.sentence.start, named[0].start if named else ctx.sentence.start),
                ctx.mention.char_start,
            )
        ):
            for item, title in zip(group, named, strict=True):
                out[item] = replace(out[item], instrument=title.key, before_instrument="缔约方为")
            return True
        if not run:
            return False
    if run:
        words = compact_from(text, run[-1].end, ctx.mention.char_start)
        described = _DESCRIBED_PROTOCOLS.match(words)
    else:  # "贩运人口、偷运移民和枪支三项议定书目前的缔约方依次为 169、141 和 112 个": no title at all
        words = CLAUSE_BREAK.split(ctx.lead)[-1]
        described = _TOPIC_PROTOCOLS.search(words)
    keys = [n.key for n in run]
    three = _THE_THREE_PROTOCOLS.search(words) if len(group) == 3 and keys in ([], ["untoc"]) else None
    if three is not None:
        # "《有组织犯罪公约》的缔约方已达 187 个，三项议定书的缔约方分别增至 171 个、144 个和 115 个": the
        # convention's three protocols, in the order every report lists them
        keys, words, described = list(_PROTOCOL_ORDER), words[three.start("party") :], None
    if len(keys) < len(group) and described:
        # "《公约》及其关于贩运人口、偷运移民和枪支问题的三项补充议定书的缔约方分别为 …": the protocols
        # named by their topics, each resolved as its title would be
        topics = _SUBJECT_JOINER.split(described.group("topics"))
        keys += [specific_title(f"{topic}议定书", catalog.instruments) or "" for topic in topics]
        words = words[described.end() :]
    if len(keys) != len(group) or len(set(keys)) != len(keys) or "" in keys:
        return False
    if _A_VALUE.search(words):
        # "《A》和《B》的新增缔约方分别为 3 个和 7 个，缔约方总数分别达到 132 个和 93 个": the second run
        # reads its own clause, not the values listed before it
        words = CLAUSE_BREAK.split(words)[-1]
    words = _RESPECTIVELY_WORD.sub("", words, count=1)
    for item, key in zip(group, keys, strict=True):
        out[item] = replace(out[item], instrument=key, before_instrument=words)
    return True


# "上述数字已分别增至", "这些数目分别为": the figures stated before, restated (of parties: the sentence's
# first part counted parties per title)
_PARTIES = re.compile(r"缔约[方国]")
_THE_ABOVE_FIGURES = re.compile(
    r"(?:上述|以上|这些|前述)(?:数字|数目|数量|《[^》]{1,30}》|[^，,；;。]{0,20}?缔约[方国]的?(?:数目|数量)?)"
    r"[^，,；;。]{0,6}(?:分别|依次)[^，,；;。]{0,6}$"
)


# the protocols a convention's title is followed by, named by topic (the topics in group "topics")
_DESCRIBED_PROTOCOLS = re.compile(
    r"(?:以及|及其?)(?:关于)?(?P<topics>[^，；。的]{2,30}?)(?:问题|方面)?(?:的|(?=[一二两三四五]项))"
    r"(?:[一二两三四五]项)?(?:补充)?议定书"
)
# protocols named by topic alone, at least two of them, counted ("贩运人口、偷运移民和枪支三项议定书")
_TOPIC_PROTOCOLS = re.compile(
    r"(?:关于)?(?P<topics>[^，；。的、和及与]{2,8}(?:(?:、|和|及|与)[^，；。的、和及与]{2,8}){1,3}?)"
    r"(?:问题|方面)?的?[一二两三四五]项(?:补充)?议定书"
)
_RESPECTIVELY_WORD = re.compile("分别|依次")
_TIME_BEFORE_RESPECTIVELY = re.compile(r"(?:在|于)?(?:19|20)\d{2}年(?:底|初)?(?=分别|依次)")
_THE_THREE_PROTOCOLS = re.compile(
    r"(?:三项|这三项|其三项|所有三项)(?:补充)?议定书的?(?P<party>缔约[方国]|批准国)"
)
_PROTOCOL_ORDER = ("tip_protocol", "smuggling_protocol", "firearms_protocol")
_A_VALUE = re.compile(r"[0-9]")


_SUBJECT_JOINER = re.compile(r"以及|和|及|与|、")
_MEANS = re.compile(r"通过|借助|经由")
_PARALLEL_TAIL = re.compile(r"(?:获得|得到|接受|受到|受益于)[^，；。的]{0,8}的[^，；。的]{1,6}$")
_YEAR_SUBJECT = re.compile(r"^(?:\d{1,3}\.)?(?:在)?(?:19|20)\d{2}年")
# Where the words shared by the listed subjects begin in the last of them: "…基金收到的认捐" → 收到的认捐,
# "…基金 2016 年的认捐额" → 2016年的认捐额
# (or "…基金在该年度内所获认捐" → 在该年度内所获认捐, "海洛因和大麻缉获量" → 缉获量)
_SHARED_WORDS = re.compile(
    r"(?:(?:19|20)\d{2}年度?)?(?:收到|获得|得到|筹集|缴纳|提供|认捐)?的|(?:在[^，；。]{0,6}?内)?所(?:获得?|得|收到|作)"
    r"|(?:缉获|查获|缴获|截获)量"
)


def _pair_alike_run(out: list[MentionContext], group: list[int], before: str) -> bool:
    """Three or more subjects ending alike (`_alike_run`): each value reads a sentence naming its own
    subject only, since the others' topics are not its own."""
    if (run := _alike_run(before, len(group))) is None:
        return False
    subjects, tail = run
    last_after = out[group[-1]].windows["after"]
    for index, subject in zip(group, subjects, strict=True):
        windows = out[index].windows
        own = subject + tail + out[index].mention.surface + last_after
        sentence, nearby = windows["sentence"], windows["nearby"]
        previous = nearby[: len(nearby) - len(sentence)] if nearby.endswith(sentence) else ""
        windows = {
            **windows,
            "before": subject + tail,
            "sentence": own,
            "clause": own,
            "nearby": previous + own,
        }
        out[index] = replace(out[index], windows=windows, before_instrument=subject + tail)
    return True


def _pair_with_subjects(out: list[MentionContext], group: list[int]) -> bool:
    """ "X基金和Y基金收到的认捐分别为 a 和 b": a reads "X基金收到的认捐为", b "Y基金收到的认捐为".

    The clause before 分别 must name as many subjects, joined by 和/及/与/、, as there are values, before
    the words they share (from the first 的). Where more joiners stand there than the values need
    ("联合国预防犯罪和刑事司法基金"), two subjects are told apart by their shared last word
    (…基金 and …基金); otherwise nothing is paired.
    """
    whole_before = out[group[0]].windows["before"]
    if _pair_alike_run(out, group, whole_before):
        return True
    clauses = CLAUSE_BREAK.split(whole_before)
    before = clauses[-1]
    if _RESPECTIVELY_WORD.match(before) and len(clauses) >= 2:
        before = clauses[-2] + before  # "…的国家、…的国家以及…官员，分别为": the subjects before the comma
    before = _TIME_BEFORE_RESPECTIVELY.sub("", before)  # "…国家和培训的官员在 2013 年分别达到"
    word = _RESPECTIVELY_WORD.search(before)
    if word is None:
        return False
    cut = word.start()
    # "得到直接援助的国家和通过讲习班接触到的国家分别为 41 个和 96 个": two whole subjects ending alike
    subjects = _alike_pair(before[:cut]) if len(group) == 2 else None
    tail = before[cut + 2 :]
    if subjects is None:
        shared = _SHARED_WORDS.search(before, 0, cut)
        if shared and _MEANS.search(before, 0, shared.start()):
            shared = None  # "…处通过国家一级的直接援助以及…": the words before 的 hold a means, not subjects
        subjects = _split_subjects(before[: shared.start()], len(group)) if shared else None
        tail = before[shared.start() : cut] + before[cut + 2 :] if shared else ""
    if subjects is None:
        # "各管制股缴获的可卡因、海洛因和大麻分别为 …": the subjects right before 分别, after the last 的
        # (or the clause's start: "…基金和…基金分别获得 1.09 亿美元和 1.38 亿美元")
        start = before.rfind("的", 0, cut) + 1
        # (two means of one action, "通过…直接援助以及区域和次区域讲习班", split at their own 以及)
        subjects = _split_subjects(
            before[start:cut], len(group), by_listing=bool(_MEANS.search(before, 0, cut))
        )
        if not start and subjects and len({subject[-2:] for subject in subjects}) > 1:
            subjects = None  # with no 的, only subjects of one kind ("…基金" and "…基金") pair up
        tail = before[cut + 2 :]
    if subjects is None:
        # "在国家一级获得援助的国家、讲习班覆盖的国家以及受训的官员分别为 …": whole subjects, each with its
        # own 的-phrase, sharing no words
        whole = _split_subjects(before[:cut], len(group))
        if whole and len(whole) == 2 and (shared_end := _PARALLEL_TAIL.search(whole[-1])):
            # "通过国家一级的直接援助和通过区域及次区域讲习班获得支持的国家": two ways of one thing, the
            # words the last names ("获得支持的国家") shared by the first
            whole = [s if _PARALLEL_TAIL.search(s) else s + shared_end.group() for s in whole]
        subjects = whole if whole and all("的" in subject for subject in whole) else None
        tail = before[cut + 2 :]
    if subjects is None or any(_YEAR_SUBJECT.match(subject) for subject in subjects):
        return False  # "2009 年和 2008 年…分别为": years, which the period rules pair with the values
    for index, subject in zip(group, subjects, strict=True):
        windows = {**out[index].windows, "before": subject + tail}
        out[index] = replace(out[index], windows=windows, before_instrument=subject + tail)
    return True


# "分别向 70 多个和 31 个国家提供了执行《公约》的援助和资产追回支助": what each value's countries were given,
# listed after the last of them
_GIVEN_OBJECTS = re.compile(r"^(?P<given>(?:会员国|国家)(?:提供|给予)了?)(?P<objects>[^，,；;。]+)$")


def _pair_with_objects(out: list[MentionContext], group: list[int]) -> None:
    """Values listed 分别 whose objects are listed after the last: each value reads its own object."""
    objects = _GIVEN_OBJECTS.match(out[group[-1]].windows["after"])
    parts = _split_subjects(objects.group("objects"), len(group)) if objects else None
    if objects is None or parts is None:
        return
    for index, part in zip(group, parts, strict=True):
        out[index] = replace(
            out[index], windows={**out[index].windows, "after": objects.group("given") + part}
        )


_RUN_JOINER = re.compile(r"以及|和|及|与|、|，|,")


def _alike_run(before: str, count: int) -> tuple[list[str], str] | None:
    """ "全球打击洗钱…方案，打击贩运人口和偷运移民全球方案以及全球反腐败方案分别向 58 个、73 个和 49 个":
    three or more subjects that end in the same word right before 分别, split at the joiners (a comma too)
    after which that word stands; (subjects, the words after 分别), or None."""
    word = _RESPECTIVELY_WORD.search(before)
    if count < 3 or word is None:
        return None
    words, head = before[: word.start()], before[word.start() - 2 : word.start()]
    if len(head) < 2 or _YEAR_SUBJECT.match(head):
        return None
    joints = [j for j in _RUN_JOINER.finditer(words) if words[: j.start()].endswith(head)]
    if len(joints) != count - 1:
        return None
    start = max(words.rfind("，", 0, joints[0].start() - 2), words.rfind(",", 0, joints[0].start() - 2)) + 1
    parts, cuts = [], [*joints]
    for joint in cuts:
        parts.append(words[start : joint.start()])
        start = joint.end()
    parts.append(words[start:])
    if any(len(part) <= len(head) or _RUN_JOINER.fullmatch(part) for part in parts):
        return None
    return parts, before[word.end() :]


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


def _split_subjects(words: str, count: int, by_listing: bool = False) -> list[str] | None:
    """`words` split at joiners into `count` subjects, or None when that cannot be told."""
    joints = list(_SUBJECT_JOINER.finditer(words))
    # the list's own joiners (、 and 以及) rank above a 和 inside a subject ("区域和次区域讲习班")
    listing = [j for j in joints if j.group() in ("、", "以及")]
    if len(joints) == count - 1:
        cuts = joints
    elif (count > 2 or by_listing) and len(listing) == count - 1:
        cuts = listing
    elif count == 2 and joints:
        # one of several joiners: the one after which both subjects end alike ("…基金" and "…基金"), or
        # begin alike ("通过国家一级的直接援助和通过区域及次区域讲习班")
        alike = [j for j in joints if words[: j.start()][-2:] == words[-2:] and j.start() >= 2]
        if len(alike) != 1:
            alike = [j for j in joints if words[j.end() : j.end() + 2] == words[:2] and j.start() >= 2]
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
