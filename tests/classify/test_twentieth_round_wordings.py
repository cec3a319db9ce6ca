"""Wordings met in a twentieth round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_seizures_of_these_units_and_specifically_after_the_programme() -> None:
    text = (
        "A. 减少供应\n\n"
        "1. 集装箱管制方案在 2020 年覆盖 72 个国家，各单位当年的缉获量仍创下新高。\n\n"
        "2. 具体而言，可卡因的缉获量为 96 吨；海洛因为 2.1 吨，大麻 38 吨。\n\n"
        "3. 这些单位在当年的执法成果相当可观：前体化学品的缉获量则有约 980 吨。\n"
    )
    found = facts(text, published=2021, coverage=(2020, 2020))
    assert ("ccp_cocaine_seized", 2020, 2020, "annual", 96, "exact") in found
    assert ("ccp_heroin_seized", 2020, 2020, "annual", 2.1, "exact") in found
    assert ("ccp_cannabis_seized", 2020, 2020, "annual", 38, "exact") in found
    assert ("ccp_precursors_seized", 2020, 2020, "annual", 980, "approx") in found


def test_bounds_trainees_and_income_in_other_words() -> None:
    text = (
        "B. 贩运人口和偷运移民\n\n"
        "1. 在贩运人口和偷运移民领域，接受办公室援助的国家不少于 95 个。\n\n"
        "2. 受训人员数目继续上升。2017 年接受培训的人数为 4,100 名（2016 年：3,650 名）。\n\n"
        "C. 资金\n\n"
        "3. 相比之下，普通用途收入延续多年下滑之势，2017 年仅为 480 万美元。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2017))
    assert ("countries_assisted_trafficking_smuggling", 2017, 2017, "annual", 95, "at_least") in found
    assert ("practitioners_trained_trafficking_smuggling", 2017, 2017, "annual", 4100, "exact") in found
    assert ("practitioners_trained_trafficking_smuggling", 2016, 2016, "annual", 3650, "exact") in found
    assert ("general_purpose_income", 2017, 2017, "annual", 4_800_000, "exact") in found
