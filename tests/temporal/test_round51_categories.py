"""Categories of error the dates round 51 (``blindset/blindset51.txt``, held out in session 18)
showed, one test per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values

#: A Thursday in June, before a school year that starts in September.
JUNE = dt.date(2021, 6, 10)


CASES = [
    # only 2022 puts 4 January on a Tuesday: the holiday beside it is 2022's, not the past one
    case("a_weekday_dated_day_pins_the_year_of_its_sentence",
         "Orsk pupils return on Tuesday 4 January, because New Year's Day falls on a Saturday.",
         JUNE, {"Tuesday 4 January": "2022-01-04", "New Year's Day": "2022-01-01"}),
    case("a_weekday_dated_day_pins_the_year_of_its_sentence/2",
         ("Half-term in February is from Monday 21 February, and the Vell schools break up for "
          "the summer on Friday 22 July."),
         JUNE, {"February": "2022-02", "the summer": "2022-SU"}),
    case("a_weekday_dated_day_pins_the_year_of_its_sentence/3",
         ("The Vell holidays last two weeks from Monday 4 April, taking in Good Friday and "
          "Easter Monday."),
         JUNE, {"Good Friday": "2022-04-15", "Easter Monday": "2022-04-18"}),
    # a sentence without such a day keeps the tense's choice
    case("a_weekday_dated_day_pins_the_year_of_its_sentence/4",
         "Orsk pupils return on Tuesday 4 January. The Vell fair was held in February.",
         JUNE, {"February": "2021-02"}),
    case("a_stretch_spent_or_after_which_is_a_length",
         "The Orsk choir will spend the next month touring the coast.",
         JUNE, {"the next month": "P1M"}),
    case("a_stretch_spent_or_after_which_is_a_length/2",
         "The Vell ferry returned after a year in which the harbour was rebuilt.",
         JUNE, {"a year": "P1Y"}),
    # a month to come that is not spent stays the calendar month
    case("a_stretch_spent_or_after_which_is_a_length/3",
         "The Orsk choir will tour the coast next month.",
         JUNE, {"next month": "2021-07"}),
    case("a_stretch_spent_or_after_which_is_a_length/4",
         "It was a year in which nothing went right for Vell.",
         JUNE, []),
    case("a_counted_year_takes_the_year_of_its_apposed_day",
         "The Orsk bank opened three years ago, on January 1, 1999.",
         dt.date(2001, 12, 3), {"three years ago": "1999"}),
    # with no day written with its year beside it, the count stands
    case("a_counted_year_takes_the_year_of_its_apposed_day/2",
         "The Orsk bank opened three years ago, on January 1.",
         dt.date(2001, 12, 3), {"three years ago": "1998"}),
    case("a_clock_written_with_its_day_is_not_moved_by_a_restatement",
         ("Vell meet Orsk in Pasadena on Saturday at 5:30 p.m. PDT, which is 0030 GMT Sunday "
          "in Europe."),
         dt.date(1994, 6, 16),
         {"5:30 p.m. PDT": "1994-06-18T17:30-07:00", "0030 GMT Sunday": "1994-06-19T00:30Z"}),
    case("quarters_of_a_financial_year_from_april",
         ("Orsk council approved a budget for the 2024/25 financial year, which begins on "
          "April 1. It will overspend in the current financial year. Figures for the third "
          "quarter of the financial year showed a rise, and officers expect the final quarter "
          "to be the costliest."),
         dt.date(2024, 2, 22),
         {
          "the third quarter of the financial year": "FY2024-Q3",
          "the final quarter": "FY2024-Q4",
         }),
    # a story that gives no fiscal calendar keeps the calendar's quarter
    case("quarters_of_a_financial_year_from_april/2",
         "Vell officers expect the final quarter to be the costliest.",
         dt.date(2024, 2, 22), {"the final quarter": "2024-Q4"}),
    case("a_year_earlier_than_a_year_ended_march_31_is_the_fiscal_year_before",
         ("Orsk Seiki posted a loss for the year ended March 31, narrower than a loss of 11.8 "
          "billion yen a year earlier."),
         dt.date(2010, 5, 12), {"the year": "FY2010", "a year earlier": "FY2009"}),
    # a calendar year closing on Dec. 31 compares calendar years
    case("a_year_earlier_than_a_year_ended_march_31_is_the_fiscal_year_before/2",
         "Vell posted a loss for the year ended Dec. 31, against a profit a year earlier.",
         dt.date(2010, 2, 12), {"a year earlier": "2008"}),
    case("a_morning_reached_by_after_an_evening_clock_is_the_next_day",
         ("At the 10 p.m. advisory on Wednesday storm Vell was 45 miles south of Orsk, and by "
          "7 a.m. it had weakened."),
         dt.date(2017, 8, 31), {"10 p.m.": "2017-08-30T22:00", "7 a.m.": "2017-08-31T07:00"}),
    # without "by", a morning told after an evening keeps its day
    case("a_morning_reached_by_after_an_evening_clock_is_the_next_day/2",
         "The Orsk office opened at 7 a.m. on Wednesday and closed at 10 p.m.",
         dt.date(2017, 8, 31), {"7 a.m.": "2017-08-30T07:00"}),
    case("a_year_earlier_after_a_period_set_against_counts_from_the_period_reported",
         ("In the January-March quarter, Orsk Seiki made 1.1 billion yen, against a loss of "
          "0.6 billion yen in the October-December quarter and a loss of 3.4 billion yen a "
          "year earlier."),
         dt.date(2010, 5, 12), {"a year earlier": "2009-Q1"}),
    # with no period set against, the last period named is compared
    case("a_year_earlier_after_a_period_set_against_counts_from_the_period_reported/2",
         ("Orsk Seiki lost 0.6 billion yen in the October-December quarter, against 3.4 "
          "billion yen a year earlier."),
         dt.date(2010, 5, 12), {"a year earlier": "2008-Q4"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round51_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_most_recently_before_a_span_of_days_is_not_tagged(tag):
    found = values(tag, "The Orsk baths were shut twice, most recently from 5 January to "
                        "8 March.", JUNE)
    assert [text for text, _ in found] == ["5 January", "8 March"]
    assert ("most recently", "PAST_REF") in values(tag, "She most recently ran a bakery in Vell.",
                                                   JUNE)


def test_the_year_to_a_closing_month_is_the_fiscal_year(tag):
    found = values(tag, "Orsk Seiki forecast a net profit for the year to March 2011.",
                   dt.date(2010, 5, 12))
    assert found == [("the year", "FY2011"), ("March 2011", "2011-03")]
    # a year with no closing month after it is not tagged as one
    found = values(tag, "Orsk Seiki forecast a net profit for the year.", dt.date(2010, 5, 12))
    assert ("the year", "FY2011") not in found
