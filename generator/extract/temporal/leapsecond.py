"""A leap second's clock: "23:59:60" is always UTC, at the end of a June 30 or a Dec. 31.

Leap seconds are inserted only at 23:59:60 UTC, on the last day of June or of December, so a
clock that reads second 60 with no zone of its own is that UTC second on the nearest such day
to the story ("Atomic clocks ... will read 23:59:60", told Friday, June 29, 2012:
2012-06-30T23:59:60Z, round 43), not a second on the story's day. A zoned one ("7:59:60 p.m.
EDT Saturday") keeps what its words say, but one told in UTC or GMT ("it comes at 23:59:60 GMT",
round 54) is the leap second itself, on that day whatever day its sentence names, unless its words
name one of those days ("from 23:59:59 to 23:59:60 on December 31", told in July, round 57); the
clocks to the second told beside it ("before reaching 00:00:00") are then UTC too. Nothing here
imports spaCy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range

__all__ = ["leap_second_in_utc"]

#: A clock at second 60 with no zone or in UTC: "2012-06-29T23:59:60", "2017-03-26T23:59:60Z".
_LEAP = re.compile(r"(?:\d{4}-\d\d-\d\d|XXXX-XX-XX)T23:59:60Z?$")


def leap_second_in_utc(timexes: list[Timex], text: str,
                       published: dt.date | None) -> list[Timex]:
    """Put a zoneless (or UTC) 23:59:60 on the June 30 or Dec. 31 its words name, else the
    nearest one, in UTC; the clocks to the second told beside it are UTC too."""
    if published is None:
        return timexes
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if timex.type != "TIME" or not _LEAP.fullmatch(timex.value):
            continue
        ends = [dt.date(year, month, 30 if month == 6 else 31)
                for year in (published.year - 1, published.year, published.year + 1)
                for month in (6, 12)]
        # "will go from 23:59:59 to 23:59:60 on December 31", told in July (round 57)
        day = next((d for d in ends if timex.value.startswith(d.isoformat())),
                   min(ends, key=lambda d: abs((d - published).days)))
        value = f"{day.isoformat()}T23:59:60Z"
        fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
        for k, clock in enumerate(timexes):
            if k != i and _SECONDS.fullmatch(clock.value) and _beside(text, clock, timex):
                fixed[k] = dataclasses.replace(clock, value=clock.value + "Z")
    return fixed


#: A zoneless clock told to the second on its day: "2016-12-31T23:59:59".
_SECONDS = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d")
#: How far from the leap second a clock told beside it may stand, with no stop between.
_BESIDE = 60


def _beside(text: str, clock: Timex, leap: Timex) -> bool:
    """True for a clock told within a few words of the leap second, in its sentence: "from
    23:59:59 to 23:59:60 on December 31 before reaching 00:00:00" (round 57)."""
    between = text[min(clock.end, leap.end):max(clock.start, leap.start)]
    return len(between) <= _BESIDE and not re.search(r"[.;!?]\s", between)
