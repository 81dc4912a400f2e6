"""Event blind set round 17's date categories: a headline's signalled or planned act looks
ahead, and a "that night" told of a dated happening is that happening's night.

Each case pins the step behind a fix, with its counter-case where the step must hold back:
a year-less month between a headline's plan verb and the act's noun ("signals December cut")
is the coming one (``headline.py``, ``headline_plan_verbs``), while a reported act ("posts
weak December sales") and a month in a phrase of its own after a preposition ("signals pause
after December cut") keep the past reading; "that night" after a sentence dating a concert
takes the concert's day, the first written after its noun (``pointed.py``,
``evening_event_nouns``), while a night after a plain day or after a day named later keeps the
last day's. Every sentence is invented (fictional banks, towns and singers).
"""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Thursday in September.
SEPTEMBER_2026 = dt.date(2026, 9, 17)
#: A Thursday in March.
MARCH_2026 = dt.date(2026, 3, 5)


# -- 1. a headline's signalled or planned act looks ahead ----------------------------------------

def test_headline_signalled_cut_is_the_coming_december(tag):
    text = ("Tolvan central bank holds rates, signals December cut\n\n"
            "The Tolvan Central Bank kept its rate at 3 percent on Thursday.")
    assert values_by_text(tag, text, SEPTEMBER_2026)["December"] == "2026-12"


def test_headline_planned_vote_with_words_between_looks_ahead(tag):
    text = ("Ostrel council eyes possible March vote on tram line\n\n"
            "The council met on Monday.")
    assert values_by_text(tag, text, SEPTEMBER_2026)["March"] == "2027-03"


def test_headline_reported_month_stays_past(tag):
    text = "Harlow Stores posts weak December sales\n\nSales fell 4 percent."
    assert values_by_text(tag, text, SEPTEMBER_2026)["December"] == "2025-12"


def test_month_after_a_preposition_in_a_planning_headline_stays_past(tag):
    text = "Tolvan bank signals pause after December cut\n\nThe bank kept its rate."
    assert values_by_text(tag, text, SEPTEMBER_2026)["December"] == "2025-12"


# -- 2. "that night" told of a dated happening ---------------------------------------------------

def test_that_night_of_a_postponed_concert_is_its_planned_night(tag):
    text = ("Liv Ardal's concert in Brenmouth, planned for June 20, has been postponed to "
            "Aug. 29. Fans can claim a refund until March 31.\n\n"
            '"I am sorry to everyone who had planned their summer around that night," '
            "Ardal wrote.")
    assert values_by_text(tag, text, MARCH_2026)["that night"] == "2026-06-20TNI"


def test_that_night_after_a_plain_day_keeps_that_day(tag):
    text = "The rally in Ostrel began on Monday. That night, crowds filled the square."
    assert values_by_text(tag, text, MARCH_2026)["That night"] == "2026-03-02TNI"


def test_that_night_after_a_later_day_keeps_the_later_day(tag):
    text = ("The Brenmouth concert was held on Feb. 20. The band reached Oslo on Friday, "
            "and that night they rehearsed.")
    assert values_by_text(tag, text, MARCH_2026)["that night"] == "2026-02-27TNI"
