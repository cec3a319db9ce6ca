"""Wordings met in a fifty-seventh round of reports written blind to the rules (sentences made up for
the tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_cleft_sentences_name_what_is_counted_after_the_number() -> None:
    text = (
        "1. 在全球打击洗钱、犯罪所得和资助恐怖主义行为方案下，2023 年接受援助的，是 58 个国家。\n\n"
        "四. 打击腐败\n\n"
        "2. 2023 年在执行《联合国反腐败公约》方面得到该办公室技术援助的，是 71 个国家。\n"
    )
    found = facts(text, published=2024, coverage=(2023, 2023))
    assert ("countries_assisted_money_laundering", 2023, 2023, "annual", 58, "exact") in found
    assert ("uncac_assisted_countries", 2023, 2023, "annual", 71, "exact") in found


def test_a_value_compared_with_years_ago_that_name_their_year() -> None:
    text = "1. 2023 年自愿捐款认捐总额为 4.46 亿美元，比十年前（2013 年）的 2.69 亿美元增长了约 66%。\n"
    found = facts(text, published=2024, coverage=(2023, 2023))
    assert ("voluntary_contributions_pledged", 2013, 2013, "annual", 269_000_000, "exact") in found
