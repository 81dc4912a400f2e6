"""One reader of TimeML lengths (mending session 22): ``read_length`` reads a duration told
in one whole unit, the reverse of ``duration_value``; the events stage (counted_from) and
the claims stage (countdown) count from it instead of each parsing values of their own."""

from __future__ import annotations

import pytest

from generator.extract.temporal.values import duration_value, read_length

TABLE = [
    ("P3D", (3, "day")),
    ("P1W", (1, "week")),
    ("P2M", (2, "month")),        # months before T ...
    ("PT2M", (2, "minute")),      # ... minutes after it
    ("PT58M", (58, "minute")),
    ("PT2H", (2, "hour")),
    ("PT30S", (30, "second")),
    ("P41Y", (41, "year")),
    ("P2DE", (2, "decade")),
    ("P1WE", (1, "weekend")),
    ("P180D", (180, "day")),
    ("PXY", None),                # an unspecified amount: no count
    ("P1Y6M", None),              # two units
    ("P1.5Y", None),              # a fraction
    ("P3DT4H", None),
    ("PT3D", None),               # a day is no time unit
    ("P3S", None),                # nor a second a date unit
    ("2024-05-10", None),
    ("", None),
    (None, None),
]


@pytest.mark.parametrize(("value", "expected"), TABLE)
def test_read_length(value, expected):
    assert read_length(value) == expected


@pytest.mark.parametrize("unit", ["second", "minute", "hour", "day", "week", "month", "year"])
def test_read_length_reverses_duration_value(unit):
    assert read_length(duration_value(7, unit)) == (7, unit)
