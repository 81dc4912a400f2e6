"""Dates behind the events blind set's round 31 `when` errors, each in an invented text
(fictional people, companies and places) with its counter-case: a budget "for next year"
presented "in the autumn" is this autumn (ev178); what a plan aims "to have sent out by the end
of June" lies ahead (ev182); a day a plain statement is dated by takes no week from the "last
week" it tells of (ev177); "opens on the same day" after "will open on Saturday" is that Saturday,
past a saying's day told in between (ev179).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values_by_text

TUE_JUN_2026 = dt.date(2026, 6, 16)
THU_APR_2026 = dt.date(2026, 4, 16)
THU_MAY_2026 = dt.date(2026, 5, 14)

THU_OCT_2026 = dt.date(2026, 10, 15)

_AQUARIUM = ("The city's new aquarium will open to the public on Saturday. More than 9,000 tickets "
             "have been sold, the city said on Wednesday. ")


CASES = [
    case("budget_for_next_year_presented_in_the_autumn_is_this_autumn",
         ("Treasurer Lena Ruud said she would present the state budget for next year in the "
          "autumn, and that it would raise school spending."),
         TUE_JUN_2026, {"the autumn": "2026-FA"}),
    case("what_next_year_s_budget_does_in_the_spring_is_next_year_s",
         "The budget for next year will cut bus fares in the spring.",
         TUE_JUN_2026, {"the spring": "2027-SP"}),
    case("what_an_aim_is_to_have_done_by_a_month_lies_ahead",
         "Norvo said it aimed to have all the new fans sent out by the end of June.",
         THU_APR_2026, {"the end of June": "2026-06"}),
    case("what_was_had_done_by_a_month_stays_behind",
         "Norvo had all the new fans sent out by the end of March.",
         THU_APR_2026, {"the end of March": "2026-03"}),
    case("day_of_a_statement_takes_no_week_from_what_it_tells",
         ("Tarvik Foods opened a new bakery last week outside Dayton, the company said on "
          "Wednesday."),
         THU_MAY_2026, {"Wednesday": "2026-05-13"}),
    case("day_of_a_happening_in_last_week_keeps_that_week",
         "Tarvik Foods opened a new bakery last week and hired its first bakers on Wednesday.",
         THU_MAY_2026, {"Wednesday": "2026-05-06"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_events31_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_the_same_day_repeating_a_verb_is_that_verb_s_day(tag):
    text = _AQUARIUM + "Its new restaurant opens on the same day."
    assert values_by_text(tag, text, THU_OCT_2026)["the same day"] == "2026-10-17"


def test_the_same_day_of_another_verb_is_the_last_day_told(tag):
    text = _AQUARIUM + "Shares of its builder rose the same day."
    assert values_by_text(tag, text, THU_OCT_2026)["the same day"] == "2026-10-14"
