"""How each named group of a temporal rule's match is read: one small reader per group name.

A rule's regex captures named groups (``month``, ``number``, ``unit``, ``rel`` ...); the reader of
each group writes the fields of a :class:`~generator.extract.temporal.readings.Reading` its words
determine, through the word lists of ``generator/rules/temporal.yaml`` (a clock told in words
reads its words from ``generator/rules/temporal_context.yaml``, ``module: groupreaders``).
``readings.build_reading`` runs them and assembles the reading. Pure Python: no spaCy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from generator.extract.temporal.cues import cue_map, cue_pattern, cue_words
from generator.extract.temporal.values import decade_value, parse_number


class ReadingError(ValueError):
    """A rule captured words its reader cannot interpret."""


class NotThisRule(ReadingError):
    """Words a rule's pattern takes on purpose but its reading refuses, as a vague amount in a
    length told in two units ("two years and some days": each part is tagged on its own).
    Skipped without a warning: ordinary text, not a gap in a word list."""


# --- one reader per group name: each writes the fields its words determine -------------------

def _read_table(table: str, field: str, convert: Callable[[Any], Any] = lambda v: v):
    def reader(fields: dict[str, Any], text: str, lookup: Callable[[str, str], Any]) -> None:
        fields[field] = convert(lookup(table, text))
    return reader


def _read_int(field: str):
    def reader(fields: dict[str, Any], text: str, lookup: Callable[[str, str], Any]) -> None:
        fields[field] = int(re.sub(r"[^0-9]", "", text))
    return reader


def _read_number(fields, text, lookup):
    fields["amount"] = parse_number(text, lambda word: lookup("number", word))


def _read_ago(fields, text, lookup):
    sign, anchor = lookup("ago", text).split()
    fields["ago"] = (int(sign), anchor)


def _read_dayword(fields, text, lookup):
    fields["unit"], fields["shift"] = "day", int(lookup("dayword", text))
    if text.lower() == "tonight":
        fields["tonight"] = True  # "11:40 tonight" is an evening clock (build_reading)


def _read_part(fields, text, lookup):
    fields["clock"] = f"T{lookup('part', text)}"


#: A clock told in words: "ten to four in the morning", "half past six in the evening".
_TOLD_CLOCK = cue_pattern("told-clock")
#: The word of a count of minutes before the hour ("ten to four"), and the article a count
#: may take ("a quarter past").
_TO = frozenset(word.lower() for word in cue_words("told-clock", "to"))
_ARTICLE = cue_words("told-clock", "a")[0].lower() + " "
#: Minutes told as a part of the hour ("quarter", "half").
_PART_MINUTES = {word.lower(): minutes for word, minutes in cue_map("told-clock-minutes").items()}
#: Parts of the day whose hours are p.m. ("in the evening"), and the one whose hours are from
#: six on ("eleven at night"; "two in the night" is a.m.).
_EVENING = frozenset(word.lower() for word in cue_words("told-clock-part", "evening"))
_NIGHT = frozenset(word.lower() for word in cue_words("told-clock-part", "night"))


def _read_told_clock(fields, text, lookup):
    """"ten to four in the morning" -> hour 3, minute 50, a.m. (round 52); a night's hours
    from six on are the evening's, before it the small hours'."""
    found = _TOLD_CLOCK.fullmatch(text)
    if found is None:
        raise ValueError(f"not a clock told in words: {text!r}")
    number = lambda word: lookup("number", word)  # noqa: E731
    hour, minutes = int(parse_number(found["hour"], number)), 0
    if found["minutes"]:
        word = found["minutes"].lower().removeprefix(_ARTICLE)
        minutes = _PART_MINUTES.get(word) or int(parse_number(word, number))
        if found["dir"].lower() in _TO:
            hour, minutes = (hour - 2) % 12 + 1, 60 - minutes
    part = found["part"].lower()
    evening = part in _EVENING or (part in _NIGHT and 6 <= hour < 12)
    fields["hour"], fields["minute"] = str(hour), str(minutes)
    fields["ampm"] = "pm" if evening else "am"


def _read_raw(field: str):
    def reader(fields: dict[str, Any], text: str, lookup: Callable[[str, str], Any]) -> None:
        fields[field] = text
    return reader


def _read_holiday(fields, text, lookup):
    month, day = lookup("holiday", text).split("-")
    fields["month"], fields["day"] = int(month), int(day)


def _read_movable(fields, text, lookup):
    fields["holiday"] = lookup("movable_holiday", text)


def _read_islamic_feast(fields, text, lookup):
    fields["holiday"] = lookup("islamic_feast", text)


def _read_century(fields, text, lookup):
    fields["value"] = f"{int(lookup('century', text)) - 1:02d}"


def _read_const(field: str, value: Any):
    """A group whose presence alone sets a field ("other" in "every other week")."""
    def reader(fields: dict[str, Any], text: str, lookup: Callable[[str, str], Any]) -> None:
        fields[field] = value
    return reader


def _read_decade(fields, text, lookup):
    fields["value"] = decade_value(text)


def _read_short_year(fields, text, lookup):
    """"fiscal '98": two digits are 19xx from 50 up, else 20xx."""
    digits = int(text)
    fields["year"] = digits + (1900 if digits >= 50 else 2000)


def _read_split_year(fields, text, lookup):
    """"1991-92" in "the 1991-92 financial year": a fiscal year is named by the year it ends in.

    The second part may be two digits ("1999-00" ends in 2000) or four ("2023/2024").
    """
    first, second = re.split(r"[-/–]", text)
    end = int(second)
    if len(second) == 2:
        end += int(first) // 100 * 100 + (100 if end < int(first) % 100 else 0)
    fields["year"] = end
    fields["fiscal"] = True


def _read_unit(fields, text, lookup):
    """A unit word; a fortnight counts as two weeks."""
    unit = lookup("unit", text)
    if unit == "fortnight":
        unit, fields["unit_size"] = "week", 2
    fields["unit"] = unit


def _read_elapsed(unit: str):
    """One part of a time told in several units: "11" in "2 hours, 11 minutes and 4 seconds"."""
    def reader(fields: dict[str, Any], text: str, lookup: Callable[[str, str], Any]) -> None:
        amount = parse_number(text, lambda word: lookup("number", word))
        # a race clock counts seconds in tenths ("2 minutes, 1.8 seconds" is PT2M1.8S)
        whole = isinstance(amount, int) or (unit == "second" and isinstance(amount, float))
        if not whole:
            raise NotThisRule(f"not a whole number of {unit}s: {text!r}")
        fields.setdefault("elapsed", {})[unit] = amount
    return reader


def _read_vague_unit(fields, text, lookup):
    _read_unit(fields, text, lookup)
    fields["amount"] = "X"


#: Group name -> reader. A pattern that needs the same group twice names the second copy with a
#: digit suffix ({year:year2}); the suffix is ignored here, so both copies read alike.
GROUP_READERS: dict[str, Callable[[dict[str, Any], str, Callable[[str, str], Any]], None]] = {
    "mod": _read_table("mod", "mod"),
    "edge": _read_table("edge", "mod"),
    "edge_in": _read_table("edge", "mod"),
    "short_year": _read_short_year,
    "month": _read_table("month", "month"),
    "month_num": _read_int("month"),
    "day": _read_int("day"),
    "day_word": _read_table("day_word", "day"),
    "year": _read_int("year"),
    "weekday": _read_table("weekday", "weekday"),
    "weekdays": _read_table("weekdays", "weekday"),
    "weekday_abbr": _read_table("weekday_abbr", "weekday"),
    "season": _read_table("season", "period"),
    "quarter": _read_table("ordinal", "period", lambda n: f"Q{n}"),
    "half": _read_table("ordinal", "period", lambda n: f"H{n}"),
    "quarter_months": _read_table("quarter_months", "period", lambda n: f"Q{n}"),
    "half_months": _read_table("half_months", "period", lambda n: f"H{n}"),
    "number": _read_number,
    "unit": _read_unit,
    "rel": _read_table("rel", "rel", int),
    "yrel": _read_table("rel", "year_shift", int),
    "ago": _read_ago,
    "dayword": _read_dayword,
    "part": _read_part,
    "decade": _read_decade,
    "century": _read_century,
    "holiday": _read_holiday,
    "movable_holiday": _read_movable,
    "islamic_feast": _read_islamic_feast,
    "set_adverb": _read_table("set_adverb", "value"),
    "other": _read_const("other", True),
    "fiscal": _read_const("fiscal", True),
    "split_year": _read_split_year,
    "same_unit": _read_table("same_unit", "min_grain"),
    "and_half": _read_const("and_half", True),
    "week_of_month": _read_table("ordinal", "week_of_month", int),
    "every_nth": _read_table("day_word", "amount", int),
    "vague_unit": _read_vague_unit,
    "last_week": _read_const("week_of_month", -1),
    "prev": _read_const("rel", -1),
    "next": _read_const("rel", 1),
    "hour": _read_raw("hour"),
    "told_clock": _read_told_clock,
    "minute": _read_raw("minute"),
    "ampm": _read_raw("ampm"),
    "timezone": _read_table("timezone", "zone"),
    "elapsed_hour": _read_elapsed("hour"),
    "elapsed_minute": _read_elapsed("minute"),
    "elapsed_second": _read_elapsed("second"),
    "second": _read_raw("second"),
    "elapsed_year": _read_elapsed("year"),
    "elapsed_month": _read_elapsed("month"),
    "elapsed_day": _read_elapsed("day"),
}
