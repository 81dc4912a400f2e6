"""Categories of error the dates round 52 (``blindset/blindset52.txt``) showed at first sight, one
test per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values, values_by_text

#: A Wednesday in December.
DECEMBER = dt.date(2025, 12, 10)


def test_new_year_joined_to_christmas_is_the_holiday(tag):
    found = values_by_text(tag, "Orsk bin rounds will move over Christmas and New Year.", DECEMBER)
    assert found["New Year"] == "2026-01-01"
    # before the noun it qualifies it is no date of its own
    found = values(tag, "Vell shops did well in the Christmas and New Year sales period.",
                   DECEMBER)
    assert "New Year" not in [text for text, _ in found]


def test_a_holiday_naming_a_thing_is_no_date(tag):
    assert values(tag, "Real Christmas trees will be taken from the Orsk kerbside.",
                  DECEMBER) == []
    assert values(tag, "The Good Friday peace agreement was signed in Vell.", DECEMBER) == []
    found = values_by_text(tag, "The Vell shops will close on Good Friday.", DECEMBER)
    assert found["Good Friday"] == "2026-04-03"


def test_the_twelfth_is_july_12(tag):
    found = values_by_text(tag, "Vell bands will march on the Twelfth.", dt.date(1998, 4, 14))
    assert found["the Twelfth"] == "1998-07-12"
    assert values(tag, "The Orsk players staged Twelfth Night.", dt.date(1998, 4, 14)) == []


def test_a_us_city_time_is_its_zone(tag):
    found = values_by_text(tag, "Orsk Corp shares closed at 4 p.m. New York time.",
                           dt.date(2008, 11, 19))
    assert found["4 p.m. New York time"] == "2008-11-19T16:00-05:00"
    found = values_by_text(tag, "Orsk Corp shares closed at 4 p.m. New York time.",
                           dt.date(2008, 7, 9))
    assert found["4 p.m. New York time"] == "2008-07-09T16:00-04:00"


def test_quadrennial_is_a_set(tag):
    found = values_by_text(tag, "The Vell club held its quadrennial congress.", DECEMBER)
    assert found["quadrennial"] == "P4Y"


def test_a_day_with_a_before_it_ending_its_phrase_is_a_kind(tag):
    found = values(tag, "Vell's old calendar had a February 29 and Orsk's did not.", DECEMBER)
    assert found == []
    found = values_by_text(tag, "Orsk set a March 3 deadline.", DECEMBER)
    assert found["March 3"] == "2026-03-03"


def test_a_part_of_the_day_naming_a_kind_of_light_is_no_time(tag):
    assert values(tag, "The Orsk comet will be lost in the morning twilight.", DECEMBER) == []
    found = values_by_text(tag, "Vell shares fell on Monday and trading was halted in the "
                                "morning.", DECEMBER)
    assert found["the morning"] == "2025-12-08TMO"


def test_clocks_after_an_adverb_of_habit_have_no_day(tag):
    found = values_by_text(tag, "Orsk gritters go out when roads freeze, usually setting off at "
                                "7pm and again at 4am.", DECEMBER)
    assert found["7pm"] == "XXXX-XX-XXT19:00"
    assert found["4am"] == "XXXX-XX-XXT04:00"
    found = values_by_text(tag, "The Vell office usually opens at 9am on Monday.", DECEMBER)
    assert found["9am"] == "2025-12-15T09:00"


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


def test_a_day_set_off_after_its_season_with_a_hedge_takes_its_year(tag):
    # the present "falls in" before reads the day as gone by
    text = ("The Orsk term ends on 5 April, so the next strike, on 12 April, falls in the "
            "holidays. Organisers plan monthly strikes until a larger walkout this autumn, "
            "possibly on 20 September, when adults will be asked to join.")
    found = values_by_text(tag, text, dt.date(2019, 3, 14))
    assert found["20 September"] == "2019-09-20"


def test_last_weekday_is_the_one_of_the_week_before(tag):
    saturday = dt.date(2013, 8, 3)
    found = values(tag, "The Orsk comet was brighter on Friday than last Friday.", saturday)
    assert found == [("Friday", "2013-08-02"), ("last Friday", "2013-07-26")]
    # told on a Tuesday, the latest Friday is already the week before's
    found = values_by_text(tag, "The Orsk comet was brighter last Friday.", dt.date(2013, 8, 6))
    assert found["last Friday"] == "2013-08-02"


def test_a_week_later_than_a_day_is_a_day(tag):
    found = values_by_text(tag, "The Orsk comet passes the Sun on August 19 and the Earth a week "
                                "later.", dt.date(2013, 8, 3))
    assert found["a week later"] == "2013-08-26"
    # counted from the story's day, the week itself
    found = values_by_text(tag, "A week earlier, the Vell talks collapsed.", dt.date(2023, 3, 17))
    assert found["A week earlier"] == "2023-W10"


def test_the_moment_of_a_happening_is_not_the_present(tag):
    assert values(tag, "Vell's units stayed where they stood at the moment of the halt.",
                  DECEMBER) == []
    found = values_by_text(tag, "Orsk has no money at the moment.", DECEMBER)
    assert found["the moment"] == "PRESENT_REF"


def test_every_month_and_day_is_a_set_of_that_day(tag):
    found = values_by_text(tag, "Vell usually celebrates every March 1.", DECEMBER)
    assert found["every March 1"] == "XXXX-03-01"
    found = values_by_text(tag, "Every March 1,000 pilgrims come to Orsk.", DECEMBER)
    assert found["Every March"] == "XXXX-03"


def test_a_clock_told_in_words_is_one_time_on_its_day(tag):
    text = "Vell first saw the comet at ten to four in the morning on May 28, over Orsk."
    found = values(tag, text, dt.date(2013, 8, 3))
    assert found == [("ten to four in the morning", "2013-05-28T03:50"), ("May 28", "2013-05-28")]
    found = values_by_text(tag, "The Orsk ferry left at half past six in the evening.",
                           dt.date(2013, 8, 3))
    assert found["half past six in the evening"] == "2013-08-03T18:30"


def test_the_fiscal_year_that_began_on_a_day_is_the_year_it_starts(tag):
    found = values_by_text(tag, "A stopgap bill has kept Orsk running since the fiscal year began "
                                "on Oct. 1.", dt.date(1995, 11, 13))
    assert found["the fiscal year"] == "FY1996"
    # with no day it began on, the tense counts back to the year gone by
    found = values_by_text(tag, "Orsk ran a deficit in the fiscal year.", dt.date(1995, 11, 13))
    assert found["the fiscal year"] == "FY1995"


def test_a_quarter_named_by_its_month_opening_a_sentence_is_fiscal(tag):
    text = ("Orsk Savings, whose fiscal year ends in September, said fourth-quarter profit fell "
            "in the quarter ended Sept. 30. \"The December quarter will be worse,\" it said.")
    found = values_by_text(tag, text, dt.date(2008, 11, 19))
    assert found["The December quarter"] == "FY2009-Q1"


def test_a_zoned_midnight_restating_a_moment_ends_the_day_before(tag):
    text = ("Vell forces stopped firing at 0500 GMT Thursday, which was 8 a.m. Baghdad time and "
            "midnight Washington time.")
    found = values_by_text(tag, text, dt.date(1991, 3, 1))
    assert found["8 a.m. Baghdad time"] == "1991-02-28T08:00+03:00"
    assert found["midnight Washington time"] == "1991-02-27T24:00-05:00"


def test_a_participle_of_expectation_after_with_looks_ahead(tag):
    text = ("The Orsk count starts at 9am on Saturday 23 May, with a result expected that "
            "afternoon.")
    found = values_by_text(tag, text, dt.date(1998, 4, 14))
    assert found["that afternoon"] == "1998-05-23TAF"
    # a participle of a thing done keeps the past
    found = values_by_text(tag, "The Vell count ended on Monday, with a result announced that "
                                "afternoon.", dt.date(1998, 4, 14))
    assert found["that afternoon"] == "1998-04-13TAF"


def test_since_a_weekday_in_the_past_perfect_counts_back_from_the_day_told(tag):
    text = ("The Orsk deal was reached on Good Friday, after the deadline on Thursday had passed. "
            "Negotiators had been at Vell Castle since Monday.")
    found = values_by_text(tag, text, dt.date(1998, 4, 14))
    assert found["Thursday"] == "1998-04-09"
    assert found["Monday"] == "1998-04-06"
    # in the simple past the latest Monday stays
    text = ("The Orsk deal was reached on Good Friday, after the deadline on Thursday had passed. "
            "Negotiators have been at Vell Castle since Monday.")
    found = values_by_text(tag, text, dt.date(1998, 4, 14))
    assert found["Monday"] == "1998-04-13"
