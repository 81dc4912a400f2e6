"""Categories of error blind round 34 showed (``blindset/blindset34.txt``), one test per rule
with its counter-case."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

from generator.extract.temporal.lending import year_echo_measured_against
from generator.extract.temporal.readings import Reading

OCT_2021 = dt.date(2021, 10, 27)


CASES = [
    case("the_same_period_passes_over_a_year_earlier_counted_from_the_closing_day",
         ("Revenue rose 31% to $2.1 billion in the quarter ended Sept. 30, from $1.6 billion a "
          "year earlier. Net income was $212 million, compared with a loss of $35 million in "
          "the same period a year earlier."),
         OCT_2021, {"a year earlier": "2020-Q3", "the same period a year earlier": "2020-Q3"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round34_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_a_year_earlier_told_of_stays_a_mention():
    echo = Reading(type="DATE", unit="year", shift=-1, grain="echo", anchor="last")
    compared = "in the quarter ended Sept. 30, from $1.6 billion a year earlier"
    told = "in the quarter ended Sept. 30. A year earlier"
    assert year_echo_measured_against(echo, compared, compared.index("a year"))
    assert not year_echo_measured_against(echo, told, told.index("A year"))
