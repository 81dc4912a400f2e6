"""The new fiscal year told together with the day it starts on.

"The House passed a budget early today, hours before the start of the new fiscal year on
Thursday", filed on Wednesday, June 30: the weekday is the day the year begins, the coming
Thursday (July 1), though the main verb is past (a dated day, "on July 1", is taken as
read: blind round 32); and the year beginning July 1, 1993 ends in 1994, so it is FY1994
(TimeML names a fiscal year by the year it ends in), whatever the calendar year of publication.
A year that "began on Thursday" keeps its Thursday gone by.
The day may come first, the year in apposition to it: "the increase would take effect July 1,
the start of the new fiscal year" (May 1999) is FY2000, the year beginning July 1, 1999. A
dated day names the year it starts told in any tense, and of "the fiscal year" too: "has kept
the government running since the fiscal year began on Oct. 1" (round 52, November 1995) is
FY1996, the year beginning Oct. 1, 1995, not the fiscal year the past tense would count back
to. Nothing here imports spaCy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_pattern
from generator.extract.temporal.occurrence import pick_weekday

__all__ = ["new_fiscal_year_from_its_start", "new_fiscal_year_after_its_first_day"]

#: Rule of "the new fiscal year" (temporal_relative.yaml).
_NEW_FISCAL_YEAR_RULE = "rel-new-fiscal-year"
#: Rule of "the fiscal year": dated by a day it is said to begin on, in any tense.
_THE_FISCAL_YEAR_RULE = "rel-the-fiscal-year"
#: Rule of a bare weekday ("Thursday").
_WEEKDAY_RULE = "rel-weekday"
#: What joins the year to the day it starts on, in the present or with no verb: "on", "begins
#: on", ", which starts". A past "began" is left alone.
_STARTS_ON = cue_pattern("fiscal-year-starts-on")
#: What joins a year to the dated day it began or begins on: "began on", ", which starts on".
_BEGAN_ON = cue_pattern("fiscal-year-began-on")


def new_fiscal_year_from_its_start(timexes: list[Timex], text: str,
                                   published: dt.date | None) -> list[Timex]:
    """Date "the new fiscal year" by the weekday it starts on, and that weekday forward.

    Args:
        timexes: the resolved expressions, in text order.
        text: the document text the offsets point into.
        published: the publication date, or None (then nothing changes).
    """
    if published is None:
        return timexes
    fixed = list(timexes)
    for i, (year, day) in enumerate(zip(timexes, timexes[1:])):
        if (year.rule in (_NEW_FISCAL_YEAR_RULE, _THE_FISCAL_YEAR_RULE) and _dated_day(day)
                and _BEGAN_ON.fullmatch(text[year.end:day.start])):
            value = f"FY{_year_ending(day.range.start):04d}"  # "the fiscal year began on Oct. 1"
            fixed[i] = dataclasses.replace(year, value=value, range=value_range(value))
            continue
        if (year.rule != _NEW_FISCAL_YEAR_RULE
                or not _STARTS_ON.fullmatch(text[year.end:day.start])):
            continue
        if day.rule != _WEEKDAY_RULE:
            if _dated_day(day):  # "the start of the new fiscal year on July 1" (blind round 32)
                value = f"FY{_year_ending(day.range.start):04d}"
                fixed[i] = dataclasses.replace(year, value=value, range=value_range(value))
            continue
        # the weekday on or after publication: a new year begins from the story on
        weekday = dt.date.fromisoformat(day.value[:10]).isoweekday()
        start = pick_weekday(published, weekday, "future")
        fixed[i + 1] = dataclasses.replace(day, value=start.isoformat(),
                                           range=value_range(start.isoformat()))
        value = f"FY{_year_ending(start):04d}"
        fixed[i] = dataclasses.replace(year, value=value, range=value_range(value))
    return fixed


#: What joins a day to the new year it begins: "July 1, the start of", ", the first day of".
_START_OF = cue_pattern("fiscal-year-first-day")


def new_fiscal_year_after_its_first_day(timexes: list[Timex], text: str) -> list[Timex]:
    """Name "the new fiscal year" by the dated day before it that it is the start of.

    "take effect July 1, the start of the new fiscal year", July 1 being 1999-07-01: FY2000.
    Only a day with its year resolved counts; a month or a weekday left open changes nothing.
    """
    fixed = list(timexes)
    for i, (day, year) in enumerate(zip(timexes, timexes[1:])):
        if (year.rule != _NEW_FISCAL_YEAR_RULE or day.range is None
                or day.range.granularity != "day"
                or not _START_OF.fullmatch(text[day.end:year.start])):
            continue
        value = f"FY{_year_ending(day.range.start):04d}"
        fixed[i + 1] = dataclasses.replace(year, value=value, range=value_range(value))
    return fixed


def _dated_day(timex: Timex) -> bool:
    """True for a day whose year is resolved ("July 1" read as 2002-07-01)."""
    return (timex.range is not None and timex.range.granularity == "day"
            and re.fullmatch(r"\d{4}-\d\d-\d\d", timex.value) is not None)


def _year_ending(start: dt.date) -> int:
    """The calendar year a twelve-month fiscal year beginning on ``start`` ends in."""
    return start.year if (start.month, start.day) == (1, 1) else start.year + 1
