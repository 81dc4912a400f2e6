"""Round 23's categories: a part of the day keeps the story's day when the day named later in
its sentence dates a clause of its own ("fell in morning trading after the company said late
Thursday"), while joined verbs still share it; "the same quarter a year earlier" after a fiscal
quarter is that fiscal quarter a year back; "the end of the summer" is one expression with END;
"the Fourth of July holiday" leaves its article to the common noun.

Each case pins the step behind a fix (``dayclause.py`` via ``storyday.py``, ``compared.py``,
the rules ``date-season`` and ``date-holiday``) with its counter-case.
Every sentence is invented (fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, only

FRI_AUG_2017 = dt.date(2017, 8, 11)
WED_JUN_1994 = dt.date(1994, 6, 22)
THU_JAN_2019 = dt.date(2019, 1, 31)


CASES = [
    case("a_day_in_a_subordinate_clause_leaves_the_morning_on_the_story_day",
         ("Shares of Varnel Optics dropped 5% in morning trading in Oslo after the firm warned "
          "late Thursday that orders would slow."),
         FRI_AUG_2017, {"morning": "2017-08-11TMO", "late Thursday": "2017-08-10"}),
    case("joined_verbs_still_share_the_later_day",
         "Clerks counted through the night and posted the results at 7 p.m. Thursday.",
         FRI_AUG_2017, {"the night": "2017-08-10TNI"}),
    case("the_same_quarter_a_year_earlier_in_a_fiscal_story",
         ("Korvale Software said revenue rose 9% in the three months to December 31, its "
          "fiscal second quarter. Profit was $2 billion, against a loss in the same quarter a "
          "year earlier."),
         THU_JAN_2019,
         {"fiscal second quarter": "FY2019-Q2", "the same quarter a year earlier": "FY2018-Q2"}),
    case("the_same_quarter_a_year_earlier_stays_calendar_without_a_fiscal_year",
         ("Korvale Software said revenue rose 9% in the fourth quarter. Profit was $2 billion, "
          "against a loss in the same quarter a year earlier."),
         THU_JAN_2019, {"the same quarter a year earlier": "2017-Q4"}),
    case("the_end_of_the_summer_is_one_expression",
         "Crews expect to finish the repairs by the end of the summer.",
         WED_JUN_1994, only({"the end of the summer": "1994-SU"})),
    case("the_fourth_of_july_holiday_leaves_its_article_out",
         "Tolls rise before the Fourth of July holiday.",
         WED_JUN_1994, only({"Fourth of July": "1994-07-04"})),
    case("the_fourth_of_july_holiday_leaves_its_article_out/2",
         "Tolls rise on the Fourth of July.",
         WED_JUN_1994, only({"the Fourth of July": "1994-07-04"})),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round23_cases(tag, text, published, expected):
    check(tag, text, published, expected)
