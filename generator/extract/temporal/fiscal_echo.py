"""A year earlier than a fiscal year told with its closing day is the fiscal year before.

"Harumoto posted a net loss for the year ended March 31, narrower than a loss of 11.8 billion
yen a year earlier" (round 51, told in May 2010): the year closing March 31, 2010 is FY2010,
and the loss compared is the fiscal year before, FY2009, not the calendar 2009 the day alone
would give. Runs after "the year" is read as a fiscal year. So "a year earlier" told after a
period the sentence sets its figure against is a year before the period it reports (see
:func:`year_earlier_than_the_period_reported`). Nothing here imports spaCy.
"""

from __future__ import annotations

import dataclasses
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.fiscal_end import TO_ITS_END

__all__ = ["year_earlier_than_a_closed_fiscal_year", "year_earlier_than_the_period_reported"]

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


#: A period told as the one compared against: "against a loss of 0.6 billion yen in ".
_AGAINST = re.compile(r"\b(?:against|compared\s+with|versus)\b(?:[^.;]|\.(?=\d)){0,60}"
                      r"\b(?:in|for)\s+$", re.IGNORECASE)
#: A quarter or a month, calendar or fiscal, with its year.
_PERIOD = re.compile(r"(FY)?(\d{4})-(Q[1-4]|\d\d)$")


def year_earlier_than_the_period_reported(timexes: list[Timex], text: str) -> list[Timex]:
    """Count "a year earlier" from the period a sentence reports, not from the one it is set
    against just before: "In the January-March quarter, operating profit was 1.1 billion yen,
    against a loss of 0.6 billion yen in the October-December quarter and a loss of 3.4 billion
    yen a year earlier" (round 51) is 2009-Q1, a year before the quarter reported, not 2008-Q4."""
    fixed = list(timexes)
    for i in range(2, len(timexes)):
        echo, against = timexes[i], timexes[i - 1]
        compared = _PERIOD.match(against.value)
        if (not _YEAR_EARLIER.match(echo.text) or compared is None
                or _SENTENCE_END.search(text[against.end:echo.start])
                or not _AGAINST.search(text, max(0, against.start - 80), against.start)):
            continue
        reported = next((t for t in reversed(timexes[:i - 1])
                         if (m := _PERIOD.match(t.value)) and m.group(3)[0] == compared.group(3)[0]
                         and t.value != against.value), None)
        if reported is None or _SENTENCE_END.search(text[reported.end:against.start]):
            continue
        found = _PERIOD.match(reported.value)
        value = f"{found.group(1) or ''}{int(found.group(2)) - 1:04d}-{found.group(3)}"
        if value != echo.value:
            fixed[i] = dataclasses.replace(echo, value=value, range=value_range(value))
    return fixed
