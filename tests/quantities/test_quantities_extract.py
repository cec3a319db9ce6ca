"""What `extract()` finds in a sentence, and what it leaves alone. Sentences are made up for the tests."""

from __future__ import annotations

import pytest

from etl.quantities import Quantity, QuantityMention, extract, parse_quantity


def only(text: str) -> QuantityMention:
    """The single mention in `text` (fails if there is not exactly one)."""
    found = extract(text)
    assert len(found) == 1, [m.surface for m in found]
    return found[0]


def surfaces(text: str) -> list[str]:
    return [m.surface for m in extract(text)]


# --- the public API -----------------------------------------------------------------------------


def test_parse_quantity_normalizes_one_expression() -> None:
    assert parse_quantity("约 2.45 亿美元") == Quantity(
        value=245_000_000, unit="USD", qualifier="approx", category="money"
    )
    q = parse_quantity("1,600 多名官员")
    assert q is not None
    assert (q.value, q.unit, q.qualifier, q.counted) == (1600, "count", "at_least", "名官员")


@pytest.mark.parametrize("text", ["2011 年", "第四届会议", "E/CN.7/2012/1", "一项研究", "一些国家", ""])
def test_parse_quantity_returns_none_for_non_quantities(text: str) -> None:
    assert parse_quantity(text) is None


def test_a_mention_carries_exact_offsets_and_a_whitespace_free_surface() -> None:
    text = "去年，该方案为 1,600 \n多名检察官提供了培训。"
    m = only(text)
    assert text[m.start : m.end] == "1,600 \n多名"
    assert m.surface == "1,600多名"


def test_mentions_are_ordered_by_start() -> None:
    found = extract("有 3 个国家、两个区域和 40 名专家参加。")
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert [m.surface for m in found] == ["3个", "两个", "40名"]


# --- money, mass, percent -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("捐款 120,000 美元。", 120_000, "USD"),
        ("拨款 3,150 万美元。", 31_500_000, "USD"),
        ("预算为 7.25 亿美元。", 725_000_000, "USD"),
        ("支出 2.5 百万美元。", 2_500_000, "USD"),
        ("欧盟提供了 300 万欧元。", 3_000_000, "EUR"),
        ("筹得 80 万英镑。", 800_000, "GBP"),
        ("日本捐助 5 亿日元。", 500_000_000, "JPY"),
        ("瑞士捐助 40 万瑞士法郎。", 400_000, "CHF"),
        ("地方配套 600 万元人民币。", 6_000_000, "CNY"),
        ("缉获 12.5 吨可卡因。", 12.5, "t"),
        ("缉获 3 千吨前体。", 3000, "t"),
        ("缉获 740 公斤海洛因。", 740, "kg"),
        ("缉获 18 千克大麻。", 18, "kg"),
        ("其中 42.7%来自私营部门。", 42.7, "percent"),
        ("其中 42.7％来自私营部门。", 42.7, "percent"),
        ("增长了百分之十二。", 12, "percent"),
        ("增长了百分之十二点五。", 12.5, "percent"),
        ("比例上升了 3 个百分点。", 3, "percent"),
        ("罂粟种植面积减至 8.6 万公顷。", 86_000, "ha"),
        ("保护区面积约 1,200 平方公里。", 1200, "km2"),
        ("查获 350 升醋酸酐。", 350, "l"),
    ],
)
def test_units_and_magnitudes(text: str, value: float, unit: str) -> None:
    m = only(text)
    assert (m.value, m.unit) == (value, unit)


def test_volumes_and_chapters_are_counted() -> None:
    assert [m.surface for m in extract("报告全书分为五册，准则共分四章，并修订了章程。")] == ["五册", "四章"]


def test_a_count_of_people_followed_by_what_they_are() -> None:
    found = extract("为 2,600 名官员提供了培训，其中约 1,050 名为检察官。")  # 名 + 为 (are), not 名为 (named)
    assert [(m.surface, m.value, m.qualifier) for m in found] == [
        ("2,600名", 2600, "exact"),
        ("约1,050名", 1050, "approx"),
    ]


