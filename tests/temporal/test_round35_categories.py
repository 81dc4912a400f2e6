"""Categories of error blind round 35 showed (``blindset/blindset35.txt``), one test per rule
with its counter-case."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values, values_by_text

MARCH_2023 = dt.date(2023, 3, 17)


def test_most_recently_before_a_date_only_ranks_it(tag):
    assert values(tag, "The dam has overflowed four times, most recently in April.",
                  MARCH_2023) == [("April", "2022-04")]
    assert values(tag, "Prices rose three times, most recently on Tuesday.",
                  MARCH_2023) == [("Tuesday", "2023-03-14")]
    assert values(tag, "She most recently ran a bakery in Dunmore.",
                  MARCH_2023) == [("most recently", "PAST_REF")]


def test_a_relative_season_after_an_elided_clause(tag):
    found = values_by_text(tag, "The east wing will be done by the end of the summer, the west "
                                "wing next spring.", MARCH_2023)
    assert found["next spring"] == "2024-SP"
    found = values_by_text(tag, "The first stage opens in the autumn, the second next spring.",
                           MARCH_2023)
    assert found["next spring"] == "2024-SP"


def test_a_season_before_an_infinitive_of_purpose(tag):
    found = values_by_text(tag, "The council will sit every Monday during the summer to settle "
                                "the budget.", MARCH_2023)
    assert found["the summer"] == "2023-SU"
    assert [text for text, _ in values(tag, "Rainfall moved from summer to winter.",
                                       MARCH_2023)] == ["winter"]


def test_a_day_to_spare_is_a_length(tag):
    assert values(tag, "The ferry docked with a day to spare.", MARCH_2023) == [("a day", "P1D")]
    assert values(tag, "Tenants have a month to respond.", MARCH_2023) == [("a month", "P1M")]
    assert values(tag, "It was a day to remember for the village.", MARCH_2023) == []


def test_every_nth_unit_repeats_every_n_units(tag):
    assert values(tag, "The relief crew sails every fifth day.", MARCH_2023) == [
        ("every fifth day", "P5D")]
    assert values(tag, "The ferry runs every third week in winter.", MARCH_2023)[0] == (
        "every third week", "P3W")


FEB_2003 = dt.date(2003, 2, 19)


def test_a_participle_aside_keeps_its_year_and_tense_to_itself(tag):
    text = ("Harwick, which runs 40 mills, said it would close its Dunmore mill, built in 1958, "
            "by the spring.")
    found = values_by_text(tag, text, FEB_2003)
    assert found["1958"] == "1958"
    assert found["the spring"] == "2003-SP"
    found = values_by_text(tag, "The firm closed its Leeds depot, built in 1971, in March.",
                           FEB_2003)
    assert found["March"] == "2002-03"


def test_a_dividend_payable_on_a_day_looks_ahead(tag):
    found = values_by_text(tag, "Harwick raised its interim dividend to 4.1 pence, payable on "
                                "May 9.", FEB_2003)
    assert found["May 9"] == "2003-05-09"
    found = values_by_text(tag, "Harwick paid its last dividend on May 9.", FEB_2003)
    assert found["May 9"] == "2002-05-09"


MONDAY_1997 = dt.date(1997, 8, 18)


def test_the_old_weekday_of_a_plan_an_aside_tells_before_its_new_day(tag):
    text = ("The sheepdog trials and the hog race, both set for Sunday afternoon, will be held "
            "Wednesday at noon.")
    found = values_by_text(tag, text, MONDAY_1997)
    assert found["Sunday afternoon"] == "1997-08-17TAF"
    assert found["Wednesday"] == "1997-08-20"
    found = values_by_text(tag, "The recount, set for Friday, will settle the race.", MONDAY_1997)
    assert found["Friday"] == "1997-08-22"
    found = values_by_text(tag, "The bout, scheduled for Saturday night, was called off Monday "
                                "after a cut.", MONDAY_1997)
    assert found["Saturday night"] == "1997-08-23TNI"


JAN_2019 = dt.date(2019, 1, 24)


def test_a_plan_put_off_borrows_no_year_from_other_happenings(tag):
    text = ("Sales climbed in 2018, and orders jumped in the fourth quarter ahead of a levy that "
            "had been set for Jan. 1 before it was delayed.")
    found = values_by_text(tag, text, JAN_2019)
    assert found["the fourth quarter"] == "2018-Q4"
    assert found["Jan. 1"] == "2019-01-01"
    found = values_by_text(tag, "In 2018 the fair had been set for June 3 and was held then.",
                           JAN_2019)
    assert found["June 3"] == "2018-06-03"


def test_halves_and_the_full_year_in_a_fiscal_year_ending_june_30(tag):
    text = ("Harwick Mills said on Tuesday its first-half profit rose 7 percent and it kept its "
            "forecast for the full year to June 30. Pretax profit for the six months to Dec. 31 "
            "rose to 41 million pounds from 38 million a year earlier. Wool sales fell 3 percent "
            "in the half. The group will report full-year results on Sept. 9.")
    found = values_by_text(tag, text, FEB_2003)
    assert found["first-half"] == "FY2003-H1"
    assert found["the full year"] == "FY2003"
    assert found["June 30"] == "2003-06-30"
    assert found["a year earlier"] == "FY2002-H1"
    assert found["the half"] == "FY2003-H1"
    assert found["full-year"] == "FY2003"


def test_calendar_halves_stay_calendar_ones(tag):
    text = ("Harwick said its first-half profit rose 8 percent from a year earlier. Sales rose 3 "
            "percent in the half.")
    found = values_by_text(tag, text, dt.date(2023, 8, 2))
    assert found["first-half"] == "2023-H1"
    assert found["the half"] == "2023-H1"
    assert values(tag, "Rovers led 2-0 in the half after two early goals.", FEB_2003) == []


SATURDAY_2024 = dt.date(2024, 10, 12)


def test_a_clock_restated_in_a_zone_ahead_falls_on_the_next_day(tag):
    text = ("The probe fired its engine at 15:40 UTC today. That was 11:40 a.m. EDT in Houston "
            "and 2:40 a.m. AEDT on Sunday in Canberra.")
    found = values_by_text(tag, text, SATURDAY_2024)
    assert found["11:40 a.m. EDT"] == "2024-10-12T11:40-04:00"
    assert found["2:40 a.m. AEDT"] == "2024-10-13T02:40+11:00"
    assert found["Sunday"] == "2024-10-13"
    # a clock that restates no moment told before keeps its day
    found = values_by_text(tag, "The probe fired at 15:40 UTC. Crews in Canberra met at 9 a.m. "
                                "AEDT on Sunday.", SATURDAY_2024)
    assert found["Sunday"] == "2024-10-06"


def test_a_clock_of_a_happening_dated_sentences_before(tag):
    opening = ("Organizers moved the fete's last day from Sunday to Tuesday after a hailstorm "
               "flattened the beer tent late Saturday. Nobody was injured. ")
    text = opening + ("The hailstorm struck just before 9:15 p.m. and cut the lights. Stewards "
                      "said helpers worked through the night to clear the field.")
    found = values_by_text(tag, text, MONDAY_1997)
    assert found["9:15 p.m."] == "1997-08-16T21:15"
    assert found["the night"] == "1997-08-16TNI"
    # a subject the story did not bring in beside a day stays on the story's day
    text = opening + "The band played on until 9:15 p.m."
    assert values_by_text(tag, text, MONDAY_1997)["9:15 p.m."] == "1997-08-17T21:15"


def test_a_fiscal_half_and_full_year_keep_their_fiscal_value_when_read_again():
    from generator.extract.temporal.rereading import reresolve

    corrected = dt.date(2003, 2, 20)
    for words, stored in (("first-half", "FY2003-H1"), ("the half", "FY2003-H1"),
                          ("the full year", "FY2003"), ("full-year", "FY2003")):
        assert reresolve(words, "DATE", stored, "past", corrected).value == stored
    assert reresolve("the full year", "DATE", "2003", "past", corrected).value == "2003"
