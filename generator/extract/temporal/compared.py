"""The period an earnings comparison echoes, when a month inside it was named after it.

"Aurelia posted a wider first-quarter loss as a strike in March hit its business. The loss
widened from 215 million euros in the same period a year earlier": the comparison is of the
quarter reported, though March is the period named last. The resolver echoes the last month
or quarter (``resolve``); this step, run with the other neighbour steps of :mod:`context`,
widens such an echo to the quarter when the month lies inside a quarter named before it.
"Net income for the quarter ended June 30 ... up from the same period last year", told of a
fiscal fourth quarter, echoes that fiscal quarter (FY2005-Q4), though the resolver counted it
from a calendar quarter before the fiscal calendar was known (:func:`same_period_in_fiscal_year`).
Nothing here imports spaCy. The cue words are data: ``generator/rules/temporal_context.yaml``
(``module: compared``).
"""

from __future__ import annotations

import dataclasses
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import value_range
from generator.extract.temporal.cues import cue_pattern
from generator.extract.temporal.fiscal_end import FISCAL_QUARTER_VALUE, QUARTER_VALUE
from generator.extract.temporal.forecast_quarter import last_quarter_echoed

__all__ = ["closes_period_before", "previous_year_in_fiscal_year", "same_period_as_quarter",
           "same_period_in_fiscal_year"]

#: "the same period a year earlier/ago": a comparison that names no unit of its own.
_SAME_PERIOD = cue_pattern("same-period")
_MONTH = re.compile(r"(\d{4})-(\d\d)$")


#: "the previous year" counted back one year from the period named last.
_PREVIOUS_YEAR = cue_pattern("previous-year")


def previous_year_in_fiscal_year(timexes: list[Timex]) -> list[Timex]:
    """Give "the previous year" right after a fiscal quarter the fiscal year before that one.

    "sold 45.5 million phones in the quarter [FY2016-Q4], compared with 48 million in the
    previous year's fourth quarter" (round 31) is FY2015: the resolver counted the year from the
    calendar quarter before the fiscal calendar was known (2015). After a calendar period or a
    day, or with no timex before it, the year keeps its value.
    """
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        if i == 0 or timex.rule != "rel-anchored-unit" or not _PREVIOUS_YEAR.match(timex.text):
            continue
        named = FISCAL_QUARTER_VALUE.match(fixed[i - 1].value)
        if named is None:
            continue
        value = f"FY{int(named.group(1)) - 1:04d}"
        fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed


def same_period_in_fiscal_year(timexes: list[Timex], text: str) -> list[Timex]:
    """Give "the same period last year" the fiscal quarter a year before the one named last.

    Only an echo of the rule ``rel-same-period`` still holding a calendar quarter moves, and
    only when the quarter named last before it is a fiscal one: the story counts in its
    company's fiscal calendar, which the resolver did not know yet. "the year-earlier
    quarter" (``rel-year-ago-quarter``) moves whatever it holds: the resolver cannot count a
    year back from a fiscal quarter, and falls back on the year ("its fiscal first quarter,
    which ended on December 29 ... compared with the year-earlier quarter" is FY2012-Q1).
    ``rel-ago``'s "the same quarter a year earlier" moves as ``rel-same-period`` does, and so
    does a ``rel-same-period`` echo of a month when a fiscal quarter was named after the month,
    or before a month that only closes it ("the current quarter, which ends in March").

    Args:
        timexes: the resolved expressions, in text order.
        text: the document's text (for the clause that closes a period).
    """
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        same_period = (timex.rule == "rel-same-period"
                       or _same_quarter_earlier(timex)) and QUARTER_VALUE.match(timex.value)
        if not same_period and timex.rule != "rel-year-ago-quarter":
            named = _fiscal_quarter_echoed_as_month(timex, fixed[:i], text)
        else:
            named = last_quarter_echoed(  # not a quarter only forecast in a sentence before
                fixed[:i], text, timex.start,
                lambda value: FISCAL_QUARTER_VALUE.match(value) or QUARTER_VALUE.match(value))
        if named is None or not named.string.startswith("FY"):
            continue
        value = f"FY{int(named.group(1)) - 1:04d}-Q{named.group(2)}"
        fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed


