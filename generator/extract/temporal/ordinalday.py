"""A day of the month named by its ordinal alone is the day told before with that number.

"a referendum on Friday 22 May ... 'We'll know on the 22nd'" (round 52) and "born ... on
February 29, 1936. 'My mother always said I was lucky to be born on the 29th'" (round 52): the
scanner finds no month in "the 22nd", so it finds nothing; the ordinal after "on", ending its
phrase, repeats the latest day of that number the text gave, and is tagged with its value. An
ordinal with no such day before it ("on the 22nd floor", or a text with no 22nd) stays
untagged. Nothing here imports spaCy. The shape of the ordinal is data:
``generator/rules/temporal_context.yaml`` (``module: ordinalday``).
"""

from __future__ import annotations

import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_pattern

__all__ = ["ordinal_day_told_before"]

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
