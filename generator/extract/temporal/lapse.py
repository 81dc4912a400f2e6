"""A year-less month dated by the years that lapsed since the year written before it.

"The Orion telescope was launched in 2009 and was switched off in March after 17 years in
orbit": the bare March borrows its year from "2009" (see :func:`lending.borrow_year`), but
"after 17 years" says how far past that year the March lies, 2026 (event round 17). The
years are read from the duration candidate the rules found right after the date, so the
number words the rules know ("after twenty years") count too. A weekday told right after "a
year ago on" is the one nearest the day that many years back (round 61). Nothing here imports
spaCy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_pattern
from generator.extract.temporal.datedweekday import WEEKDAY_RULES

__all__ = ["weekday_years_ago", "years_lapsed"]

#: What joins the date to the duration: "in March after 17 years".
_AFTER = cue_pattern("years-lapsed-after")
#: A whole number of years, as the duration rules write it.
_YEARS = re.compile(r"P(\d+)Y$")


def years_lapsed(chosen: list, i: int, text: str, year: int,
                 published: dt.date | None) -> int:
    """The year candidate ``i`` lies in when it borrows ``year`` and "after N years" follows.

    Args:
        chosen: The story's candidates in text order.
        i: Index of the year-less date in ``chosen``.
        text: The story's text.
        year: The year the date borrows from the year written before it.
        published: The publication date; a lapse that would pass its year is not taken.

    Returns:
        ``year`` plus the years lapsed, or ``year`` unchanged when no "after N years" follows
        right after the date ("in March after 17 days" moves no year).
    """
    if i + 1 >= len(chosen):
        return year
    cand, following = chosen[i], chosen[i + 1]
    years = _YEARS.match(following.reading.value or "")
    if (following.reading.type != "DURATION" or years is None
            or not _AFTER.fullmatch(text[cand.end:following.start])):
        return year
    lapsed = year + int(years.group(1))
    return lapsed if published is None or lapsed <= published.year else year


#: What joins "a year ago" to the weekday after it: "a year ago on Sunday".
_ON = cue_pattern("weekday-years-ago-on")
_YEAR = re.compile(r"\d{4}$")
#: How many days either way of the day N years back its weekday may fall.
_WEEK_HALF = 3


def weekday_years_ago(timexes: list, text: str, published: dt.date | None) -> list:
    """Put a weekday told right after "N years ago on" on the nearest such weekday to the day
    N years before publication: "where the waves struck a year ago on Sunday", told on Monday
    26 December 2005, is Sunday 26 December 2004, not the day before the story, and sets no
    scene for the clocks after it."""
    if published is None or " ago on " not in text:
        return timexes
    fixed = list(timexes)
    for i in range(1, len(timexes)):
        ago, day = timexes[i - 1], timexes[i]
        if (day.rule not in WEEKDAY_RULES or day.type != "DATE" or len(day.value) != 10
                or ago.rule != "rel-ago" or not _YEAR.match(ago.value)
                or not _ON.fullmatch(text, ago.end, day.start)):
            continue
        try:
            back = published.replace(year=int(ago.value))
        except ValueError:  # Feb. 29 in a year without one
            back = published.replace(year=int(ago.value), day=28)
        weekday = dt.date.fromisoformat(day.value).weekday()
        found = next(back + dt.timedelta(days=k) for k in sorted(
            range(-_WEEK_HALF, _WEEK_HALF + 1), key=abs)
            if (back + dt.timedelta(days=k)).weekday() == weekday)
        value = found.isoformat()
        fixed[i] = dataclasses.replace(day, value=value, range=value_range(value))
    return fixed
