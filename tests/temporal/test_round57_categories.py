"""Categories of error the dates round 57 (``blindset/blindset57.txt``) showed at first sight,
one case per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, only

#: A Tuesday in April, after a British retailer's year closed late in February.
APRIL = dt.date(2031, 4, 22)


CASES = [
    # a year of 52 weeks closing late in February is the company's, named by the year it ends in
    case("a_year_of_weeks_closing_late_in_february_is_named_by_its_end",
         ("Brackley Stores said full-year profit rose 8 percent in the 52 weeks to Feb. 22. "
          "Sales fell in the first half and rose in the second half. For the current year, "
          "which ends Feb. 28, 2032, it expects growth, and it will report first-quarter sales "
          "in June."),
         APRIL, {"full-year": "FY2031", "the first half": "FY2031-H1",
                 "the second half": "FY2031-H2", "the current year": "FY2032",
                 "first-quarter": "FY2032-Q1"}),
    # closing early in February (the Saturday nearest January 31), it keeps its starting year's
    # name (rounds 3, 20 and 29)
    case("a_year_of_weeks_closing_late_in_february_is_named_by_its_end/2",
         ("Orsk Stores said full-year profit rose 8 percent in the 52 weeks to Feb. 1. Sales "
          "rose in the second half."),
         dt.date(2031, 3, 20), {"the second half": "FY2030-H2"}),
    # a bare 52 weeks told with no closing day is only a length
    case("a_year_of_weeks_closing_late_in_february_is_named_by_its_end/3",
         "Vell Mills said sales rose over the past 52 weeks and in the second half.",
         APRIL, {"the second half": "2030-H2"}),
    # a length told in days, hours and minutes set off by commas is one duration
    case("a_length_in_days_hours_and_minutes_is_one_duration",
         "By noon the Orsk probe had been in orbit for 4 days, 6 hours and 30 minutes.",
         APRIL, only({"noon": "2031-04-22T12:00", "4 days, 6 hours and 30 minutes": "P4DT6H30M"})),
    # two lengths of a list, each with its own thing, stay apart
    case("a_length_in_days_hours_and_minutes_is_one_duration/2",
         "The Vell crew trained for 4 days and rested for 6 hours.",
         APRIL, only({"4 days": "P4D", "6 hours": "PT6H"})),
    # a day a daily habit leaves out does not date the habit's clocks
    case("a_day_a_habit_leaves_out_dates_none_of_its_clocks",
         "The Orsk tip opens from 8am to 5pm every day except Easter Sunday.",
         APRIL, {"8am": "XXXX-XX-XXT08:00", "5pm": "XXXX-XX-XXT17:00"}),
    # a day told as the habit's own still dates them
    case("a_day_a_habit_leaves_out_dates_none_of_its_clocks/2",
         "The Vell tip will open at 8am on Friday, and every day after that.",
         APRIL, {"8am": "2031-04-25T08:00"}),
    # a leap second told with its day is on that day, though June 30 is nearer the story
    case("a_leap_second_told_with_its_day_is_on_that_day",
         "The Orsk observatory said UTC clocks will go to 23:59:60 on December 31.",
         dt.date(2031, 7, 9), {"23:59:60": "2031-12-31T23:59:60Z"}),
    # with no day, it is the nearest end of June or December
    case("a_leap_second_told_with_its_day_is_on_that_day/2",
         "The Orsk observatory said UTC clocks will go to 23:59:60 soon.",
         dt.date(2031, 7, 9), {"23:59:60": "2031-06-30T23:59:60Z"}),
    # the clocks to the second told beside a UTC leap second are UTC too
    case("clocks_to_the_second_beside_a_leap_second_are_utc",
         ("The Orsk observatory said clocks kept to UTC will go from 23:59:59 to 23:59:60 on "
          "December 31 before reaching 00:00:00 on January 1."),
         dt.date(2031, 7, 9), {"23:59:59": "2031-12-31T23:59:59Z",
                               "00:00:00": "2032-01-01T00:00:00Z"}),
    # a clock in another sentence keeps no zone
    case("clocks_to_the_second_beside_a_leap_second_are_utc/2",
         ("UTC clocks will go to 23:59:60 on December 31. The Vell town clock will show "
          "00:00:01 on January 1."),
         dt.date(2031, 7, 9), {"00:00:01": "2032-01-01T00:00:01"}),
    # a dotted British clock with a day word right after it is one TIME, as "6am today" is
    case("a_dotted_clock_with_its_day_word_is_one_time",
         "The Orsk procession starts at 10.30am tomorrow.",
         APRIL, only({"10.30am tomorrow": "2031-04-23T10:30"})),
    # a decimal before a day word is no clock
    case("a_dotted_clock_with_its_day_word_is_one_time/2",
         "Vell bus fares rose to 3.50 today.",
         APRIL, only({"today": "2031-04-22"})),
    # "a week today" told of what is still to come is one date a week on
    case("a_week_today_is_a_date_a_week_on",
         "The Orsk egg trail opens a week today.",
         APRIL, only({"a week today": "2031-04-29"})),
    # counting back to something gone by, it is left as a length and a day
    case("a_week_today_is_a_date_a_week_on/2",
         "It is a week today since the Vell fire.",
         APRIL, only({"a week": "P1W", "today": "2031-04-22"})),
    # a week that ends a span lends the weekdays told under it no week
    case("a_week_ending_a_span_lends_no_week",
         "Orsk offices will stay quiet until next week, with staff taking Wednesday off.",
         dt.date(2031, 6, 18), {"Wednesday": "2031-06-18"}),
    case("a_week_ending_a_span_lends_no_week/2",
         "Orsk offices will stay quiet next week, with staff taking Wednesday off.",
         dt.date(2031, 6, 18), {"Wednesday": "2031-06-25"}),
    # a bare weekday after "<weekday> to" closes a span that starts on that weekday
    case("a_weekday_after_weekday_to_closes_its_span",
         "Orsk offices will stay quiet until next week, with staff taking Wednesday to Friday off.",
         dt.date(2031, 6, 18), {"Wednesday": "2031-06-18", "Friday": "2031-06-20"}),
    # a span gone by that already runs forward stays where it is
    case("a_weekday_after_weekday_to_closes_its_span/2",
         "Vell staff took Monday to Tuesday off.",
         dt.date(2031, 6, 18), {"Monday": "2031-06-16", "Tuesday": "2031-06-17"}),
    # a "with" absolute the parser hangs on its participle's mark takes its governor's tense
    case("a_with_absolute_marked_by_with_takes_its_governors_tense",
         ("Vell residents are told that collections will change over the holiday weekend, "
          "with Friday rounds moved to Saturday 19 April and every collection in the following "
          "week running a day later than usual."),
         dt.date(2031, 4, 12), {"the following week": "2031-W17"}),
    # a plain simple past after "with" as a conjunction keeps its past
    case("a_with_absolute_marked_by_with_takes_its_governors_tense/2",
         "The Vell rounds moved to Saturday 5 April and the following week ran a day late.",
         dt.date(2031, 4, 12), {"the following week": "2031-W15"}),
    # Victory in Europe Day is May 8
    case("ve_day_is_may_8",
         "Edna Orsk was on the Mall on VE Day in 1945, she said.",
         dt.date(2002, 6, 5), {"VE Day": "1945-05-08"}),
    # a "VE" that is no day's name is nothing
    case("ve_day_is_may_8/2",
         "The Vell VE unit closed its day centre.",
         dt.date(2002, 6, 5), only({})),
    # "the year to" an amount in cents or pence is the year the figures are for
    case("the_year_to_an_amount_is_a_year",
         ("Brackley Stores said full-year profit rose 8 percent in the 52 weeks to Feb. 22. It "
          "will pay a final dividend of 9.4 pence, bringing the total for the year to 13.1 "
          "pence."),
         APRIL, {"the year": "FY2031"}),
    # "the year to date" is no year
    case("the_year_to_an_amount_is_a_year/2",
         "Vell Mills said its profit for the year to date rose to 13.1 pence a share.",
         APRIL, only({})),
    # "a year earlier" after a year of weeks to its closing day is the fiscal year before
    case("a_year_earlier_than_a_year_of_weeks_is_the_fiscal_year_before",
         ("Brackley Stores said pretax profit rose to 21 million pounds in the 52 weeks to "
          "Feb. 22 from 19 million pounds a year earlier."),
         APRIL, {"a year earlier": "FY2030"}),
    # after a length that is no year of weeks it stays the calendar year
    case("a_year_earlier_than_a_year_of_weeks_is_the_fiscal_year_before/2",
         ("Brackley Stores said full-year profit rose in the 52 weeks to Feb. 22. Sales in the "
          "six weeks to Jan. 3 rose from a year earlier."),
         APRIL, {"a year earlier": "2030"}),
    # a zoned clock restated in brackets with its day keeps the day the restatement gives,
    # whatever day its sentence named before it
    case("a_zoned_clock_keeps_its_restatements_day",
         "Orsk county counted until late Wednesday and will resume at 7pm MST (2am GMT Friday).",
         dt.date(2020, 11, 5), {"7pm MST": "2020-11-05T19:00-07:00"}),
    # with no day in the restatement the day named before it stands
    case("a_zoned_clock_keeps_its_restatements_day/2",
         "Orsk county counted until late Wednesday and stopped at 7pm MST (0200 GMT).",
         dt.date(2020, 11, 5), {"7pm MST": "2020-11-04T19:00-07:00"}),
    # a past evening clock before "by <morning> today" in its sentence is the evening before
    case("an_evening_before_a_morning_reached_by_is_the_evening_before",
         "Orsk council workers began clearing the square at 10pm and had reopened it by 6am today.",
         dt.date(2031, 6, 18), {"10pm": "2031-06-17T22:00", "6am today": "2031-06-18T06:00"}),
    # a morning told without "by" leaves the evening on its day
    case("an_evening_before_a_morning_reached_by_is_the_evening_before/2",
         "Orsk workers opened the square at 6am today and closed it at 10pm.",
         dt.date(2031, 6, 18), {"10pm": "2031-06-18T22:00"}),
    # a clock's bracketed restatement in another zone sets no scene for the clocks after it
    case("a_bracketed_restatement_sets_no_scene",
         ("The first Orsk ferry left at 12:01 a.m. Hong Kong time (1601 GMT Monday). The mayor "
          "of Vell left at 12:44 a.m. and is due home on Thursday."),
         dt.date(2031, 7, 1), {"12:44 a.m.": "2031-07-01T00:44"}),
    # a day told as such still does
    case("a_bracketed_restatement_sets_no_scene/2",
         ("The first Orsk ferry left at 12:01 a.m. on Monday. The mayor of Vell left at 12:44 "
          "a.m. and is due home on Thursday."),
         dt.date(2031, 7, 1), {"12:44 a.m.": "2031-06-30T00:44"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_round57_category(tag, text, published, expected):
    check(tag, text, published, expected)
