"""A day written with its weekday pins the year of the year-less dates in its sentence.

"Pupils return on Tuesday 4 January, because New Year's Day falls on a Saturday" (round 51, a
school calendar told in June 2021): only 2022 puts 4 January on a Tuesday, so the weekday has
already chosen the year of that day (``resolve._weekday_year``), and the holiday told beside it
is the one nearest that day, 2022-01-01, not the New Year's Day the clause's tense would pick
from the publication date. So are "break up for the summer on Friday 22 July" (2022-SU), "Half-term
in February is from Monday 21 February" (2022-02), "two weeks from Monday 4 April, taking in Good
Friday and Easter Monday" (2022's) and "from Monday 30 May to Friday 3 June ... on 2 June and 3
June" (2022's).

Only a month, season, quarter, half or holiday whose year nothing else gives
(``readings.needs_year``, read from the publication date) moves, and only to the occurrence
nearest the weekday-dated day closest to it in the same sentence; a sentence without such a day
is left to the tense, and so is one whose pinning day has its year told apart ("on Wednesday 1
September next year", round 56). Nothing here imports spaCy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from generator.extract.temporal.readings import Reading, needs_year
from generator.extract.temporal.resolve import resolve

__all__ = ["Pin", "nearest_pin", "weekday_pins"]


@dataclass(frozen=True, slots=True)
class Pin:
    """A day written with its weekday and without a year, resolved: where it is and its day."""

    sentence: int
    start: int
    end: int
    day: dt.date


def _weekday_dated(reading: Reading) -> bool:
    """True for "Tuesday 4 January", "Friday, July 22": a day and month with their weekday."""
    return (reading.weekday is not None and reading.month is not None
            and reading.day is not None and reading.year is None
            and reading.year_shift is None and reading.anchor == "dct")


#: How far after a weekday-dated day a year told in words may follow it: " next year".
_YEAR_AFTER_WITHIN = 2


def _year_told_after(chosen: Sequence, k: int) -> bool:
    """True for a weekday-dated day with a relative year told right after it ("on Wednesday 1
    September next year", round 56, told in May 2003): the writer gives that day's year apart,
    so it is no year for the rest of the sentence ("consulting until the end of June on a plan
    to start the autumn term on Wednesday 1 September next year" is this June)."""
    if k + 1 >= len(chosen):
        return False
    after, day = chosen[k + 1], chosen[k]
    return (after.start - day.end <= _YEAR_AFTER_WITHIN and after.reading.unit == "year"
            and after.reading.shift is not None)


def weekday_pins(chosen: Sequence, told: Sequence[tuple[str | None, int]],
                 published: dt.date | None, grace) -> list[Pin]:
    """The weekday-dated days of the text, each resolved as it would be on its own."""
    if published is None:
        return []
    pins = []
    for k, (cand, (tense, sentence)) in enumerate(zip(chosen, told)):
        if not _weekday_dated(cand.reading) or _year_told_after(chosen, k):
            continue
        try:
            value = resolve(cand.reading, published, tense, (), grace).value
            pins.append(Pin(sentence, cand.start, cand.end, dt.date.fromisoformat(value[:10])))
        except ValueError:
            continue
    return pins


def nearest_pin(pins: Sequence[Pin], reading: Reading, sentence: int, start: int,
                end: int) -> dt.date | None:
    """The day of the weekday-dated day nearest a year-less date in its sentence, or None when
    the date has a year of its own or its sentence has no such day."""
    if not needs_year(reading) or reading.anchor != "dct":
        return None
    near = [p for p in pins if p.sentence == sentence and (p.start, p.end) != (start, end)]
    if not near:
        return None
    return min(near, key=lambda p: p.start - end if p.start >= end else start - p.end).day
