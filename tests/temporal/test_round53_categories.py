"""Categories of error the dates round 53 (``blindset/blindset53.txt``), held out in session 19,
showed on that session's last code, one rule per case with its counter-cases, on fictional
sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check, only, other_than

#: A Monday in November.
MONDAY = dt.date(2031, 11, 17)
SUNDAY = dt.date(2031, 11, 16)
TUESDAY = dt.date(2031, 7, 15)


CASES = [
    case("a_local_clock_restated_in_a_bracket_takes_the_day_after_it",
         ("Orsk officials said on Thursday night that talks went on. The Vell ferry was "
          "freed at 9:40 p.m. local time (1940 GMT) on Saturday near the harbour."),
         MONDAY, {"9:40 p.m.": "2031-11-15T21:40", "1940 GMT": "2031-11-15T19:40Z"}),
    # a restatement that falls on the day before: 1:30 a.m. at +02:00 is 23:30 GMT
    case("a_local_clock_restated_in_a_bracket_takes_the_day_after_it/2",
         ("Orsk officials spoke on Thursday night. The crew landed at 1:30 a.m. (2330 GMT) "
          "Sunday."),
         MONDAY, {"1:30 a.m.": "2031-11-16T01:30", "2330 GMT": "2031-11-15T23:30Z"}),
    # with no day after the bracket the clocks keep the day their neighbours give
    case("a_local_clock_restated_in_a_bracket_takes_the_day_after_it/3",
         ("The Vell ferry left on Thursday night and was freed at 9:40 p.m. local time "
          "(1940 GMT)."),
         MONDAY, {"9:40 p.m.": "2031-11-13T21:40"}),
    case("a_with_absolute_takes_the_tense_of_its_clause",
         ("Orsk will go into a curfew on Thursday, with bars closed for four weeks until "
          "2 January, the mayor announced on Saturday."),
         MONDAY, {"2 January": "2032-01-02"}),
    # a clause in the past keeps the date in the past
    case("a_with_absolute_takes_the_tense_of_its_clause/2",
         "Orsk went into a curfew in March, with bars closed until 2 June.",
         MONDAY, {"2 June": "2031-06-02"}),
    case("a_quoted_tomorrow_counts_from_the_day_it_is_read",
         ('The Orsk council voted on Saturday night to close the baths.\n"Every swimmer I see '
          'tomorrow will ask me why," said coach Vell Tarno.'),
         SUNDAY, {"tomorrow": "2031-11-17"}),
    # a quoted "today" in a story of the day before is still that day's
    case("a_quoted_tomorrow_counts_from_the_day_it_is_read/2",
         ('Orsk beat Vell 2-1 on Saturday.\n"Today we played like champions," said coach '
          'Vell Tarno.'),
         SUNDAY, {"Today": "2031-11-15"}),
    case("a_weekday_closing_a_span_from_a_day_comes_after_it",
         ("The Orsk fair runs for four days, from Friday 1 August to bank holiday Monday, "
          "in Vell Park."),
         TUESDAY, {"Monday": "2031-08-04"}),
    # "to" with no "from" before it is no span
    case("a_weekday_closing_a_span_from_a_day_comes_after_it/2",
         "On Friday 1 August the Orsk fair moved its dance to Monday.",
         TUESDAY, {"Monday": other_than("2031-08-04")}),
    case("a_weekend_of_a_month_is_its_first_or_last_saturdays",
         "The Orsk fair returns on the first weekend of August.",
         TUESDAY, {"the first weekend of August": "2031-W31-WE"}),  # Saturday 2 August
    case("a_weekend_of_a_month_is_its_first_or_last_saturdays/2",
         "The Vell fair ends on the last weekend in August.",
         TUESDAY, {"the last weekend in August": "2031-W35-WE"}),  # Saturday 30 August
    # a week of a month stays a week
    case("a_weekend_of_a_month_is_its_first_or_last_saturdays/3",
         "The Orsk fair returns in the first week of August.",
         TUESDAY, {"the first week of August": "2031-W32"}),
    case("bonfire_night_with_a_lower_case_night",
         "Orsk fireworks for Bonfire night were cancelled.",
         dt.date(2031, 11, 1), {"Bonfire night": "2031-11-05"}),
    # a bonfire on a night is no holiday
    case("bonfire_night_with_a_lower_case_night/2",
         "Orsk lit a bonfire night after night.",
         dt.date(2031, 11, 1), only({})),
    case("an_infinitive_of_the_object_of_a_future_verb_looks_ahead",
         ("Orsk will have only three days to recover before their games on Monday and "
          "Tuesday."),
         dt.date(2031, 11, 20), {"Monday": "2031-11-24", "Tuesday": "2031-11-25"}),
    # under a past verb it keeps the days gone by
    case("an_infinitive_of_the_object_of_a_future_verb_looks_ahead/2",
         "Orsk had only three days to recover before their games on Monday and Tuesday.",
         dt.date(2031, 11, 20), {"Monday": "2031-11-17"}),
    case("a_participle_set_off_after_a_noun_tells_the_past",
         "Unlike the old Orsk curfew, imposed on 23 March, shops and pubs will stay open.",
         dt.date(2031, 11, 2), {"23 March": "2031-03-23"}),
    # a participle going on from the main clause to its end keeps the main clause's time
    case("a_participle_set_off_after_a_noun_tells_the_past/2",
         ("Orsk expects sales to recover, helped by the launch of its first Vell van in "
          "September."),
         dt.date(2031, 7, 25), {"September": "2031-09"}),
    case("most_recently_before_a_count_ago_is_no_time_of_its_own",
         "The Vell club has won the cup five times, most recently four years ago.",
         MONDAY, {"most recently": ABSENT, "four years ago": "2027"}),
    case("most_recently_before_a_count_ago_is_no_time_of_its_own/2",
         "The Vell club most recently won the cup.",
         MONDAY, {"most recently": "PAST_REF"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round53_cases(tag, text, published, expected):
    check(tag, text, published, expected)
