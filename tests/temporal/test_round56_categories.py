"""Categories of error the dates round 56 (``blindset/blindset56.txt``, held out in session 20)
showed, one case per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, only

#: A Monday in June.
MONDAY = dt.date(2031, 6, 16)


CASES = [
    # a change still ahead that starts "from Monday", told on a Monday, starts the coming one
    case("a_change_from_the_weekday_told_on_is_a_week_on",
         "From Monday, the Orsk curfew is expected to be lifted, the council said.",
         MONDAY, {"Monday": "2031-06-23"}),
    case("a_change_from_the_weekday_told_on_is_a_week_on/2",
         "Now we hear the Vell guest limit is going from Monday, said a bride.",
         MONDAY, {"Monday": "2031-06-23"}),
    # in the past, or opening a span to another day, it is the day told on
    case("a_change_from_the_weekday_told_on_is_a_week_on/3",
         "Orsk cases have risen sharply from Monday.",
         MONDAY, {"Monday": "2031-06-16"}),
    case("a_change_from_the_weekday_told_on_is_a_week_on/4",
         "The Vell fair runs from Monday to Friday.",
         MONDAY, {"Monday": "2031-06-16", "Friday": "2031-06-20"}),
    # the clocks listed after a set of every few hours that divide the day are a habit's
    case("clocks_listed_after_every_few_hours_are_a_habits",
         "The Orsk weather office issues bulletins every six hours, at 5 a.m., 11 a.m., 5 p.m. "
         "and 11 p.m.",
         MONDAY, {"5 a.m.": "XXXX-XX-XXT05:00", "11 p.m.": "XXXX-XX-XXT23:00"}),
    # a rate of every few hours told after a clock of the day leaves that clock on its day
    case("clocks_listed_after_every_few_hours_are_a_habits/2",
         "The Vell river stood at 3 feet at 7 a.m. and was rising every two hours.",
         MONDAY, {"7 a.m.": "2031-06-16T07:00"}),
    case("clocks_listed_after_every_few_hours_are_a_habits/3",
         "The Vell ferry ran every hour, at 3 a.m. and at 4 a.m.",
         MONDAY, {"3 a.m.": "2031-06-16T03:00"}),
    # a midnight opening a range to a morning clock is the one that morning's day begins with
    case("a_midnight_before_a_morning_clock_begins_its_day",
         "The worst of the Orsk storm should come between midnight and 6 a.m. Saturday.",
         MONDAY, {"midnight": "2031-06-20T24:00", "6 a.m. Saturday": "2031-06-21T06:00"}),
    # a midnight ending a range from an evening clock ends its day
    case("a_midnight_before_a_morning_clock_begins_its_day/2",
         "The Vell road is shut from 10 p.m. to midnight on Saturday.",
         MONDAY, {"midnight": "2031-06-21T24:00"}),
    # a clock still to come in a clause of its own after a habit gone by is of one day
    case("a_coming_clock_after_a_past_habits_clause_keeps_its_day",
         ("Orsk has held briefings every day this week, and Vell Television will carry the "
          "launch live from 11:00 UTC."),
         MONDAY, {"11:00 UTC": "2031-06-16T11:00Z"}),
    # a habit in the present reaches the clock of the clause after it
    case("a_coming_clock_after_a_past_habits_clause_keeps_its_day/2",
         ("Orsk finals are held each evening, and the BBC will show them before switching "
          "to its news at noon."),
         MONDAY, {"noon": "XXXX-XX-XXT12:00"}),
    # a weekday-dated day with its year told apart pins no year for its sentence
    case("a_weekday_dated_day_with_its_year_told_apart_pins_nothing",
         ("Orsk council is consulting until the end of June on a plan to start the autumn "
          "term on Wednesday 1 September next year."),
         dt.date(2003, 5, 20), {"the end of June": "2003-06"}),
    # without the year told apart, the weekday still pins the sentence's year (round 51)
    case("a_weekday_dated_day_with_its_year_told_apart_pins_nothing/2",
         ("Orsk council is consulting until the end of June on a plan to start the autumn "
          "term on Wednesday 1 September."),
         dt.date(2003, 5, 20), {"the end of June": "2004-06"}),
    # the Sikh festival kept on Diwali's day is that day, and "the same day" after it too
    case("bandi_chhor_divas_is_diwalis_day",
         ("The Vell temple is open on Monday. Sikhs in Orsk celebrate Bandi Chhor Divas on "
          "the same day, with a procession in the afternoon."),
         dt.date(2026, 11, 3), {"Bandi Chhor Divas": "2026-11-08",
                                "the same day": "2026-11-08"}),
    # a bare "the year" after a full year reported is that fiscal year
    case("the_year_after_a_full_year_reported_is_that_fiscal_year",
         ("Orsk Mining said net profit for the year to June 30 rose 9 percent. Net profit for "
          "the year was the highest since its listing."),
         dt.date(1996, 8, 21), {"the year": "FY1996"}),
    # with no full year reported it stays the calendar year
    case("the_year_after_a_full_year_reported_is_that_fiscal_year/2",
         "Orsk Mining said profit for the year was the highest since its listing.",
         dt.date(1996, 8, 21), {"the year": "1996"}),
    # a half named by the month it ends in is that half, the fiscal one in a fiscal calendar
    case("a_half_named_by_its_closing_month",
         ("Orsk Mining said net profit for the year to June 30 rose. Profit in the second half "
          "jumped from A$35 million in the December half. The December half will carry some "
          "costs."),
         dt.date(1996, 8, 21), [("the year", "FY1996"), ("June 30", "1996-06-30"),
                                ("the second half", "FY1996-H2"),
                                ("the December half", "FY1996-H1"),
                                ("The December half", "FY1997-H1")]),
    case("a_half_named_by_its_closing_month/2",
         "Vell Foods said profit fell in the December half.",
         dt.date(1996, 8, 21), only({"the December half": "1995-H2"})),
    # a half of a month is no half-year
    case("a_half_named_by_its_closing_month/3",
         "Vell Foods said sales rose in the first half of December.",
         dt.date(1996, 8, 21), only({"the first half of December": "1995-12"})),
    case("a_half_named_by_its_closing_month/4",
         "The Vell December half-marathon was cancelled.",
         dt.date(1996, 8, 21), only({"December": "1995-12"})),
    # a clock after a local clock restated in brackets takes the local clock's day
    case("a_clock_after_a_bracketed_restatement_takes_the_local_day",
         ("Thursday's Orsk relay starts at 9:30 am (2330 GMT Wednesday) and should finish in "
          "Vell Park by about 2:00 pm."),
         dt.date(2008, 4, 23), {"about 2:00 pm": "2008-04-24T14:00"}),
    # a clock right after a day with no bracket still takes that day
    case("a_clock_after_a_bracketed_restatement_takes_the_local_day/2",
         "The Orsk relay ended on Tuesday and the crowd left by about 2:00 pm.",
         dt.date(2008, 4, 23), {"about 2:00 pm": "2008-04-22T14:00"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_round56_category(tag, text, published, expected):
    check(tag, text, published, expected)