def test_money_category_and_what_it_measures() -> None:
    m = only("2015 年普通用途收入为 620 万美元。")
    assert (m.category, m.counted) == ("money", "普通用途收入")
    assert only("与 7.1 亿美元的初步预算相比有所减少。").counted == "初步预算"  # a 的-phrase after it
    assert only("30%的认捐专用于药物管制。").counted == "认捐"
    # every link word between the subject and the amount is dropped, the last one first
    assert only("2016 年的捐款合计约 1.9 亿美元。").counted == "捐款"
    assert only("方案预算总额已达到约 3,300 万美元。").counted == "方案预算总额"


def test_a_mass_area_or_volume_measures_the_substance_named_after_it() -> None:
    found = extract("去年查获 45 多吨海洛因、600 公斤苯丙胺以及与走私有关的车辆，另有 90 升前体。")
    assert [(m.surface, m.category, m.counted) for m in found] == [
        ("45多吨", "mass", "海洛因"),
        ("600公斤", "mass", "苯丙胺"),
        ("90升", "volume", "前体"),
    ]
    assert only("古柯种植面积为 6.3 万公顷。").counted == "古柯种植面积"


def test_a_rise_is_not_litres() -> None:
    assert extract("该比例从 3 升至 7，随后升到 9。") == []


def test_percent_of_something_names_the_whole() -> None:
    m = only("该办公室获得的拨款不足会员国摊款总额的2%。")
    assert (m.surface, m.qualifier, m.counted) == ("2%", "at_most", "会员国摊款总额")


# --- counts -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "counted"),
    [
        ("共有 37 个国家批准了该议定书。", 37, "个国家"),
        ("培训了 215 名边境警察。", 215, "名边境警察"),
        ("会议通过了七项决议草案。", 7, "项决议草案"),
        ("数据库收录了 430 起案件。", 430, "起案件"),
        ("编写了九份国别报告。", 9, "份国别报告"),
        ("有 60 家企业加入。", 60, "家企业"),
        ("进行了十二次实地访问。", 12, "次实地访问"),
        ("译成了六种正式语文。", 6, "种正式语文"),
        ("缉获了 4.3 亿支香烟。", 430_000_000, "支香烟"),
        ("四国签署了联合声明。", 4, "国"),
        ("区域方案在 16 国开展活动。", 16, "国"),  # 国 after digits too (not 20 国集团, a name)
        ("该段以 118 票赞成获得保留。", 118, "票赞成"),  # votes (not 票据, a bill)
        ("有 35 人被捕。", 35, "人"),
        ("惠及 15 万人。", 150_000, "人"),
        ("向三十一个提出请求的国家提供了援助。", 31, "个提出请求的国家"),
        ("开设了 14 次区域和分区域讲习班。", 14, "次区域和分区域讲习班"),
        ("覆盖 55 个国家和地区的数据。", 55, "个国家和地区"),
        ("有 240 名从业人员在肯尼亚接受了培训。", 240, "名从业人员"),  # 从业, not 从 (from)
        ("设立了 7 个区域中心。", 7, "个区域中心"),  # 中心, not 中 (in)
        ("两个委员会似宜考虑这些建议。", 2, "个委员会"),  # the noun, not the verb after it
        ("通过了三项决定。", 3, "项决定"),  # 决定 is a noun here
        ("与 5 所大学合作。", 5, "所大学"),
        ("起草了 12 部法律。", 12, "部法律"),
        ("设有 9 处外地办事处。", 9, "处外地办事处"),
        ("开展了四项促进性别平等的培训。", 4, "项促进性别平等的培训"),  # 平等, not 等 (etc.)
        ("拟订了 6 个国家合作框架。", 6, "个国家合作框架"),  # a framework, not 合作 (to cooperate)
        ("收到 40 份新的案件摘要。", 40, "份案件摘要"),  # a short modifier and its 的 left out
        ("审查了 27 份已提交的国别报告。", 27, "份国别报告"),
        ("释放了 12 名因贩毒被判刑的妇女。", 12, "名妇女"),
        ("帮助 30 个国家改善边境管制。", 30, "个国家"),  # the verb after the noun is not counted
    ],
)
def test_counts_take_measure_word_and_noun(text: str, value: float, counted: str) -> None:
    m = only(text)
    assert (m.value, m.unit, m.category, m.counted) == (value, "count", "count", counted)


