"""The quantity in context: the windows one classification reads (cut by etl/context.py), and the run
of values listed right after one."""

from __future__ import annotations

import re
from dataclasses import dataclass

from etl.models import MentionRecord, Sentence

# An ASCII comma breaks a clause too ("增至 190 个,这表明…"), except between digits (1,600; 2,\n000).
CLAUSE_BREAK = re.compile(r"[，；;。：！？]|,(?!\s{0,6}[0-9])")


@dataclass(frozen=True)
class MentionContext:
    """One quantity with the windows its classification reads."""

    mention: MentionRecord
    sentence: Sentence
    windows: dict[str, str]
    instrument: str | None  # the instrument named last before the number, in its paragraph
    instrument_after: str | None  # the instrument named first in the `after` window (up to the next number)
    before_instrument: str  # `before`, cut at that instrument's title when it falls inside
    lead: str  # the sentence up to the number
    tail: str  # the clause after the number
    previous: int | None  # index (in the mention list) of the previous quantity of the sentence


def listed_run(contexts: list[MentionContext], first: int, joiner: re.Pattern[str]) -> list[int]:
    """`first` and the values of its sentence listed right after it, each joined to the one before by a
    list joiner ("分别为 X、Y 和 Z"), as indices."""
    run = [first]
    while (
        run[-1] + 1 < len(contexts)
        and contexts[run[-1] + 1].previous == run[-1]
        and joiner.search(contexts[run[-1] + 1].windows["before"])
    ):
        run.append(run[-1] + 1)
    return run
