"""A range's start on the day or year its end is given: "between 2:40 p.m. and 3 p.m. on
Thursday", "from March to June of 2021".

A day written after a range of clock times belongs to the whole range, but the neighbour steps
of :mod:`context` only hand it to the clock right before it, so the range's first clock stays on
the publication day (or on whatever day an earlier sentence left it). Once every clock sits on
its day, the first clock of a "between/from X and/to Y" range takes the day its end took (a
midnight before a morning clock the midnight that day begins with, round 56). Runs
after :func:`~generator.extract.temporal.storyday.settle_on_story_day`. A year-less month or
day opening a range of dates takes the year written on the range's end in the same way (the
resolver gave it a year of its own from the tense and the publication date). Nothing here
imports spaCy. The words that open and join a range are data: ``generator/rules/
temporal_context.yaml`` (``module: clockrange``); the shapes of clocks and values stay here.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.clockday import clock_on, is_bare_clock
from generator.extract.temporal.cues import cue_pattern

__all__ = ["clock_range_on_its_day", "joined_as_range", "range_end_after_its_start",
           "range_start_in_its_end_year"]

#: "between"/"from" right before the range's first clock.
_RANGE_OPEN = cue_pattern("clock-range-open")
#: What joins a range's two clocks: "2:40 p.m. and 3 p.m.", "9 a.m. to 5 p.m.".
_RANGE_JOIN = cue_pattern("range-join")
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
        if (_opens_range(first, second, text) and first.value[:10] != second.value[:10]
                and not _across_midnight(first, second)):
            fixed[i] = clock_on(first, second)
        if _opens_range(first, second, text) and _midnight_before_morning(fixed[i], second):
            # "between midnight and 6 a.m. Saturday" (round 56): the midnight Saturday begins
            # with, written as the end of Friday (T24:00), not the one that ends Saturday
            day = dt.date.fromisoformat(second.value[:10]) - dt.timedelta(days=1)
            value = f"{day.isoformat()}T24:00"
            fixed[i] = dataclasses.replace(fixed[i], value=value, range=value_range(value))
    return fixed


def _midnight_before_morning(first: Timex, second: Timex) -> bool:
    """True for a midnight (T24:00) on the day of the morning clock that ends its range."""
    return (first.value.endswith("T24:00") and first.value[:10] == second.value[:10]
            and second.value[11:13].isdigit() and int(second.value[11:13]) < 12)


def _across_midnight(first: Timex, second: Timex) -> bool:
    """True for an evening clock whose range ends in the small hours of the next day ("from
    11:00 pm to 1:30 am", round 41): the start keeps the evening's day."""
    try:
        start, end = (dt.datetime.fromisoformat(t.value[:16]) for t in (first, second))
    except ValueError:
        return False
    return (end.date() - start.date()).days == 1 and start.hour >= 18 and end.hour < 6


def joined_as_range(first: Timex, second: Timex, text: str) -> bool:
    """True when "between"/"from" opens ``first`` and "and"/"to"/"until"/a dash joins it to
    ``second``, the next expression: "from March to June", "between 2:40 p.m. and 3 p.m."."""
    return (_RANGE_OPEN.search(text, max(0, first.start - 9), first.start) is not None
            and _RANGE_JOIN.fullmatch(text[first.end:second.start]) is not None)


def _opens_range(first: Timex, second: Timex, text: str) -> bool:
    """True for two bare clocks joined as a range ("between 2:40 p.m. and 3 p.m.") whose
    second one carries a full date, or for a bare clock joined to a clock written with its day
    ("will stream the eclipse from 1 p.m. to 4 p.m. EDT tomorrow": 1 p.m. tomorrow, round 44)."""
    return (is_bare_clock(first) and (is_bare_clock(second) or second.rule == "time-clock-day")
            and _FULL_DAY.match(second.value) is not None
            and joined_as_range(first, second, text))


#: Rules of a month or a day written without its year ("March", "March 5", "5 March").
_YEAR_LESS_RULES = ("date-month", "date-month-day", "date-day-month")
#: A year written in the words of a date ("June 2021", "June of 2021", "June 20, 2021").
_WRITTEN_YEAR = re.compile(r"\b\d{4}\b")
#: A calendar month or day value: "2021-06", "2021-06-20".
_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?:-\d\d)?$")


