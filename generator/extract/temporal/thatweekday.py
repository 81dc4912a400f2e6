""""that Saturday" pointing back to a date the text named on that weekday: that date.

"The town's bonfire ... will be on 4 November ... The clocks go forward again on 31 March. The
A6 will be closed from 6pm to 10pm that Saturday" (round 50, told on Thursday, Oct. 26, 2023):
"that" points back to a Saturday the story named, the bonfire's 4 November, not to the Saturday
the tense picks nor the one in the week of the date named last. The weekday takes the latest
earlier full date falling on it (within ``_REACH`` timexes) and "that" joins its extent; bare
clocks right before it in its clause ("from 6pm to 10pm that Saturday") move with it. A "that"
before a weekday with no such date ("said that Saturday's storm") changes nothing. Nothing
here imports spaCy: it reads timexes and the text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.clockday import clock_on, is_bare_clock
from generator.extract.temporal.cues import cue_pattern

__all__ = ["weekday_pointed_back"]

#: "that " right before the weekday.
_THAT = cue_pattern("that-before-weekday")
#: A weekday's own rules (a bare weekday, not one with a clock or a part of the day).
_WEEKDAY_RULES = ("rel-weekday",)
#: How many timexes back the date may have been named.
_REACH = 12
#: What may stand between a clock and the weekday that dates it: "from 6pm to 10pm".
_CLOCK_RUN = cue_pattern("clock-run-to-weekday")
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def weekday_pointed_back(timexes: list[Timex], text: str) -> list[Timex]:
    """Put "that <weekday>" on the latest earlier date of that weekday, with its clocks."""
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if timex.rule not in _WEEKDAY_RULES:
            continue
        that = _THAT.search(text, max(0, timex.start - 6), timex.start)
        if that is None:
            continue
        weekday = dt.date.fromisoformat(timex.value[:10]).isoweekday() \
            if _DAY.fullmatch(timex.value) else None
        day = next((t.value[:10] for t in reversed(fixed[max(0, i - _REACH):i])
                    if t.type == "DATE" and _DAY.fullmatch(t.value)
                    and dt.date.fromisoformat(t.value).isoweekday() == weekday), None)
        if weekday is None or day is None:
            continue
        fixed[i] = dataclasses.replace(timex, start=that.start(), text=text[that.start():timex.end],
                                       value=day, range=value_range(day))
        edge = that.start()
        for j in range(i - 1, -1, -1):
            clock = fixed[j]
            if not is_bare_clock(clock) or not _CLOCK_RUN.fullmatch(text[clock.end:edge]):
                break
            fixed[j] = clock_on(clock, fixed[i])
            edge = clock.start
    return fixed
