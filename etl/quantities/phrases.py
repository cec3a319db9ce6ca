"""Phrases: what a quantity counts or measures, read from the words around it (the `counted` field).

Counts take the measure word and the noun phrase after it (``个提出请求的国家和国家集团``), or the
noun before the number when nothing follows (``缔约方总数达到168个`` → ``个缔约方``). Money and
percentages take the short subject phrase before the amount (``普通用途收入为 470 万美元`` →
``普通用途收入``; ``不到联合国经常预算的1%`` → ``联合国经常预算``). Heuristic and bounded.
"""

from __future__ import annotations

import re

from etl.quantities.lexicon import SUFFIX_AFTER_NOUN, Qualifier
from etl.quantities.phrase_words import (
    AMOUNT_NOUN_ENDINGS,
    CAUSATIVE_VERBS,
    CONJUNCTIONS,
    PHRASE_STOP_EXCEPTIONS,
    PHRASE_STOP_WORDS,
    RELATIVE_CLAUSE_VERBS,
    SKIPPED_CLAUSE_OPENERS,
    SUBJECT_LINKS,
    TOTAL_WORDS,
)

MAX_PHRASE = 16
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")
_CLAUSE_PUNCT = re.compile(r"[，。；：！？（）()]")
_SUBJECT_BREAK = re.compile(r"[0-9０-９]+年?|其中|以及|和|从|到|的|在|把|将|就")
_SUBJECT_LEAD = re.compile(r"^(?:两年期|年度|年期|年|第|款下|下)+")
_NUMERAL_CHARS = "0123456789０１２３４５６７８９零〇一二两三四五六七八九十"
_NUMERAL = re.compile(f"[{_NUMERAL_CHARS}]")


def _compact(text: str, pos: int, width: int = 60) -> str:
    """The next `width` characters from `pos` with whitespace (PDF line breaks) removed.

    Where the window is mostly whitespace (a blanked-out footnote block or page header between a
    word's two halves), it reaches further, up to four times as far.
    """
    s = "".join(text[pos : pos + width].split())
    if len(s) * 2 < width and pos + width < len(text):
        s = "".join(text[pos : pos + 4 * width].split())[:width]
    return s


def _skipped_clause_end(s: str) -> int:
    """Where the noun starts after a clause that `counted` leaves out, `s` opening with a clause opener.

    "两项关于召开地点的决定" → 决定; "两项供大会通过的决议草案" → 决议草案. -1 if the clause has no end.
    """
    k = s.find("的", 1, 30)
    if k < 0 or _CLAUSE_PUNCT.search(s, 0, k):
        return -1
    return k + 1