def test_noun_stated_before_the_number() -> None:
    m = only("截至年底，该议定书的缔约方总数达到 121 个。")
    assert (m.value, m.counted) == (121, "个缔约方")
    assert only("新增了一批，使案例总数达到 512 个。").counted == "个案例"  # not 使 (to make)
    # the adverbs before 有 are no part of the noun
    assert only("该议定书的缔约方则分别只有 143 个。").counted == "个缔约方"


def test_ben_after_digits_counts_printed_works_only() -> None:
    m = only("该处编写了 9 本培训手册和其他工具。")
    assert (m.value, m.counted) == (9, "本培训手册")  # the phrase stops before 和其他
    assert extract("15. 本报告介绍了 2016 本办公室的工作。") == []  # 本 is "this"
    # what the work is about, then the work
    assert only("该办公室出版了 3 本关于新精神活性物质鉴定的手册。").value == 3


def test_a_range_of_people_that_repeats_its_measure_word() -> None:
    m = only("估计死亡人数在 12,000 人至 31,000 人之间。")
    assert (m.value, m.value_max, m.surface) == (12_000, 31_000, "12,000人至31,000人")


def test_tiao_counts_rules_but_not_what_an_article_provides() -> None:
    assert only("修订后的标准共有 108 条规则。").counted == "条规则"
    assert extract("依照该法 12 条规定办理。") == []


def test_a_count_with_a_magnitude_word_and_no_measure_word() -> None:
    m = only("网站的访问量约为 310 万，创历史新高。")
    assert (m.value, m.unit, m.qualifier) == (3_100_000, "count", "approx")


@pytest.mark.parametrize(
    ("text", "value"),
    [("三个", 3), ("两项", 2), ("十五个", 15), ("二十一名", 21), ("九十九项", 99), ("一百二十个", 120)],
)
def test_chinese_numerals_count_with_a_measure_word(text: str, value: int) -> None:
    assert only(f"该办公室支持了{text}方案。").value == value


def test_chinese_numerals_with_a_decimal_part() -> None:
    assert [(m.surface, m.value, m.unit) for m in extract("缉获零点五吨，耗资二点五亿美元。")] == [
        ("零点五吨", 0.5, "t"),
        ("二点五亿美元", 250_000_000, "USD"),
    ]
    assert extract("他提出了三点建议。") == []  # 点 without a digit after it is not a decimal point


def test_ji_after_a_round_chinese_numeral_is_more_than_it() -> None:
    assert [(m.surface, m.value, m.qualifier) for m in extract("十几个国家和二十几名官员参加。")] == [
        ("十几个", 10, "at_least"),
        ("二十几名", 20, "at_least"),
    ]
    assert extract("几十个国家参加。") == []  # 几 before the numeral: vague


@pytest.mark.parametrize(
    "text",
    [
        "举办了一次联合会议。",  # the article 一
        "完成了一项研究。",
        "一些国家表示关切。",
        "各方意见一致。",
        "这是统一的办法。",
        "在全球、区域和国家三级开展工作。",  # no measure word
        "办公室的三大支柱。",
    ],
)
def test_chinese_numerals_without_a_measure_word_or_as_an_article_are_not_counts(text: str) -> None:
    assert extract(text) == []


