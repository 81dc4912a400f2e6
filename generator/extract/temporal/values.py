"""Value strings of amounts, lengths and clock times: the number and format half of the readers.

:mod:`generator.extract.temporal.readings` turns captured words into a reading; the small
functions here write the TIMEX3 pieces it needs: a number from words or digits, ``P6M`` /
``PT2M1.8S`` durations, a ``T15:30-08:00`` clock suffix, a ``199`` decade. Pure Python: no spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

#: Duration designators per calendar unit; time units go after ``T``.
DURATION_LETTERS = {"second": "S", "minute": "M", "hour": "H", "day": "D", "week": "W",
                    "month": "M", "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
                    "weekend": "WE"}
TIME_UNITS = ("second", "minute", "hour")


def parse_number(words: str, table: Callable[[str], Any]) -> int | float | str:
    """Number words or digits -> number; unspecified amounts ("several") -> ``"X"``.

    Args:
        words: the captured words ("13", "twenty-five", "a few").
        table: reads one word through the ``number`` word list.
    """
    text = " ".join(words.lower().split())
    half = re.fullmatch(r"([0-9]+)(?: 1/2|½)", text)
    if half:  # "3 1/2 years"
        return int(half.group(1)) + 0.5
    if re.fullmatch(r"[0-9]+(?:[.,][0-9]{3})*", text):
        return int(text.replace(",", "").replace(".", ""))
    if re.fullmatch(r"[0-9]+[.,][0-9]+", text):
        return float(text.replace(",", "."))
    if "-" in text:
        tens, ones = text.split("-", 1)
        return int(table(tens)) + int(table(ones))
    amount = table(text)
    return amount if amount == "X" else int(amount)


def duration_value(amount: int | float | str, unit: str) -> str:
    """``P6M``, ``PT3H``, ``PXY``; decades and centuries count in years (``P10Y``).

    ISO 8601 durations have no quarter designator, so quarters count in months ("every
    quarter" is ``P3M``, as "quarterly" is).
    """
    if unit in ("decade", "century") and amount != "X":
        amount, unit = amount * (10 if unit == "decade" else 100), "year"
    if unit == "quarter" and amount != "X":
        amount, unit = amount * 3, "month"
    if isinstance(amount, float):
        amount = int(amount) if amount.is_integer() else amount
    prefix = "PT" if unit in TIME_UNITS else "P"
    return f"{prefix}{amount}{DURATION_LETTERS[unit]}"


#: A length told in one unit: ``P3D``, ``P1W``, ``PT58M`` (the time designator, the count,
#: the unit's letters).
_ONE_UNIT = re.compile(r"P(T?)(\d+)([A-Z]{1,2})")
#: The unit of each designator, before ``T`` and after it ("P2M" months, "PT2M" minutes).
_UNITS_OF_LETTERS = {(unit in TIME_UNITS, letters): unit
                     for unit, letters in DURATION_LETTERS.items() if unit != "quarter"}


def read_length(value: str | None) -> tuple[int, str] | None:
    """``(count, unit)`` of a duration told in one whole unit, the reverse of
    :func:`duration_value`: ``P3D`` (3, "day"), ``P2M`` (2, "month"), ``PT2M`` (2,
    "minute"), ``P1W`` (1, "week"); None for any other value (``PXY``, ``P1Y6M``,
    ``P1.5Y``, a date). One reader for the stages that count from a length (events'
    counted_from, claims' countdown)."""
    found = _ONE_UNIT.fullmatch(value or "")
    if found is None:
        return None
    unit = _UNITS_OF_LETTERS.get((found.group(1) == "T", found.group(3)))
    return (int(found.group(2)), unit) if unit is not None else None


#: Calendar units of a length told in several units, largest first, before ``T``.
DATE_UNITS = ("year", "month", "week", "day")


def elapsed_value(parts: Mapping[str, int | float]) -> str:
    """``PT2H11M4S`` from the parts of a time told in several units (a race time).

    TimeML tags "2 hours, 11 minutes and 4 seconds" as one duration, so its value holds every
    designator, largest first; calendar units come before ``T`` ("366 days and one second"
    P366DT1S, "18 years and 11 days" P18Y11D, round 43).
    """
    days = "".join(f"{parts[unit]}{DURATION_LETTERS[unit]}" for unit in DATE_UNITS
                   if unit in parts)
    clock = "".join(f"{parts[unit]}{DURATION_LETTERS[unit]}" for unit in TIME_UNITS[::-1]
                    if unit in parts)
    return "P" + days + ("T" + clock if clock else "")


def clock_suffix(hour: str, minute: str | None, ampm: str | None, zone: str | None,
                 second: str | None = None) -> str:
    """``T15:30`` from "3:30 pm"; ``Z`` or an offset appended for a known time zone; the
    seconds when the clock gives them ("23:59:60", a leap second, round 43)."""
    hours = int(hour)
    if ampm:
        pm = ampm.lower().startswith("p")
        hours = hours % 12 + (12 if pm else 0)
    seconds = "" if second is None else f":{int(second):02d}"
    return f"T{hours:02d}:{int(minute or 0):02d}{seconds}{zone or ''}"


def decade_value(text: str) -> str:
    """``199`` from "1990s"; two-digit decades ("the '80s") are taken as 19xx above 20."""
    digits = re.sub(r"[^0-9]", "", text)
    if len(digits) == 4:
        return digits[:3]
    return ("19" if int(digits) > 20 else "20") + digits[0]
