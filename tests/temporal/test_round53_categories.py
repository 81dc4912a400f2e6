"""Categories of error the dates round 53 (``blindset/blindset53.txt``), held out in session 19,
showed on that session's last code, one test per rule with its counter-case, on fictional
sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

#: A Monday in November.
MONDAY = dt.date(2031, 11, 17)


def test_a_local_clock_restated_in_a_bracket_takes_the_day_after_it(tag):
    text = ("Orsk officials said on Thursday night that talks went on. The Vell ferry was "
            "freed at 9:40 p.m. local time (1940 GMT) on Saturday near the harbour.")
    found = values_by_text(tag, text, MONDAY)
    assert found["9:40 p.m."] == "2031-11-15T21:40"
    assert found["1940 GMT"] == "2031-11-15T19:40Z"
    # a restatement that falls on the day before: 1:30 a.m. at +02:00 is 23:30 GMT
    text = ("Orsk officials spoke on Thursday night. The crew landed at 1:30 a.m. (2330 GMT) "
            "Sunday.")
    found = values_by_text(tag, text, MONDAY)
    assert found["1:30 a.m."] == "2031-11-16T01:30"
    assert found["2330 GMT"] == "2031-11-15T23:30Z"
    # with no day after the bracket the clocks keep the day their neighbours give
    text = ("The Vell ferry left on Thursday night and was freed at 9:40 p.m. local time "
            "(1940 GMT).")
    found = values_by_text(tag, text, MONDAY)
    assert found["9:40 p.m."] == "2031-11-13T21:40"


def test_a_with_absolute_takes_the_tense_of_its_clause(tag):
    text = ("Orsk will go into a curfew on Thursday, with bars closed for four weeks until "
            "2 January, the mayor announced on Saturday.")
    found = values_by_text(tag, text, MONDAY)
    assert found["2 January"] == "2032-01-02"
    # a clause in the past keeps the date in the past
    text = "Orsk went into a curfew in March, with bars closed until 2 June."
    found = values_by_text(tag, text, MONDAY)
    assert found["2 June"] == "2031-06-02"


def test_a_quoted_tomorrow_counts_from_the_day_it_is_read(tag):
    sunday = dt.date(2031, 11, 16)
    text = ('The Orsk council voted on Saturday night to close the baths.\n"Every swimmer I see '
            'tomorrow will ask me why," said coach Vell Tarno.')
    found = values_by_text(tag, text, sunday)
    assert found["tomorrow"] == "2031-11-17"
    # a quoted "today" in a story of the day before is still that day's
    text = ('Orsk beat Vell 2-1 on Saturday.\n"Today we played like champions," said coach '
            'Vell Tarno.')
    found = values_by_text(tag, text, sunday)
    assert found["Today"] == "2031-11-15"


def test_a_weekday_closing_a_span_from_a_day_comes_after_it(tag):
    tuesday = dt.date(2031, 7, 15)
    text = ("The Orsk fair runs for four days, from Friday 1 August to bank holiday Monday, "
            "in Vell Park.")
    found = values_by_text(tag, text, tuesday)
    assert found["Monday"] == "2031-08-04"
    # "to" with no "from" before it is no span
    text = "On Friday 1 August the Orsk fair moved its dance to Monday."
    found = values_by_text(tag, text, tuesday)
    assert found["Monday"] != "2031-08-04"


def test_a_weekend_of_a_month_is_its_first_or_last_saturdays(tag):
    tuesday = dt.date(2031, 7, 15)
    found = values_by_text(tag, "The Orsk fair returns on the first weekend of August.", tuesday)
    assert found["the first weekend of August"] == "2031-W31-WE"  # Saturday 2 August
    found = values_by_text(tag, "The Vell fair ends on the last weekend in August.", tuesday)
    assert found["the last weekend in August"] == "2031-W35-WE"  # Saturday 30 August
    # a week of a month stays a week
    found = values_by_text(tag, "The Orsk fair returns in the first week of August.", tuesday)
    assert found["the first week of August"] == "2031-W32"


def test_bonfire_night_with_a_lower_case_night(tag):
    found = values_by_text(tag, "Orsk fireworks for Bonfire night were cancelled.",
                           dt.date(2031, 11, 1))
    assert found["Bonfire night"] == "2031-11-05"
    # a bonfire on a night is no holiday
    found = values_by_text(tag, "Orsk lit a bonfire night after night.", dt.date(2031, 11, 1))
    assert found == {}


def test_an_infinitive_of_the_object_of_a_future_verb_looks_ahead(tag):
    thursday = dt.date(2031, 11, 20)
    text = ("Orsk will have only three days to recover before their games on Monday and "
            "Tuesday.")
    found = values_by_text(tag, text, thursday)
    assert found["Monday"] == "2031-11-24"
    assert found["Tuesday"] == "2031-11-25"
    # under a past verb it keeps the days gone by
    text = "Orsk had only three days to recover before their games on Monday and Tuesday."
    found = values_by_text(tag, text, thursday)
    assert found["Monday"] == "2031-11-17"


def test_a_participle_set_off_after_a_noun_tells_the_past(tag):
    sunday = dt.date(2031, 11, 2)
    text = "Unlike the old Orsk curfew, imposed on 23 March, shops and pubs will stay open."
    found = values_by_text(tag, text, sunday)
    assert found["23 March"] == "2031-03-23"
    # a participle going on from the main clause to its end keeps the main clause's time
    text = ("Orsk expects sales to recover, helped by the launch of its first Vell van in "
            "September.")
    found = values_by_text(tag, text, dt.date(2031, 7, 25))
    assert found["September"] == "2031-09"


def test_most_recently_before_a_count_ago_is_no_time_of_its_own(tag):
    text = "The Vell club has won the cup five times, most recently four years ago."
    found = values_by_text(tag, text, MONDAY)
    assert "most recently" not in found
    assert found["four years ago"] == "2027"
    found = values_by_text(tag, "The Vell club most recently won the cup.", MONDAY)
    assert found["most recently"] == "PAST_REF"
