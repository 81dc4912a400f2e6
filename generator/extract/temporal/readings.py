"""What a matched temporal expression means before it meets a publication date.

A rule's regex captures named groups (``month``, ``number``, ``unit``, ``rel`` ...). Each group has
one small reader (:mod:`generator.extract.temporal.groupreaders`) that turns the captured words into
fields of a :class:`Reading`; :func:`build_reading` runs them and completes the reading (its value
for a set, its duration, a half counted in the next smaller unit). Resolution against the
publication date happens later, in :mod:`generator.extract.temporal.resolve`, so a reading can
be resolved again when an editor fixes the date. Pure Python: no spaCy.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from generator.extract.temporal.groupreaders import GROUP_READERS, NotThisRule, ReadingError
from generator.extract.temporal.values import clock_suffix, duration_value, elapsed_value


@dataclass(frozen=True, slots=True)
class Reading:
    """The meaning of one expression, anchored or not.

    Either ``value`` is complete (``P6M``, ``PRESENT_REF``, ``2021-03-03``), or the other fields
    say how to compute it from an anchor date: a shift of ``shift`` ``unit``s ("13 months ago"),
    or calendar fields with the missing year or day left to the resolver ("March 3", "Friday").
    """

    type: str = "DATE"
    value: str | None = None
    mod: str | None = None
    year: int | None = None
    year_shift: int | None = None
    """Year relative to the anchor's year: "the first quarter of last year" -> -1."""
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    """ISO weekday, 1 = Monday."""
    period: str | None = None
    """Named part of a year: ``Q1`` .. ``Q4``, ``H1``, ``H2``, ``SP`` .. ``WI``."""
    holiday: str | None = None
    """Movable holiday formula (``easter-2``, ``nth:11:4:4``) resolved once the year is known."""
    week_of_month: int | None = None
    """"the second week of March" -> 2; the last week -> -1 (resolved to an ISO week)."""
    unit: str | None = None
    shift: int | float | None = None
    """Signed number of ``unit``s from the anchor; 0 means "this"."""
    grain: str | None = None
    """Granularity of a shifted value when it differs from ``unit`` (``same`` = the anchor's)."""
    min_grain: str | None = None
    """Finest mention a ``same`` reading may echo: "the same period last year" passes over the
    day that closed a quarter ("the three months to September 27") to the quarter itself."""
    direction: str | None = None
    """Explicit choice of occurrence: ``before`` (last Friday), ``after`` (next Friday),
    ``this`` (this Friday)."""
    anchor: str = "dct"
    """``dct`` (publication date), ``last`` (the date the text mentioned last, else the
    publication date), ``mention`` (only a date the text mentioned: "that time"), ``fiscal``
    (the fiscal year the text named last, else the publication date) or ``reported`` (the
    month a monthly report is about: ``anchoring.reported_period``)."""
    clock: str | None = None
    """Time suffix appended to a day value: ``T12:00Z``, ``TMO``."""
    fallback: str | None = None
    """Value when a ``mention`` anchor finds no date ("at the time" -> ``PAST_REF``)."""


def needs_year(reading: Reading) -> bool:
    """True for a month, season, quarter, half or holiday whose year the words leave open."""
    open_year = (reading.year is None and reading.year_shift is None and reading.value is None
                 and reading.shift is None and reading.direction is None
                 and reading.weekday is None)
    names_part = reading.month is not None or reading.period is not None or reading.holiday
    return open_year and bool(names_part)


def build_reading(groups: Mapping[str, str | None], params: Mapping[str, Any],
                  lookup: Callable[[str, str], Any]) -> Reading:
    """Assemble the reading of one match from its named groups and the rule's ``params``.

    Args:
        groups: the regex match's ``groupdict()``; None for groups that did not take part.
        params: the rule's fixed fields (``type``, ``unit``, ``shift``, ``anchor`` ...).
        lookup: ``lookup(table, words)`` reads captured words through a word list.

    Raises:
        ReadingError: when a group's words are not in their word list.
    """
    found = {name: text for name, text in groups.items() if text is not None}
    fields: dict[str, Any] = {}
    try:
        for name, text in found.items():
            reader = GROUP_READERS.get(name.rstrip("0123456789"))
            if reader is not None:
                reader(fields, text, lookup)
    except NotThisRule:
        raise
    except (KeyError, ValueError) as err:
        raise ReadingError(f"cannot read {found!r}: {err}") from err
    tonight = fields.pop("tonight", False)
    if tonight and "ampm" not in fields and 6 <= int(fields.get("hour", 0)) < 12:
        # a clock of the evening told without a.m. or p.m.: "My train leaves at 11:40 tonight"
        fields["ampm"] = "pm"  # (round 55); small hours ("1:30 tonight") are left as written
    if "hour" in fields:
        fields["clock"] = clock_suffix(fields.pop("hour"), fields.pop("minute", None),
                                       fields.pop("ampm", None), fields.pop("zone", None),
                                       fields.pop("second", None))
    elif "zone" in fields and fields.get("clock", "").startswith("T"):
        # "midnight UTC Saturday" keeps its zone as a clock does (round 43: T24:00Z)
        fields["clock"] += fields.pop("zone")
    fields.update(params)
    fields.setdefault("type", "TIME" if fields.get("clock") else "DATE")
    return _complete(fields)


