"""Round 19's categories: a bare "the quarter, which ended June 30" right after a fiscal quarter
gives the story's fiscal year end (so "the quarter", "a year earlier" and a bare "first-quarter"
forecast count in it); a fixture whose verb the model reads as a noun with an object ("The
Comets host Dunmore on Sunday") looks ahead; a plan on the subject of a past verb ("Kickoff,
scheduled for 1 p.m., was delayed") is gone by, unless the verb calls it off or moves it; "yards"
make "the fourth quarter" a game's.

Each case pins the step behind a fix (``fiscal_end.py``, ``timetable.py``, ``coming.py`` and
rules in ``generator/rules/temporal*.yaml``), with its counter-case where the step must hold
back. Every sentence is invented (fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

JUL_2009 = dt.date(2009, 7, 30)  # a Thursday

FISCAL_STORY = ("Ledger maker Pellow Systems said on Thursday its fiscal fourth-quarter profit "
                "fell 12 percent. Net income for the quarter, which ended June 30, was $40 "
                "million, down from $46 million a year earlier. The company forecast "
                "first-quarter earnings of 9 to 11 cents a share.")

SEP_2003 = dt.date(2003, 9, 29)  # a Monday


CASES = [
    case("the_quarter_closed_in_june_after_a_fiscal_fourth_quarter_is_fiscal",
         FISCAL_STORY,
         JUL_2009,
         {
          "fiscal fourth-quarter": "FY2009-Q4",
          "the quarter": "FY2009-Q4",
          "a year earlier": "FY2008-Q4",
         }),
    case("a_first_quarter_forecast_is_the_next_fiscal_quarter",
         FISCAL_STORY,
         JUL_2009, {"first-quarter": "FY2010-Q1"}),
    case("the_quarter_closed_in_june_without_a_fiscal_quarter_stays_calendar",
         ("Ledger maker Pellow Systems said on Thursday its profit fell 12 percent. Net income "
          "for the quarter, which ended June 30, was $40 million, down from $46 million a year "
          "earlier."),
         JUL_2009, {"the quarter": "2009-Q2", "a year earlier": "2008-Q2"}),
    case("a_calendar_fourth_quarter_closed_in_december_keeps_the_calendar",
         ("Pellow Systems said its fiscal fourth-quarter profit fell. Net income for the "
          "quarter, which ended Dec. 31, was $40 million. It forecast first-quarter earnings "
          "of 9 cents a share."),
         dt.date(2010, 1, 28), {"the quarter": "2009-Q4", "first-quarter": "2010-Q1"}),
    case("a_fixture_whose_verb_reads_as_a_noun_lies_ahead",
         "The Comets host Dunmore on Sunday.",
         SEP_2003, {"Sunday": "2003-10-05"}),
    case("a_kickoff_scheduled_before_a_past_delay_is_on_the_game_day",
         ("The Comets beat Dunmore 24-10 on Sunday. Kickoff, scheduled for 1 p.m., was delayed "
          "20 minutes by rain."),
         SEP_2003, {"1 p.m.": "2003-09-28T13:00"}),
    case("a_vote_scheduled_for_a_day_then_called_off_keeps_its_day_ahead",
         "The vote, scheduled for Friday, was cancelled on Monday.",
         SEP_2003, {"Friday": "2003-10-03"}),
    case("a_launch_delayed_until_a_new_day_keeps_its_first_day_ahead",
         "The launch, scheduled for Friday, was delayed until next month.",
         SEP_2003, {"Friday": "2003-10-03"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round19_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_a_noun_without_an_object_keeps_the_past_sunday(tag):
    text = "The Comets beat Dunmore on Sunday. The home crowd on Sunday was the largest."
    assert all(t.value == "2003-09-28" for t in tag(text, SEP_2003))


def test_a_fourth_quarter_of_yards_is_a_game_period(tag):
    text = "The Comets gained only 41 yards in the fourth quarter."
    assert not tag(text, SEP_2003)
