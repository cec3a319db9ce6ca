"""Property tests: quantities written in the reports' styles are read back exactly.

A random quantity (count, money, mass, percent or fraction) is formatted the way the reports write them —
thousands separators, 万/亿, Chinese numerals, qualifiers before and after, full-width digits, PDF
line breaks inside the expression — and `parse_quantity` and `extract` must recover it, with the
span covering exactly the qualifier, number and unit. A fuzz test checks invariants on any text.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from etl.quantities import extract, parse_quantity

PREFIX = "据统计，共有"  # no punctuation right before the number: "，3 475" would read as footnote 3
SUFFIX = "。"
_FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")
_CN_DIGITS = "零一二三四五六七八九"


@dataclass(frozen=True)
class Written:
    """An expression as written (`span`, then a noun outside the span) and what it states."""

    span: str
    noun: str
    value: float
    unit: str
    qualifier: str


def chinese(n: int) -> str:
    """Write 2 ≤ n < 10^8 the way the reports do: 两, 十五, 二十一, 一百零五, 三万零二十."""
    if n == 2:
        return "两"

    def below_10k(m: int, leading: bool) -> str:
        parts: list[str] = []
        started = zero = False
        for place, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
            d = m // place % 10
            if d == 0:
                zero = zero or started
                continue
            if zero:
                parts.append("零")
                zero = False
            parts.append(
                unit if (place == 10 and d == 1 and not started and leading) else _CN_DIGITS[d] + unit
            )
            started = True
        return "".join(parts)

    if n < 10_000:
        return below_10k(n, True)
    high, low = divmod(n, 10_000)
    out = below_10k(high, True) + "万"
    if low:
        out += ("零" if low < 1000 else "") + below_10k(low, False)
    return out


def grouped(n: int, sep: str) -> str:
    """1234567 → '1,234,567' with `sep` (',' or ',\\n' or ' ') between groups of three."""
    s = str(n)
    head = len(s) % 3 or 3
    return sep.join([s[:head]] + [s[i : i + 3] for i in range(head, len(s), 3)])


gaps = st.sampled_from(["", " ", "\n", " \n\n", "\r\n"])
measures = st.sampled_from(
    [
        ("个", "国家"),
        ("名", "官员"),
        ("项", "决议"),
        ("起", "案件"),
        ("份", "报告"),
        ("种", "语文"),
        ("次", "会议"),
    ]
)
prefix_qualifiers = st.sampled_from(
    [
        ("", "exact"),
        ("约", "approx"),
        ("大约", "approx"),
        ("近", "at_most"),
        ("将近", "at_most"),
        ("不到", "at_most"),
        ("超过", "at_least"),
        ("逾", "at_least"),
        ("至少", "at_least"),
    ]
)


def arabic(draw: st.DrawFn, n: int) -> str:
    if n >= 1000 and draw(st.booleans()):
        return grouped(n, draw(st.sampled_from([",", ",", ",\n", " "])))
    return str(n)


@st.composite
def counts(draw: st.DrawFn) -> Written:
    measure, noun = draw(measures)
    before, qualifier = draw(prefix_qualifiers)
    if draw(st.booleans()):
        n = draw(st.integers(2, 99_999_999))
        number = chinese(n)
        more = qualifier == "exact" and n % 10 == 0 and 10 <= n < 10_000 and draw(st.booleans())
        gap = ""
    else:
        n = draw(st.integers(1, 99_999_999))
        number = arabic(draw, n)
        if draw(st.booleans()) and " " not in number:
            number = number.translate(_FULLWIDTH)
        more = qualifier == "exact" and draw(st.booleans())
        gap = draw(gaps)
    after, suffix_q = ("", qualifier)
    if qualifier == "exact" and not more and draw(st.booleans()):
        after, suffix_q = "以上", "at_least"
    span = f"{before}{draw(gaps) if before else ''}{number}{gap}{'多' if more else ''}{measure}{after}"
    return Written(span, noun, float(n), "count", "at_least" if more else suffix_q)


@st.composite
def money(draw: st.DrawFn) -> Written:
    before, qualifier = draw(prefix_qualifiers)
    currency, code = draw(
        st.sampled_from([("美元", "USD"), ("欧元", "EUR"), ("英镑", "GBP"), ("日元", "JPY")])
    )
    magnitude, factor = draw(
        st.sampled_from([("", 1), ("万", 10**4), ("亿", 10**8), ("百万", 10**6), ("亿…万", 10**8)])
    )
    if magnitude == "亿…万":  # a compound amount: "3 亿 5,260 万美元"
        high, low = draw(st.integers(1, 999)), draw(st.integers(1, 9_999))
        number = f"{arabic(draw, high)}{draw(gaps)}亿{draw(gaps)}{arabic(draw, low)}"
        magnitude, value = "万", float(high * 10**8 + low * 10**4)
    elif magnitude:
        mantissa = Decimal(draw(st.integers(1, 9_999_999))) / 10 ** draw(st.integers(0, 3))
        number = f"{mantissa:f}"
        if mantissa == mantissa.to_integral_value():
            number = arabic(draw, int(mantissa))
        value = float(mantissa * factor)
    else:
        n = draw(st.integers(1, 9_999_999_999))
        number, value = arabic(draw, n), float(n)
    if draw(st.booleans()) and " " not in number:
        number = number.translate(_FULLWIDTH)
    span = f"{before}{draw(gaps) if before else ''}{number}{draw(gaps)}{magnitude}{currency}"
    return Written(span, "的捐款", value, code, qualifier)


@st.composite
def masses(draw: st.DrawFn) -> Written:
    """Mass, and the other physical measures written the same way (area, volume)."""
    before, qualifier = draw(prefix_qualifiers)
    word, unit = draw(
        st.sampled_from([("吨", "t"), ("公斤", "kg"), ("千克", "kg"), ("公顷", "ha"), ("升", "l")])
    )
    tenths = draw(st.integers(1, 99_999_9))
    number = f"{Decimal(tenths) / 10:f}" if tenths % 10 else arabic(draw, tenths // 10)
    span = f"{before}{draw(gaps) if before else ''}{number}{draw(gaps)}{word}"
    return Written(span, "可卡因", tenths / 10, unit, qualifier)


@st.composite
def percents(draw: st.DrawFn) -> Written:
    before, qualifier = draw(prefix_qualifiers)
    if draw(st.booleans()):
        n = draw(st.integers(2, 99))
        return Written(f"{before}百分之{chinese(n)}", "来自欧洲", float(n), "percent", qualifier)
    if draw(st.booleans()):  # a fraction: 三分之一, 12 分之 5
        den = draw(st.integers(2, 99))
        num = draw(st.integers(1, den))
        if draw(st.booleans()):
            den_text, num_text = (chinese(n) if n > 2 else "一二"[n - 1] for n in (den, num))
        else:
            den_text, num_text = str(den), str(num)
        fraction = f"{den_text}{draw(st.sampled_from(['', ' ']))}分之{num_text}"
        return Written(f"{before}{fraction}", "的国家", 100 * num / den, "percent", qualifier)
    tenths = draw(st.integers(1, 999))
    number = f"{Decimal(tenths) / 10:f}"
    if draw(st.booleans()):
        number = number.translate(_FULLWIDTH)
    sign = draw(st.sampled_from(["%", "％"]))
    after, suffix_q = ("左右", "approx") if qualifier == "exact" and draw(st.booleans()) else ("", qualifier)
    span = f"{before}{number}{sign}{after}"
    return Written(span, "来自欧洲", tenths / 10, "percent", suffix_q)


written = st.one_of(counts(), money(), masses(), percents())


@settings(max_examples=400, deadline=None)
@given(written)
def test_parse_quantity_reads_back_what_was_written(w: Written) -> None:
    q = parse_quantity(w.span + w.noun)
    assert q is not None, w
    assert math.isclose(q.value, w.value, rel_tol=1e-9), (w, q)
    assert (q.unit, q.qualifier, q.value_max) == (w.unit, w.qualifier, None), (w, q)


@settings(max_examples=400, deadline=None)
@given(written)
def test_extract_finds_the_exact_span_in_a_sentence(w: Written) -> None:
    text = PREFIX + w.span + w.noun + SUFFIX
    found = extract(text)
    assert len(found) == 1, (w, [m.surface for m in found])
    m = found[0]
    assert (m.start, m.end) == (len(PREFIX), len(PREFIX) + len(w.span)), (w, m)
    assert m.surface == "".join(w.span.split())
    assert math.isclose(m.value, w.value, rel_tol=1e-9)


@settings(max_examples=200, deadline=None)
@given(st.lists(written, min_size=1, max_size=5))
def test_several_quantities_in_one_paragraph_keep_their_offsets(ws: list[Written]) -> None:
    text = "".join(PREFIX + w.span + w.noun + SUFFIX + "\r\n" for w in ws)
    found = extract(text)
    assert [(m.unit, m.value) for m in found] == [(w.unit, m.value) for w, m in zip(ws, found, strict=True)]
    for w, m in zip(ws, found, strict=True):
        assert text[m.start : m.end] == w.span


debris = st.text(
    alphabet=st.sampled_from(
        list("0123456789０１２３,，.．%％ \n\r-至/第约近多余以上左右")
        + list("个名项万亿美元吨公斤百分之一二两三十国集团年月岁。")
        + list("和、增至分之")
    ),
    max_size=200,
)


@settings(max_examples=500, deadline=None)
@given(debris)
def test_any_text_gives_ordered_non_overlapping_mentions_with_true_surfaces(text: str) -> None:
    found = extract(text)
    ends = -1
    for m in found:
        assert 0 <= m.start < m.end <= len(text)
        assert m.start >= ends
        ends = m.end
        assert m.surface == "".join(text[m.start : m.end].split())
        assert m.value >= 0 and math.isfinite(m.value)