# --- qualifiers ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "qualifier"),
    [
        ("捐款约 3.2 亿美元。", "约3.2亿美元", "approx"),
        ("捐款大约 300 万美元。", "大约300万美元", "approx"),
        ("有 70%左右来自欧洲。", "70%左右", "approx"),
        ("有近 40 个国家参加。", "近40个", "at_most"),
        ("有将近 40 个国家参加。", "将近40个", "at_most"),
        ("参加者不下 200 人。", "不下200人", "at_least"),
        ("培训了超出 3,000 名官员。", "超出3,000名", "at_least"),
        ("拨款不到 2%。", "不到2%", "at_most"),
        ("拨款不足 2%。", "不足2%", "at_most"),
        ("缉获超过 80 吨。", "超过80吨", "at_least"),
        ("缉获逾 80 吨。", "逾80吨", "at_least"),
        ("至少 12 个国家。", "至少12个", "at_least"),
        ("为 90多个国家服务。", "90多个", "at_least"),
        ("培训了 2,400 多名官员。", "2,400多名", "at_least"),
        ("惠及 300多万人。", "300多万人", "at_least"),
        ("支持了十余个国家。", "十余个", "at_least"),
        ("有 30 人以上参加。", "30人以上", "at_least"),
        ("为 25 个以上国家提供支持。", "25个以上", "at_least"),
        ("访问量超过 12,000 多次。", "超过12,000多次", "at_least"),
        ("收到的捐款约\n\n为 84 万美元。", "约为84万美元", "approx"),  # a line break before the link
    ],
)
def test_qualifiers_before_and_after(text: str, surface: str, qualifier: str) -> None:
    m = only(text)
    assert (m.surface, m.qualifier) == (surface, qualifier)


def test_a_qualifier_between_the_magnitude_and_the_currency_keeps_the_currency() -> None:
    m = only("共筹得 150 万以上美元的资金。")
    assert (m.surface, m.value, m.unit, m.qualifier) == ("150万以上美元", 1_500_000, "USD", "at_least")
    assert only("预算约为 3 亿左右欧元。").unit == "EUR"


def test_words_that_contain_a_qualifier_character_are_not_qualifiers() -> None:
    assert only("最近 3 个国家加入了该公约。").qualifier == "exact"
    assert only("该公约 5 个缔约方提出了意见。").surface == "5个"
    assert only("仓库放不下 3 个集装箱。").qualifier == "exact"
    assert extract("报告第 5 部分所有 3 处理意见。") == []  # 部分, 处理: other words


# --- ranges ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value", "value_max"),
    [
        ("向 10-15个国家提供援助。", 10, 15),
        ("向 10至15个国家提供援助。", 10, 15),
        ("向三至五个国家提供援助。", 3, 5),
        ("每年缉获 5 000至6 000吨。", 5000, 6000),
        ("所需资金为 1至2亿美元。", 100_000_000, 200_000_000),
        ("所需资金为 1亿至2亿美元。", 100_000_000, 200_000_000),
        ("所需资金为 40 万美元至 50 万美元。", 400_000, 500_000),
        ("偷运者从中获得的收入在 55 亿至 70 亿美元之间。", 5_500_000_000, 7_000_000_000),
        ("从发展中国家流出的腐败所得在 200 亿至 400 亿美元之间。", 20_000_000_000, 40_000_000_000),
        ("每年缉获 3 吨至 5 吨。", 3, 5),
        ("其中 5%至10%来自私营部门。", 5, 10),
        ("受影响的有 5,000至1.2万户农户。", 5000, 12000),  # the first end written out in full
    ],
)
def test_ranges_keep_both_ends(text: str, value: float, value_max: float) -> None:
    m = only(text)
    assert (m.value, m.value_max) == (value, value_max)


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("捐款共计 3 亿 5,260 万美元。", "3亿5,260万美元", 352_600_000),
        ("收入为 2亿零500万美元。", "2亿零500万美元", 205_000_000),
        ("捐款 1 亿\n\n2 千万美元。", "1亿2千万美元", 120_000_000),
        ("捐款三亿五千万美元。", "三亿五千万美元", 350_000_000),
    ],
)
def test_compound_amounts_add_their_parts(text: str, surface: str, value: float) -> None:
    m = only(text)
    assert (m.surface, m.value, m.unit) == (surface, value, "USD")


