"""Which way a year-less date or weekday lies: tense, modals, forecasts, deadlines, comparisons.

Sentences are invented (fictional firms, towns and people); each test pins one cue that blind
round 5 or the events helper's blind set showed the tagger misreading.
"""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values

JAN_6_2022 = dt.date(2022, 1, 6)


def test_a_date_moved_in_the_present_perfect_is_the_nearest_one(tag):
    text = ("The filing deadline, originally Feb. 15, has been pushed back to March 18, "
            "and the primary will be held on May 17.")
    found = values(tag, text, JAN_6_2022)
    assert found[:2] == [("Feb. 15", "2022-02-15"), ("March 18", "2022-03-18")]


def test_since_in_the_present_perfect_still_looks_back(tag):
    found = values(tag, "The index has fallen 15% since July 21.", dt.date(2011, 8, 9))
    assert found == [("July 21", "2011-07-21")]


def test_a_modal_perfect_still_looks_back(tag):
    found = values(tag, "The bank could have raised rates in December.", JAN_6_2022)
    assert found == [("December", "2021-12")]


def test_can_with_a_date_looks_ahead(tag):
    text = ("The airline said flights will resume on Sunday, and passengers can rebook free "
            "of charge until Oct 31.")
    assert values(tag, text, dt.date(1992, 9, 24))[-1] == ("Oct 31", "1992-10-31")


def test_the_object_of_a_forecast_lies_ahead(tag):
    found = values(tag, "Analysts expected a vote in January.", dt.date(2021, 11, 20))
    assert found == [("January", "2022-01")]


def test_a_reporting_timetable_in_the_present_lies_ahead(tag):
    found = values(tag, "Tarrow Bank reports quarterly earnings on Tuesday.",
                   dt.date(2024, 4, 5))
    assert found[-1] == ("Tuesday", "2024-04-09")


def test_a_deadline_year_lends_nothing_to_the_quarter_after_it(tag):
    text = ("Valdris said it will cut 4,000 jobs by the end of 2026, after reporting a loss "
            "for the third quarter.")
    found = values(tag, text, dt.date(2025, 10, 30))
    assert found[-1] == ("the third quarter", "2025-Q3")


def test_a_year_ago_in_a_comparison_is_the_compared_quarter(tag):
    text = "Harlan earned $312 million in the first quarter, down from $401 million a year ago."
    assert values(tag, text, dt.date(1995, 5, 17))[-1] == ("a year ago", "1994-Q1")


def test_a_year_ago_outside_a_comparison_is_the_year(tag):
    text = "Harlan earned $312 million in the first quarter. It closed a plant a year ago."
    assert values(tag, text, dt.date(1995, 5, 17))[-1] == ("a year ago", "1994")


def test_the_same_period_passes_over_the_day_closing_the_quarter(tag):
    text = ("Valdris reported a loss for the third quarter. It lost $612 million in the three "
            "months to September 27, against a profit in the same period last year.")
    assert values(tag, text, dt.date(2025, 10, 30))[-1] == ("the same period last year",
                                                             "2024-Q3")


def test_a_day_booked_for_an_event_lies_ahead(tag):
    found = values(tag, "The board called a meeting for Monday.", dt.date(2024, 4, 5))
    assert found == [("Monday", "2024-04-08")]
    assert values(tag, "Sales for March fell 3%.", dt.date(2024, 4, 5)) == [("March", "2024-03")]


def test_in_a_month_under_the_present_perfect_still_looks_back(tag):
    found = values(tag, "Exports have risen 4% in February.", dt.date(2024, 3, 5))
    assert found == [("February", "2024-02")]
    found = values(tag, "Exports have risen 4% in October.", dt.date(2024, 3, 5))
    assert found == [("October", "2023-10")]


def test_a_year_less_range_end_comes_after_its_start(tag):
    found = values(tag, "The bank cut rates seven times between September 2007 and April.",
                   dt.date(2008, 9, 16))
    assert found == [("September 2007", "2007-09"), ("April", "2008-04")]
    found = values(tag, "The plant ran from October 2006 to March.", dt.date(2008, 9, 16))
    assert found[-1] == ("March", "2007-03")


def test_a_year_earlier_after_a_quarter_closing_day_is_that_quarter(tag):
    text = ("Quillion earned $40 million in the quarter ended Sept. 30, up from $31 million "
            "a year earlier.")
    assert values(tag, text, dt.date(2003, 11, 19))[-1] == ("a year earlier", "2002-Q3")


def test_a_since_year_lends_nothing_to_a_later_date(tag):
    text = "It is the first strike since 2019, and talks resume on Dec. 4."
    assert values(tag, text, dt.date(2023, 11, 1))[-1] == ("Dec. 4", "2023-12-04")


# round 6: a 1993 budget story and a 2021 rail strike story (sentences rewritten here)
SEPT_15_1993 = dt.date(1993, 9, 15)


def test_retroactive_to_looks_back_from_the_present(tag):
    text = "The levy approved in July is retroactive to Jan. 1, the ministry said."
    assert ("Jan. 1", "1993-01-01") in values(tag, text, SEPT_15_1993)


def test_until_in_the_present_looks_ahead(tag):
    text = '"What the council cannot do is wait until the spring," Mayor Olsen said.'
    assert values(tag, text, SEPT_15_1993) == [("the spring", "1994-SP")]


def test_dates_back_to_looks_back(tag):
    text = "The quarrel dates back to the spring, when Brandt Ferries cut two routes."
    assert values(tag, text, dt.date(2021, 12, 30)) == [("the spring", "2021-SP")]


def test_hoped_to_looks_ahead_despite_the_lemma_slip(tag):
    text = "Council leaders said they hoped to pass the plan by Thanksgiving."
    assert values(tag, text, SEPT_15_1993) == [("Thanksgiving", "1993-11-25")]


def test_a_past_clock_does_not_take_a_coming_day(tag):
    text = ("The council voted late Tuesday on a budget for the year that begins Oct. 1, "
            "after talks that kept members in the hall past midnight.")
    found = values(tag, text, SEPT_15_1993)
    assert ("midnight", "1993-09-14T24:00") in found


def test_the_previous_year_in_a_present_comparison_passes_over_a_coming_year(tag):
    text = ("Brandt Motors said it lost money in 2005 and would shut two plants by the end of "
            "2008. The loss compares with a profit the previous year.")
    assert values(tag, text, dt.date(2006, 3, 16))[-1] == ("the previous year", "2004")


def test_over_as_the_particle_of_took_is_no_more_than(tag):
    text = "Chief executive Ida Rask, who took over two years ago, said costs had fallen."
    found = [(t.text, t.value, t.mod) for t in tag(text, dt.date(2006, 3, 16))]
    assert found == [("two years ago", "2004", None)]
