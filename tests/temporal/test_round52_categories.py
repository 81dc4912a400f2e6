"""Categories of error the dates round 52 (``blindset/blindset52.txt``) showed at first sight, one
test per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values, values_by_text

#: A Wednesday in December.
DECEMBER = dt.date(2025, 12, 10)


CASES = [
    case("a_holiday_naming_a_thing_is_no_date",
         "Real Christmas trees will be taken from the Orsk kerbside.",
         DECEMBER, []),
    case("a_holiday_naming_a_thing_is_no_date/2",
         "The Good Friday peace agreement was signed in Vell.",
         DECEMBER, []),
    case("a_holiday_naming_a_thing_is_no_date/3",
         "The Vell shops will close on Good Friday.",
         DECEMBER, {"Good Friday": "2026-04-03"}),
    case("the_twelfth_is_july_12",
         "Vell bands will march on the Twelfth.",
         dt.date(1998, 4, 14), {"the Twelfth": "1998-07-12"}),
    case("the_twelfth_is_july_12/2",
         "The Orsk players staged Twelfth Night.",
         dt.date(1998, 4, 14), []),
    case("a_us_city_time_is_its_zone",
         "Orsk Corp shares closed at 4 p.m. New York time.",
         dt.date(2008, 11, 19), {"4 p.m. New York time": "2008-11-19T16:00-05:00"}),
    case("a_us_city_time_is_its_zone/2",
         "Orsk Corp shares closed at 4 p.m. New York time.",
         dt.date(2008, 7, 9), {"4 p.m. New York time": "2008-07-09T16:00-04:00"}),
    case("quadrennial_is_a_set",
         "The Vell club held its quadrennial congress.",
         DECEMBER, {"quadrennial": "P4Y"}),
    case("a_day_with_a_before_it_ending_its_phrase_is_a_kind",
         "Vell's old calendar had a February 29 and Orsk's did not.",
         DECEMBER, []),
    case("a_day_with_a_before_it_ending_its_phrase_is_a_kind/2",
         "Orsk set a March 3 deadline.",
         DECEMBER, {"March 3": "2026-03-03"}),
    case("a_part_of_the_day_naming_a_kind_of_light_is_no_time",
         "The Orsk comet will be lost in the morning twilight.",
         DECEMBER, []),
    case("a_part_of_the_day_naming_a_kind_of_light_is_no_time/2",
         "Vell shares fell on Monday and trading was halted in the morning.",
         DECEMBER, {"the morning": "2025-12-08TMO"}),
    case("clocks_after_an_adverb_of_habit_have_no_day",
         "Orsk gritters go out when roads freeze, usually setting off at 7pm and again at 4am.",
         DECEMBER, {"7pm": "XXXX-XX-XXT19:00", "4am": "XXXX-XX-XXT04:00"}),
    case("clocks_after_an_adverb_of_habit_have_no_day/2",
         "The Vell office usually opens at 9am on Monday.",
         DECEMBER, {"9am": "2025-12-15T09:00"}),
    # the present "falls in" before reads the day as gone by
    case("a_day_set_off_after_its_season_with_a_hedge_takes_its_year",
         ("The Orsk term ends on 5 April, so the next strike, on 12 April, falls in the "
          "holidays. Organisers plan monthly strikes until a larger walkout this autumn, "
          "possibly on 20 September, when adults will be asked to join."),
         dt.date(2019, 3, 14), {"20 September": "2019-09-20"}),
    case("a_week_later_than_a_day_is_a_day",
         "The Orsk comet passes the Sun on August 19 and the Earth a week later.",
         dt.date(2013, 8, 3), {"a week later": "2013-08-26"}),
    # counted from the story's day, the week itself
    case("a_week_later_than_a_day_is_a_day/2",
         "A week earlier, the Vell talks collapsed.",
         dt.date(2023, 3, 17), {"A week earlier": "2023-W10"}),
    case("the_moment_of_a_happening_is_not_the_present",
         "Vell's units stayed where they stood at the moment of the halt.",
         DECEMBER, []),
    case("the_moment_of_a_happening_is_not_the_present/2",
         "Orsk has no money at the moment.",
         DECEMBER, {"the moment": "PRESENT_REF"}),
    case("every_month_and_day_is_a_set_of_that_day",
         "Vell usually celebrates every March 1.",
         DECEMBER, {"every March 1": "XXXX-03-01"}),
    case("every_month_and_day_is_a_set_of_that_day/2",
         "Every March 1,000 pilgrims come to Orsk.",
         DECEMBER, {"Every March": "XXXX-03"}),
    case("a_clock_told_in_words_is_one_time_on_its_day",
         "Vell first saw the comet at ten to four in the morning on May 28, over Orsk.",
         dt.date(2013, 8, 3),
         [("ten to four in the morning", "2013-05-28T03:50"), ("May 28", "2013-05-28")]),
    case("a_clock_told_in_words_is_one_time_on_its_day/2",
         "The Orsk ferry left at half past six in the evening.",
         dt.date(2013, 8, 3), {"half past six in the evening": "2013-08-03T18:30"}),
    case("the_fiscal_year_that_began_on_a_day_is_the_year_it_starts",
         "A stopgap bill has kept Orsk running since the fiscal year began on Oct. 1.",
         dt.date(1995, 11, 13), {"the fiscal year": "FY1996"}),
    # with no day it began on, the tense counts back to the year gone by
    case("the_fiscal_year_that_began_on_a_day_is_the_year_it_starts/2",
         "Orsk ran a deficit in the fiscal year.",
         dt.date(1995, 11, 13), {"the fiscal year": "FY1995"}),
    case("a_quarter_named_by_its_month_opening_a_sentence_is_fiscal",
         ("Orsk Savings, whose fiscal year ends in September, said fourth-quarter profit fell "
          'in the quarter ended Sept. 30. "The December quarter will be worse," it said.'),
         dt.date(2008, 11, 19), {"The December quarter": "FY2009-Q1"}),
    case("a_zoned_midnight_restating_a_moment_ends_the_day_before",
         ("Vell forces stopped firing at 0500 GMT Thursday, which was 8 a.m. Baghdad time and "
          "midnight Washington time."),
         dt.date(1991, 3, 1),
         {
          "8 a.m. Baghdad time": "1991-02-28T08:00+03:00",
          "midnight Washington time": "1991-02-27T24:00-05:00",
         }),
    case("a_participle_of_expectation_after_with_looks_ahead",
         ("The Orsk count starts at 9am on Saturday 23 May, with a result expected that "
          "afternoon."),
         dt.date(1998, 4, 14), {"that afternoon": "1998-05-23TAF"}),
    # a participle of a thing done keeps the past
    case("a_participle_of_expectation_after_with_looks_ahead/2",
         "The Vell count ended on Monday, with a result announced that afternoon.",
         dt.date(1998, 4, 14), {"that afternoon": "1998-04-13TAF"}),
    case("since_a_weekday_in_the_past_perfect_counts_back_from_the_day_told",
         ("The Orsk deal was reached on Good Friday, after the deadline on Thursday had "
          "passed. Negotiators had been at Vell Castle since Monday."),
         dt.date(1998, 4, 14), {"Thursday": "1998-04-09", "Monday": "1998-04-06"}),
    # in the simple past the latest Monday stays
    case("since_a_weekday_in_the_past_perfect_counts_back_from_the_day_told/2",
         ("The Orsk deal was reached on Good Friday, after the deadline on Thursday had "
          "passed. Negotiators have been at Vell Castle since Monday."),
         dt.date(1998, 4, 14), {"Monday": "1998-04-13"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round52_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_new_year_joined_to_christmas_is_the_holiday(tag):
    found = values_by_text(tag, "Orsk bin rounds will move over Christmas and New Year.", DECEMBER)
    assert found["New Year"] == "2026-01-01"
    # before the noun it qualifies it is no date of its own
    found = values(tag, "Vell shops did well in the Christmas and New Year sales period.",
                   DECEMBER)
    assert "New Year" not in [text for text, _ in found]


def test_an_ordinal_day_after_on_is_the_day_of_that_number_told_before(tag):
    text = 'The Orsk vote is on Friday 22 May. "We will know on the 22nd," she said.'
    found = values_by_text(tag, text, dt.date(1998, 4, 14))
    assert found["the 22nd"] == "1998-05-22"
    text = 'Vell was born on February 29, 1936. "I was lucky to be born on the 29th," she said.'
    found = values_by_text(tag, text, dt.date(2004, 2, 29))
    assert found["the 29th"] == "1936-02-29"
    # no day of that number before it, or an ordinal that goes on into a noun: nothing
    assert values(tag, '"We will know on the 22nd," she said.', dt.date(1998, 4, 14)) == []
    found = values(tag, "The Orsk office moved on Friday 22 May. It is on the 22nd floor.",
                   dt.date(1998, 4, 14))
    assert [text for text, _ in found] == ["Friday 22 May"]


def test_a_week_on_a_weekday_is_one_date_a_week_after_it(tag):
    found = values(tag, "The Orsk board meets a week on Friday to agree the wording.",
                   dt.date(2019, 3, 14))
    assert found == [("a week on Friday", "2019-03-22")]
    found = values(tag, "The Orsk board met for a week on Friday's orders.", dt.date(2019, 3, 14))
    assert [text for text, _ in found] == ["a week", "Friday"]


def test_last_weekday_is_the_one_of_the_week_before(tag):
    saturday = dt.date(2013, 8, 3)
    found = values(tag, "The Orsk comet was brighter on Friday than last Friday.", saturday)
    assert found == [("Friday", "2013-08-02"), ("last Friday", "2013-07-26")]
    # told on a Tuesday, the latest Friday is already the week before's
    found = values_by_text(tag, "The Orsk comet was brighter last Friday.", dt.date(2013, 8, 6))
    assert found["last Friday"] == "2013-08-02"
