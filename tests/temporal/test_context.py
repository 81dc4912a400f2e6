"""Context the tagger reads across expressions: neighbouring dates, the clause's tense."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import after_first, case, check, last, values_listed

TUESDAY = dt.date(2024, 4, 2)


CASES = [
    case("clock_after_a_date_and_at_is_on_that_date",
         "The next report is due on Aug. 8 at 10 a.m. GMT.",
         TUESDAY, [("Aug. 8", "2024-08-08"), ("10 a.m. GMT", "2024-08-08T10:00Z")]),
    case("clock_without_a_date_next_to_it_stays_on_the_publication_day",
         "Voting ended in March. Results came at 10 a.m.",
         TUESDAY, last(("10 a.m.", "2024-04-02T10:00"))),
    # round 5 and the events helper's set: a clock told in the past belongs to the scene's day
    case("past_clock_after_a_day_of_the_past_week_is_on_that_day",
         "Voting ended on Sunday. Results came at 10 a.m.",
         TUESDAY, last(("10 a.m.", "2024-03-31T10:00"))),
    case("month_takes_the_relative_year_written_after_it",
         "The firm will open a plant in October of next year.",
         TUESDAY, [("October", "2025-10"), ("next year", "2025")]),
    case("month_takes_the_relative_year_written_after_it/2",
         "Exports fell in March last year.",
         TUESDAY, [("March", "2023-03"), ("last year", "2023")]),
    case("month_alone_still_follows_the_tense",
         "Exports fell in March.",
         TUESDAY, [("March", "2024-03")]),
    case("past_next_day_does_not_count_from_the_publication_day",
         ("A ship struck the bridge on March 26. The governor spoke this morning. "
          "The next day, the president promised aid."),
         TUESDAY, last(("The next day", "2024-03-27"))),
    case("future_next_day_may_count_from_the_publication_day",
         "The governor spoke this morning. The next day, the president will visit.",
         TUESDAY, last(("The next day", "2024-04-03"))),
    case("generic_today_is_the_present",
         "Today's teenagers rarely call anyone.",
         TUESDAY, [("Today", "PRESENT_REF")]),
    case("generic_today_is_the_present/2",
         "Today's vote was delayed.",
         TUESDAY, [("Today", "2024-04-02")]),
    case("past_clock_after_yesterday_is_yesterdays",
         ("The cash machines failed yesterday. The fault began at 6:10 a.m. and "
          "was fixed at 8 p.m."),
         TUESDAY,
         [("yesterday", "2024-04-01"), ("6:10 a.m.", "2024-04-01T06:10"),
          ("8 p.m.", "2024-04-01T20:00")]),
    case("a_week_named_in_between_ends_yesterdays_reach",
         "Stocks fell yesterday. Ministers meet later this week. Tokyo closed at 3 p.m.",
         TUESDAY, last(("3 p.m.", "2024-04-02T15:00"))),
    case("future_clock_after_yesterday_stays_on_the_publication_day",
         "The bank failed yesterday. Its chief will speak at 3 p.m.",
         TUESDAY, last(("3 p.m.", "2024-04-02T15:00"))),
    case("year_in_a_relative_clause_is_not_lent_outside_it",
         "The jet, which entered service in 2015, was last inspected in March.",
         TUESDAY, [("2015", "2015"), ("March", "2024-03")]),
    case("year_in_a_relative_clause_is_not_lent_outside_it/2",
         "The jet entered service in 2015 and was inspected in March.",
         TUESDAY, last(("March", "2015-03"))),
    case("clock_and_weekday_joined_by_on_are_two_expressions",
         "A storm closed the airport at 9:30 p.m. on Saturday.",
         TUESDAY, [("9:30 p.m.", "2024-03-30T21:30"), ("Saturday", "2024-03-30")]),
    case("bare_quarter_is_the_last_quarter_named",
         "Profit rose in the first quarter, ended March 31. Sales for the quarter fell 2%.",
         TUESDAY, last(("the quarter", "2024-Q1"))),
    case("clock_later_in_the_sentence_of_a_day_is_on_that_day",
         "Meikle takes charge for Saturday's trip to Brackley, which kicks off at 3 p.m.",
         TUESDAY, last(("3 p.m.", "2024-04-06T15:00"))),
    case("clock_later_in_the_sentence_of_a_day_is_on_that_day/2",
         "The jet vanished yesterday at 14:33 local time (07:33 UTC) over the sea.",
         TUESDAY, last(("07:33 UTC", "2024-04-01T07:33Z"))),
    # the events helper's blind set: a match's kick-off landed on the publication day
    case("clock_still_to_come_takes_the_coming_day_of_the_sentence_before",
         "Talks end on Saturday. Fans may queue from 3 p.m. on.",
         TUESDAY, last(("3 p.m.", "2024-04-06T15:00"))),
    case("clock_still_to_come_keeps_the_publication_day_after_a_day_gone_by",
         "Talks ended on Saturday. Fans may queue from 3 p.m. on.",
         TUESDAY, last(("3 p.m.", "2024-04-02T15:00"))),
    case("a_holiday_named_in_passing_does_not_date_later_clocks",
         ("Orders peaked on the last day before Christmas. "
          "Some stores opened at 6 a.m. for the sales."),
         dt.date(2024, 12, 26), last(("6 a.m.", "2024-12-26T06:00"))),
    case("at_the_time_takes_the_date_it_points_back_to",
         "The last storm this large hit in March 2003; the airport was shut at the time.",
         TUESDAY, last(("the time", "2003-03"))),
    case("a_comma_participle_lends_its_year_to_nothing_outside",
         "The jet, delivered in March 2012, passed its last inspection in December.",
         TUESDAY, last(("December", "2023-12"))),
    case("a_since_date_is_no_anchor_for_the_year_after_it",
         ("Shares hit their lowest level since 1933. "
          "Sales are down 40% for the year."),
         TUESDAY, last(("the year", "2024"))),
    case("clock_in_the_past_after_yesterday_evening_is_on_that_day",
         ("A jet overran the runway on Monday evening. "
          "The flight landed at 7:52 p.m. in heavy snow."),
         TUESDAY, last(("7:52 p.m.", "2024-04-01T19:52"))),
    case("a_year_less_date_takes_the_relative_year_before_it_in_its_clause",
         "The window closes on 1 September; the deadline last year was 31 August.",
         TUESDAY, last(("31 August", "2023-08-31"))),
    case("a_year_to_compare_with_lends_its_year_to_nothing",
         "Sales rose 2.8% on last year, helped by discounts that began in mid-November.",
         dt.date(2025, 12, 26), last(("mid-November", "2025-11"))),
    case("a_weekday_after_next_week_in_its_clause_is_in_that_week",
         "Earnings season starts next week, with banks reporting on Tuesday and Wednesday.",
         TUESDAY, after_first([("Tuesday", "2024-04-09"), ("Wednesday", "2024-04-10")])),
    case("a_weekday_told_in_the_past_is_not_in_next_week",
         "Announcing the summit next week, a spokesman said Friday that talks went well.",
         TUESDAY, last(("Friday", "2024-03-29"))),
    case("a_date_line_at_the_top_is_dropped_even_when_publication_differs",
         "Markets slide\nMonday, April 1, 2024\nShares fell on Monday in Tokyo.",
         TUESDAY, [("Monday", "2024-04-01")]),
    case("later_in_a_past_story_counts_from_the_month_named_before",
         ("The buildup began in November, when inspectors were expelled. "
          "They returned two weeks later."),
         dt.date(1998, 2, 19), last(("two weeks later", "1997-11"))),
    case("clock_times_in_a_row_share_the_day_before_them",
         "The jet left on Saturday, landed at 3 p.m. and took off again at 5 p.m. for Oslo.",
         TUESDAY, values_listed(["2024-03-30", "2024-03-30T15:00", "2024-03-30T17:00"])),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_context_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_comparison_is_not_a_point_in_time(tag):
    found = tag("Stores began discounting weeks earlier than usual.", TUESDAY)
    assert [(t.text, t.type, t.value) for t in found] == [("weeks", "DURATION", "PXW")]


def test_title_case_names_are_not_parts_of_day(tag):
    found = tag("The film Friday Night Lights was a hit.", TUESDAY)
    assert all(t.type != "TIME" for t in found)
    assert tag("The team plays in the Summer Palace arena.", TUESDAY) == []


def test_over_means_during_after_a_verb_and_more_than_after_a_preposition(tag):
    found = [(t.text, t.mod) for t in tag("The plan cuts taxes over five years.", TUESDAY)]
    assert found == [("five years", None)]
    found = [(t.text, t.mod) for t in tag("She led the firm for over 30 years.", TUESDAY)]
    assert found == [("over 30 years", "MORE_THAN")]
