"""Categories of error the dates round 47 (``blindset/blindset47.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check, values_by_text

#: A Thursday in March.
THURSDAY = dt.date(2019, 3, 14)
#: A Sunday in May.
SUNDAY = dt.date(2019, 5, 12)


CASES = [
    case("a_coming_weekday_is_ahead_of_this_week",
         "The Vell council, in recess this week, returns on Monday.",
         THURSDAY, {"Monday": "2019-03-18"}),
    case("a_coming_weekday_is_ahead_of_this_week/2",
         "The Vell council met this week and voted on Tuesday.",
         THURSDAY, {"Tuesday": "2019-03-12"}),
    case("a_present_verb_joined_after_a_participle_aside_is_a_timetable",
         ("The Orsk regatta, delayed by a month because of storms, open on Saturday with a "
          "parade."),
         THURSDAY, {"Saturday": "2019-03-16"}),
    case("a_day_a_present_saying_names_lies_ahead",
         '"The ferry was due last Monday. Now they say Saturday," a passenger said.',
         THURSDAY, {"Saturday": "2019-03-16"}),
    case("a_day_a_present_saying_names_lies_ahead/2",
         "Residents say Saturday was the worst day.",
         THURSDAY, {"Saturday": "2019-03-09"}),
    case("a_zoned_clock_takes_the_day_of_its_bracketed_restatement",
         "The Orsk ceasefire began at midnight EST (0500 GMT Friday), the ministry said.",
         dt.date(2019, 3, 15), {"midnight EST": "2019-03-14T24:00-05:00"}),
    case("a_zoned_clock_takes_the_day_of_its_bracketed_restatement/2",
         "The Orsk ceasefire began at midnight EST.",
         dt.date(2019, 3, 15), {"midnight EST": "2019-03-15T24:00-05:00"}),
    case("a_city_time_in_words_and_a_clock_told_as_the_city_s",
         "The raid on Vell began at 3:10 a.m. Baghdad time on March 3.",
         THURSDAY, {"3:10 a.m. Baghdad time": "2019-03-03T03:10+03:00"}),
    case("a_city_time_in_words_and_a_clock_told_as_the_city_s/2",
         ("The truce took hold at 9 p.m. EST Wednesday (0200 GMT Thursday). In Baghdad, where "
          "it was 5 a.m. when the guns fell silent, crowds gathered."),
         THURSDAY, {"5 a.m.": "2019-03-14T05:00"}),
    case("a_retail_year_named_by_its_start_names_its_halves_so",
         ("Vell Stores said its fourth-quarter profit rose. Net income for the quarter ended "
          "Jan. 31 rose 8 percent. For fiscal 2018, the 12 months that began on Feb. 1, 2018, "
          "Vell Stores earned $40 million. Profit fell in the first half. The chain will open "
          "12 stores in the current year, most of them in the second half."),
         THURSDAY, {"the first half": "FY2018-H1", "the second half": "FY2019-H2"}),
    case("a_season_described_as_a_happening_s_subject_is_tagged",
         "Sales fell when a cool, wet spring kept shoppers away.",
         THURSDAY, {"spring": "2018-SP"}),
    case("a_season_described_as_a_happening_s_subject_is_tagged/2",
         "Sales fell in the spring.",
         dt.date(2019, 4, 20), {"the spring": "2019-SP"}),
    case("a_far_year_told_as_a_subject_beside_a_usual_one",
         ("Such years get one only when they divide by 400, so 1700 had none and 2300 will not "
          "have one either."),
         THURSDAY, {"2300": "2300"}),
    case("a_far_year_told_as_a_subject_beside_a_usual_one/2",
         "Of the 3000 invited, 2300 will come.",
         THURSDAY, {"2300": ABSENT}),
    case("a_timetable_verb_before_until_looks_ahead_whatever_the_parse",
         "A ban declared in Vell on 8 May runs until 22 June, officials said.",
         dt.date(2021, 5, 20), {"22 June": "2021-06-22"}),
    case("a_timetable_verb_before_until_looks_ahead_whatever_the_parse/2",
         "The Vell ban ran until 22 June.",
         dt.date(2021, 5, 20), {"22 June": "2020-06-22"}),
    # Date misses the events blind set found (/work/score/events_dates_notes.md, session 16 items 1
    # and 4), on fictional sentences of the same shape.
    case("that_month_or_season_takes_the_year_named_before",
         "Works scheduled for May 2024 were called off that March after a row over costs.",
         dt.date(2026, 11, 17), {"March": "2024-03"}),
    case("that_month_or_season_takes_the_year_named_before/2",
         "The Vell plan was first put forward in 2023 but was shelved that autumn.",
         dt.date(2026, 6, 18), {"that autumn": "2023-FA"}),
    case("that_month_or_season_takes_the_year_named_before/3",
         "The Vell library closed in March.",
         dt.date(2026, 6, 18), {"March": "2026-03"}),
    # events notes, session 17 item 4 ("hopes" lemmatised "hop" by the small model)
    case("an_infinitive_under_hopes_looks_ahead",
         "Vell has said she hopes to deliver a report by Christmas.",
         dt.date(2027, 3, 11), {"Christmas": "2027-12-25"}),
    case("an_infinitive_under_hopes_looks_ahead/2",
         "Vell delivered a report by Christmas.",
         dt.date(2027, 3, 11), {"Christmas": "2026-12-25"}),
    # events notes, session 16 item 6
    case("a_day_pencilled_in_lies_ahead",
         "The Vell office has pencilled in March 9 for the vote.",
         dt.date(2026, 9, 30), {"March 9": "2027-03-09"}),
    case("a_day_pencilled_in_lies_ahead/2",
         "The Vell office pencilled in changes in March.",
         dt.date(2026, 9, 30), {"March": "2026-03"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round47_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_a_bare_weekday_ending_a_range_comes_after_its_start(tag):
    found = values_by_text(tag, "Orsk police imposed a curfew from 9 p.m. on Saturday until "
                                "5 a.m. Monday.", SUNDAY)
    assert found["5 a.m. Monday"] == "2019-05-13T05:00"
    found = values_by_text(tag, "The Vell pool is open from Monday to Friday.", SUNDAY)
    assert found["Friday"][:4] == "2019"


def test_an_echoed_quarter_passes_over_figures_forecast_before(tag):
    text = ("Vell Stores said its fourth-quarter profit rose. Net income for the quarter ended "
            "Jan. 31 rose 8 percent. She expects first-quarter earnings of 20 cents a share. "
            "Analysts had expected 18 cents for the quarter.")
    found = values_by_text(tag, text, THURSDAY)
    assert found["first-quarter"].endswith("-Q1")
    assert found["the quarter"] == found["fourth-quarter"]


def test_diwali_is_its_main_day_and_no_modifier(tag):
    found = values_by_text(tag, "Diwali, the festival of lights, falls on Oct. 19 this year, and "
                                "the Vell Diwali fair returns on Saturday.", dt.date(2017, 10, 10))
    assert found["Diwali"] == "2017-10-19"
    assert list(found).count("Diwali") == 1


def test_kinds_and_names_are_no_dates(tag):
    found = values_by_text(tag, "The Vell shop sold 12 rings this month, against about two in a "
                                "typical March. 2000 was the first century year to be a leap year "
                                "since 1600. Organisers kept the Paris 2024 name.", THURSDAY)
    assert set(found) == {"this month", "1600", "2000"}
