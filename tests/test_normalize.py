"""Normalization makes full-width forms matchable and never moves an offset."""

from etl.normalize import normalize


def test_full_width_digits_and_signs_become_ascii() -> None:
    assert normalize("１２３．５％ ２０１２－２０１３") == "123.5% 2012-2013"


def test_chinese_punctuation_keeps_its_meaning() -> None:
    # the Chinese comma separates clauses; it must never look like a thousands separator
    assert normalize("资金，3 4.754 亿美元（见下文）；") == "资金，3 4.754 亿美元（见下文）；"


def test_length_and_offsets_are_preserved() -> None:
    text = "约　２．４５ 亿美元\r\n和１，６００多名"
    out = normalize(text)
    assert len(out) == len(text)
    assert out.index("2.45") == text.index("２．４５")


def test_a_full_width_comma_between_full_width_digit_groups_is_a_thousands_separator() -> None:
    assert normalize("１２，３４５名，３个") == "12,345名，3个"


def test_a_line_break_inside_the_digit_group_after_a_full_width_thousands_comma() -> None:
    assert normalize("海洛因１，１\n\n２０公斤，第１，２，３段") == "海洛因1,1\n\n20公斤，第1，2，3段"