#: A half of these units counts in the next smaller one ("a year and a half" P18M, "six and a
#: half hours" PT6H30M, "two and a half days" P2DT12H).
HALF_IN_SMALLER_UNIT = {"year": ("month", 12), "day": ("hour", 24), "hour": ("minute", 60),
                        "minute": ("second", 60)}

#: Fields a rule's ``params`` may set: the reading's own, plus ``amount`` (a count of units).
READING_FIELDS = frozenset(f.name for f in dataclasses.fields(Reading))
PARAM_FIELDS = READING_FIELDS | {"amount"}


def _complete(fields: dict[str, Any]) -> Reading:
    """Turn amounts, relation words and set markers into the final reading."""
    if fields.pop("fiscal", False):
        # "fiscal 1998's fourth quarter": TimeML writes a fiscal quarter FY1998-Q4
        # a year-less "its fiscal second quarter" waits for the fiscal year the text names
        # (fiscal.fiscal_part_from_named_year); ``X`` is TimeML's placeholder meanwhile
        part = fields.pop("period", None)
        year = fields.pop("year", None)
        fields["value"] = f"FY{'XXXX' if year is None else year}" + (f"-{part}" if part else "")
    amount = fields.pop("amount", None)
    if fields.pop("and_half", False) and isinstance(amount, int):
        amount += 0.5
        unit = fields.get("unit")
        if fields.get("type") == "DURATION" and unit in HALF_IN_SMALLER_UNIT:
            # "a year and a half" is P18M, "six and a half hours" PT6H30M (round 36): the half
            # written in the next smaller unit, as "eighteen months" is
            smaller, per = HALF_IN_SMALLER_UNIT[unit]
            if unit == "year":
                fields["unit"], amount = smaller, int(amount * per)
            elif unit == "day":  # a day's half is a clock length: "P2DT12H" (round 37)
                fields["value"] = f"P{int(amount)}DT{per // 2}H"
            else:
                fields["elapsed"] = {unit: int(amount), smaller: per // 2}
    size = fields.pop("unit_size", 1)
    if size != 1 and amount != "X":  # "a fortnight" is two weeks
        amount = size * (1 if amount is None else amount)
    kind = fields["type"]
    elapsed = fields.pop("elapsed", None)
    if elapsed is not None:  # "2 hours, 11 minutes and 4 seconds"
        fields["value"] = elapsed_value(elapsed)
    if kind in ("DURATION", "SET"):
        if "value" not in fields:
            fields["value"] = (_set_value(fields, amount) if kind == "SET" else
                               duration_value(1 if amount is None else amount, fields["unit"]))
        # a duration or set is its value; calendar fields would only confuse the resolver
        return Reading(type=kind, value=fields["value"], mod=fields.get("mod"))
    _relate(fields, amount, fields.pop("rel", None), fields.pop("ago", None))
    return Reading(**{k: v for k, v in fields.items() if k in READING_FIELDS})


def _relate(fields: dict[str, Any], amount: Any, rel: int | None,
            ago: tuple[int, str] | None) -> None:
    """Read "N units ago/later" and this/last/next into a shift, a direction or a *_REF value."""
    if ago is not None and amount == "X":
        # "years ago", "several weeks later": no countable shift, only a direction
        fields["value"] = "PAST_REF" if ago[0] < 0 else "FUTURE_REF"
    elif ago is not None:
        fields["shift"] = ago[0] * (1 if amount is None else amount)
        fields.setdefault("anchor", ago[1])
    elif rel is not None and "unit" in fields and "shift" not in fields:
        fields["shift"] = rel  # "last month": a shift of the unit
    elif rel is not None:
        fields.setdefault("direction", {0: "this", -1: "before", 1: "after"}[rel])


def _set_value(fields: dict[str, Any], amount: int | float | str | None) -> str:
    """TIMEX3 value of a set: ``XXXX-WXX-1`` (every Monday), ``P2W`` (every two weeks)."""
    if fields.get("weekday"):
        return f"XXXX-WXX-{fields['weekday']}" + fields.get("clock", "")
    if fields.get("clock"):
        return "XXXX-XX-XX" + fields["clock"]
    if fields.get("period"):  # "each spring"
        return f"XXXX-{fields['period']}"
    if fields.get("month") and fields.get("day"):  # "every March 1" (round 52)
        return f"XXXX-{fields['month']:02d}-{fields['day']:02d}"
    if fields.get("month"):  # "each April"
        return f"XXXX-{fields['month']:02d}"
    if fields.get("day"):  # "the 15th of every month" (round 40)
        return f"XXXX-XX-{fields['day']:02d}"
    step = 2 if fields.get("other") else (1 if amount is None else amount)
    return duration_value(step, fields["unit"])
