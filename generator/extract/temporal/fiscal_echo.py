"""A year earlier than a fiscal year told with its closing day is the fiscal year before.

"Harumoto posted a net loss for the year ended March 31, narrower than a loss of 11.8 billion
yen a year earlier" (round 51, told in May 2010): the year closing March 31, 2010 is FY2010,
and the loss compared is the fiscal year before, FY2009, not the calendar 2009 the day alone
would give. Runs after "the year" is read as a fiscal year. Nothing here imports spaCy.
"""

from __future__ import annotations

import dataclasses
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.fiscal_end import TO_ITS_END

__all__ = ["year_earlier_than_a_closed_fiscal_year"]

#: Rule of "the year ended March 31": a twelve-month year named by its closing day.
_YEAR_TO_CLOSE = "rel-year-to-close"
#: A whole fiscal year value.
_FISCAL_YEAR = re.compile(r"FY(\d{4})$")
#: "a year earlier" or "a year ago" after the period.
_YEAR_EARLIER = re.compile(r"(?:a|one)\s+year\s+(?:earlier|ago|before)$", re.IGNORECASE)
#: A full stop that ends a sentence (not the point of "A$85.5 million").
_SENTENCE_END = re.compile(r"[.!?]\s")


def year_earlier_than_a_closed_fiscal_year(timexes: list[Timex], text: str) -> list[Timex]:
    """Count "a year earlier" after a fiscal year told with its closing day as the fiscal year
    before: "a net loss for the year ended March 31, narrower than a loss of 11.8 billion yen a
    year earlier" (round 51, FY2010) is FY2009, not the calendar year before the day. A fiscal
    year is named by the year its closing day falls in; "the year ended March 31" (rule
    ``rel-year-to-close``) is one unless it closes on Dec. 31; a year named FY keeps its own
    number, as a retail year named by the year it starts in does."""
    fixed = list(timexes)
    for i in range(2, len(timexes)):
        period, day, echo = timexes[i - 2], timexes[i - 1], timexes[i]
        named = _FISCAL_YEAR.match(period.value)
        if (not _closes(period, day, text) or not _YEAR_EARLIER.match(echo.text)
                or _SENTENCE_END.search(text[day.end:echo.start])):
            continue
        if named is not None:
            value = f"FY{int(named.group(1)) - 1:04d}"
        elif (period.rule == _YEAR_TO_CLOSE
              and (day.range.start.month, day.range.start.day) != (12, 31)):
            value = f"FY{day.range.start.year - 1:04d}"
        else:
            continue
        fixed[i] = dataclasses.replace(echo, value=value, range=value_range(value))
    return fixed


def _closes(period: Timex, day: Timex, text: str) -> bool:
    """True when ``day`` is the closing day written right after ``period`` ("ended March 31")."""
    return (day.range is not None and day.range.granularity == "day"
            and TO_ITS_END.fullmatch(text[period.end:day.start]) is not None)
