"""Categories of error the dates round 59 (``blindset/blindset59.txt``) showed at first sight,
one case per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check

#: A Wednesday in August, the day of a fictional eclipse.
AUGUST = dt.date(1999, 8, 11)
#: A Thursday in March.
MARCH = dt.date(2013, 3, 14)


CASES = [
    # a dotted 24-hour clock with GMT or UTC after it is a clock in that zone
    case("a_dotted_clock_with_gmt_is_a_clock",
         "Totality reached Orsk at 11.11am BST (10.11 GMT) and swept on to Vell.",
         AUGUST, {"11.11am BST": "1999-08-11T11:11+01:00", "10.11 GMT": "1999-08-11T10:11Z"}),
    # a dotted number with no zone is a decimal
    case("a_dotted_clock_with_gmt_is_a_clock/2",
         "Orsk shares rose 10.11 percent.",
         AUGUST, {"10.11": ABSENT}),
    # a clock whose "p.m." ends its sentence keeps its day, though the parser runs on into a
    # sentence with a daily habit
    case("a_clock_ending_its_sentence_is_not_the_next_sentences_habit",
         ("The Orsk electors met on Tuesday afternoon and held a ballot that evening; black smoke "
          "appeared at 7.42 p.m. Two more ballots on Wednesday morning also ended in black smoke, "
          "at 11.38 a.m. Under the rules, the electors vote twice each morning."),
         MARCH, {"7.42 p.m.": "2013-03-12T19:42", "11.38 a.m.": "2013-03-13T11:38"}),
    # a clock in the habit's own sentence is the habit's
    case("a_clock_ending_its_sentence_is_not_the_next_sentences_habit/2",
         "The Vell electors vote at 11.30 a.m. each morning.",
         MARCH, {"11.30 a.m.": "XXXX-XX-XXT11:30"}),
    # "the century" a last picks something out of is the century told in (as round 58)
    case("the_last_of_the_century_is_the_century_told_in",
         "It was the third eclipse seen from Orsk this century and the last of the century.",
         AUGUST, {"the century": "19"}),
    # a weekday after "a" with "since" after it is a kind of day
    case("a_weekday_before_since_is_a_kind",
         "It was the first time the Orsk council had sat on a Saturday since 3 April 1982.",
         dt.date(2019, 10, 21), {"Saturday": ABSENT, "3 April 1982": "1982-04-03"}),
    # "on Saturday since" is the day
    case("a_weekday_before_since_is_a_kind/2",
         "The Orsk council has sat on Saturday since dawn.",
         dt.date(2019, 10, 21), {"Saturday": "2019-10-19"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_round59_category(tag, text, published, expected):
    check(tag, text, published, expected)
