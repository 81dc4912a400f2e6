"""Categories of error blind round 35 showed (``blindset/blindset35.txt``), one test per rule
with its counter-case."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values, values_by_text

MARCH_2023 = dt.date(2023, 3, 17)

FEB_2003 = dt.date(2003, 2, 19)

MONDAY_1997 = dt.date(1997, 8, 18)

JAN_2019 = dt.date(2019, 1, 24)

SATURDAY_2024 = dt.date(2024, 10, 12)


CASES = [
    case("most_recently_before_a_date_only_ranks_it",
         "The dam has overflowed four times, most recently in April.",
         MARCH_2023, [("April", "2022-04")]),
    case("most_recently_before_a_date_only_ranks_it/2",
         "Prices rose three times, most recently on Tuesday.",
         MARCH_2023, [("Tuesday", "2023-03-14")]),
    case("most_recently_before_a_date_only_ranks_it/3",
         "She most recently ran a bakery in Dunmore.",
         MARCH_2023, [("most recently", "PAST_REF")]),
    case("a_relative_season_after_an_elided_clause",
         "The east wing will be done by the end of the summer, the west wing next spring.",
         MARCH_2023, {"next spring": "2024-SP"}),
    case("a_relative_season_after_an_elided_clause/2",
         "The first stage opens in the autumn, the second next spring.",
         MARCH_2023, {"next spring": "2024-SP"}),
    case("a_day_to_spare_is_a_length",
         "The ferry docked with a day to spare.",
         MARCH_2023, [("a day", "P1D")]),
    case("a_day_to_spare_is_a_length/2",
         "Tenants have a month to respond.",
         MARCH_2023, [("a month", "P1M")]),
    case("a_day_to_spare_is_a_length/3",
         "It was a day to remember for the village.",
         MARCH_2023, []),
    case("a_participle_aside_keeps_its_year_and_tense_to_itself",
         ("Harwick, which runs 40 mills, said it would close its Dunmore mill, built in 1958, "
          "by the spring."),
         FEB_2003, {"1958": "1958", "the spring": "2003-SP"}),
    case("a_participle_aside_keeps_its_year_and_tense_to_itself/2",
         "The firm closed its Leeds depot, built in 1971, in March.",
         FEB_2003, {"March": "2002-03"}),
    case("a_dividend_payable_on_a_day_looks_ahead",
         "Harwick raised its interim dividend to 4.1 pence, payable on May 9.",
         FEB_2003, {"May 9": "2003-05-09"}),
    case("a_dividend_payable_on_a_day_looks_ahead/2",
         "Harwick paid its last dividend on May 9.",
         FEB_2003, {"May 9": "2002-05-09"}),
    case("the_old_weekday_of_a_plan_an_aside_tells_before_its_new_day",
         ("The sheepdog trials and the hog race, both set for Sunday afternoon, will be held "
          "Wednesday at noon."),
         MONDAY_1997, {"Sunday afternoon": "1997-08-17TAF", "Wednesday": "1997-08-20"}),
    case("the_old_weekday_of_a_plan_an_aside_tells_before_its_new_day/2",
         "The recount, set for Friday, will settle the race.",
         MONDAY_1997, {"Friday": "1997-08-22"}),
    case("the_old_weekday_of_a_plan_an_aside_tells_before_its_new_day/3",
         "The bout, scheduled for Saturday night, was called off Monday after a cut.",
         MONDAY_1997, {"Saturday night": "1997-08-23TNI"}),
    case("a_plan_put_off_borrows_no_year_from_other_happenings",
         ("Sales climbed in 2018, and orders jumped in the fourth quarter ahead of a levy that "
          "had been set for Jan. 1 before it was delayed."),
         JAN_2019, {"the fourth quarter": "2018-Q4", "Jan. 1": "2019-01-01"}),
    case("a_plan_put_off_borrows_no_year_from_other_happenings/2",
         "In 2018 the fair had been set for June 3 and was held then.",
         JAN_2019, {"June 3": "2018-06-03"}),
    case("halves_and_the_full_year_in_a_fiscal_year_ending_june_30",
         ("Harwick Mills said on Tuesday its first-half profit rose 7 percent and it kept its "
          "forecast for the full year to June 30. Pretax profit for the six months to Dec. 31 "
          "rose to 41 million pounds from 38 million a year earlier. Wool sales fell 3 percent "
          "in the half. The group will report full-year results on Sept. 9."),
         FEB_2003,
         {
          "first-half": "FY2003-H1",
          "the full year": "FY2003",
          "June 30": "2003-06-30",
          "a year earlier": "FY2002-H1",
          "the half": "FY2003-H1",
          "full-year": "FY2003",
         }),
    case("calendar_halves_stay_calendar_ones",
         ("Harwick said its first-half profit rose 8 percent from a year earlier. Sales rose 3 "
          "percent in the half."),
         dt.date(2023, 8, 2), {"first-half": "2023-H1", "the half": "2023-H1"}),
    case("calendar_halves_stay_calendar_ones/2",
         "Rovers led 2-0 in the half after two early goals.",
         FEB_2003, []),
    case("a_clock_restated_in_a_zone_ahead_falls_on_the_next_day",
         ("The probe fired its engine at 15:40 UTC today. That was 11:40 a.m. EDT in Houston "
          "and 2:40 a.m. AEDT on Sunday in Canberra."),
         SATURDAY_2024,
         {
          "11:40 a.m. EDT": "2024-10-12T11:40-04:00",
          "2:40 a.m. AEDT": "2024-10-13T02:40+11:00",
          "Sunday": "2024-10-13",
         }),
    # a clock that restates no moment told before keeps its day
    case("a_clock_restated_in_a_zone_ahead_falls_on_the_next_day/2",
         "The probe fired at 15:40 UTC. Crews in Canberra met at 9 a.m. AEDT on Sunday.",
         SATURDAY_2024, {"Sunday": "2024-10-06"}),
    case("a_clock_of_a_happening_dated_sentences_before",
         ("Organizers moved the fete's last day from Sunday to Tuesday after a hailstorm "
          "flattened the beer tent late Saturday. Nobody was injured. The hailstorm struck "
          "just before 9:15 p.m. and cut the lights. Stewards said helpers worked through the "
          "night to clear the field."),
         MONDAY_1997, {"9:15 p.m.": "1997-08-16T21:15", "the night": "1997-08-16TNI"}),
    # a subject the story did not bring in beside a day stays on the story's day
    case("a_clock_of_a_happening_dated_sentences_before/2",
         ("Organizers moved the fete's last day from Sunday to Tuesday after a hailstorm "
          "flattened the beer tent late Saturday. Nobody was injured. The band played on until "
          "9:15 p.m."),
         MONDAY_1997, {"9:15 p.m.": "1997-08-17T21:15"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round35_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_a_season_before_an_infinitive_of_purpose(tag):
    found = values_by_text(tag, "The council will sit every Monday during the summer to settle "
                                "the budget.", MARCH_2023)
    assert found["the summer"] == "2023-SU"
    assert [text for text, _ in values(tag, "Rainfall moved from summer to winter.",
                                       MARCH_2023)] == ["winter"]


def test_every_nth_unit_repeats_every_n_units(tag):
    assert values(tag, "The relief crew sails every fifth day.", MARCH_2023) == [
        ("every fifth day", "P5D")]
    assert values(tag, "The ferry runs every third week in winter.", MARCH_2023)[0] == (
        "every third week", "P3W")


def test_a_fiscal_half_and_full_year_keep_their_fiscal_value_when_read_again():
    from generator.extract.temporal.rereading import reresolve

    corrected = dt.date(2003, 2, 20)
    for words, stored in (("first-half", "FY2003-H1"), ("the half", "FY2003-H1"),
                          ("the full year", "FY2003"), ("full-year", "FY2003")):
        assert reresolve(words, "DATE", stored, "past", corrected).value == stored
    assert reresolve("the full year", "DATE", "2003", "past", corrected).value == "2003"
