"""Which day a clock time belongs to, from the days written around it.

A bare clock time ("at 9:12 p.m. EST", "midday", "midnight") is first put on the publication
day. These steps give it the day written right next to it ("16:15 UTC, June 1", "Aug. 8 at 10
a.m."), the day named just before it in its sentence ("Saturday's trip, which kicks off at 3
p.m."), or, in a past-tense clause, the "yesterday" a morning paper is about. Split out of
:mod:`context`, which runs them after its other neighbour steps; :mod:`storyday` reads the
helpers (``clock_on``, ``names_day`` ...). Nothing here imports spaCy. The words between a
clock and its day are data: ``generator/rules/temporal_context.yaml`` (``module: clockday``).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from typing import NamedTuple

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_pattern

__all__ = ["BARE_CLOCK_RULES", "LAST_DAY_RULES", "SENTENCE_END", "ClockLayout", "clock_layout",
           "clock_on", "clock_on_earlier_day", "clock_on_following_day", "clock_on_last_day",
           "is_bare_clock", "is_day", "names_day", "owns_following_day",
           "restated_in_brackets"]


#: What may stand between a clock time and the date it belongs to: "9 a.m. local time, on",
#: "11:59 p.m. Pacific time on", or the noun the clock names a time of, then "on": "their 11
#: p.m. EDT advisory on Sunday", "the 7:30 p.m. show on Friday" (round 37). A word ending in
#: "-ed" or a joining word is a verb's or a clause's, not the clock's noun ("at 5 p.m. and
#: resumed on Monday" has two words anyway).
_CLOCK_TO_DAY = cue_pattern("clock-to-day")
#: A clock restated in brackets before its day: "2:00 pm (1200 GMT) on Saturday".
_BRACKET_OPEN = re.compile(r"\s*\(\s*")
_BRACKET_TO_DAY = cue_pattern("clock-bracket-to-day")
#: What may stand between a date and the clock time after it: "Aug. 8 at 10 a.m.".
_DAY_TO_CLOCK = cue_pattern("day-to-clock")
#: "ten to four in the morning" is a bare clock told in words (round 52)
BARE_CLOCK_RULES = ("time-clock", "time-noon", "time-told-in-words")


def clock_on_following_day(timexes: list[Timex], text: str) -> list[Timex]:
    """Give a bare clock time the day written right next to it.

    A bare clock time is first put on the publication day. When a day-sized date follows it
    with only a comma or "on" between them ("16:15 UTC, June 1st"), or precedes it with only
    "at" between them ("due on Aug. 8 at 10 a.m."), that date is the clock's day.
    """
    fixed = list(timexes)
    for i, (left, right) in enumerate(zip(timexes, timexes[1:])):
        between = text[left.end:right.start]
        if is_bare_clock(left) and is_day(right) and _CLOCK_TO_DAY.fullmatch(between):
            fixed[i] = clock_on(left, right)
        elif (is_bare_clock(left) and is_bare_clock(right) and i + 2 < len(timexes)
              and is_day(timexes[i + 2]) and _BRACKET_OPEN.fullmatch(between)
              and _BRACKET_TO_DAY.fullmatch(text[right.end:timexes[i + 2].start])):
            # "at 2:00 pm (1200 GMT) on Saturday" (round 40): the day of both
            fixed[i] = clock_on(left, timexes[i + 2])
            fixed[i + 1] = clock_on(right, timexes[i + 2])
        elif is_day(left) and is_bare_clock(right) and _DAY_TO_CLOCK.fullmatch(between):
            fixed[i + 1] = clock_on(right, left)
    return fixed


#: How far back in its sentence a bare clock time looks for its day, in characters.
_CLOCK_REACH = 80
#: A sentence end between a day and a clock time (an abbreviation's dot is followed by a
#: lower-case word or a digit, a full stop by a capital).
SENTENCE_END = re.compile(r"[.!?][\"'”’]?\s+[A-Z\"“]")
#: A possessive right after a date: "Thursday's loss", "next year's race".
_POSSESSIVE = cue_pattern("possessive-after-date")


def possessive_after(text: str, end: int) -> bool:
    """Whether a possessive "'s" follows a date that ends at ``end`` ("Thursday's loss",
    "next year's race"): the date names a thing of that time in passing."""
    return _POSSESSIVE.match(text, end) is not None


def owns_following_day(timexes: list[Timex], i: int, text: str) -> bool:
    """True for a clock with its day written right after it: "up 1.5% at midday on Friday".

    Such a clock already sits on its day, even when that day is the publication day it was
    put on first, so no day named before it ("rose on Thursday and were up ... at midday on
    Friday") nor the story's day may take it.
    """
    after = timexes[i + 1] if i + 1 < len(timexes) else None
    return (after is not None and is_day(after) and after.rule not in _POINTING_BACK_RULES
            and _CLOCK_TO_DAY.fullmatch(text[timexes[i].end:after.start]) is not None)


#: Days that point back to a day named before them ("from 5 a.m. to 3 p.m. that day"): they
#: give a clock no day of their own (event blind round 10).
_POINTING_BACK_RULES = ("rel-that-unit",)


def clock_on_earlier_day(timexes: list[Timex], text: str,
                          published: dt.date | None) -> list[Timex]:
    """Give a bare clock time still on the publication day the day named just before it.

    "Meikle takes charge for Saturday's trip to Brackley, which kicks off at 3 p.m.": within
    one sentence, a clock time after a day belongs to that day unless something else gave it
    one (the date right after it, see :func:`clock_on_following_day`). A clock time with its
    day counts as that day: "yesterday at 14:33 local time (07:33 UTC)".
    """
    if published is None:
        return timexes
    today = published.isoformat() + "T"
    fixed = list(timexes)
    for i in range(1, len(fixed)):
        day, clock = fixed[i - 1], fixed[i]  # a clock moved here lends its day to the next
        if i >= 2 and restated_in_brackets(text, day):
            # "starts at 9:30 am (2330 GMT Wednesday) and should finish by about 2:00 pm"
            # (round 56): the restatement's day is another zone's; the local clock's counts
            day = fixed[i - 2]
        between = text[day.end:clock.start]
        if (is_bare_clock(clock) and clock.value.startswith(today) and names_day(day)
                and len(between) <= _CLOCK_REACH and not SENTENCE_END.search(between)
                and not _past_clock_on_coming_day(clock, day, published)
                and not owns_following_day(fixed, i, text)
                and not _ASIDE_CLOSED.match(between)):
            fixed[i] = clock_on(clock, day)
    return fixed


def restated_in_brackets(text: str, timex: Timex) -> bool:
    """True for a clock restated in another zone in brackets: "(2330 GMT Wednesday)"."""
    return (timex.type == "TIME" and text[max(0, timex.start - 1):timex.start] == "("
            and text[timex.end:timex.end + 1] == ")")


#: A comma closing an aside the day stood in, the main clause's verb right after it: in "The
#: previous record, 38.7 C at Cambridge on 25 July 2019, was broken at 12:50 BST" (round 39)
#: the old record's day dates the record, not the clock; "Saturday's trip to Brackley, which
#: kicks off at 3 p.m." keeps its day.
_ASIDE_CLOSED = cue_pattern("aside-closed")


def _past_clock_on_coming_day(clock: Timex, day: Timex, published: dt.date) -> bool:
    """True for a clock told in the past after a day still to come: in "a bill for the year
    that begins Oct. 1, after talks that kept members past midnight" the talks are over."""
    return clock.tense == "past" and day.value[:10] > published.isoformat()


#: Rules whose day a morning paper's later clock times may fall on ("yesterday", "Monday",
#: "Tuesday evening", "Christmas night").
LAST_DAY_RULES = ("rel-today", "rel-weekday", "time-day-part", "time-holiday-part",
                  "time-movable-holiday-part")


def clock_on_last_day(timexes: list[Timex], text: str,
                      published: dt.date | None) -> list[Timex]:
    """Put a bare clock time in a past-tense clause on the day before publication if named.

    "Customers could not pay yesterday. The problem began at 6:10 a.m.": a morning paper
    telling yesterday's events gives their clock times without repeating the day. Only the day
    before publication ("yesterday", "Monday" in Tuesday's paper) moves a clock: an older day
    is a flashback, and a clock after it may well be today's. Only a clock still on the
    publication day moves, and a week, month or year named in between ends the day's reach.
    """
    if published is None:
        return timexes
    today = published.isoformat()
    yesterday = (published - dt.timedelta(days=1)).isoformat()
    fixed, last_day = [], None
    for i, timex in enumerate(timexes):
        if (last_day is not None and timex.tense == "past" and is_bare_clock(timex)
                and timex.value.startswith(today + "T")
                and not owns_following_day(timexes, i, text)):
            timex = clock_on(timex, last_day)
        elif names_day(timex):
            # a holiday or a date in passing ("the last day before Christmas") sets no scene
            # nor does a day a span runs "since" ("waiting on the steps since Tuesday night",
            # round 58: the story's Wednesday is the scene of "totality began at 9:36 am")
            last_day = timex if (timex.value[:10] == yesterday
                                 and timex.rule in LAST_DAY_RULES
                                 and not _SINCE.search(text, max(0, timex.start - 7),
                                                       timex.start)) else None
        elif timex.range is not None:
            last_day = None  # "later this week" in between: the day is no longer the topic
        fixed.append(timex)
    return fixed


def is_bare_clock(timex: Timex) -> bool:
    return timex.rule in BARE_CLOCK_RULES and "T" in timex.value


def is_day(timex: Timex) -> bool:
    return timex.range is not None and timex.range.granularity == "day"


def names_day(timex: Timex) -> bool:
    """True for a day, or a time on a known day ("yesterday at 14:33")."""
    return (timex.range is not None and timex.range.granularity in ("day", "time")
            and _FULL_DATE.match(timex.value) is not None)


_FULL_DATE = re.compile(r"\d{4}-\d\d-\d\d")
#: "since" right before a day: the start of a span, not a scene.
_SINCE = re.compile(r"\bsince\s+$")


def clock_on(clock: Timex, day: Timex) -> Timex:
    """``clock`` moved onto the day ``day`` names."""
    value = day.value[:10] + clock.value[clock.value.index("T"):]
    return dataclasses.replace(clock, value=value, range=value_range(value, clock.mod))


class ClockLayout(NamedTuple):
    """What the movers of past clocks onto a happening's day read (``happening``, ``timeline``):
    the document's sentences, the sentence each timex sits in, and which timexes name a day
    rather than only a clock."""

    sents: list
    where: list[int]
    days: list[int]


def clock_layout(timexes: list[Timex], doc) -> ClockLayout:
    """The :class:`ClockLayout` of ``timexes`` in ``doc`` (sentences read once)."""
    sents = list(doc.sents)
    starts = [s.start_char for s in sents]
    return ClockLayout(sents, [bisect.bisect_right(starts, t.start) - 1 for t in timexes],
                       [i for i, t in enumerate(timexes) if names_day(t) and not is_bare_clock(t)])
