"""A clock and its bracketed restatement take the day written after the bracket.

"stood at 48.2 feet at 7 a.m. CDT (1200 GMT) today" (round 54): "today" dates the clock
before the bracket as it does "7 a.m. CDT today", and the restatement in another zone is the
same moment, on the day that moment has there. Without this step the two clocks take the day
their neighbours give (the Sunday of the sentence before). Only two zoned clocks joined by a
bracket and a day-granular date right after it count; nothing here imports spaCy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range

__all__ = ["clocks_before_a_bracketed_day"]

#: A zoned clock on a day: "1993-08-02T07:00-05:00", "1993-08-02T12:00Z".
_ZONED = re.compile(r"(\d{4}-\d\d-\d\d)T(\d\d):(\d\d)(Z|[+-]\d\d:\d\d)$")
#: A day-granular date value.
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")


def _zone(mark: str) -> dt.timezone:
    if mark == "Z":
        return dt.UTC
    sign = -1 if mark[0] == "-" else 1
    return dt.timezone(sign * dt.timedelta(hours=int(mark[1:3]), minutes=int(mark[4:6])))


def clocks_before_a_bracketed_day(timexes: list[Timex], text: str) -> list[Timex]:
    """Put "7 a.m. CDT (1200 GMT) today" on today's date, both clocks."""
    fixed = list(timexes)
    for i in range(len(timexes) - 2):
        clock, restated, day = timexes[i:i + 3]
        first, second = _ZONED.match(clock.value), _ZONED.match(restated.value)
        if (first is None or second is None or not _DAY.match(day.value)
                or text[clock.end:restated.start].strip() != "("
                or text[restated.end:day.start].strip() not in (")", ") on")
                or int(first.group(2)) > 23):
            continue
        moment = dt.datetime.combine(dt.date.fromisoformat(day.value),
                                     dt.time(int(first.group(2)), int(first.group(3))),
                                     _zone(first.group(4)))
        there = moment.astimezone(_zone(second.group(4)))
        if there.time() != dt.time(int(second.group(2)), int(second.group(3))):
            continue  # not the same moment: leave both as they were
        for k, value in ((i, day.value + clock.value[10:]),
                         (i + 1, there.date().isoformat() + restated.value[10:])):
            fixed[k] = dataclasses.replace(timexes[k], value=value, range=value_range(value))
    return fixed
