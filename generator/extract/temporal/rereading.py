"""Resolve a stored date mention again when an editor corrects the publication date.

The claim file keeps each date's words, value, tense and the dates before it, but not the parse.
Reading the words again through the rules and resolving them against the new date is right for
most mentions; a few took something from the text the words do not carry (the fiscal year named
elsewhere, the year of the date just before, the relative year right after), and the helpers
here keep that from the stored value. Pure Python: the site build imports it without spaCy.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from generator.extract.temporal.fiscal_end import FISCAL_QUARTER_VALUE
from generator.extract.temporal.readings import Reading, needs_year
from generator.extract.temporal.resolve import Resolution, finish, resolve
from generator.extract.temporal.zones import settle_daylight

__all__ = ["keep_borrowed_year", "keep_fiscal_year", "keep_year_distance", "reresolve"]


def reresolve(text: str, type: str, value: str, tense: str | None, published: dt.date,
              mentions: Sequence[str] = (), anchor: dt.date | None = None) -> Resolution:
    """Resolve a stored date mention again against a (new) publication date.

    Used when an editor fills in or corrects ``article.published`` in a claim file: the words
    are read again through the temporal rules (regexes only, no spaCy) and resolved with the
    stored tense. Absolute values and values no rule can read are kept as they are.

    Args:
        text: the words of the mention ("last month").
        type: its TIMEX3 type (DATE, TIME, DURATION, SET).
        value: the value stored so far (kept when the words cannot be read).
        tense: the stored tense of the clause, or None.
        published: the publication date to resolve against.
        mentions: values of earlier dates in the article, for "two days later".
        anchor: the publication date ``value`` was resolved against, when known. It lets a
            year the words took from a later expression ("October" in "October of next
            year") keep its distance from the publication date.

    Returns:
        The new value, mod and range.
    """
    from generator.extract.temporal.scan import read_text  # rules load lazily, once

    reading = read_text(text)
    if reading is None:
        return finish(Reading(type=type, value=value), value)
    reading = keep_borrowed_year(keep_fiscal_year(reading, value), value, mentions)
    if anchor is not None:
        reading = keep_year_distance(reading, value, tense, mentions, anchor)
    result = resolve(reading, published, tense, mentions)
    return dataclasses.replace(result, value=settle_daylight(result.value))


def keep_fiscal_year(reading: Reading, value: str) -> Reading:
    """Keep the fiscal year a year-less "fiscal second quarter" took from the text.

    The words alone read ``FYXXXX-Q2``; the year came from a "fiscal 2004" elsewhere in the
    story (``fiscal.fiscal_part_from_named_year``), which a new publication date does not
    change. A bare quarter the story's fiscal calendar turned into a fiscal one ("the third
    quarter ended Oct. 29" -> FY2024-Q3, ``fiscal.quarters_in_fiscal_year``) keeps it too:
    the words alone would read a calendar quarter.
    """
    stored = re.match(r"FY\d{4}", value)
    if stored is None:
        return reading
    if (reading.value is None and _names_a_quarter(reading)
            and FISCAL_QUARTER_VALUE.match(value)):
        # "the third quarter" of a company whose fiscal year the story gave (fiscal.py)
        return dataclasses.replace(reading, value=value)
    if reading.value is None and _FISCAL_HALF_OR_YEAR.match(value) and _names_half_or_year(
            reading):
        # "first-half", "the half", "the full year" counted in it (fiscal_halves.py)
        return dataclasses.replace(reading, value=value)
    if reading.value is None or not reading.value.startswith("FYXXXX"):
        return reading
    return dataclasses.replace(reading, value=stored.group(0) + reading.value[len("FYXXXX"):])




#: A fiscal half or whole fiscal year value: "FY2003-H1", "FY2003".
_FISCAL_HALF_OR_YEAR = re.compile(r"FY\d{4}(?:-H[12])?$")


def _names_half_or_year(reading: Reading) -> bool:
    """True for a half the words leave without a year ("first-half", "the half") or the
    current year ("the full year", "full-year")."""
    bare_half = needs_year(reading) and (reading.period or "").startswith("H")
    this_unit = reading.unit in ("half", "year") and reading.shift == 0
    return bare_half or this_unit


def _names_a_quarter(reading: Reading) -> bool:
    """True for a quarter the words leave without a year: "the third quarter", "the quarter"."""
    bare_part = needs_year(reading) and (reading.period or "").startswith("Q")
    this_quarter = reading.unit == "quarter" and reading.shift == 0
    return bare_part or this_quarter


def keep_borrowed_year(reading: Reading, value: str, mentions: Sequence[str]) -> Reading:
    """Keep the year a year-less part took from the date written just before it.

    The tagger gives "the first half" in "a loss in the fourth quarter of 2022 after a profit in
    the first half" the year 2022, from the earlier date in the sentence. The words alone do not
    say so; the stored value does when its year is the year of the mention right before it.
    A year that only came from the old publication date differs from it and is chosen again.
    """
    stored, previous = _year_prefix(value), _year_prefix(mentions[-1]) if mentions else None
    if needs_year(reading) and stored is not None and stored == previous:
        return dataclasses.replace(reading, year=stored)
    return reading


def keep_year_distance(reading: Reading, value: str, tense: str | None,
                       mentions: Sequence[str], anchor: dt.date) -> Reading:
    """Keep a year-less part's distance in years from the publication date it was read against.

    The tagger gives "October" in "October of next year" the year after publication, from the
    expression that follows it, which a stored mention does not record. When resolving the
    words against the old publication date does not give the stored year, something in the
    text chose it, so the new value keeps the same distance from the new publication date.
    """
    stored = _year_prefix(value)
    if not needs_year(reading) or stored is None:
        return reading
    again = _year_prefix(resolve(reading, anchor, tense, mentions).value)
    if again is None or again == stored:
        return reading
    return dataclasses.replace(reading, year_shift=stored - anchor.year)


def _year_prefix(value: str) -> int | None:
    """The four-digit year a TIMEX3 value starts with ("2022-H1" -> 2022), else None."""
    return int(value[:4]) if len(value) >= 4 and value[:4].isdigit() else None
