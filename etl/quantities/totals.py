"""Totals stated with no measure word: "《有组织犯罪公约》的缔约方总数升至 190。".

A number with no unit is normally no quantity (a year, a label, a score). These kinds are: the number
a named count (缔约方总数, 会员国数目) is said to be or to have reached, or people totalled (官员共计
4,870), closing their clause; and a title's count after its colon in a list of parties
(《…议定书》：178；), or a box line's states after its colon (…的国家：68). The noun before is what they
count.
"""

from __future__ import annotations

import re

from etl.quantities.numerals import ARABIC_RE, CHINESE_RE
from etl.quantities.tokens import WS_MAX

_WS = rf"\s{{0,{WS_MAX}}}"
_NUMBER = rf"(?P<number>{ARABIC_RE.pattern}|{CHINESE_RE.pattern})(?={_WS}[。；;，,])"
# "缔约方总数升至 190。", "首批接受审议的缔约方共 48，", "受训刑事司法和执法官员共计 4,870，": the total's
# words and its number (matched where `_TOTAL_CHARS` finds them), then the noun right before them
_TOTAL = re.compile(
    rf"(?:(?:总数目?|数目|数量){_WS}(?:已经?|则|也)?{_WS}"
    rf"(?:升至|增至|增加(?:到|至)|上升(?:到|至)|达(?:到|至)?|为|共计?|总计|合计)|共计?|总计|合计){_WS}{_NUMBER}"
)
# where a total's words may start, found by one literal search per character: 数 (数目, 数量; 总数 one
# character before), 共 (共, 共计), 计 (总计, 合计, one before)
_TOTAL_CHARS = ((re.compile("数"), (-1, 0)), (re.compile("共"), (0,)), (re.compile("计"), (-1,)))
# (or the ratifications a treaty count totals: "国际反恐法律文书的批准总数为 2,604。")
_PARTIES_BEFORE = re.compile(
    rf"(?P<noun>缔约方|缔约国|批准国|成员国|会员国|捐助方|捐助国|批准书|批准)的?{_WS}$"
)
_PEOPLE_BEFORE = re.compile(rf"(?P<noun>官员|人员|警官|检察官|法官|学员){_WS}$")
_NOUN_REACH = 8 + WS_MAX
# "缔约方数目如下：(a)《…公约》：190；(b)《…议定书》：178；": a title's count after its colon, in a
# sentence that says it counts parties
_TITLED_COUNT = re.compile(rf"》{_WS}[：:]{_WS}{_NUMBER}")
_COUNTS_PARTIES = re.compile(r"缔约[方国]|批准国")
# "接受打击洗钱全球方案援助的国家：68⏎": a box's line, its label naming states, its count alone after
# the colon
_STATES_BEFORE = re.compile(r"(?P<noun>国家|会员国|缔约国|缔约方)[ \t]*$")
_COUNT_ALONE_AFTER = re.compile(r"[ \t]*(?P<number>[0-9]{1,4})[ \t]*(?=\n|$)")
_INTEGER = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})*|[0-9]+")


def totals_without_unit(text: str) -> list[tuple[int, int, str, str]]:
    """Each such total's number: (start, end, the number as written, the noun it counts)."""
    found = []
    # a literal search per word is far cheaper than one pattern tried at every position of the text
    starts = {
        m.start() + shift for char, shifts in _TOTAL_CHARS for m in char.finditer(text) for shift in shifts
    }
    for at in sorted(starts - {-1}):
        if (m := _TOTAL.match(text, at)) is None:
            continue
        window = text[max(at - _NOUN_REACH, 0) : at]
        noun = _PARTIES_BEFORE.search(window)
        if noun is None and m.group()[:1] in "共总合" and m.group()[:2] != "总数":
            noun = _PEOPLE_BEFORE.search(window)  # people only totalled: "官员共计 4,870"
        if noun is not None:
            found.append((m.start("number"), m.end("number"), m.group("number"), noun.group("noun")))
    for m in _TITLED_COUNT.finditer(text):
        sentence_start = max(text.rfind("。", 0, m.start()), 0)
        if _COUNTS_PARTIES.search(text, sentence_start, m.start()):
            found.append((m.start("number"), m.end("number"), m.group("number"), "缔约方"))
    for mark in "：:":  # (str.find per colon: far cheaper than a character class scanned by `re`)
        at = text.find(mark)
        while at >= 0:
            if (count := _COUNT_ALONE_AFTER.match(text, at + 1)) and (
                states := _STATES_BEFORE.search(text, max(at - 8, 0), at)
            ):
                found.append(
                    (count.start("number"), count.end("number"), count.group("number"), states.group("noun"))
                )
            at = text.find(mark, at + 1)
    # "为 16.4。": a decimal is no count
    return sorted({f for f in found if not f[2][:1].isdigit() or _INTEGER.fullmatch(f[2])})
