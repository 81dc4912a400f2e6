"""Round 18's categories: "from a year ago" of a market level as the year, not the quarter named
before; a present "to be" with "open" as a timetable ("is open to the public from Friday to
Sunday"); "in the next year" in a looking-ahead clause as the stretch to come; "recent weeks"
outside "in"; "earlier this month" after the length of a "for" phrase.

Each case pins the step behind a fix (``context.py``, ``tense.py``, ``amount_checks.py`` and
rules in ``generator/rules/temporal*.yaml``), with its counter-case where the step must hold
back. Every sentence is invented (fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

OCT_2018 = dt.date(2018, 10, 11)  # a Thursday
JUN_1997 = dt.date(1997, 6, 18)  # a Wednesday
OCT_2007 = dt.date(2007, 10, 25)
JAN_2013 = dt.date(2013, 1, 29)


CASES = [
    case("an_index_level_from_a_year_ago_is_the_year",
         ("Earnings season starts on Friday, when two Harwick banks report third-quarter "
          "results. The Korvane index is still up 6% from a year ago."),
         OCT_2018, {"a year ago": "2017"}),
    case("a_profit_from_a_year_ago_still_echoes_the_quarter",
         ("Brisk Mills reported results for its third quarter on Tuesday. Profit rose 8% from "
          "a year ago."),
         OCT_2018, {"a year ago": "2017-Q3"}),
    case("was_open_on_friday_looks_back",
         "The Lindmoor fair was open to the public on Friday.",
         JUN_1997, {"Friday": "1997-06-13"}),
    case("a_price_index_than_a_year_earlier_still_echoes_the_month",
         ("Consumer prices in Norland rose 0.4% in September, the statistics office said on "
          "Thursday. The consumer price index was 3.7% higher than a year earlier."),
         dt.date(2023, 10, 12), {"a year earlier": "2022-09"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round18_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_open_from_friday_to_sunday_lies_ahead(tag):
    text = ("The Lindmoor fair, which opened on Sunday, is held every two years. It is open "
            "to the public from Friday to Sunday.")
    found = [(t.text, t.value) for t in tag(text, JUN_1997)]
    assert found[0] == ("Sunday", "1997-06-15")
    assert ("Friday", "1997-06-20") in found and found[-1] == ("Sunday", "1997-06-22")


def test_in_the_next_year_ahead_is_a_duration(tag):
    text = ("Orla Venn, who joined Tessaly two years ago, said it would hire about 900 people "
            "in the next year.")
    found = {t.text: (t.type, t.value) for t in tag(text, OCT_2007)}
    assert found["the next year"] == ("DURATION", "P1Y")


def test_in_the_next_year_told_in_the_past_is_the_year_after(tag):
    text = "He left the Brandt bank in 2001 and in the next year founded his own firm."
    found = {t.text: (t.type, t.value) for t in tag(text, OCT_2007)}
    assert found["the next year"] == ("DATE", "2002")


def test_recent_weeks_as_a_subject_is_the_recent_past(tag):
    text = "Marta Quell said recent weeks had brought the first orders from Ostrava."
    found = {t.text: t.value for t in tag(text, JAN_2013)}
    assert found == {"recent weeks": "PAST_REF"}


def test_earlier_this_month_after_a_for_length_is_one_date(tag):
    text = "Workers at the Kessel plant struck for two days earlier this month."
    found = [(t.text, t.value, t.mod) for t in tag(text, JAN_2013)]
    assert found == [("two days", "P2D", None), ("earlier this month", "2013-01", "START")]


def test_a_length_earlier_this_year_stays_a_comparative(tag):
    text = "The Vell harvest started two weeks earlier this year."
    found = [(t.text, t.value) for t in tag(text, JAN_2013)]
    assert found == [("two weeks", "P2W"), ("this year", "2013")]
