"""Thousands grouped by spaces in a table row: the runs of digits a row's spaces leave are joined back into
one number per column, and only when one joining is best."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from etl.quantities.thousands import grouped_numbers


def runs_of(text: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for token in text.split(" "):
        out.append((pos, token))
        pos += len(token) + 1
    return out


def test_two_amounts_and_a_percentage_under_three_columns() -> None:
    joined = grouped_numbers(runs_of("141 650 152 860 7.9"), {3, 2})
    assert joined == [(0, "141 650"), (8, "152 860"), (16, "7.9")]


def test_a_row_with_as_many_runs_as_columns_is_left_as_written() -> None:
    assert grouped_numbers(runs_of("131.5 162.0"), {2, 1}) is None


def test_a_tie_between_joinings_is_no_reading() -> None:
    # 1 234 567 under two columns: 1 234 | 567 or 1 | 234 567, each with one run of two
    assert grouped_numbers(runs_of("1 234 567"), {2}) is None


def _spaced(n: int) -> str:
    return f"{n:,}".replace(",", " ")


@given(st.lists(st.integers(min_value=1_000, max_value=999_999), min_size=1, max_size=4))
def test_amounts_of_one_size_are_read_back(amounts: list[int]) -> None:
    # amounts of 4 to 6 digits, each two runs: the joining with the fewest runs per number is the one
    row = " ".join(_spaced(a) for a in amounts)
    joined = grouped_numbers(runs_of(row), {len(amounts)})
    assert joined is not None
    assert [int(text.replace(" ", "")) for _, text in joined] == amounts
