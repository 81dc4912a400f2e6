"""Resolution against the publication date, the tense and earlier dates (no parse needed)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from generator.extract.temporal.readings import Reading
from generator.extract.temporal.resolve import echo_grain, pick_weekday, reresolve, resolve
from generator.extract.temporal.scan import read_text

FRIDAY = dt.date(2023, 3, 17)
TUESDAY = dt.date(2023, 3, 14)


def value(text: str, published=FRIDAY, tense=None, mentions=()) -> str:
    reading = read_text(text)
    assert reading is not None, f"no rule reads {text!r}"
    return resolve(reading, published, tense, mentions).value


@pytest.mark.parametrize(("how", "expected"), [
    ("past", FRIDAY),                    # "said Friday" in Friday's paper: that very day
    (None, FRIDAY),
    ("future", FRIDAY),                  # "flights planned for Friday": today's (HeidelTime)
    ("before", dt.date(2023, 3, 10)),    # "last Friday"
    ("after", dt.date(2023, 3, 24)),     # "next Friday"
    ("this", FRIDAY),
])
def test_friday_seen_from_a_friday(how, expected):
    assert pick_weekday(FRIDAY, 5, how) == expected


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("Thursday", "past", "2023-03-16"),
    ("Thursday", "present", "2023-03-16"),
    ("Thursday", None, "2023-03-16"),
    ("Thursday", "future", "2023-03-23"),
    ("Saturday", "future", "2023-03-18"),
    ("Saturday", "past", "2023-03-11"),
    ("last Thursday", "future", "2023-03-16"),
    ("next Thursday", "past", "2023-03-23"),
    ("this Wednesday", None, "2023-03-15"),
])
def test_weekday_follows_tense_unless_told(text, tense, expected):
    assert value(text, tense=tense) == expected


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("last month", None, "2023-02"),
    ("next month", None, "2023-04"),
    ("this week", None, "2023-W11"),
    ("next week", "past", "2023-W12"),
    ("last year", None, "2022"),
    ("the last quarter", None, "2022-Q4"),
    ("earlier this month", None, "2023-03"),
    ("nearly 13 months ago", None, "2022-02"),
    ("three weeks ago", None, "2023-W08"),
    ("two days from now", None, "2023-03-19"),
    ("ten minutes ago", None, "2023-03-17"),
    ("36 hours ago", None, "2023-03-16"),
])
def test_shifts_count_from_the_publication_date(text, tense, expected):
    assert value(text, tense=tense) == expected


def test_shift_across_a_year_boundary():
    assert value("last month", published=dt.date(2023, 1, 9)) == "2022-12"
    assert value("next week", published=dt.date(2020, 12, 30)) == "2021-W01"


@pytest.mark.parametrize(("text", "tense", "published", "expected"), [
    ("March 3", "past", FRIDAY, "2023-03-03"),
    ("March 30", "past", FRIDAY, "2023-03-30"),      # 13 days ahead: within the grace
    ("June 30", "past", FRIDAY, "2022-06-30"),
    ("June 30", "future", FRIDAY, "2023-06-30"),
    ("February 2", "future", FRIDAY, "2024-02-02"),
    ("March 3", None, FRIDAY, "2023-03-03"),
    ("December 28", "past", dt.date(2023, 1, 4), "2022-12-28"),
    ("January 8", "future", dt.date(2022, 12, 20), "2023-01-08"),
])
def test_year_of_a_yearless_date_follows_tense(text, tense, published, expected):
    assert value(text, published, tense) == expected


@pytest.mark.parametrize(("text", "tense", "expected"), [
    ("November", "past", "2022-11"),
    ("November", "future", "2023-11"),
    ("November", None, "2022-11"),       # no tense: the nearest November
    ("April", None, "2023-04"),
    ("the spring", "future", "2023-SP"),
    ("the autumn", "past", "2022-FA"),
    ("the winter", None, "2022-WI"),     # Dec 2022 - Feb 2023, just ended
    ("the fourth quarter", "past", "2022-Q4"),
    ("the fourth quarter", "future", "2023-Q4"),
])
def test_year_of_months_seasons_quarters(text, tense, expected):
    assert value(text, tense=tense) == expected


def test_winter_in_january_is_the_winter_that_began_in_december():
    assert value("the winter", published=dt.date(2023, 1, 20)) == "2022-WI"
    assert value("last winter", published=dt.date(2023, 1, 1)) == "2021-WI"
    assert value("next winter", published=dt.date(2023, 1, 1)) == "2023-WI"


def test_anchored_expressions_count_from_the_last_date_mentioned():
    mentions = ["2021-05-03"]
    assert value("two days later", mentions=mentions) == "2021-05-05"
    assert value("the following week", mentions=mentions) == "2021-W19"
    assert value("the previous year", mentions=mentions) == "2020"
    assert value("the day before", mentions=mentions) == "2021-05-02"


def test_anchor_skips_dates_too_coarse_for_the_shift():
    # "two days later" after "in 2019" and "on May 3, 2021" counts from the day, not the year
    assert value("two days later", mentions=["2021-05-03", "2019"]) == "2021-05-05"


def test_anchor_falls_back_to_the_publication_date():
    assert value("two days later") == "2023-03-19"


def test_same_period_last_year_keeps_the_mentions_granularity():
    assert value("the same period last year", mentions=["2023-02"]) == "2022-02"
    assert value("the same period last year", mentions=["2023-Q2"]) == "2022-Q2"


@pytest.mark.parametrize(("text", "expected"), [
    ("next week", "XXXX-WXX"),
    ("last month", "XXXX-XX"),
    ("yesterday", "XXXX-XX-XX"),
    ("Friday", "XXXX-WXX-5"),
    ("March 3", "XXXX-03-03"),
    ("the spring", "XXXX-SP"),
    ("this year", "XXXX"),
    ("this morning", "XXXX-XX-XXTMO"),
])
def test_without_publication_date_relative_values_stay_unresolved(text, expected):
    reading = read_text(text)
    result = resolve(reading, None)
    assert result.value == expected
    assert result.range is None


def test_without_publication_date_absolute_dates_still_resolve():
    result = resolve(read_text("March 3, 2021"), None)
    assert result.value == "2021-03-03"
    assert result.range is not None and result.range.start == dt.date(2021, 3, 3)


def test_without_publication_date_anchored_dates_use_earlier_mentions():
    assert resolve(read_text("two days later"), None, None, ["2021-05-03"]).value == "2021-05-05"


def test_literal_readings_pass_through():
    assert resolve(Reading(type="DURATION", value="P6M"), FRIDAY).value == "P6M"
    assert resolve(Reading(type="DURATION", value="P6M"), FRIDAY).range is None


def test_reresolve_with_a_new_publication_date():
    moved = reresolve("last month", "DATE", "XXXX-XX", "past", dt.date(2024, 1, 10))
    assert (moved.value, moved.range.start) == ("2023-12", dt.date(2023, 12, 1))
    friday = reresolve("Friday", "DATE", "XXXX-WXX-5", "past", TUESDAY)
    assert friday.value == "2023-03-10"
    ahead = reresolve("Friday", "DATE", "XXXX-WXX-5", "future", TUESDAY)
    assert ahead.value == "2023-03-17"


def test_reresolve_keeps_values_it_cannot_read():
    kept = reresolve("the day the music died", "DATE", "1959-02-03", None, FRIDAY)
    assert kept.value == "1959-02-03"
    assert kept.range is not None and kept.range.granularity == "day"


def test_reresolve_keeps_mod_and_durations():
    approx = reresolve("nearly 13 months ago", "DATE", "XXXX-XX", None, FRIDAY)
    assert (approx.value, approx.mod, approx.range.approximate) == ("2022-02", "APPROX", True)
    assert reresolve("six months", "DURATION", "P6M", None, FRIDAY).value == "P6M"


def test_resolve_module_does_not_import_spacy():
    code = ("import sys, datetime as dt; from generator.extract.temporal.resolve import reresolve;"
            "reresolve('last month', 'DATE', 'XXXX-XX', None, dt.date(2023, 3, 17));"
            "assert 'spacy' not in sys.modules, 'spacy imported'")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_that_time_needs_a_date_mentioned_before():
    assert value("the same day", mentions=["2021-05-03"]) == "2021-05-03"
    # not the publication date: nothing to refer to
    assert value("the same day") == "XXXX-XX-XX"


def test_reresolve_keeps_a_year_borrowed_from_the_date_before_it():
    # "a loss in the fourth quarter of 2022 after a profit in the first half": 2022's half
    kept = reresolve("the first half", "DATE", "2022-H1", "past", dt.date(2024, 5, 2),
                     mentions=("2022-Q4",))
    assert kept.value == "2022-H1"


def test_reresolve_chooses_again_a_year_that_came_from_the_old_publication_date():
    moved = reresolve("the first half", "DATE", "2023-H1", "past", dt.date(2024, 9, 2),
                      mentions=("2022-Q4",))
    assert moved.value == "2024-H1"
    alone = reresolve("November", "DATE", "2022-11", "past", dt.date(2024, 3, 1))
    assert alone.value == "2023-11"


@pytest.mark.parametrize(("unit", "base_grain", "expected"), [
    ("year", "quarter", "quarter"),   # "third-quarter profit fell from a year earlier"
    ("year", "month", "month"),
    ("year", "season", "season"),
    ("year", "day", "year"),          # "on 3 May 2021 ... a year later": the year
    ("year", None, "year"),           # "a year ago": counted from the publication date
    ("week", "month", "week"),
])
def test_echo_grain(unit, base_grain, expected):
    assert echo_grain(unit, base_grain) == expected


def test_reresolve_keeps_a_year_taken_from_the_expression_after_it():
    # "an investor day in October of next year", tagged on 2024-06-05: October is 2025-10
    moved = reresolve("October", "DATE", "2025-10", "future", dt.date(2023, 6, 5),
                      anchor=dt.date(2024, 6, 5))
    assert moved.value == "2024-10"
    # a year the tense chose against the old date is chosen again against the new one
    again = reresolve("November", "DATE", "2022-11", "past", dt.date(2024, 3, 1),
                      anchor=dt.date(2023, 3, 1))
    assert again.value == "2023-11"


def test_reresolve_keeps_the_fiscal_year_a_fiscal_quarter_took_from_the_text():
    again = reresolve("fiscal second quarter", "DATE", "FY2004-Q2", "past", dt.date(2003, 11, 19))
    assert again.value == "FY2004-Q2"


def test_reresolve_keeps_a_bare_quarter_counted_in_the_fiscal_calendar():
    # "the third quarter ended Oct. 29" of a company whose fiscal year ends in January
    again = reresolve("the third quarter", "DATE", "FY2024-Q3", "past", dt.date(2023, 11, 22))
    assert again.value == "FY2024-Q3"
    calendar_kept = reresolve("the third quarter", "DATE", "2023-Q3", "past",
                              dt.date(2024, 11, 22))
    assert calendar_kept.value == "2024-Q3"
