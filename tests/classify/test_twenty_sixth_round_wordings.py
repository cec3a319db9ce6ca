"""Wordings met in a twenty-sixth round of reports written blind to the rules (sentences made up for the
tests)."""

from __future__ import annotations

from tests.classify.helpers import facts


def test_a_value_in_brackets_after_即_is_the_bracketed_value() -> None:
    text = (
        "1. 2016年的自愿捐款认捐总额约为2.96亿美元，比2015年（即2.71亿美元）增长了9%。\n\n"
        "2. 截至2016年底，偷运移民判例法数据库所收录的判例（即210多起）均可在网上查阅。\n"
    )
    found = facts(text, published=2017, coverage=(2016, 2016))
    assert ("voluntary_contributions_pledged", 2015, 2015, "annual", 271_000_000, "exact") in found
    assert ("smuggling_case_law_cases", 2016, 2016, "as_of", 210, "at_least") in found