def test_from_one_amount_to_another_is_a_change_not_a_range() -> None:
    found = extract("捐款从 40 万美元至 50 万美元。")
    assert [(m.value, m.value_max) for m in found] == [(400_000, None), (500_000, None)]
    found = extract("收入从 2.42 亿到 2.45 亿美元。")  # the unit written once, after the second
    assert [(m.surface, m.value, m.value_max, m.unit) for m in found] == [
        ("2.42亿", 242_000_000, None, "USD"),
        ("2.45亿美元", 245_000_000, None, "USD"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value_max"),
    [
        ("项目规模从 10 万美元到 50 万美元不等。", "10万美元到50万美元", 500_000),  # 不等: anywhere between
        ("每组成员从 10 到 15 名不等。", "10到15名", 15),
        ("每个小组由 10 到 15 个国家组成。", "10到15个", 15),  # 由 … 组成: made up of
    ],
)
def test_from_x_to_y_ranging_or_made_up_of_is_a_range(text: str, surface: str, value_max: float) -> None:
    m = only(text)
    assert (m.surface, m.value_max) == (surface, value_max)


def test_side_by_side_amounts_are_not_summed() -> None:
    """The lower part must be smaller than one unit of 亿; otherwise these are two quantities."""
    found = extract("1 亿 20000 万美元；2 亿美元，5 万人。")
    assert [m.value for m in found][-2:] == [200_000_000, 50_000]


# --- wordings seen in other years' reports ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        ("去年逾千名执法人员接受了培训。", "逾千名", 1000, "at_least"),
        ("该方案培训了千余名检察官。", "千余名", 1000, "at_least"),
        ("百余个非政府组织参加了会议。", "百余个", 100, "at_least"),
        ("运动惠及万余人。", "万余人", 10_000, "at_least"),
        ("项目惠及近万人。", "近万人", 10_000, "at_most"),
        ("捐款约百万美元。", "约百万美元", 1_000_000, "approx"),
    ],
)
def test_a_bare_hundred_thousand_or_ten_thousand_with_a_qualifier_is_a_number(
    text: str, surface: str, value: float, qualifier: str
) -> None:
    m = only(text)
    assert (m.surface, m.value, m.qualifier) == (surface, value, qualifier)


@pytest.mark.parametrize(
    "text",
    ["政策惠及千家万户。", "与万国邮政联盟合作。", "有数千名官员。", "上万人参加了游行。", "缉获 5 千克。"],
)
def test_a_bare_magnitude_without_a_qualifier_is_an_idiom_or_vague(text: str) -> None:
    assert all(m.value != 1000 and m.value != 10_000 for m in extract(text))


def test_a_line_break_after_the_decimal_point_stays_inside_the_number() -> None:
    assert only("认捐总额为 4.\n27 亿美元。").value == 427_000_000
    assert only("比例为 12.\n5%。").value == 12.5


def test_more_after_a_mass_unit_is_a_lower_bound_but_not_a_word_starting_with_more() -> None:
    assert only("今年缉获了 57 吨多海洛因。").qualifier == "at_least"
    assert only("今年缉获 8 吨多种合成毒品。").qualifier == "exact"
    assert only("捐助 300 万美元多边资金。").qualifier == "exact"


def test_a_qualifier_after_the_counted_noun() -> None:
    m = only("有 35 个国家以上派代表出席。")
    assert (m.surface, m.qualifier, m.counted) == ("35个", "at_least", "个国家")
    assert only("约有 60 名专家左右。").counted == "名专家"


def test_an_amount_compared_for_its_own_year_is_not_bounded_by_the_comparison() -> None:
    found = extract("今年认捐额为 2.8 亿美元，高于 2015 年的 2.6 亿美元。")
    assert [(m.value, m.qualifier) for m in found] == [(280_000_000, "exact"), (260_000_000, "exact")]
    assert only("捐款高于经常预算的 3%。").qualifier == "at_least"
    # words after the year do not make the compared amount a bound; a share of that year's total keeps it
    found = extract("认捐额为 2.3 亿美元，低于 2017 年创纪录的 2.9 亿美元。")
    assert [(m.value, m.qualifier) for m in found] == [(230_000_000, "exact"), (290_000_000, "exact")]
    assert only("普通用途资金不到 2017 年收入总额的 4%。").qualifier == "at_most"


@pytest.mark.parametrize(
    ("text", "unit"),
    [("捐款 800 万兰特。", "ZAR"), ("拨款 1,200 万卢比。", "INR"), ("提供 50 万新加坡元。", "SGD")],
)
def test_other_currencies(text: str, unit: str) -> None:
    assert only(text).unit == unit


