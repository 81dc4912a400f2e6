"""Round 9's categories: comparisons across sentences, fiscal quarters named by month or by
their neighbour, race times, particles and timetable verbs.

Each case pins the Python step behind a fix (``context.py``, ``fiscal.py``, ``tense.py``,
``occurrence.py``, ``readings.py``), with its counter-case where the step must hold back. Every
sentence is invented (fictional companies, people and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, only, values_by_text

from generator.extract.temporal.fiscal_quarters import shift_fiscal_quarter
from generator.extract.temporal.readings import elapsed_value

OCT_2012 = dt.date(2012, 10, 26)  # a Friday; the fiscal year ends in late September
OCT_2019 = dt.date(2019, 10, 24)  # a Thursday; the fiscal year ends June 30
SEPT_2022 = dt.date(2022, 9, 14)
THURSDAY = dt.date(2013, 1, 17)

SEPTEMBER_YEAR = ("Quince Inc. said on Thursday that its profit rose 24% in the fiscal fourth "
                  "quarter, which ended on September 29.\nRevenue climbed 27% from the same "
                  "period a year earlier to $36 billion.")
JUNE_YEAR = ("Larchmont Software said its profit rose in the fiscal first quarter ended Sept. "
             "30. Cloud revenue grew more slowly than in the previous quarter. It expects "
             "revenue of $3 billion in the December quarter.")


CASES = [
    case("same_period_a_sentence_after_its_fiscal_quarter_echoes_it",
         SEPTEMBER_YEAR,
         OCT_2012, {"the same period a year earlier": "FY2011-Q4"}),
    case("previous_and_month_named_quarters_count_in_the_fiscal_calendar",
         JUNE_YEAR,
         OCT_2019, {"the previous quarter": "FY2019-Q4", "the December quarter": "FY2020-Q2"}),
    case("month_named_quarter_without_a_fiscal_calendar_is_the_calendar_quarter",
         "Brenn Chips expects revenue to rise in the December quarter.",
         OCT_2019, {"the December quarter": "2019-Q4"}),
    case("than_a_year_earlier_in_a_monthly_figure_story_is_the_month_reported_on",
         ("Stocks fell on Tuesday after a report showed prices rose faster than expected in "
          "August. The Dervin index had risen for four straight days last week. The bureau "
          "said prices were 8.3% higher than a year earlier."),
         SEPT_2022, {"a year earlier": "2021-08"}),
    case("a_year_earlier_without_the_month_reported_on_stays_a_year",
         ("The Dervin index fell on Tuesday. Prices were 8.3% higher than a year earlier, the "
          "bureau said."),
         SEPT_2022, {"a year earlier": "2021"}),
    case("timetable_go_looks_ahead_in_a_relative_clause",
         "Dorland will show a redesigned truck that goes on sale in the fall.",
         dt.date(1996, 2, 14), {"the fall": "1996-FA"}),
    case("a_coming_weekday_on_its_own_day_is_that_day",
         "Kesto Air said it had cancelled 31 flights planned for Thursday and Friday.",
         THURSDAY, {"Thursday": "2013-01-17", "Friday": "2013-01-18"}),
    case("a_coming_weekday_on_its_own_day_is_that_day/2",
         "Talks resume next Thursday.",
         THURSDAY, only({"next Thursday": "2013-01-24"})),
    case("race_time_is_one_duration_and_as_recently_as_tags_only_the_date",
         "Odhiambo won in 2 hours, 11 minutes and 4 seconds.",
         THURSDAY, only({"2 hours, 11 minutes and 4 seconds": "PT2H11M4S"})),
    case("race_time_is_one_duration_and_as_recently_as_tags_only_the_date/2",
         "The firm said as recently as last month that it was safe.",
         THURSDAY, only({"last month": "2012-12"})),
    case("day_closing_a_named_fiscal_year_takes_the_year_it_ends_in",
         "Larchmont's fiscal 2020 ends on June 30.",
         OCT_2019, {"June 30": "2020-06-30"}),
    # the tense wins
    case("day_closing_a_named_fiscal_year_takes_the_year_it_ends_in/2",
         "Kaito's fiscal 2020, which ended March 31, was its best.",
         OCT_2019, {"March 31": "2019-03-31"}),
    case("quarter_closed_by_a_month_is_that_month_s_quarter",
         "Brenn lost money in the quarter that ended in March.",
         OCT_2019, {"the quarter": "2019-Q1"}),
    case("quarter_closed_by_a_month_is_that_month_s_quarter/2",
         ("Larchmont's fiscal 2020 ends on June 30. Revenue in the quarter ending in December "
          "will rise."),
         OCT_2019, {"the quarter": "FY2020-Q2"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round9_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_over_as_a_particle_is_left_out_of_a_date_but_not_of_a_length(tag):
    took_over = "Chief executive Ravi Tamm, who took over five years ago, cut costs."
    assert values_by_text(tag, took_over, OCT_2019) == {"five years ago": "2014"}
    lasted = {t.text: t.mod for t in tag("The rebuilding took over 30 years.", OCT_2019)}
    assert lasted == {"over 30 years": "MORE_THAN"}


@pytest.mark.parametrize(("value", "quarters", "expected"), [
    ("FY2020-Q1", -1, "FY2019-Q4"),
    ("FY2020-Q4", 1, "FY2021-Q1"),
    ("FY2020-Q2", -6, "FY2018-Q4"),
])
def test_shift_fiscal_quarter(value, quarters, expected):
    assert shift_fiscal_quarter(value, quarters) == expected


def test_elapsed_value_keeps_the_largest_unit_first():
    assert elapsed_value({"second": 4, "hour": 2, "minute": 11}) == "PT2H11M4S"
    assert elapsed_value({"minute": 27, "second": 30}) == "PT27M30S"
