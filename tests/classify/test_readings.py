"""The plainer readings of the words before a quantity, as pure functions of text."""

from __future__ import annotations

import pytest

from etl.readings import plainer_readings


def readings_of(before: str, surface: str = "100个") -> set[str]:
    return {reading(before) for reading in plainer_readings(surface)} - {before}


@pytest.mark.parametrize(
    ("before", "plain"),
    [
        ("普通用途收入在2019年降至", "普通用途收入降至"),
        ("缔约国数目截至2018年12月31日为", "缔约国数目为"),
        ("前体化学品方面，2012年的缴获量达到", "前体化学品缴获量达到"),
        ("参加演练的国家药物检测实验室，共计", "参加演练的国家药物检测实验室共计"),
        ("可卡因缉获量已连续第三年上升：2012年为", "可卡因缉获量为"),
        ("认捐额较2013年", "认捐额为"),
    ],
)
def test_each_wording_has_its_plain_statement_among_the_readings(before: str, plain: str) -> None:
    assert plain in readings_of(before)


def test_a_bound_stands_for_the_verb_only_when_it_opens_the_quantity() -> None:
    assert "自愿捐款认捐额为" in readings_of("自愿捐款认捐额", "超过3.06亿美元")
    assert "自愿捐款认捐额为" not in readings_of("自愿捐款认捐额", "3.06亿美元")


def test_words_with_nothing_to_read_past_have_no_other_reading() -> None:
    assert readings_of("向该办公室提供捐款的捐助方数目为") == set()
