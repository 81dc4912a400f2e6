"""Event blind set round 13's date categories: a date a verb sets, what "went on to" tell
followed, a timetable verb joined to a past clause, and a headline's infinitive.

Each case pins the step behind a fix (``coming.py`` for a date arranged, a sequel and a
headline's infinitive, ``tense._misread_timetable_verb`` for the joined timetable verb), with
its counter-case where the step must hold back. Every sentence is invented (fictional courts,
festivals, towns and people).
"""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values, values_by_text

#: A Tuesday in March: last October is as near as the coming one.
MARCH_2026 = dt.date(2026, 3, 17)
#: A Wednesday in July.
JULY_2026 = dt.date(2026, 7, 8)
#: A Friday.
APRIL_2026 = dt.date(2026, 4, 17)
#: A Monday.
MONDAY_APRIL_2026 = dt.date(2026, 4, 13)


# -- 1. a date a verb sets lies ahead (coming.date_arranged) -----------------------------------

def test_date_a_judge_set_as_a_start_lies_ahead(tag):
    text = "A judge on Tuesday set Oct. 5 as the start of the fraud trial of Ada Pell."
    assert values(tag, text, MARCH_2026) == [("Tuesday", "2026-03-17"), ("Oct. 5", "2026-10-05")]
    text = "The council fixed Nov. 3 as the date of the vote."
    assert values(tag, text, MARCH_2026) == [("Nov. 3", "2026-11-03")]


def test_headline_set_for_a_month_lies_ahead(tag):
    text = "Hearing in Tolvane land dispute set for October"
    assert values(tag, text, MARCH_2026) == [("October", "2026-10")]


def test_set_with_an_object_of_its_own_tells_when_it_was_done(tag):
    text = "Varga set a course record Sept. 20."
    assert values(tag, text, MARCH_2026) == [("Sept. 20", "2025-09-20")]
    text = "The relay team set a club record on Sept. 20."
    assert values(tag, text, MARCH_2026) == [("Sept. 20", "2025-09-20")]


def test_date_first_set_and_since_moved_keeps_the_past(tag):
    text = "The trial was originally set for October but was moved."
    assert values(tag, text, MARCH_2026) == [("October", "2025-10")]


# -- 2. "went on to" tells what followed (coming.carried_on, coming.in_sequel) ----------------

def test_went_on_to_is_past_and_borrows_no_earlier_year(tag):
    text = ('Last year\'s prize went to the film "Salt Harbour", which went on to win an '
            'award in January.')
    assert values_by_text(tag, text, JULY_2026)["January"] == "2026-01"
    assert values(tag, "The band went on to play in Brisa in January.", JULY_2026) == [
        ("January", "2026-01")]


def test_plain_past_after_a_year_still_borrows_it(tag):
    text = 'Last year\'s prize went to the film "Salt Harbour", which won an award in January.'
    assert values_by_text(tag, text, JULY_2026)["January"] == "2025-01"


def test_going_to_still_looks_ahead(tag):
    text = "The band is going to play in Brisa in January."
    assert values(tag, text, JULY_2026) == [("January", "2027-01")]


# -- 3. a timetable verb joined to a past clause (tense._misread_timetable_verb) ---------------

def test_opening_joined_to_a_past_report_looks_ahead(tag):
    text = ("Pell said 12,000 seats were sold last season and that bookings for the new season "
            "open on Monday.")
    assert values(tag, text, JULY_2026) == [("Monday", "2026-07-13")]


def test_open_after_a_past_copula_in_the_joined_clause_looks_back(tag):
    text = ("Pell said 12,000 seats were sold last season and that the box office was open on "
            "Monday.")
    assert values(tag, text, JULY_2026) == [("Monday", "2026-07-06")]


# -- 4. a headline's infinitive looks ahead (coming.headline_infinitive) -----------------------

def test_headline_infinitive_on_its_noun_looks_ahead(tag):
    text = "Orsk bridge to close from Saturday night for repairs"
    assert values(tag, text, APRIL_2026) == [("Saturday night", "2026-04-18TNI")]


def test_headline_infinitive_at_its_root_looks_ahead(tag):
    text = "Mayor of Tolvane to resign on Friday"
    assert values(tag, text, MONDAY_APRIL_2026) == [("Friday", "2026-04-17")]


def test_infinitive_in_a_sentence_of_the_body_keeps_its_verbs_tense(tag):
    # the small model tags "angered" an adjective and makes "decision" the root
    text = "The decision to close the bridge on Saturday angered residents."
    assert values(tag, text, APRIL_2026) == [("Saturday", "2026-04-11")]
