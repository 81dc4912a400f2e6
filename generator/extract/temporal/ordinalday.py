"""A day of the month named by its ordinal alone is the day told before with that number.

"a referendum on Friday 22 May ... 'We'll know on the 22nd'" (round 52) and "born ... on
February 29, 1936. 'My mother always said I was lucky to be born on the 29th'" (round 52): the
scanner finds no month in "the 22nd", so it finds nothing; the ordinal after "on", ending its
phrase, repeats the latest day of that number the text gave, and is tagged with its value. An
ordinal with no such day before it ("on the 22nd floor", or a text with no 22nd) stays
untagged. "the weekend of the 14th" is the weekend of the 14th nearest the publication date,
tagged whole (round 61). Nothing here imports spaCy. The shape of the ordinal is data:
``generator/rules/temporal_context.yaml`` (``module: ordinalday``).
"""

from __future__ import annotations

import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import format_value, holiday_weekend, value_range
from generator.extract.temporal.cues import cue_pattern

__all__ = ["ordinal_day_told_before", "weekend_of_an_ordinal_day"]

#: "on the 22nd" ending its phrase; group ``day`` holds the words tagged, ``number`` the day.
_ORDINAL = cue_pattern("ordinal-day-on")
#: A day value, with or without a clock.
_DAY = re.compile(r"\d{4}-\d\d-(\d\d)$")


def ordinal_day_told_before(timexes: list[Timex], text: str) -> list[Timex]:
    """Add "the 22nd" after "on", with the value of the latest day numbered 22 before it."""
    added = []
    for found in _ORDINAL.finditer(text):
        start, end = found.span("day")
        if any(t.start < end and start < t.end for t in timexes):
            continue
        before = [t for t in timexes if t.end <= start and t.type == "DATE"
                  and (day := _DAY.match(t.value)) and int(day.group(1)) == int(found["number"])]
        if before:
            value = before[-1].value
            added.append(Timex(start, end, text[start:end], "DATE", value, None,
                               value_range(value), "ordinal-day", before[-1].tense))
    return sorted([*timexes, *added], key=lambda t: t.start) if added else timexes


#: "the weekend of the 14th": a weekend named by a day of the month alone.
_WEEKEND_OF = cue_pattern("weekend-of-ordinal-day")
#: How many months either way of the publication date the day may fall in.
_MONTHS_EITHER_WAY = (-1, 0, 1)


def weekend_of_an_ordinal_day(timexes: list[Timex], text: str,
                              published: dt.date | None) -> list[Timex]:
    """Tag "the weekend of the 14th" whole as the weekend holding the nearest 14th.

    "the two towns will celebrate the jubilee over the weekend of the 14th" (round 61, told on
    Thursday 5 August 2027) is the weekend of Saturday 14 August, 2027-W32-WE, not the coming
    weekend "the weekend" alone gives: the day of the month is the nearest one so numbered to
    the publication date, and its weekend is the one a dated day names ("the weekend of Oct.
    21", date-weekend-of-day). A weekend already tagged with its month is left alone.
    """
    if published is None or "weekend of the" not in text:
        return timexes
    fixed = list(timexes)
    for found in _WEEKEND_OF.finditer(text):
        start, end = found.span()
        inside = [t for t in fixed if t.start < end and start < t.end]
        if any(t.start < start or t.end > found.start("day") for t in inside):
            continue
        day = _nearest_day(int(found["number"]), published)
        if day is None:
            continue
        value = format_value(holiday_weekend(day), "weekend")
        fixed = sorted([t for t in fixed if t not in inside]
                       + [Timex(start, end, text[start:end], "DATE", value, None,
                                value_range(value), "weekend-of-ordinal-day",
                                inside[0].tense if inside else None)], key=lambda t: t.start)
    return fixed


def _nearest_day(number: int, published: dt.date) -> dt.date | None:
    """The day numbered ``number`` nearest ``published``, in its month or the one either side."""
    days = []
    for step in _MONTHS_EITHER_WAY:
        month = published.month + step
        year = published.year + (month - 1) // 12
        try:
            days.append(dt.date(year, (month - 1) % 12 + 1, number))
        except ValueError:
            continue
    return min(days, key=lambda d: abs((d - published).days), default=None)
