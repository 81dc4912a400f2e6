"""A year-less day or month given the year named right after it.

"October of next year": TempEval-3 and MEANTIME tag "October" and "next year" as two
expressions, but the month still belongs to the year named right after it, not to the one the
tense would pick; so does "April 7" in "against April 7 in 1996" (the year written after it)
and a range's first day in "July 23-25, 2027" (events ev259). Nothing here imports spaCy. The
joining words are data: ``generator/rules/temporal_context.yaml`` (``module: yearafter``); a
range's digits stay here.
"""

from __future__ import annotations

import dataclasses
import re

from generator.extract.temporal.cues import cue_pattern
from generator.extract.temporal.readings import needs_year

__all__ = ["year_from_next"]


#: What may join a year-less month to the relative year after it: "October (of) next year".
_PART_TO_YEAR = cue_pattern("month-of-relative-year")
#: What joins a year-less day or month to a written year after it: "April 7 in 1996".
_IN_YEAR = cue_pattern("day-in-written-year")
#: What joins a range's first day to the year written after its last: "July 23-25, 2027"
#: (events ev259): the last day's digits and a comma.
_RANGE_TO_YEAR = re.compile(r"[-–][0-3]?[0-9],\s*")


def year_from_next(chosen: list, text: str) -> list:
    """Give "October" in "October of next year" the year that follows it, and "April 7" in
    "April 7 in 1996" the year written after it.

    TempEval-3 and MEANTIME tag "October" and "next year" as two expressions; the month still
    belongs to the year named right after it, not to the one the tense would pick.
    """
    fixed = list(chosen)
    for i, (part, year) in enumerate(zip(chosen, chosen[1:])):
        relative_year = (year.reading.unit == "year" and year.reading.shift is not None
                         and year.reading.anchor == "dct" and year.reading.mod is None)
        if (relative_year and needs_year(part.reading)
                and _PART_TO_YEAR.fullmatch(text[part.end:year.start])):
            reading = dataclasses.replace(part.reading, year_shift=int(year.reading.shift))
            fixed[i] = dataclasses.replace(part, reading=reading)
        elif (year.rule.rule.id == "date-year" and year.reading.year is not None
              and needs_year(part.reading)
              and (_IN_YEAR.fullmatch(text[part.end:year.start])
                   or _RANGE_TO_YEAR.fullmatch(text[part.end:year.start]))):
            # "against April 7 in 1996", "in mid-February in 2026" (round 42): that year's
            fixed[i] = dataclasses.replace(part, reading=dataclasses.replace(
                part.reading, year=year.reading.year))
    return fixed