def test_the_noun_after_a_suffix_qualifier_is_still_what_is_counted() -> None:
    m = only("向 45 个以上的国家提供了援助。")
    assert (m.surface, m.qualifier, m.counted) == ("45个以上", "at_least", "个国家")


def test_a_line_break_inside_a_unit_word_keeps_the_unit() -> None:
    m = only("单笔赠款的上限为 3 万美\n\n元。")
    assert (m.surface, m.value, m.unit) == ("3万美元", 30_000, "USD")
    assert only("缉获了 5 公\n斤海洛因。").unit == "kg"


def test_suo_zai_after_a_goal_number_is_not_a_count_of_institutions() -> None:
    assert surfaces("可持续发展目标 16 所载的各项具体目标；设立了 3 所学校。") == ["3所"]
    assert surfaces("这正是可持续发展目标 16 所强调的有效机构。") == []  # 所 + verb + 的: a particle


def test_a_qualifier_holds_across_a_blanked_page_footer_and_the_span_keeps_to_the_number() -> None:
    # a footnote block and page header, blanked in place (etl/furniture.py), between 约 and 为
    text = "自愿捐款认捐总额约\n\n" + " " * 40 + "\n\n" + " " * 30 + "\n为 3.12 亿美元。"
    m = only(text)
    assert (m.value, m.qualifier, m.surface) == (312_000_000, "approx", "3.12亿美元")
    assert text[m.start : m.end] == "3.12 亿美元"


@pytest.mark.parametrize(
    ("text", "surface", "value", "unit", "qualifier"),
    [
        ("各港口共查获不足半吨海洛因。", "不足半吨", 0.5, "t", "at_most"),
        ("查获一吨半可卡因。", "一吨半", 1.5, "t", "exact"),
        ("查获 2 吨半大麻。", "2吨半", 2.5, "t", "exact"),
        ("铲除罂粟约半公顷。", "约半公顷", 0.5, "ha", "approx"),
    ],
)
def test_half_is_a_number_before_or_after_a_unit_of_mass_or_area(
    text: str, surface: str, value: float, unit: str, qualifier: str
) -> None:
    m = only(text)
    assert (m.surface, m.value, m.unit, m.qualifier) == (surface, value, unit, qualifier)


@pytest.mark.parametrize(
    "text", ["缉获量过半吨。", "一半吨位闲置。", "上半年缉获量减半。", "半数国家作了答复。"]
)
def test_half_in_other_words_is_no_number(text: str) -> None:
    assert extract(text) == []


def test_one_joined_to_a_count_with_its_measure_word_is_the_lists_next_count() -> None:
    found = extract("委员会核准了六项决议草案和一项决定草案。还通过了一项决议和一项决定。")
    assert [(m.surface, m.value, m.counted) for m in found] == [
        ("六项", 6, "项决议草案"),
        ("一项", 1, "项决定草案"),
    ]


@pytest.mark.parametrize(
    ("text", "surface", "value", "qualifier"),
    [
        ("办公室向为数逾百的国家提供了援助。", "为数逾百", 100, "at_least"),
        ("与会人数五十开外。", "五十开外", 50, "at_least"),
    ],
)
def test_counts_in_set_phrases_with_no_measure_word(
    text: str, surface: str, value: float, qualifier: str
) -> None:
    m = only(text)
    assert (m.surface, m.value, m.unit, m.qualifier) == (surface, value, "count", qualifier)


@pytest.mark.parametrize("text", ["为数不少的国家作了答复。", "他的名字在五十开外的名单上。"])
def test_a_set_phrase_without_a_number_or_a_headcount_is_no_count(text: str) -> None:
    assert extract(text) == []


def test_a_line_break_inside_a_magnitude_word() -> None:
    m = only("拉丁美洲和加勒比 53.8 百\n\n万美元。")
    assert (m.surface, m.value, m.unit) == ("53.8百万美元", 53_800_000, "USD")


def test_travel_documents_are_counted_with_ben_like_printed_works() -> None:
    found = [(m.surface, m.value) for m in extract("并截获了 150 多本伪造旅行证件。本报告还载有建议。")]
    assert found == [("150多本", 150)]
