"""Lexicon: the words around a number that make it a quantity, as plain data.

Units (currencies, mass, area, volume, percent), measure words for counts (with the characters
that, following them, show the word is something else: 支持 is not 支 + 持), qualifiers before and
after a number. The words that say what a quantity counts are in `phrase_words`. No logic lives
here beyond tiny helpers.
"""

from __future__ import annotations

from typing import Final, Literal

Qualifier = Literal["exact", "approx", "at_least", "at_most"]
Category = Literal["money", "count", "mass", "area", "volume", "percent"]

# Currency words after a number (longest first when matching) → ISO 4217 code.
CURRENCIES: Final[dict[str, str]] = {
    "美元": "USD",
    "美金": "USD",
    "欧元": "EUR",
    "英镑": "GBP",
    "日元": "JPY",
    "瑞士法郎": "CHF",
    "人民币元": "CNY",
    "元人民币": "CNY",
    "人民币": "CNY",
    "加拿大元": "CAD",
    "加元": "CAD",
    "澳大利亚元": "AUD",
    "澳元": "AUD",
    "港元": "HKD",
    "卢布": "RUB",
    "新西兰元": "NZD",
    "新加坡元": "SGD",
    "韩元": "KRW",
    "印度卢比": "INR",
    "卢比": "INR",
    "兰特": "ZAR",
    "雷亚尔": "BRL",
    "泰铢": "THB",
    "林吉特": "MYR",
    "奈拉": "NGN",
    "瑞典克朗": "SEK",
    "挪威克朗": "NOK",
    "丹麦克朗": "DKK",
    "元": "CNY",
}
# 元 alone is yuan only when no word continues it: 元素, 元首, 元旦, 元年 are not money.
CURRENCY_NOT_BEFORE: Final[dict[str, str]] = {"元": "素首旦年月老帅化件"}

# Physical units → (unit, factor to that unit, category): seizures by mass, crops by area
# (opium poppy in hectares), precursor chemicals by volume.
PHYSICAL_UNITS: Final[dict[str, tuple[str, float, Category]]] = {
    "公吨": ("t", 1.0, "mass"),
    "吨": ("t", 1.0, "mass"),
    "公斤": ("kg", 1.0, "mass"),
    "千克": ("kg", 1.0, "mass"),
    "毫克": ("kg", 1e-6, "mass"),
    "克": ("kg", 1e-3, "mass"),
    "公顷": ("ha", 1.0, "area"),
    "平方公里": ("km2", 1.0, "area"),
    "公升": ("l", 1.0, "volume"),
    "升": ("l", 1.0, "volume"),
}
PHYSICAL_CATEGORIES: Final[frozenset[Category]] = frozenset(c for _, _, c in PHYSICAL_UNITS.values())
# Characters that, after a physical unit word, make it another word: 克隆, 克服; 升至, 升高 (a rise).
PHYSICAL_NOT_BEFORE: Final[dict[str, str]] = {"克": "服隆罗林拉里什朗", "升": "至到为高级值格任学"}

PERCENT_SIGNS: Final[tuple[str, ...]] = ("%", "％", "个百分点", "百分点")
# 成 after a Chinese numeral is tenths: 七成 is 70 % (七成以上, 近三成的, 超过八成实验室). Not before
# these characters: 成 also starts words (成员, 成为, 成果, 成立, 一成不变) that follow numerals in
# other senses.
TENTHS: Final[str] = "成"
TENTHS_NOT_BEFORE: Final[str] = "员为果功立就本熟效绩交都千倍批套型份分品不败真长"

