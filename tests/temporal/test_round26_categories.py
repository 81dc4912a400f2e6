"""Round 26's categories: a score or a numbered game makes a quarter a period of play ("rallied
from 13 points down in the third quarter to win 83-79"); "the same period a year earlier" after
"the current quarter, which ends in March" compares the fiscal quarter, not the month that
closes it; a figure told as it stands "now" against "a year ago" compares a level a year back
(the year), even in a story that reports a fiscal quarter; "who retires in August" is a
timetable present and looks ahead; a simple past the tagger read as a root participle ("fans
celebrated until well after midnight") is past, so its clock joins the game night told before;
an amount "in" a noun still gives a rate ("$30 million in profit a day" is a SET).

Each case pins the step behind a fix (``amount_checks.not_game_period``,
``compared.closes_period_before`` via ``compared`` and ``context``,
``context._level_told_now``, ``tense_words.SCHEDULE_VERBS``,
``tense._participle_as_main_verb`` via ``storyday``, ``amount_checks._amount_in_noun``) with
its counter-case.
Every sentence is invented (fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check, values_by_text

WED_JAN_2019 = dt.date(2019, 1, 30)
FRI_JUN_2010 = dt.date(2010, 6, 18)

#: A company whose fiscal year ends in late September, told by its first quarter's close.
_FISCAL_LEAD = ("Tarnell Inc. said on Tuesday that revenue fell 4% in its fiscal first quarter, "
                "which ended on December 29. ")

THU_DEC_1991 = dt.date(1991, 12, 19)

_GAME_NIGHT = ("The Ostrava Comets won the title Thursday night, beating Lindau 91-84. "
               "Coach Emil Varga said he would decide on his future soon. ")


def _types_by_text(tag, text, published):
    return {t.text: t.type for t in tag(text, published)}


CASES = [
    case("a_quarter_with_a_final_score_is_a_period_of_play",
         ("The Ostrava Comets rallied from 9 points down in the third quarter to beat the "
          "Lindau Harbormen 91-84 in Game 6."),
         FRI_JUN_2010, {"the third quarter": ABSENT}),
    case("a_quarter_beside_a_range_of_percentages_stays_a_calendar_quarter",
         "Orders at Velmar rose 12-15% in the second quarter.",
         FRI_JUN_2010, {"the second quarter": "2010-Q2"}),
    case("the_same_period_after_a_month_of_its_own_echoes_the_month",
         ("Tarnell said on Tuesday that a strike hit its output in December. Output in "
          "December fell 8% from the same period a year earlier."),
         WED_JAN_2019, {"the same period a year earlier": "2017-12"}),
    case("a_retirement_in_the_simple_present_looks_ahead",
         "Harlan Voss, 61, who retires in August, will meet union leaders today.",
         THU_DEC_1991, {"August": "1992-08"}),
    case("a_retirement_in_the_simple_past_looks_back",
         "Harlan Voss, 61, who retired in August, will meet union leaders today.",
         THU_DEC_1991, {"August": "1991-08"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round26_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_the_same_period_passes_over_the_month_closing_the_current_quarter(tag):
    text = _FISCAL_LEAD + ("For the current quarter, which ends in March, Tarnell expects revenue "
                           "of $5 billion, compared with $6.1 billion in the same period a year "
                           "earlier.")
    found = values_by_text(tag, text, WED_JAN_2019)
    assert found["the current quarter"] == "FY2019-Q2"
    assert found["the same period a year earlier"] == "FY2018-Q2"


def test_a_level_told_now_against_a_year_ago_is_the_year(tag):
    text = _FISCAL_LEAD + ("There are now 90 million Tarnell tablets in use, up from 80 million a "
                           "year ago.")
    assert values_by_text(tag, text, WED_JAN_2019)["a year ago"] == "2018"


def test_a_quarters_figure_against_a_year_ago_is_the_fiscal_quarter(tag):
    text = _FISCAL_LEAD + "Tarnell sold 9 million tablets, up from 8 million a year ago."
    assert values_by_text(tag, text, WED_JAN_2019)["a year ago"] == "FY2018-Q1"


def test_midnight_after_a_past_read_as_a_participle_is_the_game_nights(tag):
    text = _GAME_NIGHT + "Thousands of fans celebrated outside the arena until well after midnight."
    assert values_by_text(tag, text, FRI_JUN_2010)["midnight"] == "2010-06-17T24:00"


def test_midnight_still_to_come_stays_on_the_publication_day(tag):
    text = _GAME_NIGHT + "The parade route will stay closed until midnight."
    assert values_by_text(tag, text, FRI_JUN_2010)["midnight"] == "2010-06-18T24:00"


def test_an_amount_in_a_noun_gives_a_rate(tag):
    text = "The walkout costs Vellan about $30 million in profit a day."
    assert _types_by_text(tag, text, THU_DEC_1991)["a day"] == "SET"


def test_a_noun_in_a_place_gives_no_rate(tag):
    text = "The clinic lost patients in the town a year after it opened."
    assert _types_by_text(tag, text, THU_DEC_1991)["a year"] == "DURATION"