def _word_union(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of `words`, grouped by first character so `re` tests one branch per position.

    Longer words come first within a group, so a word is never cut short by its own prefix.
    """
    singles = sorted({w for w in words if len(w) == 1})
    groups: dict[str, list[str]] = {}
    for word in sorted((w for w in words if len(w) > 1), key=len, reverse=True):
        groups.setdefault(word[0], []).append(word[1:])
    alternatives = [
        re.escape(first) + "(?:" + "|".join(map(re.escape, rests)) + ")" for first, rests in groups.items()
    ]
    if singles:
        alternatives.append("[" + "".join(map(re.escape, singles)) + "]")
    # One character-class test first: at most positions no word starts, and the branches are skipped.
    firsts = "".join(sorted({w[0] for w in words}))
    return f"(?=[{re.escape(firsts)}])(?:" + "|".join(alternatives) + ")"


def _phrase_pattern(max_tokens: int, first: bool) -> re.Pattern[str]:
    """A noun phrase of at most `max_tokens` tokens (a CJK character or a conjunction).

    It stops before a stop word, a numeral, a qualified number (约 5), a verb + 了, a conjunction that
    leads to a number or out of the CJK text, and anything not CJK. `first`: the phrase starts here, so
    the first character may be a numeral or 中 (中美洲), and a conjunction there is a plain character.
    """
    cjk = "\u4e00-\u9fff"
    num = re.escape(_NUMERAL_CHARS)
    not_qualified = f"(?!{_word_union(('大约', '约', '近', '将近', '超过', '逾', '至少'))}[{num}])"
    stops = f"(?!{_word_union(PHRASE_STOP_EXCEPTIONS)}){_word_union(PHRASE_STOP_WORDS)}"
    conjunctions = _word_union(CONJUNCTIONS)
    conj_kept = f"{conjunctions}(?=[{cjk}])(?!.{{0,7}}[{num}])"
    plain = f"(?![{num}]){not_qualified}(?!{conjunctions})(?!.(?:了|[{cjk}]了))(?!{stops})[{cjk}]"
    kept_whole = _word_union(PHRASE_STOP_EXCEPTIONS)  # 性别平等: not cut at 等
    token = f"(?:{kept_whole}|{conj_kept}|{plain})"
    if not first:
        return re.compile(f"{token}{{0,{max_tokens}}}", re.DOTALL)
    opening = f"(?:{kept_whole}|{not_qualified}(?:(?=中)|(?!{stops}))[{cjk}])"
    return re.compile(f"(?:{opening}{token}{{0,{max_tokens - 1}}})?", re.DOTALL)


_OPENING_PHRASE = _phrase_pattern(MAX_PHRASE, first=True)
_CONTINUED_PHRASE = {n: _phrase_pattern(n, first=False) for n in range(MAX_PHRASE + 1)}


def noun_after(text: str, pos: int) -> str:
    """The noun phrase starting at `pos` (after a measure word), whitespace removed; may be ''."""
    s = _compact(text, pos)
    i = _skipped_clause_end(s) if s.startswith(SKIPPED_CLAUSE_OPENERS) else 0
    if i < 0:
        return ""
    if i == 0 and s.startswith(RELATIVE_CLAUSE_VERBS):  # 个提出请求的国家: the clause is kept
        i = _relative_clause_end(s, 0)
        if i > 0:
            m = _CONTINUED_PHRASE[max(0, MAX_PHRASE - i)].match(s, i)
            return s[: m.end() if m else i]
    m = _OPENING_PHRASE.match(s, i)
    noun = s[i : m.end()] if m else ""
    if noun.endswith(CONJUNCTIONS):  # "7 本手册和其他材料": the phrase stopped at 其他, after 和
        noun = _TRAILING_CONJUNCTION.sub("", noun)
    return noun  # "" for "2 项和 3 个": 和 joins the next amount, it is no noun


_CONJUNCTION = re.compile("|".join(map(re.escape, CONJUNCTIONS)))
_TRAILING_CONJUNCTION = re.compile(f"(?:{_CONJUNCTION.pattern})$")


def substance_after(text: str, pos: int) -> str | None:
    """What a mass, area or volume measures, named right after its unit: "220 多吨可卡因" → "可卡因".

    The phrase ends at a conjunction ("900 公斤新型精神活性物质以及与…" → 新型精神活性物质).
    """
    noun = _CONJUNCTION.split(noun_after(text, pos), maxsplit=1)[0]
    return noun if len(noun) >= 2 else None


_SUFFIX_AFTER_NOUN = re.compile("|".join(SUFFIX_AFTER_NOUN))


def qualifier_after_noun(text: str, pos: int, noun: str) -> Qualifier | None:
    """以上/左右 after the counted noun: "45 个国家以上" is at least 45 (`pos` is after the measure word)."""
    if not noun or not _SUFFIX_AFTER_NOUN.search(text, pos, pos + len(noun) + 12):
        return None  # the common case, tested cheaply
    s = _compact(text, pos, len(noun) + 12)
    if not s.startswith(noun):
        return None
    rest = s[len(noun) :]
    return next((q for word, q in SUFFIX_AFTER_NOUN.items() if rest.startswith(word)), None)


def _relative_clause_end(s: str, i: int) -> int:
    """End of "提出请求的" in "提出请求的国家": just after a 的 before any punctuation; else `i`."""
    for j in range(i, min(len(s), i + 12)):
        if s[j] == "的":
            return j + 1
        if not _CJK.match(s[j]):
            break
    return i


_LAST_BREAK = re.compile(r"[，。；：、！？（）()《》“”,;:][^，。；：、！？（）()《》“”,;:]*$")


def _clause_before(text: str, start: int) -> str:
    """The text after the last clause break before `start` (within 40 chars), whitespace removed."""
    window = text[max(0, start - 40) : start]
    m = _LAST_BREAK.search(window)
    return "".join((window[m.start() + 1 :] if m else window).split())


def _without_causative(words: str) -> str:
    """ "使案例" → "案例": the verb that makes the subject of a total is not part of it."""
    for verb in CAUSATIVE_VERBS:
        if words.startswith(verb) and len(words) > len(verb):
            return words[len(verb) :]
    return words


_ADVERBS_BEFORE_HAVE = re.compile(r"(?:则|也|都|均|分别|依次|只|仅|共|还|已经?)+$")


def noun_before(text: str, start: int) -> str | None:
    """The counted noun stated before the number: "缔约方总数达到168个" → "缔约方"."""
    clause = _clause_before(text, start)
    for word in TOTAL_WORDS:
        k = clause.rfind(word)
        if k > 0:
            head = clause[:k]
            cut = max(head.rfind(ch) for ch in "的地到了在")
            noun = _without_causative(head[cut + 1 :])[-4:]
            if len(noun) >= 2 and not _NUMERAL.search(noun):
                return noun
    if clause.endswith("有"):  # 决议草案有五项 → 决议草案 (缔约方则分别只有 → 缔约方)
        head = _ADVERBS_BEFORE_HAVE.sub("", clause[:-1])
        cut = max(head.rfind(ch) for ch in "的地到了在")
        noun = head[cut + 1 :][-6:]
        if len(noun) >= 2 and not _NUMERAL.search(noun):
            return noun
    return None


# The link words by their last character, each group in SUBJECT_LINKS order (longer words first).
_LINKS_BY_LAST: dict[str, list[str]] = {}
for _link in SUBJECT_LINKS:
    _LINKS_BY_LAST.setdefault(_link[-1], []).append(_link)


def subject_before(text: str, start: int) -> str | None:
    """What an amount measures, from the words before it: "普通用途收入为 470 万美元" → "普通用途收入".

    Only when the clause says so: a link word (为, 达到, 共计…) or "X的" right before the amount,
    or a noun ending in an amount word (总额, 预算…). Otherwise None.
    """
    clause = _clause_before(text, start)
    linked = False
    if clause.endswith("的"):
        linked = True
        clause = clause[:-1]
        for q in ("不到", "不足", "低于", "超过", "高于", "约占", "约", "近", "逾", "占"):
            k = clause.rfind(q)
            if k >= 0:
                clause = clause[k + len(q) :]
                break
    while links := _LINKS_BY_LAST.get(clause[-1:]):  # strip the link words: "总额约为" → "总额"
        for link in links:
            if clause.endswith(link):
                clause = clause[: -len(link)]
                linked = True
                break
        else:
            break
    clause = _SUBJECT_BREAK.split(clause)[-1]
    clause = _SUBJECT_LEAD.sub("", clause)
    if len(clause) < 2 or not _CJK_RUN.fullmatch(clause):
        return None
    if not linked and not clause.endswith(AMOUNT_NOUN_ENDINGS):
        return None
    return clause[-12:]


def source_after(text: str, end: int) -> str | None:
    """What an amount is, from the words after it: "4.754 亿美元来自预算外资源" → "预算外资源";
    "6.979 亿美元的初步预算" → "初步预算" (a 的-phrase naming an amount: 预算, 捐款, 收入…)."""
    s = _compact(text, end, 30)
    for verb in ("来自", "专用于", "用于", "面向"):
        if s.startswith(verb):
            noun = noun_after(s, len(verb))
            return noun if len(noun) >= 2 else None
    if s.startswith("的"):  # up to the last word that names an amount: "初步预算相比" → "初步预算"
        noun = noun_after(s, 1)
        cut = max((noun.rfind(e) + len(e) for e in AMOUNT_NOUN_ENDINGS if e in noun), default=0)
        return noun[:cut] if cut >= 2 else None
    return None
