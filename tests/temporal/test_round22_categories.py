"""Round 22's categories: a results comparison echoes the period reported, not a forecast
period that has not begun ("could run short of cash in the first half of next year. The loss
compared with a profit in the same period a year earlier" is the quarter reported a year back,
and "during the quarter" that quarter, a half being no quarter); "the new fiscal year on
Thursday" starts on the coming Thursday; a past clock passes over a possessive day ("after
Thursday's loss"); and from event round 18: a possessive coming year ("next year's race") lends
no year, a coming timetable carries its day from clock to clock, and a deal a past agreement
makes ("agreed to buy Tellin in January") was agreed then, as round 21's vote performs its acts.

Each case pins the step behind a fix (``resolve.py``, ``context.py``, ``fiscal_start.py``,
``storyday.py``, ``yearlend.py``, ``sidelong.py``) with its counter-case.
Every sentence is invented (fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

FRI_NOV_2008 = dt.date(2008, 11, 7)

FORECAST_THEN_COMPARISON = (
    "Brennig Motors posted a $1.2 billion loss for the third quarter on Friday and warned that "
    "it could run short of cash in the first half of next year. The loss compared with a profit "
    "of $90 million in the same period a year earlier. Brennig spent $2 billion in cash during "
    "the quarter.")


def test_the_same_period_passes_over_a_forecast_period(tag):
    found = values_by_text(tag, FORECAST_THEN_COMPARISON, FRI_NOV_2008)
    assert found["the same period a year earlier"] == "2007-Q3"


def test_the_quarter_passes_over_a_half(tag):
    found = values_by_text(tag, FORECAST_THEN_COMPARISON, FRI_NOV_2008)
    assert found["the quarter"] == "2008-Q3"


def test_the_same_period_still_echoes_a_half_reported(tag):
    text = ("Brennig earned $40 million in the first half of the year, up from $31 million in "
            "the same period a year earlier.")
    assert values_by_text(tag, text, FRI_NOV_2008)["the same period a year earlier"] == "2007-H1"


FRI_OCT_2026 = dt.date(2026, 10, 9)


def test_a_possessive_coming_year_lends_no_year(tag):
    text = "Entries for next year's Tarn Valley race open on Nov. 2."
    assert values_by_text(tag, text, FRI_OCT_2026)["Nov. 2"] == "2026-11-02"


def test_a_possessive_past_year_told_in_the_past_still_lends(tag):
    text = "Last year's Tarn Valley race was held on May 4."
    assert values_by_text(tag, text, FRI_OCT_2026)["May 4"] == "2025-05-04"


def test_a_coming_timetable_carries_its_day_from_clock_to_clock(tag):
    text = ("Runners will set off from Quarry Lane on Sunday. The race starts at 8 a.m. The "
            "ferry will resume by 2 p.m., officials said.")
    assert values_by_text(tag, text, FRI_OCT_2026)["2 p.m."] == "2026-10-11T14:00"


def test_a_clock_told_in_the_past_takes_no_coming_day_from_a_clock(tag):
    text = ("Runners will set off from Quarry Lane on Sunday. The race starts at 8 a.m. The "
            "ferry stopped at 2 p.m., officials said.")
    assert values_by_text(tag, text, FRI_OCT_2026)["2 p.m."] == "2026-10-09T14:00"


WED_JUN_1993 = dt.date(1993, 6, 30)


def test_the_new_fiscal_year_on_a_weekday_starts_that_coming_day(tag):
    text = ("The Varnland assembly passed its budget early today, hours before the start of the "
            "new fiscal year on Thursday.")
    found = values_by_text(tag, text, WED_JUN_1993)
    assert (found["the new fiscal year"], found["Thursday"]) == ("FY1994", "1993-07-01")
    assert found["hours"] == "PTXH"


def test_a_weekday_the_new_fiscal_year_began_on_stays_behind(tag):
    text = "The new fiscal year in Varnland began on Thursday."
    assert values_by_text(tag, text, WED_JUN_1993)["Thursday"] == "1993-06-24"


def test_a_coming_clock_after_tonight_stays_tonight(tag):
    text = ("The Varnland assembly passed its budget early today, hours before the start of the "
            "new fiscal year on Thursday. The upper house was expected to vote tonight, and the "
            "governor will sign the bill by 11 p.m.")
    assert values_by_text(tag, text, WED_JUN_1993)["11 p.m."] == "1993-06-30T23:00"


def test_a_day_the_plan_was_told_on_does_not_stop_the_timetable(tag):
    text = ("Runners will set off from Quarry Lane on Sunday, organisers said on Thursday. The "
            "race starts at 8 a.m. The ferry will resume by 2 p.m., officials said.")
    found = values_by_text(tag, text, FRI_OCT_2026)
    assert (found["8 a.m."], found["2 p.m."]) == ("2026-10-11T08:00", "2026-10-11T14:00")


MON_JUN_2001 = dt.date(2001, 6, 11)


def test_a_past_clock_passes_over_a_possessive_day_to_the_story_day(tag):
    text = ("The Ferncastle Owls beat Dunmere 4-3 in the deciding game Sunday night. The Owls, "
            "who trailed after Thursday's loss, had not won since 1988. The game ended at "
            "11:40 p.m.")
    assert values_by_text(tag, text, MON_JUN_2001)["11:40 p.m."] == "2001-06-10T23:40"


def test_a_past_clock_after_a_plain_day_still_takes_it(tag):
    text = ("The Ferncastle Owls beat Dunmere 4-3 in the deciding game Sunday night. The Owls "
            "lost on Thursday in Dunmere. That game ended at 11:40 p.m.")
    assert values_by_text(tag, text, MON_JUN_2001)["11:40 p.m."] == "2001-06-07T23:40"


WED_APR_2026 = dt.date(2026, 4, 15)


def test_a_deal_agreed_in_a_month_was_agreed_then(tag):
    text = "Marrow Foods agreed to buy Tellin Bakeries in January for $3 a share."
    assert values_by_text(tag, text, WED_APR_2026)["January"] == "2026-01"


def test_a_deal_planned_for_a_month_lies_ahead(tag):
    text = "Marrow Foods plans to buy Tellin Bakeries in January for $3 a share."
    assert values_by_text(tag, text, WED_APR_2026)["January"] == "2027-01"
