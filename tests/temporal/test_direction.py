"""Which way a year-less date or weekday lies: tense, modals, forecasts, deadlines, comparisons.

Sentences are invented (fictional firms, towns and people); each test pins one cue that blind
round 5 or the events helper's blind set showed the tagger misreading.
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, includes, last, starts

JAN_6_2022 = dt.date(2022, 1, 6)
APR_5_2024 = dt.date(2024, 4, 5)
# round 6: a 1993 budget story and a 2021 rail strike story (sentences rewritten here)
SEPT_15_1993 = dt.date(1993, 9, 15)


CASES = [
    case("a_date_moved_in_the_present_perfect_is_the_nearest_one",
         ("The filing deadline, originally Feb. 15, has been pushed back to March 18, "
          "and the primary will be held on May 17."),
         JAN_6_2022, starts([("Feb. 15", "2022-02-15"), ("March 18", "2022-03-18")])),
    case("since_in_the_present_perfect_still_looks_back",
         "The index has fallen 15% since July 21.",
         dt.date(2011, 8, 9), [("July 21", "2011-07-21")]),
    case("a_modal_perfect_still_looks_back",
         "The bank could have raised rates in December.",
         JAN_6_2022, [("December", "2021-12")]),
    case("can_with_a_date_looks_ahead",
         ("The airline said flights will resume on Sunday, and passengers can rebook free "
          "of charge until Oct 31."),
         dt.date(1992, 9, 24), last(("Oct 31", "1992-10-31"))),
    case("the_object_of_a_forecast_lies_ahead",
         "Analysts expected a vote in January.",
         dt.date(2021, 11, 20), [("January", "2022-01")]),
    case("a_reporting_timetable_in_the_present_lies_ahead",
         "Tarrow Bank reports quarterly earnings on Tuesday.",
         APR_5_2024, last(("Tuesday", "2024-04-09"))),
    case("a_deadline_year_lends_nothing_to_the_quarter_after_it",
         ("Valdris said it will cut 4,000 jobs by the end of 2026, after reporting a loss "
          "for the third quarter."),
         dt.date(2025, 10, 30), last(("the third quarter", "2025-Q3"))),
    case("a_year_ago_in_a_comparison_is_the_compared_quarter",
         "Harlan earned $312 million in the first quarter, down from $401 million a year ago.",
         dt.date(1995, 5, 17), last(("a year ago", "1994-Q1"))),
    case("a_year_ago_outside_a_comparison_is_the_year",
         "Harlan earned $312 million in the first quarter. It closed a plant a year ago.",
         dt.date(1995, 5, 17), last(("a year ago", "1994"))),
    case("the_same_period_passes_over_the_day_closing_the_quarter",
         ("Valdris reported a loss for the third quarter. It lost $612 million in the three "
          "months to September 27, against a profit in the same period last year."),
         dt.date(2025, 10, 30), last(("the same period last year", "2024-Q3"))),
    case("a_day_booked_for_an_event_lies_ahead",
         "The board called a meeting for Monday.",
         APR_5_2024, [("Monday", "2024-04-08")]),
    case("a_day_booked_for_an_event_lies_ahead/2",
         "Sales for March fell 3%.",
         APR_5_2024, [("March", "2024-03")]),
    case("in_a_month_under_the_present_perfect_still_looks_back",
         "Exports have risen 4% in February.",
         dt.date(2024, 3, 5), [("February", "2024-02")]),
    case("in_a_month_under_the_present_perfect_still_looks_back/2",
         "Exports have risen 4% in October.",
         dt.date(2024, 3, 5), [("October", "2023-10")]),
    case("a_year_less_range_end_comes_after_its_start",
         "The bank cut rates seven times between September 2007 and April.",
         dt.date(2008, 9, 16), [("September 2007", "2007-09"), ("April", "2008-04")]),
    case("a_year_less_range_end_comes_after_its_start/2",
         "The plant ran from October 2006 to March.",
         dt.date(2008, 9, 16), last(("March", "2007-03"))),
    case("a_year_earlier_after_a_quarter_closing_day_is_that_quarter",
         ("Quillion earned $40 million in the quarter ended Sept. 30, up from $31 million "
          "a year earlier."),
         dt.date(2003, 11, 19), last(("a year earlier", "2002-Q3"))),
    case("a_since_year_lends_nothing_to_a_later_date",
         "It is the first strike since 2019, and talks resume on Dec. 4.",
         dt.date(2023, 11, 1), last(("Dec. 4", "2023-12-04"))),
    case("retroactive_to_looks_back_from_the_present",
         "The levy approved in July is retroactive to Jan. 1, the ministry said.",
         SEPT_15_1993, includes(("Jan. 1", "1993-01-01"))),
    case("until_in_the_present_looks_ahead",
         '"What the council cannot do is wait until the spring," Mayor Olsen said.',
         SEPT_15_1993, [("the spring", "1994-SP")]),
    case("dates_back_to_looks_back",
         "The quarrel dates back to the spring, when Brandt Ferries cut two routes.",
         dt.date(2021, 12, 30), [("the spring", "2021-SP")]),
    case("hoped_to_looks_ahead_despite_the_lemma_slip",
         "Council leaders said they hoped to pass the plan by Thanksgiving.",
         SEPT_15_1993, [("Thanksgiving", "1993-11-25")]),
    case("a_past_clock_does_not_take_a_coming_day",
         ("The council voted late Tuesday on a budget for the year that begins Oct. 1, "
          "after talks that kept members in the hall past midnight."),
         SEPT_15_1993, includes(("midnight", "1993-09-14T24:00"))),
    case("the_previous_year_in_a_present_comparison_passes_over_a_coming_year",
         ("Brandt Motors said it lost money in 2005 and would shut two plants by the end of "
          "2008. The loss compares with a profit the previous year."),
         dt.date(2006, 3, 16), last(("the previous year", "2004"))),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_direction_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_over_as_the_particle_of_took_is_no_more_than(tag):
    text = "Chief executive Ida Rask, who took over two years ago, said costs had fallen."
    found = [(t.text, t.value, t.mod) for t in tag(text, dt.date(2006, 3, 16))]
    assert found == [("two years ago", "2004", None)]
