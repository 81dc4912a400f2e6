"""A weekday that closes a span, or follows another in a pair, comes after its start (round 55).

"The heaviest snowstorm in a decade shut down Baltimore Wednesday, ... closing schools
through Thursday" (told on that Wednesday): the past tense of the sentence picks the Thursday
gone by, but a span that runs from Wednesday "through Thursday" ends on the Thursday after it.
Likewise "schools, closed Wednesday and Thursday," name two days in calendar order, and
"flights were now 96 percent full until Thursday" runs from now to the coming Thursday. So a
bare weekday (no "last" or "next" of its own, no part of the day) right after "through",
"until" or "till", after "to" closing a span "from <day>" ("running from Friday 31 July to
bank holiday Monday", round 53) or a bare "<weekday> to" ("taking Wednesday to Friday off",
round 57), or right after "<day> and", that the resolver put before the
day named last in its sentence (or before "now" written there) moves on by whole weeks to the
first such weekday from it. Nothing here imports spaCy: it reads timexes and the text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from generator.extract.hits import Timex
from generator.extract.temporal.calendar import day_of, value_range
from generator.extract.temporal.datedweekday import OWN_DIRECTION, WEEKDAY_RULES

__all__ = ["weekday_after_its_start"]

#: What ends a span at the weekday after it: "through Thursday", "until Thursday".
_UNTIL = re.compile(r"\b(?:through|until|till)\s+$", re.IGNORECASE)
#: What ends a span opened by "from <day>": "from Friday 31 July to bank holiday Monday".
_TO = re.compile(r"\bto\s+(?:bank\s+holiday\s+)?$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+$", re.IGNORECASE)
#: What joins a weekday to the day before it in a pair: "Wednesday and Thursday".
_AND = re.compile(r"\s+and\s+$")
#: A full stop that ends a sentence, or a paragraph break: the start's reach ends there.
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
#: The value of "now".
_NOW = "PRESENT_REF"


def _start(fixed: list[Timex], i: int, text: str, published: dt.date | None) -> dt.date | None:
    """The day the span or pair of weekday ``i`` starts from, or None."""
    timex = fixed[i]
    before = text[max(0, timex.start - 20):timex.start]
    pair = _AND.search(before) is not None
    to = _TO.search(before) is not None
    if not (pair or to) and _UNTIL.search(before) is None:
        return None
    for earlier in reversed(fixed[:i]):
        if _SENTENCE_END.search(text, earlier.end, timex.start):
            return None
        if to:  # the day right after "from", or a weekday right before "to" ("taking
            # Wednesday to Friday off", round 57)
            return (day_of(earlier.value) if earlier.type == "DATE" and (
                _FROM.search(text, max(0, earlier.start - 6), earlier.start)
                or (earlier.rule in WEEKDAY_RULES and text[earlier.end:timex.start].strip()
                    == "to")) else None)
        if pair:  # the weekday right before "and" only: two days of one week in their order
            return (day_of(earlier.value) if earlier.type == "DATE"
                    and earlier.rule in WEEKDAY_RULES
                    and text[earlier.end:timex.start].strip() == "and" else None)
        if earlier.value == _NOW and published is not None:
            return published
        if earlier.type in ("DATE", "TIME") and (day := day_of(earlier.value)) is not None:
            return day
    return None


def weekday_after_its_start(timexes: list[Timex], text: str,
                            published: dt.date | None) -> list[Timex]:
    """Move "through Thursday" and "Wednesday and Thursday" after the day they follow."""
    fixed = list(timexes)
    for i, timex in enumerate(timexes):
        day = day_of(timex.value)
        # a part of the day is left alone: "negotiators worked through Thursday night" (round
        # 37) is the night gone by, "through" telling how long, not the end of a span
        if (timex.rule not in WEEKDAY_RULES or timex.type != "DATE" or day is None
                or OWN_DIRECTION.search(timex.text)
                or (start := _start(fixed, i, text, published)) is None or day >= start):
            continue
        day += dt.timedelta(weeks=-(-(start - day).days // 7))  # the first one from the start
        value = day.isoformat() + timex.value[10:]
        fixed[i] = dataclasses.replace(timex, value=value, range=value_range(value))
    return fixed