# Measure words for counts → characters that must not follow (the pair is another word).
# Longer words first where one is a prefix of another (人次 before 人).
MEASURE_WORDS: Final[dict[str, str]] = {
    "人次": "",
    "册": "",  # 分为五册 (volumes)
    "章": "程节",  # 共分四章 (not 章程, 章节)
    "个": "别性",  # (个体 in MEASURE_NOT_BEFORE_WORDS: "30 多个体育组织" counts)
    "名": "称义单字额誉列次副牌片录胜言著流声望",
    "项": "",
    "起": "草到见源点初始身飞",  # (起来 in MEASURE_NOT_BEFORE_WORDS: "140 多起来自各区域的案件" counts)
    "份": "额子",
    "家": "庭属乡园长",
    "次": "",
    "种": "族植子类",
    "支": "持付助援出配柱部队",
    "件": "",
    "批": "准评示",
    "人": "权口道类民员士质格事力工造为身们文性",
    "国": "际内外民籍情务会库旗歌界土家企",
    "门": "户槛",
    "艘": "",
    "票": "据数务房选价证",  # 121 票赞成 (votes; not 票据, 票数)
    "架": "构",
    "辆": "",
    "台": "湾风上",
    "套": "",
    "篇": "",
    "页": "面",
    "张": "贴",
    "块": "",
    "剂": "量型",
    "片": "区面",
    "粒": "",
    "枚": "",
    "颗": "",
    "头": "部号",
    "箱": "",
    "袋": "",
    "包": "括含",
    "届": "时满",
    "轮": "",
    "户": "口籍外主内头型",
    "集": "团中体合会市成资结约散",
    "场": "所合地外景",
    "期": "间刊望限待货末满内初",
    "条": "约例件款",
    "例": "如外",
    "宗": "旨教",
    "位": "于置",
    "类": "似型别",
    "座": "谈",
    "所": "有述在需以得属做示列作致造说谓长载提涉采面获带确必强体要规指倡",
    "部": "门长分署队委件位落属",
    "处": "理于罚境长置分室",
    "组": "织成建合长员别件委团装",  # 分为四组专题 (not 组织, 组成)
    "笔": "记者录试画直",  # 两笔多年期认捐 (not 笔记, 笔者)
    "本": "报国组届年次办身区地着质来部书",
}
# Words that must not follow a measure word, where one character would say too much: 条规定 is "the
# article provides", but 122 条规则 counts rules.
MEASURE_NOT_BEFORE_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "条": ("规定",),
    "个": ("体户", "体经营", "体差异", "体化"),  # 个体 (individual), but 30 个体育组织
    "起": ("来看", "来说", "来的", "来了", "来，", "来。", "来；"),  # 起来 (up), but 三起来自…的案件
}
# Measure words that count only after a Chinese numeral (本 after digits is "this"). 国 counts after
# both (四国, 45 国, 30 余国); 20 国集团 is a name (exclusions.is_name_after_guo).
CHINESE_ONLY_MEASURES: Final[frozenset[str]] = frozenset({"本"})
# ... except 本 before a printed work: "7 本（培训）手册" counts handbooks (本 after digits is "this")
PRINTED_WORKS: Final[tuple[str, ...]] = (
    "手册",
    "指南",
    "出版物",
    "刊物",
    "教材",
    "汇编",
    "小册子",
    "期刊",
    "杂志",
    "工具包",
    "读本",
    "图书",
    "护照",  # "截获了 150 多本伪造旅行证件": travel documents are printed too
    "证件",
    "旅行证件",
)
# Measure words that are the counted noun themselves: "50多人" counts 人, "四国" counts 国.
SELF_COUNTED: Final[frozenset[str]] = frozenset({"人", "人次", "国"})
# 个 followed by a time word is a duration (六个月, 12 个星期), never a count.
DURATION_AFTER_GE: Final[tuple[str, ...]] = (
    "月",
    "多月",
    "半月",
    "星期",
    "礼拜",
    "小时",
    "钟头",
    "工作日",
    "季度",
    "世纪",
    "年度",
    "年头",
    "财政年度",
    "学年",
    "周末",
)
# 20 国集团, 七国集团, 77 国集团: names, not counts.
NAME_AFTER_GUO: Final[tuple[str, ...]] = ("集团",)

