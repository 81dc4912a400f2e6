"""Context the tagger reads across expressions: neighbouring dates, the clause's tense."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values

TUESDAY = dt.date(2024, 4, 2)


def test_clock_after_a_date_and_at_is_on_that_date(tag):
    found = values(tag, "The next report is due on Aug. 8 at 10 a.m. GMT.", TUESDAY)
    assert found == [("Aug. 8", "2024-08-08"), ("10 a.m. GMT", "2024-08-08T10:00Z")]


def test_clock_without_a_date_next_to_it_stays_on_the_publication_day(tag):
    found = values(tag, "Voting ended in March. Results came at 10 a.m.", TUESDAY)
    assert found[-1] == ("10 a.m.", "2024-04-02T10:00")


def test_past_clock_after_a_day_of_the_past_week_is_on_that_day(tag):
    # round 5 and the events helper's set: a clock told in the past belongs to the scene's day
    found = values(tag, "Voting ended on Sunday. Results came at 10 a.m.", TUESDAY)
    assert found[-1] == ("10 a.m.", "2024-03-31T10:00")


def test_month_takes_the_relative_year_written_after_it(tag):
    found = values(tag, "The firm will open a plant in October of next year.", TUESDAY)
    assert found == [("October", "2025-10"), ("next year", "2025")]
    found = values(tag, "Exports fell in March last year.", TUESDAY)
    assert found == [("March", "2023-03"), ("last year", "2023")]


def test_month_alone_still_follows_the_tense(tag):
    assert values(tag, "Exports fell in March.", TUESDAY) == [("March", "2024-03")]


def test_past_next_day_does_not_count_from_the_publication_day(tag):
    text = ("A ship struck the bridge on March 26. The governor spoke this morning. "
            "The next day, the president promised aid.")
    assert values(tag, text, TUESDAY)[-1] == ("The next day", "2024-03-27")


def test_future_next_day_may_count_from_the_publication_day(tag):
    text = "The governor spoke this morning. The next day, the president will visit."
    assert values(tag, text, TUESDAY)[-1] == ("The next day", "2024-04-03")


def test_generic_today_is_the_present(tag):
    found = values(tag, "Today's teenagers rarely call anyone.", TUESDAY)
    assert found == [("Today", "PRESENT_REF")]
    assert values(tag, "Today's vote was delayed.", TUESDAY) == [("Today", "2024-04-02")]


def test_comparison_is_not_a_point_in_time(tag):
    found = tag("Stores began discounting weeks earlier than usual.", TUESDAY)
    assert [(t.text, t.type, t.value) for t in found] == [("weeks", "DURATION", "PXW")]


def test_title_case_names_are_not_parts_of_day(tag):
    found = tag("The film Friday Night Lights was a hit.", TUESDAY)
    assert all(t.type != "TIME" for t in found)
    assert tag("The team plays in the Summer Palace arena.", TUESDAY) == []


def test_past_clock_after_yesterday_is_yesterdays(tag):
    found = values(tag, "The cash machines failed yesterday. The fault began at 6:10 a.m. and "
                        "was fixed at 8 p.m.", TUESDAY)
    assert found == [("yesterday", "2024-04-01"), ("6:10 a.m.", "2024-04-01T06:10"),
                     ("8 p.m.", "2024-04-01T20:00")]


def test_a_week_named_in_between_ends_yesterdays_reach(tag):
    found = values(tag, "Stocks fell yesterday. Ministers meet later this week. "
                        "Tokyo closed at 3 p.m.", TUESDAY)
    assert found[-1] == ("3 p.m.", "2024-04-02T15:00")


def test_future_clock_after_yesterday_stays_on_the_publication_day(tag):
    found = values(tag, "The bank failed yesterday. Its chief will speak at 3 p.m.", TUESDAY)
    assert found[-1] == ("3 p.m.", "2024-04-02T15:00")


def test_year_in_a_relative_clause_is_not_lent_outside_it(tag):
    found = values(tag, "The jet, which entered service in 2015, was last inspected in March.",
                   TUESDAY)
    assert found == [("2015", "2015"), ("March", "2024-03")]
    found = values(tag, "The jet entered service in 2015 and was inspected in March.", TUESDAY)
    assert found[-1] == ("March", "2015-03")


def test_clock_and_weekday_joined_by_on_are_two_expressions(tag):
    found = values(tag, "A storm closed the airport at 9:30 p.m. on Saturday.", TUESDAY)
    assert found == [("9:30 p.m.", "2024-03-30T21:30"), ("Saturday", "2024-03-30")]


def test_bare_quarter_is_the_last_quarter_named(tag):
    text = "Profit rose in the first quarter, ended March 31. Sales for the quarter fell 2%."
    assert values(tag, text, TUESDAY)[-1] == ("the quarter", "2024-Q1")


def test_clock_later_in_the_sentence_of_a_day_is_on_that_day(tag):
    text = "Meikle takes charge for Saturday's trip to Brackley, which kicks off at 3 p.m."
    assert values(tag, text, TUESDAY)[-1] == ("3 p.m.", "2024-04-06T15:00")
    text = "The jet vanished yesterday at 14:33 local time (07:33 UTC) over the sea."
    assert values(tag, text, TUESDAY)[-1] == ("07:33 UTC", "2024-04-01T07:33Z")


def test_clock_still_to_come_takes_the_coming_day_of_the_sentence_before(tag):
    # the events helper's blind set: a match's kick-off landed on the publication day
    text = "Talks end on Saturday. Fans may queue from 3 p.m. on."
    assert values(tag, text, TUESDAY)[-1] == ("3 p.m.", "2024-04-06T15:00")


def test_clock_still_to_come_keeps_the_publication_day_after_a_day_gone_by(tag):
    text = "Talks ended on Saturday. Fans may queue from 3 p.m. on."
    assert values(tag, text, TUESDAY)[-1] == ("3 p.m.", "2024-04-02T15:00")


def test_a_holiday_named_in_passing_does_not_date_later_clocks(tag):
    text = ("Orders peaked on the last day before Christmas. "
            "Some stores opened at 6 a.m. for the sales.")
    assert values(tag, text, dt.date(2024, 12, 26))[-1] == ("6 a.m.", "2024-12-26T06:00")


def test_at_the_time_takes_the_date_it_points_back_to(tag):
    text = "The last storm this large hit in March 2003; the airport was shut at the time."
    assert values(tag, text, TUESDAY)[-1] == ("the time", "2003-03")


def test_a_comma_participle_lends_its_year_to_nothing_outside(tag):
    text = "The jet, delivered in March 2012, passed its last inspection in December."
    assert values(tag, text, TUESDAY)[-1] == ("December", "2023-12")


def test_a_since_date_is_no_anchor_for_the_year_after_it(tag):
    text = ("Shares hit their lowest level since 1933. "
            "Sales are down 40% for the year.")
    assert values(tag, text, TUESDAY)[-1] == ("the year", "2024")


def test_clock_in_the_past_after_yesterday_evening_is_on_that_day(tag):
    text = ("A jet overran the runway on Monday evening. "
            "The flight landed at 7:52 p.m. in heavy snow.")
    assert values(tag, text, TUESDAY)[-1] == ("7:52 p.m.", "2024-04-01T19:52")


def test_a_year_less_date_takes_the_relative_year_before_it_in_its_clause(tag):
    text = "The window closes on 1 September; the deadline last year was 31 August."
    assert values(tag, text, TUESDAY)[-1] == ("31 August", "2023-08-31")


def test_a_year_to_compare_with_lends_its_year_to_nothing(tag):
    text = "Sales rose 2.8% on last year, helped by discounts that began in mid-November."
    assert values(tag, text, dt.date(2025, 12, 26))[-1] == ("mid-November", "2025-11")


def test_over_means_during_after_a_verb_and_more_than_after_a_preposition(tag):
    found = [(t.text, t.mod) for t in tag("The plan cuts taxes over five years.", TUESDAY)]
    assert found == [("five years", None)]
    found = [(t.text, t.mod) for t in tag("She led the firm for over 30 years.", TUESDAY)]
    assert found == [("over 30 years", "MORE_THAN")]


def test_a_weekday_after_next_week_in_its_clause_is_in_that_week(tag):
    text = "Earnings season starts next week, with banks reporting on Tuesday and Wednesday."
    assert values(tag, text, TUESDAY)[1:] == [("Tuesday", "2024-04-09"),
                                              ("Wednesday", "2024-04-10")]


def test_a_weekday_told_in_the_past_is_not_in_next_week(tag):
    text = "Announcing the summit next week, a spokesman said Friday that talks went well."
    assert values(tag, text, TUESDAY)[-1] == ("Friday", "2024-03-29")


def test_a_date_line_at_the_top_is_dropped_even_when_publication_differs(tag):
    text = "Markets slide\nMonday, April 1, 2024\nShares fell on Monday in Tokyo."
    assert values(tag, text, TUESDAY) == [("Monday", "2024-04-01")]


def test_later_in_a_past_story_counts_from_the_month_named_before(tag):
    text = ("The buildup began in November, when inspectors were expelled. "
            "They returned two weeks later.")
    assert values(tag, text, dt.date(1998, 2, 19))[-1] == ("two weeks later", "1997-11")


def test_clock_times_in_a_row_share_the_day_before_them(tag):
    text = "The jet left on Saturday, landed at 3 p.m. and took off again at 5 p.m. for Oslo."
    assert [v for _, v in values(tag, text, TUESDAY)] == ["2024-03-30", "2024-03-30T15:00",
                                                  "2024-03-30T17:00"]
