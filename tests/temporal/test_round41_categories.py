"""Categories of error the dates round 41 (``blindset/blindset41.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values_by_text

#: A Monday.
MONDAY = dt.date(2031, 3, 17)


CASES = [
    case("a_weekday_in_a_sentence_told_wholly_in_the_present_is_still_to_come",
         "On Thursday evening the best view from Oslo is between 9 p.m. and 10 p.m.",
         MONDAY, {"Thursday evening": "2031-03-20TEV"}),
    case("a_weekday_in_a_sentence_told_wholly_in_the_present_is_still_to_come/2",
         "The full moon on Wednesday keeps the meteors faint.",
         MONDAY, {"Wednesday": "2031-03-19"}),
    # a plural subject's "put" is a present, a singular one's a past
    case("a_weekday_in_a_sentence_told_wholly_in_the_present_is_still_to_come/3",
         ("Britain and Ireland put their clocks forward an hour on Sunday, so from that "
          "evening the window opens at 8 p.m."),
         MONDAY, {"Sunday": "2031-03-23"}),
    case("a_weekday_in_a_sentence_told_wholly_in_the_present_is_still_to_come/4",
         "Storm Ilsa put its eye over the island at 3 a.m. Saturday.",
         MONDAY, {"3 a.m. Saturday": "2031-03-15T03:00"}),
    case("a_past_verb_or_participle_in_the_sentence_keeps_the_weekday_gone_by",
         "The probes launched on Wednesday will reach orbit in May.",
         MONDAY, {"Wednesday": "2031-03-12"}),
    case("a_past_verb_or_participle_in_the_sentence_keeps_the_weekday_gone_by/2",
         "Volunteers filled sandbags on Friday, and the levee holds.",
         MONDAY, {"Friday": "2031-03-14"}),
    case("an_evening_clock_opening_a_range_into_the_small_hours_keeps_its_day",
         ("Talks resumed at 9:00 am on Thursday. Envoys then met twice overnight, the first "
          "time from 10:30 pm to 2:15 am, to agree a text."),
         dt.date(2031, 3, 21), {"10:30 pm": "2031-03-20T22:30", "2:15 am": "2031-03-21T02:15"}),
    case("a_night_told_after_a_day_s_happening_is_the_night_before_it",
         "The congress closed in uproar on Friday after delegates argued through the night.",
         dt.date(2031, 3, 21), {"the night": "2031-03-20TNI"}),
    case("the_next_week_dating_a_chance_is_a_length",
         "She said the risk of another flood in the next week had eased.",
         MONDAY, {"the next week": "P1W"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round41_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_a_weekday_a_day_falls_on_is_that_day(tag):
    found = values_by_text(tag, "Christmas Day falls on Thursday this year, so the depot shuts.",
                           dt.date(2031, 12, 10))
    assert found["Thursday"] == "2031-12-25"
    # a weekday the day does not fall on keeps its own reading
    found = values_by_text(tag, "Christmas Day falls on Friday this year.", dt.date(2031, 12, 10))
    assert found["Friday"] != "2031-12-25"


def test_a_past_full_year_in_the_first_quarter_of_a_fiscal_year_is_the_year_just_closed(tag):
    text = ("Tarnwell Oil said on Tuesday its fiscal fourth-quarter profit rose. Net income in "
            "the three months to Sept. 30 doubled from a year earlier. For the full year, profit "
            "fell 9 percent, dragged down by a loss in the December quarter. It expects output "
            "to grow in fiscal 2032, which began on Oct. 1.")
    found = values_by_text(tag, text, dt.date(2031, 11, 4))
    assert found["the full year"] == "FY2031"
    assert found["the December quarter"] == "FY2031-Q1"
    # bookings for the quarter still running are for that quarter
    found = values_by_text(tag, text.replace("dragged down by a loss in the December quarter",
                                             "and bookings for the December quarter rose"),
                           dt.date(2031, 11, 4))
    assert found["the December quarter"] == "FY2032-Q1"