# Qualifiers written before a number (约 2.45 亿, 超过 1,600 名, 将近 90%).
PREFIX_QUALIFIERS: Final[dict[str, Qualifier]] = {
    "大约": "approx",
    "约莫": "approx",
    "大概": "approx",
    "约": "approx",
    "几乎": "approx",
    "近乎": "approx",
    "将近": "at_most",
    "接近": "at_most",
    "近": "at_most",
    "不到": "at_most",
    "不足": "at_most",
    "少于": "at_most",
    "低于": "at_most",
    "不超过": "at_most",
    "最多": "at_most",
    "至多": "at_most",
    "超过": "at_least",
    "逾": "at_least",
    "至少": "at_least",
    "多于": "at_least",
    "高于": "at_least",
    "不少于": "at_least",
    "不低于": "at_least",
    "最少": "at_least",
    "不下于": "at_least",
    "不下": "at_least",
    "不止": "at_least",
    "超出": "at_least",
    "超": "at_least",  # 超 100 个国家 (a terse translator's 超过)
}
# Characters that, before a prefix qualifier, make it part of another word: 公约, 条约, 最近, 附近, 放不下.
PREFIX_NOT_AFTER: Final[dict[str, str]] = {
    "约": "公条合节制预契特简",
    "近": "最附靠新远临亲几",
    "不下": "放留装容坐住写吃",  # 放不下 (cannot hold) is a verb, not "no fewer than"
    "超": "赶高出入",  # 赶超, 高超: words, not "more than"
}
# Linking characters allowed between a prefix qualifier and its number: 约有, 约为, 超过了.
PREFIX_LINKS: Final[str] = "有为合计达了"
# A qualifier earlier in the clause of a "…的 N%" amount: "不到联合国经常预算的1%" is at most 1%.
CLAUSE_QUALIFIERS: Final[tuple[tuple[str, Qualifier], ...]] = (
    ("不到", "at_most"),
    ("不足", "at_most"),
    ("低于", "at_most"),
    ("少于", "at_most"),
    ("将近", "at_most"),
    ("约占", "approx"),
    ("大约", "approx"),
    ("超过", "at_least"),
    ("高于", "at_least"),
    ("多于", "at_least"),
)
# After the number, before the unit: 80多个, 十余个, 200多万, 十几个 (11 to 19: more than ten).
MORE_AFTER_NUMBER: Final[dict[str, Qualifier]] = {"多": "at_least", "余": "at_least", "几": "at_least"}
# After the unit or measure word: 90%左右, 45 个以上, 50人以上.
SUFFIX_QUALIFIERS: Final[dict[str, Qualifier]] = {
    "左右": "approx",
    "上下": "approx",
    "以上": "at_least",
    "以下": "at_most",
    "以内": "at_most",
}
SUFFIX_NOT_BEFORE: Final[dict[str, str]] = {"上下": "文游", "以下": "列述各简称文几"}
# 多/余 after a physical or money unit: "93 吨多可卡因" is more than 93 t; 多种, 多边, 多国 are other words.
MORE_AFTER_UNIT_CATEGORIES: Final[frozenset[Category]] = PHYSICAL_CATEGORIES | {"money"}
MORE_AFTER_UNIT_NOT_BEFORE: Final[str] = "种样个边国年次项名元方数重层部学语类家批极功用位党"
# A qualifier after the counted noun: "45 个国家以上".
SUFFIX_AFTER_NOUN: Final[dict[str, Qualifier]] = {"以上": "at_least", "左右": "approx"}
# (之多, "as many as", only stresses the number: "计 140 吨之多" is 140 t, exact)

# Range connectors between two numbers: 10-15个, 10至15个, 5 000至6 000吨.
RANGE_CONNECTORS: Final[str] = "-–—－~～至到"
# Words between amounts that share the unit written after the last one: "2.9 亿和 3.1 亿美元",
# "190、178 和 119 个", "从 2.42 亿增至 2.45 亿美元", "由 95 增加到 105 个".
LIST_JOINERS: Final[tuple[str, ...]] = (
    "、",
    "以及",
    "和",
    "及",
    "与",
    "或",
    *(f"{verb}{to}" for verb in ("增加", "增长", "上升", "下降", "减少", "提高", "降低") for to in "到至"),
    *(f"{verb}至" for verb in "增升降减"),
    "至",
    "到",
)
MAX_LIST_ITEMS: Final[int] = 8  # how far a list is followed: the look-ahead and look-back stay bounded
