""""a week on Friday" is one date: the Friday after the coming one.

British usage (round 52: "its executive meets a week on Friday to agree the wording", told on
Thursday, March 14, 2019) counts a week on from the weekday named: 2019-03-22, one DATE, where
the scanner finds a length ("a week") and a weekday ("Friday", the coming one). The two are
joined when only "on" stands between them and the length is one or two weeks or a fortnight;
"a week on Friday" told of the past ("met a week on Friday") is rare enough to be read the same
way. So is "a week today" or "a week tomorrow" told of what is still to come ("the trail opens
a week today", round 57). Nothing here imports spaCy. The joining words are data:
``generator/rules/temporal_context.yaml`` (``module: weekon``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_pattern

__all__ = ["weekday_a_week_on"]

#: What stands between the length and the weekday: " on ".
_ON = cue_pattern("week-on-weekday")
#: A length told as such before it ("for a week on Friday's orders"), not counted on.
_LENGTH_OF = re.compile(r"\b(?:for|lasting|took|takes)\s+$", re.IGNORECASE)
#: The lengths counted on from a weekday, in days.
_LENGTHS = {"P1W": 7, "P2W": 14}


def weekday_a_week_on(timexes: list[Timex], text: str) -> list[Timex]:
    """Join "a week" and the weekday after "on" into the day a week after that weekday."""
    fixed: list[Timex] = []
    skip = False
    for length, day in zip(timexes, [*timexes[1:], None]):
        if skip:
            skip = False
            continue
        if (day is None or length.type != "DURATION" or length.value not in _LENGTHS
                or day.range is None or day.range.granularity != "day"
                or not (_weekday_on(length, day, text) or _day_word_on(length, day, text))
                or _LENGTH_OF.search(text, max(0, length.start - 8), length.start)
                or text[day.end:day.end + 2] in ("'s", "’s")):
            fixed.append(length)
            continue
        value = (day.range.start + dt.timedelta(days=_LENGTHS[length.value])).isoformat()
        fixed.append(dataclasses.replace(
            day, start=length.start, text=text[length.start:day.end], value=value,
            range=value_range(value), rule="week-on-weekday"))
        skip = True
    return fixed


def _weekday_on(length: Timex, day: Timex, text: str) -> bool:
    """True for "a week on Friday": a weekday after " on "."""
    return day.rule == "rel-weekday" and _ON.fullmatch(text[length.end:day.start]) is not None


#: The day words a week is counted on from with no "on": "a week today", "a week tomorrow".
_DAY_WORD = cue_pattern("week-on-day-word")


def _day_word_on(length: Timex, day: Timex, text: str) -> bool:
    """True for "opens a week today" (round 57): a week on from today or tomorrow, told of what
    is still to come ("it is a week today since the fire" counts back, and is left alone)."""
    return (day.rule == "rel-today" and day.tense == "future"
            and _DAY_WORD.fullmatch(day.text) is not None and text[length.end:day.start] == " ")
