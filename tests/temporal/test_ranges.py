"""Calendar ranges of TIMEX3 values (calendar.value_range) and on tagged timexes."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.extract.temporal.calendar import add_months, season_value, value_range

D = dt.date


@pytest.mark.parametrize(("value", "start", "end", "granularity"), [
    ("2023-03-17", D(2023, 3, 17), D(2023, 3, 17), "day"),
    ("2023-03-17TMO", D(2023, 3, 17), D(2023, 3, 17), "time"),
    ("2023-03-17T16:00Z", D(2023, 3, 17), D(2023, 3, 17), "time"),
    ("2023-W12", D(2023, 3, 20), D(2023, 3, 26), "week"),
    ("2023-W11-WE", D(2023, 3, 18), D(2023, 3, 19), "week"),
    ("2020-W53", D(2020, 12, 28), D(2021, 1, 3), "week"),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("2023-Q1", D(2023, 1, 1), D(2023, 3, 31), "quarter"),
    ("2023-H2", D(2023, 7, 1), D(2023, 12, 31), "quarter"),
    ("2023-SP", D(2023, 3, 1), D(2023, 5, 31), "season"),
    ("2023-WI", D(2023, 12, 1), D(2024, 2, 29), "season"),
    ("2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("199", D(1990, 1, 1), D(1999, 12, 31), "decade"),
    ("19", D(1900, 1, 1), D(1999, 12, 31), "century"),
])
def test_value_ranges(value, start, end, granularity):
    span = value_range(value)
    assert (span.start, span.end, span.granularity, span.approximate) == (
        start, end, granularity, False)


@pytest.mark.parametrize("value", ["PRESENT_REF", "P6M", "XXXX-WXX", "XXXX-03-03", "FY2021",
                                   "2023-02-30", "XXXX-WXX-1"])
def test_values_without_a_calendar_range(value):
    assert value_range(value) is None


def test_mods_narrow_or_blur_the_range():
    start = value_range("2023-03", "START")
    assert (start.start, start.end, start.approximate) == (D(2023, 3, 1), D(2023, 3, 10), True)
    end = value_range("2022", "END")
    assert (end.end, end.approximate) == (D(2022, 12, 31), True)
    approx = value_range("2022-02", "APPROX")
    assert (approx.start, approx.end, approx.approximate) == (D(2022, 2, 1), D(2022, 2, 28), True)


def test_calendar_helpers():
    assert add_months(D(2023, 1, 31), 1) == D(2023, 2, 28)
    assert add_months(D(2023, 3, 17), -13) == D(2022, 2, 17)
    assert season_value(D(2023, 1, 15)) == "2022-WI"
    assert season_value(D(2023, 11, 30)) == "2023-FA"


def test_every_resolved_calendar_timex_has_a_range(tag):
    text = ("The mayor of Veldmoor said on Monday that the ferry, which sank nearly 13 months ago, "
            "will be raised next week, before the spring, and that repairs take six months.")
    timexes = tag(text)
    by_text = {t.text: t for t in timexes}
    assert by_text["Monday"].range.start == D(2023, 3, 13)
    assert by_text["next week"].range.start == D(2023, 3, 20)
    assert by_text["nearly 13 months ago"].range.approximate is True
    assert by_text["the spring"].range.granularity == "season"
    assert by_text["six months"].range is None
    for timex in timexes:
        if timex.type in ("DATE", "TIME") and value_range(timex.value) is not None:
            assert timex.range is not None, timex


@pytest.mark.parametrize(("year", "formula", "expected"), [
    (2023, "easter", D(2023, 4, 9)),
    (2024, "easter-2", D(2024, 3, 29)),
    (2008, "easter+1", D(2008, 3, 24)),
    (2023, "nth:11:4:4", D(2023, 11, 23)),   # Thanksgiving
    (2023, "nth:5:1:-1", D(2023, 5, 29)),    # Memorial Day
    (2023, "nth:9:1:1", D(2023, 9, 4)),      # Labor Day
])
def test_movable_holidays(year, formula, expected):
    from generator.extract.temporal.calendar import holiday_date
    assert holiday_date(year, formula) == expected


def test_docstring_examples():
    import doctest

    from generator.extract.temporal import calendar

    assert doctest.testmod(calendar).failed == 0
