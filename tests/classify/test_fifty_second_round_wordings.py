"""Wordings met in a fifty-second round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_counts_before_their_subject_and_titles_after_respectively() -> None:
    text = (
        "1. 截至 2023 年 12 月 31 日，190 个国家已成为《联合国打击跨国有组织犯罪公约》缔约方，182 个国家"
        "加入了《关于预防、禁止和惩治贩运人口特别是妇女和儿童行为的补充议定书》，152 个和 123 个国家分别"
        "加入了《关于打击陆、海、空偷运移民的补充议定书》和《关于打击非法制造和贩运枪支及其零部件和弹药的"
        "补充议定书》。\n\n"
        "2. 在编写本报告时，191 个缔约方已加入《联合国反腐败公约》。\n"
    )
    found = facts(text, published=2024, coverage=(2023, 2023))
    assert ("untoc_parties", 2023, 2023, "as_of", 190, "exact") in found
    assert ("tip_protocol_parties", 2023, 2023, "as_of", 182, "exact") in found
    assert ("smuggling_protocol_parties", 2023, 2023, "as_of", 152, "exact") in found
    assert ("firearms_protocol_parties", 2023, 2023, "as_of", 123, "exact") in found
    assert ("uncac_parties", 2024, 2024, "as_of", 191, "exact") in found


def test_a_figure_found_wrong_and_the_smuggling_database_its_sentence_names() -> None:
    text = (
        "1. 秘书长上一份报告第 37 段所载 2011 年接受反恐培训的刑事司法官员人数有误，应为 1,720 名，"
        "而非 1,270 名。\n\n"
        "2. 办公室的人口贩运判例法数据库已收录 1,060 多起案件。办公室还建立了偷运移民判例法数据库，"
        "目前收录了约 140 起案件。\n"
    )
    found = facts(text, published=2013, coverage=(2012, 2013))
    assert ("officials_trained_counter_terrorism", 2011, 2011, "annual", 1720, "exact") in found
    assert not [f for f in found if f[4] == 1270]
    assert ("smuggling_case_law_cases", 2013, 2013, "as_of", 140, "approx") in found
    assert not [f for f in found if f[0] == "trafficking_case_law_cases" and f[4] == 140]


def test_prison_staff_trained_in_a_section_on_terrorism_are_one_projects_count() -> None:
    text = (
        "四. 预防恐怖主义\n\n"
        "1. 办公室协助五个国家制定了关于起诉、改造和重返社会的战略，并为 320 多名监狱工作人员提供了"
        "关于管理暴力极端主义囚犯的培训。\n"
    )
    found = facts(text, published=2018, coverage=(2017, 2018))
    assert not [f for f in found if f[0] == "officials_trained_counter_terrorism"]
