"""A clock range's start on the day its end is given: "between 2:40 p.m. and 3 p.m. on Thursday".

A day written after a range of clock times belongs to the whole range, but the neighbour steps
of :mod:`context` only hand it to the clock right before it, so the range's first clock stays on
the publication day (or on whatever day an earlier sentence left it). Once every clock sits on
its day, the first clock of a "between/from X and/to Y" range takes the day its end took. Runs
after :func:`~generator.extract.temporal.storyday.settle_on_story_day`. Nothing here imports
spaCy.
"""

from __future__ import annotations

import re

from generator.extract.hits import Timex
from generator.extract.temporal.clockday import clock_on, is_bare_clock

__all__ = ["clock_range_on_its_day"]

#: "between"/"from" right before the range's first clock.
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
#: What joins a range's two clocks: "2:40 p.m. and 3 p.m.", "9 a.m. to 5 p.m.".
_RANGE_JOIN = re.compile(r"\s*(?:and|to|until|till|through|-|–)\s*", re.IGNORECASE)
_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\dT")


def clock_range_on_its_day(timexes: list[Timex], text: str) -> list[Timex]:
    """Put the first clock of a clock range on the day of the second.

    Args:
        timexes: resolved expressions in text order, every clock on its day.
        text: the document text the offsets point into.

    Returns:
        The list with each range start moved to its end's day; nothing else changes.
    """
    fixed = list(timexes)
    for i, (first, second) in enumerate(zip(timexes, timexes[1:])):
        if _opens_range(first, second, text) and first.value[:10] != second.value[:10]:
            fixed[i] = clock_on(first, second)
    return fixed


def _opens_range(first: Timex, second: Timex, text: str) -> bool:
    """True for two bare clocks joined as a range ("between 2:40 p.m. and 3 p.m.") whose
    second one carries a full date."""
    return (is_bare_clock(first) and is_bare_clock(second)
            and _FULL_DAY.match(second.value) is not None
            and _RANGE_OPEN.search(text, max(0, first.start - 9), first.start) is not None
            and _RANGE_JOIN.fullmatch(text[first.end:second.start]) is not None)
