"""The weekday of a plan told in the past perfect, which may lie on either side of the story.

"The rocket had been due to lift off at 10:42 p.m. on Monday" in Wednesday's story tells of a
launch scrubbed on its day, two days back; "the satellite had been due to lift off on Thursday"
in Tuesday's story, of a launch called off two days ahead of it. The past perfect says only
that the plan was dropped, not whether its day has come, so the weekday is the one nearest to
the publication date (at most three days away), not the latest one the past tense would give.
Runs before :mod:`context`, so a clock joined to the weekday follows it. Nothing here imports
spaCy: it asks :mod:`tense` about the parse of a ``Doc`` it is given.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.perfect import in_plan_gone_by

__all__ = ["weekday_of_a_plan_gone_by"]

#: Rules of a bare weekday ("on Monday").
_WEEKDAY_RULES = ("rel-weekday",)


def weekday_of_a_plan_gone_by(timexes: list[Timex], doc,
                              published: dt.date | None) -> list[Timex]:
    """Move the bare weekday of a dropped plan to its occurrence nearest the publication date."""
    if published is None:
        return timexes
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if (timex.rule not in _WEEKDAY_RULES or timex.range is None
                or timex.range.granularity != "day"
                or not in_plan_gone_by(doc, timex.start, timex.end)):
            continue
        day = nearest_weekday(published, timex.range.start.isoweekday())
        value = day.isoformat()
        fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed


def nearest_weekday(base: dt.date, weekday: int) -> dt.date:
    """The ``weekday`` (1 = Monday) closest to ``base``: at most three days back or ahead."""
    ahead = (weekday - base.isoweekday()) % 7
    return base + dt.timedelta(days=ahead if ahead <= 3 else ahead - 7)
