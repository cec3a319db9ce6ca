"""Lexicon: the words around a number that make it a quantity, as plain data.

Units (currencies, mass, area, volume, percent), measure words for counts (with the characters
that, following them, show the word is something else: 支持 is not 支 + 持), qualifiers before and
after a number, and the words that end a counted noun phrase. No logic lives here beyond tiny
helpers.
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
# 成 after a Chinese numeral is tenths: 七成 is 70 %. Only before these characters (七成以上, 近三成的,
# 三成，…): 成 also starts words (成员, 成为, 成果) that follow numerals in other senses.
TENTHS: Final[str] = "成"
TENTHS_BEFORE: Final[str] = "以左多的，。、；,;是来用属在占"

# Measure words for counts → characters that must not follow (the pair is another word).
# Longer words first where one is a prefix of another (人次 before 人).
MEASURE_WORDS: Final[dict[str, str]] = {
    "人次": "",
    "个": "别体性",
    "名": "为称义单字额誉列次副牌片录胜言著流声望",
    "项": "",
    "起": "草来到见源点初始身飞",
    "份": "额子",
    "家": "庭属乡园长",
    "次": "",
    "种": "族植子类",
    "支": "持付助援出配柱部队",
    "件": "",
    "批": "准评示",
    "人": "权口道类民员士质格事力工造为身们文性",
    "国": "际内外民籍情务会库旗歌界土家",
    "门": "户槛",
    "艘": "",
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
    "场": "所合地外景",
    "期": "间刊望限待货末满内初",
    "条": "约例件款规",
    "例": "如外",
    "宗": "旨教",
    "位": "于置",
    "类": "似型别",
    "座": "谈",
    "所": "有述在需以得属做示列作致造说谓长",
    "部": "门长分署队委件位落属",
    "处": "理于罚境长置分室",
    "本": "报国组届年次办身区地着质来部书",
}
# Measure words that count only after a Chinese numeral: 四国 is four countries, 20 国集团 is a name.
CHINESE_ONLY_MEASURES: Final[frozenset[str]] = frozenset({"国", "本"})
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
}
# Characters that, before a prefix qualifier, make it part of another word: 公约, 条约, 最近, 附近, 放不下.
PREFIX_NOT_AFTER: Final[dict[str, str]] = {
    "约": "公条合节制预契特简",
    "近": "最附靠新远临亲几",
    "不下": "放留装容坐住写吃",  # 放不下 (cannot hold) is a verb, not "no fewer than"
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
    "之多": "at_least",
    "以下": "at_most",
    "以内": "at_most",
}
SUFFIX_NOT_BEFORE: Final[dict[str, str]] = {"上下": "文游", "以下": "列述各简称文几"}
# 多/余 after a physical or money unit: "93 吨多可卡因" is more than 93 t; 多种, 多边, 多国 are other words.
MORE_AFTER_UNIT_CATEGORIES: Final[frozenset[Category]] = PHYSICAL_CATEGORIES | {"money"}
MORE_AFTER_UNIT_NOT_BEFORE: Final[str] = "种样个边国年次项名元方数重层部学语类家批极功用位党"
# A qualifier after the counted noun: "45 个国家以上".
SUFFIX_AFTER_NOUN: Final[dict[str, Qualifier]] = {"以上": "at_least", "左右": "approx", "之多": "at_least"}

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

# Words that end a counted noun phrase ("个国家批准了…" → 个国家).
PHRASE_STOP_WORDS: Final[tuple[str, ...]] = (
    "的",
    "在",
    "中",
    "于",
    "被",
    "已",
    "将",
    "为",
    "向",
    "对",
    "从",
    "并",
    "而",
    "都",
    "也",
    "还",
    "就",
    "之",
    "以",
    "是",
    "有",
    "等",
    "达",
    "至",
    "到",
    "由",
    "给",
    "其",
    "这",
    "该",
    "各",
    "每",
    "提供",
    "接受",
    "参加",
    "参与",
    "开展",
    "实施",
    "执行",
    "批准",
    "加入",
    "获得",
    "得到",
    "发放",
    "通过",
    "举办",
    "举行",
    "编写",
    "完成",
    "进行",
    "支持",
    "支助",
    "协助",
    "帮助",
    "覆盖",
    "涵盖",
    "收录",
    "提交",
    "签署",
    "出席",
    "受益",
    "定稿",
    "正在",
    "已经",
    "接触",
    "合作",
    "组成",
    "代表",
    "分享",
    "建立",
    "制定",
    "采用",
    "使用",
    "涉及",
    "报告的",
    "报告了",
    "报告说",
    "报告称",
    "起草",
    "修订",
    "应对",
    "领导",
    "增加",
    "减少",
    "扩展",
    "惠及",
    "汇集",
    "启动",
    "发起",
    "设立",
    "作出",
    "来自",
    "包括",
    "可以",
    "能够",
    "得以",
    "予以",
    "关于",
    "旨在",
    "多数",
    "供",
    "用于",
    "分别",
    "仍",
    "左右",
    # verbs a subject noun runs into ("两个委员会似宜考虑…", "两个方面防止…"); not words that are nouns
    # too (决定, 建议, 审议, 要求: "两项决定")
    "似宜",
    "考虑",
    "防止",
    "认为",
    "指出",
    "强调",
    "呼吁",
    "鼓励",
    "面临",
    "表示",
    "同意",
    "成为",
)
# Nouns that begin with a stop word's character: "从业人员" is not 从 (from), "中心" is not 中 (in).
PHRASE_STOP_EXCEPTIONS: Final[tuple[str, ...]] = (
    "从业",
    "中心",
    "中央",
    "中东",
    "中亚",
    "中美洲",
    "中非",
    "中部",
)
# Verbs that open a relative clause right after a measure word: 个提出请求的国家, 个接受审议的缔约国.
RELATIVE_CLAUSE_VERBS: Final[tuple[str, ...]] = ("提出", "接受", "参与", "参加", "受", "实施", "提供", "来自")
# Clauses between a measure word and its noun that the counted phrase leaves out (up to 的).
SKIPPED_CLAUSE_OPENERS: Final[tuple[str, ...]] = ("关于", "供", "由", "用于", "涉及")
CONJUNCTIONS: Final[tuple[str, ...]] = ("以及", "和", "及", "与", "或")
# Nouns before a number: "缔约方总数达到168个" counts 缔约方.
TOTAL_WORDS: Final[tuple[str, ...]] = ("总数", "数目", "数量", "总额")
# A subject ending like this names an amount even without a link word: "认捐总额", "合并预算".
AMOUNT_NOUN_ENDINGS: Final[tuple[str, ...]] = ("额", "款", "金", "算", "入", "出", "费", "资", "捐", "比例")
# Linking words between a subject and its amount: "收入为 470 万美元", "总额约 2.45 亿美元".
SUBJECT_LINKS: Final[tuple[str, ...]] = (
    "分别",
    "从",  # "所占比例从 85% 降至…": the subject of a change
    "由",
    "只有",
    "只",
    "仍有",
    "仍",
    "还",
    "已",
    "达到",
    "共计",
    "合计",
    "总计",
    "约为",
    "约",
    "为",
    "是",
    "达",
    "有",
    "包括",
    "了",
    "共",
    "计",
    "超过",
    "不到",
    "近",
    "逾",
)
