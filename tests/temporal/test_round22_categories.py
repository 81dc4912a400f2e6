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

import pytest
from temporal_helpers import case, check

FRI_NOV_2008 = dt.date(2008, 11, 7)

FORECAST_THEN_COMPARISON = (
    "Brennig Motors posted a $1.2 billion loss for the third quarter on Friday and warned that "
    "it could run short of cash in the first half of next year. The loss compared with a profit "
    "of $90 million in the same period a year earlier. Brennig spent $2 billion in cash during "
    "the quarter.")

FRI_OCT_2026 = dt.date(2026, 10, 9)

WED_JUN_1993 = dt.date(1993, 6, 30)

MON_JUN_2001 = dt.date(2001, 6, 11)

WED_APR_2026 = dt.date(2026, 4, 15)


CASES = [
    case("the_same_period_passes_over_a_forecast_period",
         FORECAST_THEN_COMPARISON,
         FRI_NOV_2008, {"the same period a year earlier": "2007-Q3"}),
    case("the_quarter_passes_over_a_half",
         FORECAST_THEN_COMPARISON,
         FRI_NOV_2008, {"the quarter": "2008-Q3"}),
    case("the_same_period_still_echoes_a_half_reported",
         ("Brennig earned $40 million in the first half of the year, up from $31 million in "
          "the same period a year earlier."),
         FRI_NOV_2008, {"the same period a year earlier": "2007-H1"}),
    case("a_possessive_coming_year_lends_no_year",
         "Entries for next year's Tarn Valley race open on Nov. 2.",
         FRI_OCT_2026, {"Nov. 2": "2026-11-02"}),
    case("a_possessive_past_year_told_in_the_past_still_lends",
         "Last year's Tarn Valley race was held on May 4.",
         FRI_OCT_2026, {"May 4": "2025-05-04"}),
    case("a_coming_timetable_carries_its_day_from_clock_to_clock",
         ("Runners will set off from Quarry Lane on Sunday. The race starts at 8 a.m. The "
          "ferry will resume by 2 p.m., officials said."),
         FRI_OCT_2026, {"2 p.m.": "2026-10-11T14:00"}),
    case("a_clock_told_in_the_past_takes_no_coming_day_from_a_clock",
         ("Runners will set off from Quarry Lane on Sunday. The race starts at 8 a.m. The "
          "ferry stopped at 2 p.m., officials said."),
         FRI_OCT_2026, {"2 p.m.": "2026-10-09T14:00"}),
    case("the_new_fiscal_year_on_a_weekday_starts_that_coming_day",
         ("The Varnland assembly passed its budget early today, hours before the start of the "
          "new fiscal year on Thursday."),
         WED_JUN_1993,
         {"the new fiscal year": "FY1994", "Thursday": "1993-07-01", "hours": "PTXH"}),
    case("a_weekday_the_new_fiscal_year_began_on_stays_behind",
         "The new fiscal year in Varnland began on Thursday.",
         WED_JUN_1993, {"Thursday": "1993-06-24"}),
    case("a_coming_clock_after_tonight_stays_tonight",
         ("The Varnland assembly passed its budget early today, hours before the start of the "
          "new fiscal year on Thursday. The upper house was expected to vote tonight, and the "
          "governor will sign the bill by 11 p.m."),
         WED_JUN_1993, {"11 p.m.": "1993-06-30T23:00"}),
    case("a_day_the_plan_was_told_on_does_not_stop_the_timetable",
         ("Runners will set off from Quarry Lane on Sunday, organisers said on Thursday. The "
          "race starts at 8 a.m. The ferry will resume by 2 p.m., officials said."),
         FRI_OCT_2026, {"8 a.m.": "2026-10-11T08:00", "2 p.m.": "2026-10-11T14:00"}),
    case("a_past_clock_passes_over_a_possessive_day_to_the_story_day",
         ("The Ferncastle Owls beat Dunmere 4-3 in the deciding game Sunday night. The Owls, "
          "who trailed after Thursday's loss, had not won since 1988. The game ended at 11:40 "
          "p.m."),
         MON_JUN_2001, {"11:40 p.m.": "2001-06-10T23:40"}),
    case("a_past_clock_after_a_plain_day_still_takes_it",
         ("The Ferncastle Owls beat Dunmere 4-3 in the deciding game Sunday night. The Owls "
          "lost on Thursday in Dunmere. That game ended at 11:40 p.m."),
         MON_JUN_2001, {"11:40 p.m.": "2001-06-07T23:40"}),
    case("a_deal_agreed_in_a_month_was_agreed_then",
         "Marrow Foods agreed to buy Tellin Bakeries in January for $3 a share.",
         WED_APR_2026, {"January": "2026-01"}),
    case("a_deal_planned_for_a_month_lies_ahead",
         "Marrow Foods plans to buy Tellin Bakeries in January for $3 a share.",
         WED_APR_2026, {"January": "2027-01"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round22_cases(tag, text, published, expected):
    check(tag, text, published, expected)
