"""Round 10's categories: a fiscal year given by its kind and closing day, the years counted in
it, echoes of a quarter that turned fiscal, the Lunar New Year, bookings and superseded plans.

Each case pins the Python step behind a fix (``fiscal.py``, ``context.py``, ``tense.py``,
``calendar.py``, ``checks.py``), with its counter-case where the step must hold back. Every
sentence is invented (fictional companies, people and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values_by_text

from generator.extract.temporal.calendar import holiday_date
from generator.extract.temporal.ruleset import load_ruleset

MAY_2018 = dt.date(2018, 5, 10)
FEB_2019 = dt.date(2019, 2, 5)
OCT_1996 = dt.date(1996, 10, 16)
SEPT_2014 = dt.date(2014, 9, 23)
JAN_2010 = dt.date(2010, 1, 28)

MARCH_YEAR = ("Torvald Motor forecast a fall in profit for the current financial year. It "
              "expects 700 billion yen in the business year ending March 31, 2019, down from "
              "790 billion yen in the year just ended.")


CASES = [
    case("business_year_ending_gives_the_fiscal_calendar",
         MARCH_YEAR,
         MAY_2018,
         {
          "the current financial year": "FY2019",
          "the year just ended": "FY2018",
          "March 31, 2019": "2019-03-31",
         }),
    case("without_a_year_end_the_years_keep_the_publication_year",
         "Torvald Motor forecast a fall in profit for the current financial year.",
         MAY_2018, {"the current financial year": "FY2018"}),
    case("without_a_year_end_the_years_keep_the_publication_year/2",
         "Torvald said sales rose 4% in the year just ended.",
         MAY_2018, {"the year just ended": "2017"}),
    case("a_year_ending_in_december_is_the_calendar",
         ("Brask Foods expects a profit in the financial year ending Dec. 31, after a loss in "
          "the year just ended."),
         MAY_2018, {"the year just ended": "2017"}),
    case("echo_of_a_month_named_quarter_turns_fiscal_with_it",
         ("Tarvik's business year ends March 31. Revenue in the December quarter rose 5% from "
          "a year earlier."),
         FEB_2019, {"the December quarter": "FY2019-Q3", "a year earlier": "FY2018-Q3"}),
    # round 6's convention: the months name calendar months, even in a fiscal story
    case("quarter_named_by_its_months_stays_the_calendar_quarter",
         ("Torvald's business year ends March 31. Profit for the January-March quarter fell "
          "from a year earlier."),
         MAY_2018, {"the January-March quarter": "2018-Q1", "a year earlier": "2017-Q1"}),
    case("from_a_year_earlier_echoes_the_quarter_of_the_sentence_before",
         ("Pellam reported results for its fiscal first quarter, which ended on December 26. "
          "Profit rose 50% from a year earlier."),
         JAN_2010, {"a year earlier": "FY2009-Q1"}),
    case("a_year_earlier_opening_its_sentence_is_no_comparison",
         ("Pellam reported results for its fiscal first quarter, which ended on December 26. A "
          "year earlier, it had lost money."),
         JAN_2010, {"A year earlier": "2008"}),
    # in 2019 Thanksgiving fell on Nov. 28, after the month's fourth Friday (Nov. 22)
    case("black_friday_and_cyber_monday_follow_thanksgiving",
         "Retailers cut prices ahead of Black Friday and Cyber Monday.",
         dt.date(2019, 11, 20), {"Black Friday": "2019-11-29", "Cyber Monday": "2019-12-02"}),
    case("bookings_for_a_holiday_look_ahead",
         "The chairman said bookings for Thanksgiving were running ahead of last year.",
         OCT_1996, {"Thanksgiving": "1996-11-28"}),
    case("bookings_for_a_holiday_look_ahead/2",
         "Hotel reservations for Christmas were strong, the chain said.",
         OCT_1996, {"Christmas": "1996-12-25"}),
    case("holiday_told_in_the_past_without_a_booking_looks_back",
         "Sales on Thanksgiving were weak, the chain said.",
         OCT_1996, {"Thanksgiving": "1995-11-23"}),
    case("plan_first_scheduled_in_the_past_looks_back",
         "It is the second delay for the probe, which was first scheduled to launch in March.",
         SEPT_2014, {"March": "2014-03"}),
    case("plan_scheduled_in_the_past_without_first_looks_ahead",
         "Orbis said the probe was scheduled to launch in March.",
         SEPT_2014, {"March": "2015-03"}),
    case("waited_months_and_another_five_years_are_durations",
         ("Growers had waited months for the rules, and the bill keeps the credit for another "
          "five years."),
         MAY_2018, {"months": "PXM", "another five years": "P5Y"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round10_cases(tag, text, published, expected):
    check(tag, text, published, expected)


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Trading resumed after the Lunar New Year holiday.", dt.date(2016, 2, 11), "2016-02-08"),
    ("Markets will close for the Lunar New Year holiday.", dt.date(2021, 1, 20), "2021-02-12"),
    ("Shops in Varna Bay closed for Chinese New Year.", dt.date(2019, 2, 20), "2019-02-05"),
])
def test_lunar_new_year_takes_its_first_day(tag, text, published, value):
    holiday = "Lunar New Year" if "Lunar" in text else "Chinese New Year"
    assert values_by_text(tag, text, published)[holiday] == value


def test_lunar_new_year_outside_the_table_comes_round_with_the_moon():
    formula = load_ruleset().lexicon.words["movable_holiday"].map["Lunar New Year"]
    assert holiday_date(2016, formula) == dt.date(2016, 2, 8)
    # 19 years on, the new moon falls within a day or two of the same date (2036: Jan. 28)
    assert abs((holiday_date(2036, formula) - dt.date(2036, 1, 28)).days) <= 2
    assert abs((holiday_date(1971, formula) - dt.date(1971, 1, 27)).days) <= 2
