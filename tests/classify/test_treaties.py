"""Treaty party counts: totals only, each treaty told apart however the report names it."""

from __future__ import annotations

from tests.classify.helpers import facts

FOUR_TREATIES = """
1. 截至编写本报告之时，《联合国打击跨国有组织犯罪公约》共有 185 个缔约方；《联合国打击跨国有组织犯罪公约
关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》有 169 个缔约方；《联合国打击跨国有组织
犯罪公约关于打击陆、海、空偷运移民的补充议定书》有 142 个缔约方；《联合国打击跨国有组织犯罪公约关于打击
非法制造和贩运枪支及其零部件和弹药的补充议定书》有 110 个缔约方。
"""


def test_one_sentence_lists_four_treaties_with_their_party_counts() -> None:
    assert facts(FOUR_TREATIES, published=2017, coverage=(2016, 2017)) == {
        ("untoc_parties", 2017, 2017, "as_of", 185, "exact"),
        ("tip_protocol_parties", 2017, 2017, "as_of", 169, "exact"),
        ("smuggling_protocol_parties", 2017, 2017, "as_of", 142, "exact"),
        ("firearms_protocol_parties", 2017, 2017, "as_of", 110, "exact"),
    }


def test_new_ratifications_are_not_the_party_total() -> None:
    text = """
1. 《联合国打击跨国有组织犯罪公约》继续得到广泛支持。在本报告所述期间，有 7 个国家批准了《公约》
（缔约方总数达到 177 个），有 5 个国家加入了《关于打击陆、海、空偷运移民的补充议定书》
（缔约方总数达到 138 个）。
"""
    assert facts(text, published=2014, coverage=(2013, 2014)) == {
        ("untoc_parties", 2014, 2014, "as_of", 177, "exact"),
        ("smuggling_protocol_parties", 2014, 2014, "as_of", 138, "exact"),
    }


def test_the_short_form_means_the_treaty_the_paragraph_named() -> None:
    text = """
1. 《联合国反腐败公约》的实施情况审议继续推进。目前，《公约》已有 175 个缔约国。
"""
    assert facts(text) == {("uncac_parties", 2015, 2015, "as_of", 175, "exact")}


def test_parties_under_review_are_not_the_party_total() -> None:
    text = """
1. 在本审议周期内，接受审议的《联合国反腐败公约》33 个缔约国已提交了自评清单，
其中有 20 个缔约国完成了国别访问。
"""
    assert facts(text) == set()


def test_a_count_of_parties_stated_as_a_number_reached() -> None:
    text = """
1. 赞赏地注意到《联合国打击跨国有组织犯罪公约》的缔约国数目已达 187 个，这表明了国际社会的决心；
"""
    assert facts(text, published=2016, coverage=(2016, 2016)) == {
        ("untoc_parties", 2016, 2016, "as_of", 187, "exact")
    }


def test_a_meeting_of_two_conventions_is_not_a_party_count() -> None:
    text = """
1. 请秘书长支持执行《联合国打击跨国有组织犯罪公约》和《联合国反腐败公约》，
并履行其作为这两项公约缔约方会议秘书处的职能；
"""
    assert facts(text) == set()


def test_ratifications_of_counter_terrorism_instruments() -> None:
    text = """
1. 在本报告所述期间，批准各项国际反恐法律文书的国家数量增加了 15 个，总数达到 600 个。
"""
    assert facts(text, published=2013, coverage=(2012, 2013)) == {
        ("ct_instrument_new_ratifications", 2013, 2013, "annual", 15, "exact"),
        ("ct_instrument_ratifications", 2013, 2013, "as_of", 600, "exact"),
    }


def test_a_total_stated_as_the_countries_that_have_joined() -> None:
    text = """
1. 截至 2020 年底，已有 187 个国家加入《联合国反腐败公约》。目前共有 190 个国家成为《联合国打击跨国
有组织犯罪公约》的缔约国。
2. 在本报告所述期间，共有 4 个国家加入了《联合国反腐败公约》。2020 年，又有 2 个国家批准了《公约》。
3. 《联合国反腐败公约》的审议继续进行，已有 30 个国家加入了全球执法网络。
"""
    assert facts(text, published=2021, coverage=(2020, 2020)) == {
        ("uncac_parties", 2020, 2020, "as_of", 187, "exact"),
        ("untoc_parties", 2021, 2021, "as_of", 190, "exact"),
    }


def test_the_level_a_party_count_reaches_after_its_increase() -> None:
    text = """
1. 《联合国反腐败公约》的实施情况审议继续推进。《公约》缔约方的数目在本报告所述期间增加了 3 个，达到 176 个。
2. 《联合国打击跨国有组织犯罪公约》缔约国总数在 2016 年新增 2 个，增至 188 个。
"""
    assert facts(text, published=2017, coverage=(2016, 2016)) == {
        ("uncac_parties", 2016, 2016, "as_of", 176, "exact"),
        ("untoc_parties", 2016, 2016, "as_of", 188, "exact"),
    }


def test_titles_listed_then_their_party_counts_respectively() -> None:
    text = (
        "1. 截至 2019 年底，《联合国打击跨国有组织犯罪公约》、《贩运人口议定书》、《偷运移民议定书》"
        "和《枪支议定书》的缔约方分别为 189 个、176 个、149 个和 118 个。"
    )
    assert facts(text, published=2020, coverage=(2019, 2019)) == {
        ("untoc_parties", 2019, 2019, "as_of", 189, "exact"),
        ("tip_protocol_parties", 2019, 2019, "as_of", 176, "exact"),
        ("smuggling_protocol_parties", 2019, 2019, "as_of", 149, "exact"),
        ("firearms_protocol_parties", 2019, 2019, "as_of", 118, "exact"),
    }


def test_titles_and_counts_that_do_not_pair_up_give_no_party_counts() -> None:
    text = (
        "1. 截至 2019 年底，《联合国打击跨国有组织犯罪公约》和《枪支议定书》"
        "的缔约方分别为 189 个、176 个和 118 个。"
    )
    assert facts(text, published=2020, coverage=(2019, 2019)) == set()


def test_party_counts_listed_after_each_title() -> None:
    text = (
        "1. 截至 2019 年 7 月 1 日，各项文书的缔约方数目如下：《有组织犯罪公约》，189 个缔约方；"
        "《贩运人口议定书》：175 个缔约方；《枪支议定书》，118 个缔约方。"
    )
    assert facts(text, published=2019, coverage=(2018, 2019)) == {
        ("untoc_parties", 2019, 2019, "as_of", 189, "exact"),
        ("tip_protocol_parties", 2019, 2019, "as_of", 175, "exact"),
        ("firearms_protocol_parties", 2019, 2019, "as_of", 118, "exact"),
    }


def test_parties_doing_something_after_a_title_are_not_a_count() -> None:
    text = "1. 关于《联合国反腐败公约》，32 个缔约方提交了自评清单。"
    assert facts(text, published=2019, coverage=(2018, 2019)) == set()