def _fiscal_quarter_echoed_as_month(timex: Timex, before: list[Timex], text: str):
    """The fiscal quarter "the same period last year" compares with, when the resolver, which
    cannot echo a fiscal quarter, fell back on a month named further back.

    "It earned 19.6 billion yen in the six months to September. ... Analysts expect profit in
    the quarter to double from the same period last year" is the fiscal quarter a year back
    (blind round 24), not September: only when the period named last is a fiscal quarter. A
    month that only closes the quarter before it is passed over: "For the current quarter,
    which ends in March, ... compared with $61.1 billion in the same period a year earlier"
    (round 26, ``rel-ago``'s reading) compares the quarter.
    """
    if not (timex.rule == "rel-same-period" or _same_quarter_earlier(timex)):
        return None
    if not _MONTH.match(timex.value):
        return None
    for k in range(len(before) - 1, -1, -1):
        earlier = before[k]
        if _MONTH.match(earlier.value) and closes_period_before(before, k, text):
            continue
        if QUARTER_VALUE.match(earlier.value) or _MONTH.match(earlier.value):
            return None  # a calendar period came last: the resolver's echo stands
        if fiscal := FISCAL_QUARTER_VALUE.match(earlier.value):
            return fiscal
    return None


#: A relative clause giving a period's last day or month: "the current quarter, which ends in
#: March", "its fiscal first quarter, which ended on December 29".
_CLOSING_CLAUSE = cue_pattern("closing-clause")


def closes_period_before(before: list[Timex], k: int, text: str) -> bool:
    """Whether ``before[k]`` only closes the period named right before it: "For the current
    quarter, which ends in March, ... compared with $61.1 billion in the same period a year
    earlier" compares the quarter, not March (round 26)."""
    return k > 0 and _CLOSING_CLAUSE.search(text[before[k - 1].end:before[k].start]) is not None


#: "the same quarter a year earlier", read whole by ``rel-ago`` (blind round 23).
_SAME_QUARTER = cue_pattern("same-quarter")


def _same_quarter_earlier(timex: Timex) -> bool:
    """True for ``rel-ago``'s "the same quarter/period a year earlier": the same comparison as
    ``rel-same-period``'s "the same quarter last year", so it moves into the fiscal calendar too."""
    return timex.rule == "rel-ago" and bool(_SAME_QUARTER.match(timex.text))


def same_period_as_quarter(timexes: list[Timex]) -> list[Timex]:
    """Give "the same period a year earlier" the quarter reported, not a month inside it.

    Only an echo resolved to a month moves, and only when a quarter named earlier in the text
    (the latest one) holds the month the echo was counted from.
    """
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        echo = _MONTH.match(timex.value)
        if echo is None or not _SAME_PERIOD.match(timex.text):
            continue
        quarter = next((m for t in reversed(timexes[:i]) if (m := QUARTER_VALUE.match(t.value))),
                       None)
        if quarter is None:
            continue
        year, number = int(quarter.group(1)), int(quarter.group(2))
        months_back = _months_named_between(timexes[:i], quarter.string)
        month = int(echo.group(2))
        if (month - 1) // 3 + 1 != number or not months_back:
            continue
        years_back = year - int(echo.group(1))
        value = f"{year - years_back:04d}-Q{number}"
        fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed


def _months_named_between(before: list[Timex], quarter_value: str) -> bool:
    """True when a month of the quarter ``quarter_value`` was named after that quarter."""
    start = next(j for j in range(len(before) - 1, -1, -1) if before[j].value == quarter_value)
    return any(_MONTH.match(t.value) for t in before[start + 1:])
