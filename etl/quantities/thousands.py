"""Thousands grouped by spaces: the numbers of a table row set with spaces, where a space may also group
a number's thousands ("药物管制署基金 141 650 152 860 7.9" under three columns is 141 650, 152 860, 7.9).

A row's numbers are the runs of digits its spaces leave; when there are more runs than the header has
columns, the runs that can be one number (a run of one to three digits, then runs of exactly three) are
joined until as many numbers as columns are left. Of the ways to do so, the one whose numbers hold the
fewest runs each is taken ("141 650 | 152 860", not "141 650 152 | 860"); a tie is no reading at all.
"""

from __future__ import annotations

import itertools
import re

_LEADING_GROUP = re.compile(r"\d{1,3}")
_NEXT_GROUP = re.compile(r"\d{3}(?:\.\d+)?")
_MAX_RUNS = 12  # a row with more runs is read as written (the ways to join grow as 2**runs)


def grouped_numbers(runs: list[tuple[int, str]], columns: set[int]) -> list[tuple[int, str]] | None:
    """`runs` (start, text) joined into one number per column, for a count of columns in `columns`
    (a header may or may not name the label's column); None when no single best joining gives one."""
    if len(runs) in columns or len(runs) > _MAX_RUNS:
        return None
    joinable = [
        i
        for i in range(len(runs) - 1)
        if _LEADING_GROUP.fullmatch(runs[i][1]) and _NEXT_GROUP.fullmatch(runs[i + 1][1])
    ]
    best: list[list[list[int]]] = []
    best_size = len(runs) + 1
    for count in sorted(columns):
        joins = len(runs) - count
        if joins <= 0 or joins > len(joinable):
            continue
        for chosen in itertools.combinations(joinable, joins):
            groups = _groups(len(runs), set(chosen))
            if not all(_one_number([runs[i][1] for i in g]) for g in groups):
                continue
            size = max(len(g) for g in groups)
            if size < best_size:
                best, best_size = [groups], size
            elif size == best_size:
                best.append(groups)
    if len(best) != 1:
        return None
    return [(runs[g[0]][0], " ".join(runs[i][1] for i in g)) for g in best[0]]


def _groups(n: int, joins: set[int]) -> list[list[int]]:
    """The runs 0..n-1 split into groups, run i joined to run i+1 for each i in `joins`."""
    groups: list[list[int]] = [[0]]
    for i in range(1, n):
        if i - 1 in joins:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _one_number(parts: list[str]) -> bool:
    """Whether runs joined read as one number: one to three digits, then groups of three (only the last
    may carry decimals)."""
    if len(parts) == 1:
        return True
    if not _LEADING_GROUP.fullmatch(parts[0]):
        return False
    return all(re.fullmatch(r"\d{3}", p) for p in parts[1:-1]) and bool(_NEXT_GROUP.fullmatch(parts[-1]))
