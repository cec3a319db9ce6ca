"""Wordings met in a sixteenth round of reports written blind to the rules: parties listed with each
treaty's title after its count, an as-of date in the sentence before, 同年 opening a paragraph, instruments
named as 此类文书 (sentences made up for the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_protocol_parties_each_followed_by_its_title_as_of_the_date_before() -> None:
    text = (
        "A. 条约\n\n"
        "1. 截至 2018 年 5 月 31 日，《公约》的缔约方总数达到 189 个。"
        "《公约》三项议定书的缔约方数目依次为 173 个"
        "（《关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》）、"
        "146 个（《关于打击陆、海、空偷运移民的补充议定书》）和 116 个"
        "（《关于打击非法制造和贩运枪支及其零部件和弹药的补充议定书》）。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("tip_protocol_parties", 2018, 2018, "as_of", 173, "exact") in found
    assert ("smuggling_protocol_parties", 2018, 2018, "as_of", 146, "exact") in found
    assert ("firearms_protocol_parties", 2018, 2018, "as_of", 116, "exact") in found


def test_the_same_year_opening_a_paragraph_and_such_instruments() -> None:
    text = (
        "D. 预防恐怖主义\n\n"
        "1. 该办公室继续协助会员国批准和实施十九项普遍性反恐怖主义国际法律文书。"
        "2017 年，在该办公室的援助下，各国共批准或加入此类文书 33 项，"
        "使截至 2017 年底的批准总数达到 3,040 项。此外，该办公室注重法治。\n\n"
        "2. 同年，毒品和犯罪问题办公室向 36 个国家提供了国家一级的直接援助，并通过 48 次区域和分区域讲习班"
        "覆盖了 95 个国家。\n"
    )
    found = facts(text, published=2019, coverage=(2018, 2018))
    assert ("ct_instrument_new_ratifications", 2017, 2017, "annual", 33, "exact") in found
    assert ("countries_direct_assistance_counter_terrorism", 2017, 2017, "annual", 36, "exact") in found
    assert ("countries_reached_ct_workshops", 2017, 2017, "annual", 95, "exact") in found
