"""Wordings met in a fifty-fifth round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_in_that_year_between_the_measure_and_its_verb_and_exercises_called_yanxi() -> None:
    text = (
        "1. 集装箱管制方案管制组查获的可卡因缉获量在该年度达到约 96 吨，"
        "比 2020 年的 81 吨增加了约 18.5%。\n\n"
        "2. 办公室继续组织国际合作演习。2021 年有来自 84 个国家的 312 个国家药物检测实验室参加了该演习。\n\n"
        "3. 普通用途资金收入在该年度为 590 万美元，低于 2020 年的 640 万美元。\n"
    )
    found = facts(text, published=2022, coverage=(2021, 2021))
    assert ("ccp_cocaine_seized", 2021, 2021, "annual", 96, "approx") in found
    assert ("ccp_cocaine_seized", 2020, 2020, "annual", 81, "exact") in found
    assert ("ice_laboratories", 2021, 2021, "annual", 312, "exact") in found
    assert ("ice_countries", 2021, 2021, "annual", 84, "exact") in found
    assert ("general_purpose_income", 2021, 2021, "annual", 5_900_000, "exact") in found


def test_pledges_preliminary_and_final_and_training_in_another_field() -> None:
    text = (
        "1. 2011 年自愿捐款认捐额的初步数字为 2.38 亿美元，低于 2010 年最后认捐额 2.47 亿美元。\n\n"
        "二. 贩运人口和偷运移民\n\n"
        "2. 在网络犯罪领域，办公室在 2011 年为 2,300 名调查人员和检察官举办了培训。\n"
    )
    found = facts(text, published=2012, coverage=(2011, 2011))
    assert ("voluntary_contributions_pledged", 2011, 2011, "annual", 238_000_000, "exact") in found
    assert ("voluntary_contributions_pledged", 2010, 2010, "annual", 247_000_000, "exact") in found
    assert not [f for f in found if f[0] == "practitioners_trained_trafficking_smuggling"]
