"""Categories of error the dates round 41 (``blindset/blindset41.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Monday.
MONDAY = dt.date(2031, 3, 17)


def test_a_weekday_in_a_sentence_told_wholly_in_the_present_is_still_to_come(tag):
    found = values_by_text(tag, "On Thursday evening the best view from Oslo is between 9 p.m. "
                                "and 10 p.m.", MONDAY)
    assert found["Thursday evening"] == "2031-03-20TEV"
    found = values_by_text(tag, "The full moon on Wednesday keeps the meteors faint.", MONDAY)
    assert found["Wednesday"] == "2031-03-19"
    # a plural subject's "put" is a present, a singular one's a past
    found = values_by_text(tag, "Britain and Ireland put their clocks forward an hour on Sunday, "
                                "so from that evening the window opens at 8 p.m.", MONDAY)
    assert found["Sunday"] == "2031-03-23"
    found = values_by_text(tag, "Storm Ilsa put its eye over the island at 3 a.m. Saturday.",
                           MONDAY)
    assert found["3 a.m. Saturday"] == "2031-03-15T03:00"


def test_a_past_verb_or_participle_in_the_sentence_keeps_the_weekday_gone_by(tag):
    found = values_by_text(tag, "The probes launched on Wednesday will reach orbit in May.",
                           MONDAY)
    assert found["Wednesday"] == "2031-03-12"
    found = values_by_text(tag, "Volunteers filled sandbags on Friday, and the levee holds.",
                           MONDAY)
    assert found["Friday"] == "2031-03-14"


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


def test_an_evening_clock_opening_a_range_into_the_small_hours_keeps_its_day(tag):
    text = ("Talks resumed at 9:00 am on Thursday. Envoys then met twice overnight, the first "
            "time from 10:30 pm to 2:15 am, to agree a text.")
    found = values_by_text(tag, text, dt.date(2031, 3, 21))
    assert found["10:30 pm"] == "2031-03-20T22:30"
    assert found["2:15 am"] == "2031-03-21T02:15"


def test_a_night_told_after_a_day_s_happening_is_the_night_before_it(tag):
    found = values_by_text(tag, "The congress closed in uproar on Friday after delegates argued "
                                "through the night.", dt.date(2031, 3, 21))
    assert found["the night"] == "2031-03-20TNI"


def test_the_next_week_dating_a_chance_is_a_length(tag):
    found = values_by_text(tag, "She said the risk of another flood in the next week had eased.",
                           MONDAY)
    assert found["the next week"] == "P1W"
