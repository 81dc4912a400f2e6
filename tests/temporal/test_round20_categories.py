"""Round 20's categories, and two dates of event blind round 15: a market "ended the week little
changed" is the week we are in; a bare second verb under the first one's "would" ("would close
stores in January and cut jobs by the end of March") shares its modal and looks ahead; a change
"effective June 9" announced before it lies ahead; tickets someone "had" for Sunday, told on
Monday, are for the Sunday just gone; a bare month in a past clause of its own after a
month-year ("began in April 2024, and the shell was completed in August") is the latest one.

Each case pins the step behind a fix (``tense.py``, ``tense_words.py``, ``__init__.py`` and the
rule ``rel-the-week-closed`` in ``generator/rules/temporal_relative.yaml``), with its
counter-case where the step must hold back. Every sentence is invented (fictional people,
companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check

FRI_JAN_2015 = dt.date(2015, 1, 16)
DEC_1996 = dt.date(1996, 12, 27)
APR_2014 = dt.date(2014, 4, 24)
MON_JUL_2026 = dt.date(2026, 7, 13)
OCT_2026 = dt.date(2026, 10, 21)

JUL_1999 = dt.date(1999, 7, 15)

APR_2014_STORY = (
    "Phone maker Corvo Inc. said on Wednesday its profit rose 7% in its fiscal second quarter, "
    "which ended March 29. Corvo earned $4.1 billion in the quarter, up from $3.8 billion in "
    "the year-earlier quarter. It sold 9.2 million phones, a record for the January-March "
    "period. Sales of its tablets have fallen for two straight quarters, to 6.4 million units "
    "from 7.5 million a year ago.")


CASES = [
    case("a_market_ending_the_week_names_this_week",
         ("Stocks in Varla fell 2% on Friday, while the Brosk index ended the week little "
          "changed."),
         FRI_JAN_2015, {"the week": "2015-W03"}),
    case("ending_the_week_with_a_party_is_no_timex",
         "The band ended the week with a party.",
         FRI_JAN_2015, {"the week": ABSENT}),
    case("a_bare_verb_under_would_looks_ahead",
         ("Grocer Pellham & Co. said on Friday it would close 9 stores in January and cut 700 "
          "jobs by the end of March."),
         DEC_1996, {"January": "1997-01", "the end of March": "1997-03"}),
    case("a_noun_under_the_shared_modal_keeps_its_own_past",
         ("Grocer Pellham said on Tuesday it will close 9 stores and cut 700 jobs after weak "
          "sales in December."),
         dt.date(1997, 1, 28), {"December": "1996-12"}),
    case("a_change_effective_on_a_day_lies_ahead",
         "Corvo Inc. also announced a two-for-one stock split, effective June 9.",
         APR_2014, {"June 9": "2014-06-09"}),
    case("tickets_people_had_for_sunday_are_for_the_sunday_gone",
         "About 9,000 fans had tickets for Sunday, when the band was due to play.",
         MON_JUL_2026, {"Sunday": "2026-07-12"}),
    case("a_meeting_called_for_sunday_still_looks_ahead",
         "The council called a meeting for Sunday.",
         MON_JUL_2026, {"Sunday": "2026-07-19"}),
    case("a_bare_month_in_its_own_past_clause_after_a_month_year_is_the_latest",
         ("Work on the Brenhall depot began in April 2024, and the roof of the main hall was "
          "finished in August."),
         OCT_2026, {"August": "2026-08"}),
    case("a_bare_year_still_lends_to_a_month_in_the_next_clause",
         "Work on the Brenhall depot began in 2024, and the roof was finished in August.",
         OCT_2026, {"August": "2024-08"}),
    case("a_year_ago_after_the_three_months_ended_june_30_is_that_quarter",
         ("The carrier earned $90 million, or 41 cents a share, in the three months ended June "
          "30, up from $71 million, or 33 cents a share, a year ago."),
         JUL_1999, {"the three months": "P3M", "a year ago": "1998-Q2"}),
    case("the_same_period_after_the_first_six_months_of_the_year_is_the_first_half",
         ("Fares will fall in the second half of the year. For the first six months of the "
          "year, Tolva Air earned $150 million, compared with $131 million in the same period "
          "a year earlier."),
         JUL_1999,
         {"the first six months of the year": "P6M", "the same period a year earlier": "1998-H1"}),
    case("a_plain_year_ago_without_a_period_stays_the_year",
         "The carrier was founded in Tolva, where it moved its head office a year ago.",
         JUL_1999, {"a year ago": "1998"}),
    case("a_year_ago_after_a_figure_echoes_the_fiscal_quarter_reported",
         APR_2014_STORY,
         APR_2014, {"the January-March period": "2014-Q1", "a year ago": "FY2013-Q2"}),
    case("a_year_ago_after_a_figure_without_a_fiscal_quarter_stays_calendar",
         ("Corvo sold 9.2 million phones in the first quarter. Sales of its tablets fell to "
          "6.4 million units from 7.5 million a year ago."),
         APR_2014, {"a year ago": "2013-Q1"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round20_cases(tag, text, published, expected):
    check(tag, text, published, expected)
