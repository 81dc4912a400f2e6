"""A "holiday weekend" after a holiday was named: that holiday's weekend (blind round 25).

"Airlines said the checks would not disrupt travel over the Fourth of July holiday. ... 1.8
million people are expected to fly over the holiday weekend": the weekend is the one the
Fourth of July gives its name to (a Friday in 1997: 1997-W27-WE), as "the Fourth of July
weekend" would be (rule ``date-holiday-weekend``; a Monday holiday's weekend is the one before
it, :func:`~generator.extract.temporal.calendar.holiday_weekend`). With no holiday named before
it, the rule ``rel-holiday-weekend`` reads it as "the weekend" nearest in its tense's
direction. Nothing here imports spaCy: it reads the resolved timexes only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import format_value, holiday_weekend, value_range

__all__ = ["weekend_of_named_holiday"]

#: The rule of a weekend named only as a holiday's ("the holiday weekend").
_HOLIDAY_WEEKEND_RULE = "rel-holiday-weekend"
#: Rules of a holiday named by its name, alone or with its weekend.
_HOLIDAY_RULES = ("date-holiday", "date-movable-holiday", "date-holiday-weekend")
_DAY = re.compile(r"\d{4}-\d\d-\d\d$")
_WEEKEND = re.compile(r"\d{4}-W\d\d-WE$")


def weekend_of_named_holiday(timexes: list[Timex]) -> list[Timex]:
    """Put each "the holiday weekend" on the weekend of the last holiday named before it.

    Args:
        timexes: the resolved expressions of one text, in text order.

    Returns:
        The same list, each such weekend moved onto its holiday's weekend when one was named.
    """
    fixed, holiday = list(timexes), None
    for i, timex in enumerate(timexes):
        if timex.rule in _HOLIDAY_RULES:
            holiday = _weekend_value(timex.value) or holiday
        elif timex.rule == _HOLIDAY_WEEKEND_RULE and holiday is not None:
            fixed[i] = dataclasses.replace(timex, value=holiday,
                                           range=value_range(holiday, timex.mod))
    return fixed


def _weekend_value(value: str) -> str | None:
    """The weekend a holiday's value gives its name to, or None for no single day."""
    if _WEEKEND.match(value):
        return value
    if _DAY.match(value):
        return format_value(holiday_weekend(dt.date.fromisoformat(value)), "weekend")
    return None