def range_start_in_its_end_year(timexes: list[Timex], text: str) -> list[Timex]:
    """Give a year-less month or day opening a range the year written on its end.

    "The plant was shut from March to June of 2021" (said in November 2022) is March 2021, not
    the March the past tense picks on its own; a start that would fall after its end lies in
    the year before ("from November to February 2021" starts in November 2020).

    Args:
        timexes: resolved expressions in text order.
        text: the document text the offsets point into.

    Returns:
        The list with each such range start moved into its end's year; nothing else changes.
    """
    fixed = list(timexes)
    for i, (first, second) in enumerate(zip(timexes, timexes[1:])):
        if not _dates_in_range(first, second, text):
            continue
        year = int(second.value[:4]) - (first.value[4:] > second.value[4:])
        value = f"{year:04d}{first.value[4:]}"
        if value != first.value:
            fixed[i] = dataclasses.replace(first, value=value, range=value_range(value))
    return fixed


def range_end_after_its_start(timexes: list[Timex], text: str) -> list[Timex]:
    """Give a year-less month or day closing a range of year-less dates the first year after
    its start that it does not come before.

    "cut power use from July 1 through Sept. 22", told on July 29, 2011 (round 60), ends on
    Sept. 22, 2011: the range runs forward from its start, though the past tense of the order
    alone would pick the Sept. 22 gone by. "from November to February" ends in the February
    after its November. Only an end read before its start moves: one already after it keeps its
    reading, since the start may be the one misread.
    """
    fixed = list(timexes)
    for i, (first, second) in enumerate(zip(timexes, timexes[1:])):
        if not (_year_less(first) and _year_less(second)
                and len(first.value) == len(second.value) and joined_as_range(first, second, text)
                and not _YEAR_AFTER.match(text, second.end) and second.value < first.value):
            continue  # an end already after its start keeps its own reading ("has been moved
            # from May 14 to July 2": the start may be the one misread, events ev312)
        year = int(first.value[:4]) + (second.value[4:] < first.value[4:])
        value = f"{year:04d}{second.value[4:]}"
        if value != second.value:
            fixed[i + 1] = dataclasses.replace(second, value=value, range=value_range(value))
    return fixed


#: A year written after a range ("from December to September in 2001", "from July 1 through
#: Sept. 22 last year"): the year is read there.
_YEAR_AFTER = re.compile(r",?\s*(?:in\s+|of\s+)?(?:\d{4}\b|(?:last|this|next)\s+year\b)")


def _year_less(timex: Timex) -> bool:
    """True for a month or day written without its year ("July 1", "September")."""
    return (timex.rule in _YEAR_LESS_RULES and _WRITTEN_YEAR.search(timex.text) is None
            and _MONTH_OR_DAY.match(timex.value) is not None)


def _dates_in_range(first: Timex, second: Timex, text: str) -> bool:
    """True for a year-less date joined as a range to a date with its year written out."""
    return (first.rule in _YEAR_LESS_RULES and _WRITTEN_YEAR.search(first.text) is None
            and _WRITTEN_YEAR.search(second.text) is not None
            and _MONTH_OR_DAY.match(first.value) is not None
            and _MONTH_OR_DAY.match(second.value) is not None
            and joined_as_range(first, second, text))


#: A bare weekday, alone or after a clock: "Monday", "6 a.m. Monday" (no month, no day number).
_BARE_WEEKDAY_END = cue_pattern("bare-weekday-range-end")
#: "from" or "between" opening a range shortly before its start ("from 7 p.m. on Saturday").
_OPEN_NEAR = cue_pattern("range-open-near")
_DAY_VALUE = re.compile(r"(\d{4}-\d\d-\d\d)(.*)")


def weekday_end_on_or_after_start(start: Timex, end: Timex, text: str) -> Timex | None:
    """A bare weekday ending a range on or after the day it starts: "a curfew from 7 p.m. on
    Saturday until 6 a.m. Monday" (round 47, told on Sunday) ends on the Monday after that
    Saturday, not the one gone by, and "from Monday to Friday" in the same week (round 42, not
    the next year); None when nothing moves. A range opened by a clock ("between noon and 6 p.m.
    Tuesday") is :func:`clock_range_on_its_day`'s."""
    if (start.range is None or end.range is None or start.range.granularity == "time"
            or _BARE_WEEKDAY_END.fullmatch(end.text) is None
            or _RANGE_JOIN.fullmatch(text[start.end:end.start]) is None
            or _OPEN_NEAR.search(text, max(0, start.start - 24), start.start) is None
            or end.range.start >= start.range.start):
        return None
    found = _DAY_VALUE.match(end.value)
    if found is None:
        return None
    day = dt.date.fromisoformat(found.group(1))
    weeks = -(-(start.range.start - day).days // 7)
    value = (day + dt.timedelta(weeks=weeks)).isoformat() + found.group(2)
    return dataclasses.replace(end, value=value, range=value_range(value))

