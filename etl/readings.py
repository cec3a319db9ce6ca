"""Readings: plainer forms of the words before a quantity, for when no catalog rule reads them as written.

Each reading rewrites the `before` window (etl/context.py) into the plain statement the rules know:
a time phrase between the measure and its verb is read past ("普通用途收入在 2019 年降至" → "普通用途收入
降至"); a topic set before a comma is joined to its verb ("前体化学品方面，2012 年的缴获量达到" → "前体化学品
缴获量达到"); a comma before a total is read past ("…实验室，共计 183 个"); a short predicate and a colon
before values year by year are read past ("可卡因缉获量已连续第三年上升：2012 年为"); a value in brackets
after 较 YYYY 年 is that year's ("认捐额较 2013 年（" → "认捐额为"); a consequence word before the verb is
read past ("捐款总额由此达到"); a superlative before a value in brackets states it ("《贩运人口议定书》的
缔约方最多（" → "…的缔约方为"); a bound that opens the quantity stands for its verb ("认捐额超过
3.06 亿美元" → "认捐额为…", the bound kept on the value); an anaphor (此类捐款, 该项收入) reads as the
phrase it refers to, and a figure (此数, 这一数字) as the measure whose trend the sentence before
stated; a noun, a colon and its number read as a statement ("缔约方：177 个"); a topic set apart
(就…而言，…) joins its measure; and the verbs another translator uses read as plain ones (攀升至,
合共, 为数, 录得, 业已). Pure functions of text: the classifier decides which reading a rule recognizes, the
period still comes from the clause as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

Reading = Callable[[str], str]


def _compose(*steps: Reading) -> Reading:
    def reading(before: str) -> str:
        for step in steps:
            before = step(before)
        return before

    return reading


def _replaced(pattern: re.Pattern[str], by: str = "") -> Reading:
    """The reading that replaces the first match of `pattern` by `by`."""

    def reading(before: str) -> str:
        return pattern.sub(by, before, count=1)

    return reading


# bounds that are also verbs: "超过 3.06 亿美元", "逾百个", "不足 3%"; and 约, which stands for the verb it
# takes in "认捐额约 2.83 亿美元" (or carries it: "约为")
_BOUND_AS_VERB = re.compile(r"超过|逾|不到|不足|不少于|不下|至少|多于|少于|高于|低于|将近|接近|近|大约|约")


def _bound_as_verb(before: str) -> str:
    return before + "为"


# "在 2019 年", "于 2018 年底", "截至 2018 年 12 月 31 日", "截至同日", "截至年底", "，2009 年" after the
# measure's words and before a short verb at the end
_TIME_BEFORE_VERB = re.compile(
    r"(?<=[\u4e00-\u9fff])[，,]?"
    r"(?:(?:在|于|到|截至|截止到?)(?:当|该|本|同)?年(?:底|末)"
    r"|(?:在|于|到|截至|截止到?)?(?:(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:度|底|初|末|内|期间|全年)?"
    r"|同一(?:时间|时期|年|日期|天)|同日|当日|该日|(?:在|于)(?:该|本|当)年度?|(?:在|于)本?报告所述(?:期间|时期)内?))"
    r"(?=[^，,；;。：:（(\d]{1,6}$)"
)


_time_read_past = _replaced(_TIME_BEFORE_VERB)


# "前体化学品方面，(2012 年的)缴获量达到": the topic, then the clause that states its measure
_TOPIC_THEN_MEASURE = re.compile(
    r"(?<=[\u4e00-\u9fff])方面[，,](?:在?(?:19|20)\d{2}年(?:度|底)?的?)?(?=[^，,；;。：:（(\d]{1,12}$)"
)


# "就偷运移民问题而言，在其中登记的案件", "至于偷运移民，登记的案件": the topic, set before its clause
_TOPIC_SET_APART = re.compile(
    r"(?:就|至于)(?P<topic>[^，,；;。]{2,12}?)(?:问题|方面)?(?:而言|来说)?[，,](?=[^，,；;。]{1,16}$)"
)


def _topic_joined(before: str) -> str:
    before = _TOPIC_SET_APART.sub(lambda m: m.group("topic"), before, count=1)
    return _TOPIC_THEN_MEASURE.sub("", before, count=1)


# "参加 2012 年演练的国家药物检测实验室，共计 183 个": the measure, a comma, then its total
_COMMA_BEFORE_TOTAL = re.compile(r"(?<=[\u4e00-\u9fff])[，,](?=(?:共计|总计|合计|共有|计有|共)$)")


_comma_read_past = _replaced(_COMMA_BEFORE_TOTAL)


# "可卡因缉获量已连续第三年上升：2012 年为 41.2 吨": the measure, a short predicate and a colon, then
# the values year by year
_PREDICATE_THEN_COLON = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:已经?|继续|持续|连续|有所|大幅|稳步|进一步)[^，,；;。：:]{0,10}[：:]"
    r"(?=[^，,；;。：:]{1,12}$)"
)


_predicate_read_past = _replaced(_PREDICATE_THEN_COLON)


# "认捐额较 2013 年（3.03 亿美元）增长了…": the value in brackets is the measure's in that year
# (the bracket itself is gone from the words before a value in an aside, see etl/context.py)
_COMPARED_IN_BRACKETS = re.compile(  # (or a multiple of it: "可卡因缉获量是 2011 年（32.6 吨）的两倍多")
    r"(?<=[\u4e00-\u9fff])(?:比|较|与|同|是|为|相当于)"
    r"(?:(?:19|20)\d{2}年度?|(?:19|20)\d{2}[-‐–—](?:19|20)?\d{2}年?两年期|(?:上一?|前一)年度?|一年前|去年|前年(?!度))[（(]?$"
)
# "可卡因的查获量有所增加（2014 年为 32.5 吨）", "…增加了一倍多（2012 年为 2,750 名）": the measure, its
# change, and another year's value in brackets
_CHANGE_THEN_BRACKETED = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:(?:与|比|较)(?:19|20)\d{2}年(?:相比)?[，,]?)?(?:有所|明显|大幅|略有|持续)?"
    r"(?:增加|增长|上升|减少|下降|回落)了?(?:(?:近|约)?(?:一|两|三|[\d.]+)倍多?)?[（(]?"
    r"(?:(?:19|20)\d{2}年(?:底|初)?)(?:为|是|[：:])$"
)


# "受训的官员比 2016 年的 3,650 名增长了 12%" (or "比 2015 年 12 月 31 日的 185 个"): the value compared
# with is the measure's in that year
_COMPARED_WITH = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:比|较)(?:(?:19|20)\d{2}年(?:度|底|初|年中|\d{1,2}月(?:\d{1,2}日)?)?|(?:上一?|前一)年度?|一年前|去年|前年(?!度))的$"
)


def _bracketed_as_stated(before: str) -> str:
    before = _COMPARED_WITH.sub("为", before, count=1)
    return _CHANGE_THEN_BRACKETED.sub("为", _COMPARED_IN_BRACKETS.sub("为", before, count=1), count=1)


# "…自 2010 年设立以来所获捐款总额由此超过 1,010 万美元": the consequence word before the verb
_CONSEQUENCE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:由此|因此|因而|随之|从而)(?=(?:累计|共计|总计|合计)?(?:已经?)?(?:达到?|为|增至|升至)?$)"
)


_consequence_read_past = _replaced(_CONSEQUENCE)


# "《贩运人口议定书》的缔约方最多（181 个）": a superlative before a value in brackets states that value
# (an unbracketed "最多 181 个" is a bound, read by the extractor, and never reaches a reading)
_SUPERLATIVE = re.compile(r"(?<=[\u4e00-\u9fff])(?:最多|最少|最高|最低|最大)$")


_superlative_as_stated = _replaced(_SUPERLATIVE, "为")


# "人数达到创纪录的 5,300 多名": a record level, read as the level
_RECORD = re.compile(r"(?<=[\u4e00-\u9fff])(?:创(?:历史)?纪录|创历史新高|历史最高|历来最高|有史以来最高)的$")


_record_read_past = _replaced(_RECORD)


# "…官员人数有误，应为 1,720 名": the figure found wrong, then the right one, read as the statement
_FOUND_WRONG = re.compile(r"(?<=[\u4e00-\u9fff])(?:有误|有错|不正确|不准确)[，,](?:现)?(?:应|更正|订正)为$")


_found_wrong_read_past = _replaced(_FOUND_WRONG, "为")

# "由…培训的警察、检察官…和边境管制官员，人数达 2,300 余名": the people named in a clause of their own,
# then their number
_PEOPLE_THEN_NUMBER = re.compile(
    r"(?<=官员|人员|警官|察官|法官)[，,](?=(?:人数|总数)(?:共计?|达到?|为|已达)$)"
)


_people_then_number = _replaced(_PEOPLE_THEN_NUMBER)

# "当年新增批准比往年少，仅 14 项": a comparison with the usual, then the number alone
_COMPARED_WITH_USUAL = re.compile(
    r"(?<=[\u4e00-\u9fff])比(?:往年|往常|上一?年|前一年|去年)(?:少|多|低|高)[，,](?=(?:仅|只)?(?:为|有)?$)"
)


_usual_read_past = _replaced(_COMPARED_WITH_USUAL)


# "…物质数目持续增加，2017 年 1 月为 762 种": a trend with no amount, then the level at a date
_TREND_THEN_LEVEL = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:持续|继续|不断|稳步|大幅|进一步)?(?:增加|增长|上升|减少|下降)[，,]"
    r"(?:(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|初|年中)?)?(?:(?:仅|只)?(?:为|剩)|达到?)$"
)


_trend_then_level = _replaced(_TREND_THEN_LEVEL, "为")

# "捐助方数目继续增加，从 2016 年的 94 个增至…", "认捐总额与 2000 年相比增加了一倍多，从…": a trend (or a
# multiple), then the change that states it
_TREND_THEN_CHANGE = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:(?:与|比|较)(?:19|20)\d{2}年(?:相比)?[，,]?)?(?:持续|继续|不断|稳步|进一步)?"
    r"(?:增加|增长|上升|扩大|减少|下降)了?(?:近|约)?(?:一|两|三|[\d.]+)?倍?多?[，,](?=(?:从|由))"
)


_trend_read_past = _replaced(_TREND_THEN_CHANGE)


# "特别用途捐款仍占绝大部分：2017 年收到此类捐款", "普通用途收入…：…，这项收入依次为": the thing a
# 此类/这项 refers to, named earlier in the words before by a phrase ending in the same noun
_ANAPHOR = re.compile(r"(?:这|该|此)(?:项|类|笔|一)(?P<noun>[\u4e00-\u9fff]{2})(?=[^，,；;。：:]{0,6}$)")
_NAMED_BEFORE = r"[\u4e00-\u9fff]{{1,8}}{noun}"
_PHRASE_CUT = re.compile(r".*[的地到了在向为和及与、]")


def _anaphor_in(earlier: str) -> Reading:
    """The anaphor reading, its antecedent looked for in the words before it, else in `earlier` (the
    sentence before and this one's lead: "一般用途收入较 2020 年下降了 6%；2021 年，该项收入为")."""

    def reading(before: str) -> str:
        anaphor = _ANAPHOR.search(before)
        if anaphor is None:
            return before
        pattern = _NAMED_BEFORE.format(noun=anaphor.group("noun"))
        named = re.findall(pattern, before[: anaphor.start()]) or re.findall(pattern, earlier[: -len(before)])
        if not named:
            return before
        phrase = _PHRASE_CUT.sub("", named[-1])
        if len(phrase) <= len(anaphor.group("noun")):
            return before
        return before[: anaphor.start()] + phrase + before[anaphor.end() :]

    return reading


_anaphor_resolved = _anaphor_in("")


# "《公约》的缔约国数目继续增加。截至 2014 年 12 月 31 日，此数已达 183 个", "…物质数目持续上升。…这一数字为
# 541 种": a figure (此数, 这一数字, 该数目) standing for the measure whose trend the sentence before stated
# ("普通用途资金是…保障，但其数额多年来持续下降。2018 年该数字仅为…": 其 is the sentence's subject)
_FIGURE_ANAPHOR = re.compile(
    r"(?:这一|该|此)(?:数字|数目|数量|数额|数(?![据额量目字学]))(?=[^，,；;。：:]{0,16}$)"
)
_TREND = re.compile(r"(?:继续|持续|不断|逐年|稳步|一直)?(?:增加|上升|增长|扩大|下降|减少)")
_SUBJECT_FIRST = re.compile(r"^(?:\d{1,3}\.)?([\u4e00-\u9fff《》]{2,24}?)(?:是|为|在|已)")
_CLAUSE_SPLIT = re.compile(r"[，,；;：:]")
_CLAUSE_OPENER = re.compile(r"^(?:\d{1,3}\.)?(?:但|而|并且?|且)?")
_PASSING_TIME = re.compile(r"(?:多年来|近年来|一年来|在[^，,；;。]{1,10}?(?:期间|时期|内|中|年))$")
_DATE_AFTER = re.compile(r"^(?:截至|于|在|到)?(?:19|20)\d{2}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|初)?")


def _figure_named_in(previous: str) -> str | None:
    """The measure whose trend `previous` states ("…的缔约国数目继续增加" → "…的缔约国数目"), or None."""
    trend = _TREND.search(previous)
    if trend is None:
        return None
    clause = _CLAUSE_OPENER.sub("", _CLAUSE_SPLIT.split(previous[: trend.start()])[-1])
    clause = _PASSING_TIME.sub("", clause)
    if clause.startswith("其"):
        subject = _SUBJECT_FIRST.match(previous)
        if subject is None:
            return None
        clause = subject.group(1) + clause[1:]
    clause = clause.rsplit("》", 1)[-1].removeprefix("的")  # the instrument is read from the paragraph
    return clause if len(clause) >= 2 else None


def _figure_anaphor_in(earlier: str) -> Reading:
    """The figure anaphor reading: 此数 / 这一数字 replaced by the measure the sentence before named."""

    def reading(before: str) -> str:
        anaphor = _FIGURE_ANAPHOR.search(before)
        if anaphor is None:
            return before
        sentences = earlier[: len(earlier) - len(before)].split("。")
        measure = _figure_named_in(sentences[-2]) if len(sentences) >= 2 else None
        if measure is None:
            return before
        rest = _DATE_AFTER.sub("", before[anaphor.end() :])  # "此数截至 2019 年 6 月 30 日已达": dated apart
        return before[: anaphor.start()] + measure + rest

    return reading


# "…的认捐额为约[a footnote block]1.71 亿美元": a qualifier the span leaves behind, when blanked text stands
# between it and the number (etl/quantities/qualifiers.py), still stands before it
_QUALIFIER_LEFT = re.compile(r"(?<=[\u4e00-\u9fff])(?:大约|约|将近|近|超过|逾|不到|不足|至少|不少于)$")


_qualifier_read_past = _replaced(_QUALIFIER_LEFT)


# "《联合国反腐败公约》缔约方：177 个", "捐助方数目：2019 年为 93 个", "(a) …直接法律援助：受援国 31 个",
# "数据库所收案件数目：截至 2018 年底，逾 1,650 起": a noun, a colon, then its number (with the time
# between), written as the statement "缔约方为 177 个"
_COLON_THEN_NUMBER = re.compile(
    r"(?<=[\u4e00-\u9fff》）)])[：:]"
    r"(?:(?:截至|截止到?|在|于)?(?:19|20)\d{2}年(?:度|底|初|末|\d{1,2}月(?:\d{1,2}日)?(?:底|末)?)?[，,]?)?(?:为|是)?$"
)


_colon_as_verb = _replaced(_COLON_THEN_NUMBER, "为")


# verbs another translator uses, read as the plain ones the rules know ("缔约方数目攀升至" / "攀至" → "…增至",
# "合共" / "共达" → "共计", "总计为" → "总计", "为数" / "录得" / "计" / "计有" → "为", "达成" → "达到",
# "触及" → "惠及", "多达" / "高达" / "应为" (should read) → "为")
_OTHER_VERB = re.compile(
    r"(?<![，,；;：:、])(?:攀(?:升)?(?:至|到)|跃升至|合共|共达|总计为|为数|录得|达成|触及|多达|高达|应(?:更正|订正)?为"
    r"|(?<![合共总统估预设会审，,；;：:、])计有?)$"
)
_PLAIN_VERB = {"合共": "共计", "共达": "共计", "总计为": "总计", "达成": "达到", "触及": "惠及"}


def _verb_in_other_words(before: str) -> str:
    def plain(verb: re.Match[str]) -> str:
        return _PLAIN_VERB.get(verb.group(), "增至" if "攀" in verb.group() or "升" in verb.group() else "为")

    return _OTHER_VERB.sub(plain, before)


# "缔约国业已达到一百七十五个", "批准总数业已达到 2,912 项": the formal 业已 (already) read as 已
_FORMAL_ALREADY = re.compile(r"业已(?=[^，,；;。]{0,6}$)")
_already_plain = _replaced(_FORMAL_ALREADY, "已")
# "普通用途收入已从 2014 年的" → "普通用途收入从 2014 年的": 已 (already) before the verb read past
_ALREADY_BEFORE_VERB = re.compile(
    r"(?<=[\u4e00-\u9fff])(?:已经|已)(?=(?:从|由|增至|降至|升至|减至|跌至|达|为)[^，,；;。]{0,12}$)"
)
_already_read_past = _replaced(_ALREADY_BEFORE_VERB)


# "…所载 2009 年普通用途收入的数字（17.2 百万美元）有误": the figure of a measure is the measure's value
_FIGURE_OF = re.compile(r"的(?:数字|数额)$")
_figure_of_plain = _replaced(_FIGURE_OF, "为")


# "缔约国总量为", "批准总量已达": another translator's 总数; "认捐给…基金的总量为", "…基金的捐款为": the
# pledges
_TOTAL_QUANTITY = re.compile(r"总量")
_total_as_number = _replaced(_TOTAL_QUANTITY, "总数")
_OF_IT = re.compile(r"的(?:总量|总额|捐款)(?=(?:为|是|达到?)$)")
_of_it_read_past = _replaced(_OF_IT, "的")


_PLAINER_READINGS: tuple[Reading, ...] = (
    _time_read_past,
    _topic_joined,
    _compose(_time_read_past, _topic_joined),
    _comma_read_past,
    _compose(_predicate_read_past, _time_read_past),
    _bracketed_as_stated,
    _consequence_read_past,
    _superlative_as_stated,
    _record_read_past,
    _found_wrong_read_past,
    _trend_then_level,
    _people_then_number,
    _usual_read_past,
    _trend_read_past,
    _anaphor_resolved,
    _compose(_anaphor_resolved, _time_read_past),
    _qualifier_read_past,
    _colon_as_verb,
    _verb_in_other_words,
    _compose(_verb_in_other_words, _time_read_past),
    _compose(_verb_in_other_words, _topic_joined),
    _already_plain,
    _compose(_already_plain, _time_read_past),
    _already_read_past,
    _compose(_already_read_past, _time_read_past),
    _compose(_figure_of_plain, _time_read_past),
    _total_as_number,
    _compose(_total_as_number, _time_read_past),
    _of_it_read_past,
)


# "受训的刑事司法官员按区域分列如下：非洲 1,880 名、…，全年合计 5,240 名": the total of values listed by
# region (or by any breakdown), measured by the subject the list opened with
_TOTAL_AFTER_LIST = re.compile(r"[，,；;](?:全年|当年|年内|总共)?(?:合计|共计|总计)$")
_LIST_SUBJECT = re.compile(
    r"^(?:\d{1,3}\.)?(?P<subject>[^，,；;。：:]{2,30}?)按[^，,；;。：:]{1,10}分列(?:如下)?[：:]"
)


def _listed_total_in(earlier: str) -> Reading:
    def reading(before: str) -> str:
        total = _TOTAL_AFTER_LIST.search(before)
        listed = _LIST_SUBJECT.match(earlier.rsplit("。", 1)[-1])
        if total is None or listed is None:
            return before
        return listed.group("subject") + "共计"

    return reading


def plainer_readings(surface: str, earlier: str = "") -> list[Reading]:
    """The readings to try, in order, for the quantity written `surface` (its bound may be its verb);
    `earlier` is the text before its words, where an anaphor's antecedent may stand."""
    readings = list(_PLAINER_READINGS)
    if earlier and _ANAPHOR.search(earlier[-12:]):
        readings += [_anaphor_in(earlier), _compose(_anaphor_in(earlier), _time_read_past)]
    if earlier and _TOTAL_AFTER_LIST.search(earlier[-8:]):
        readings.append(_listed_total_in(earlier))
    if earlier and _FIGURE_ANAPHOR.search(earlier[-20:]):
        figure = _figure_anaphor_in(earlier)
        readings += [figure, _compose(figure, _time_read_past), _compose(figure, _verb_in_other_words)]
    if _BOUND_AS_VERB.match(surface):
        readings += [_bound_as_verb, *(_compose(_bound_as_verb, r) for r in _PLAINER_READINGS)]
    return readings
