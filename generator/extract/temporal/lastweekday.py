""""last Friday" is the Friday of the week before the story's.

The resolver reads "last Friday" as the latest Friday before the story's day, which told on a
Saturday is yesterday; the set's written convention ("last Friday" the Friday of the week
before, round 51's header) and the text's own contrast say otherwise: "measured magnitude 5.6
at 04:50 UTC on Friday, against magnitude 6.4 last Friday" (round 52, told on Saturday, August
3, 2013) is 2013-07-26. So a "last" weekday that fell in the story's own ISO week moves a week
back; told on a Tuesday, "last Friday" is already the week before's and stays (round 47).
Nothing here imports spaCy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range

__all__ = ["last_weekday_of_the_week_before"]


def last_weekday_of_the_week_before(timexes: list[Timex],
                                    published: dt.date | None) -> list[Timex]:
    """Move "last Friday" a week back when it fell in the story's own week."""
    if published is None:
        return timexes
    week = published.isocalendar()[:2]
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if (timex.rule == "rel-weekday" and timex.text.lower().startswith("last ")
                and timex.range is not None and timex.range.start.isocalendar()[:2] == week):
            value = (timex.range.start - dt.timedelta(days=7)).isoformat()
            fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed
