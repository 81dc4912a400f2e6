"""Categories of error the events round 36 (``tests/events/blindset/212*.yaml``) and the dates
blind round 39 (``blindset/blindset39.txt``) showed, one test per rule with its counter-case, on
fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, only

#: A Wednesday.
WEDNESDAY = dt.date(2031, 5, 14)

SPRING_2015 = dt.date(2015, 3, 25)


CASES = [
    case("a_scheduled_happening_changed_in_the_present_perfect_is_still_to_come",
         "The time trial on Saturday has been shortened to 20km.",
         WEDNESDAY, {"Saturday": "2031-05-17"}),
    case("a_scheduled_happening_changed_in_the_present_perfect_is_still_to_come/2",
         "Friday's recital has been moved to the chapel.",
         WEDNESDAY, {"Friday": "2031-05-16"}),
    case("a_scheduled_happening_changed_in_the_present_perfect_is_still_to_come/3",
         "Organisers have cut Sunday's fun run to 5km.",
         WEDNESDAY, {"Sunday": "2031-05-18"}),
    # a simple past tells the change and the happening gone by; a thing is no happening
    case("a_scheduled_happening_changed_in_the_present_perfect_is_still_to_come/4",
         "The time trial on Saturday was shortened to 20km.",
         WEDNESDAY, {"Saturday": "2031-05-10"}),
    case("a_scheduled_happening_changed_in_the_present_perfect_is_still_to_come/5",
         "The footbridge on Saturday has been repainted.",
         WEDNESDAY, {"Saturday": "2031-05-10"}),
    case("a_gerund_after_after_under_a_present_or_past_clause_is_done",
         "Oduya tops the standings after taking Sunday's time trial by nine seconds.",
         WEDNESDAY, {"Sunday": "2031-05-11"}),
    case("a_gerund_after_after_under_a_present_or_past_clause_is_done/2",
         ("The regatta ends on Sunday. Marlowe leads the fleet after winning Sunday's first "
          "race."),
         WEDNESDAY, {"Sunday": "2031-05-11"}),
    # under a future clause the gerund may still lie ahead: it follows the Sunday told before
    case("a_gerund_after_after_under_a_present_or_past_clause_is_done/3",
         ("The regatta ends on Sunday. Marlowe will lift the trophy after winning Sunday's "
          "last race."),
         WEDNESDAY, {"Sunday": "2031-05-18"}),
    case("english_bank_holidays_by_name_are_their_mondays",
         ("The depot shuts over the early May bank holiday, the spring bank holiday and the "
          "August bank holiday."),
         SPRING_2015,
         only({
             "early May bank holiday": "2015-05-04",
             "spring bank holiday": "2015-05-25",
             "August bank holiday": "2015-08-31",
         })),
    # a season before another noun is still the season
    case("english_bank_holidays_by_name_are_their_mondays/2",
         "The depot shut in the spring.",
         SPRING_2015, only({"the spring": "2015-SP"})),
    case("two_consecutive_years_with_a_slash_are_the_fiscal_year_ending_in_the_second",
         "Fees rise in the trust's 2016/17 budget.",
         SPRING_2015, only({"2016/17": "FY2017"})),
    # a season, or two years that do not follow each other, are not
    case("two_consecutive_years_with_a_slash_are_the_fiscal_year_ending_in_the_second/2",
         "Rovers were relegated in the 2013/14 season.",
         SPRING_2015, only({})),
    case("two_consecutive_years_with_a_slash_are_the_fiscal_year_ending_in_the_second/3",
         "The vote split 2013/19 in the end.",
         SPRING_2015, only({})),
    case("a_four_digit_clock_before_local_time_is_a_clock",
         "The ferry sails at 2330 local time.",
         SPRING_2015, only({"2330": "2015-03-25T23:30"})),
    # a four-digit number without it is no clock
    case("a_four_digit_clock_before_local_time_is_a_clock/2",
         "The ferry carries 2330 cars.",
         SPRING_2015, only({})),
    case("every_second_before_a_noun_is_an_ordinal",
         "The jury rests after every second witness.",
         SPRING_2015, only({})),
    case("every_second_before_a_noun_is_an_ordinal/2",
         "The beacon flashes every second.",
         SPRING_2015, only({"every second": "PT1S"})),
    case("a_day_like_this_is_a_kind_of_day",
         "A day like this is rare in March.",
         SPRING_2015, only({"March": "2015-03"})),
    case("a_day_like_this_is_a_kind_of_day/2",
         "The plant shut for a day.",
         SPRING_2015, only({"a day": "P1D"})),
    case("twelve_months_to_a_day_are_the_fiscal_year_in_a_story_that_names_one",
         ("Tarlow Foods said net profit rose in the 12 months to June 30. Second-half profit "
          "rose 9 percent. From fiscal 2016 it will pay dividends twice."),
         dt.date(2015, 8, 20), {"Second-half": "FY2015-H2"}),
    # without a fiscal year named, the twelve months say nothing of the company's calendar
    case("twelve_months_to_a_day_are_the_fiscal_year_in_a_story_that_names_one/2",
         "Prices rose 3 percent in the 12 months to June 30. Second-half sales fell.",
         dt.date(2015, 8, 20), {"Second-half": "2015-H2"}),
    case("the_current_year_counts_in_the_companys_fiscal_calendar",
         ("Tarlow Foods said net profit rose in the 12 months to June 30. From fiscal 2016 it "
          "will pay dividends twice. It expects sales to grow in the current year."),
         dt.date(2015, 8, 20), {"the current year": "FY2016"}),
    # without a fiscal calendar it is the calendar year
    case("the_current_year_counts_in_the_companys_fiscal_calendar/2",
         "Sales will grow in the current year.",
         dt.date(2015, 8, 20), only({"the current year": "2015"})),
    case("soon_after_a_clause_is_a_signal",
         "The board meets in May, soon after it reports results.",
         SPRING_2015, only({"May": "2015-05"})),
    case("soon_after_a_clause_is_a_signal/2",
         "The board will meet soon.",
         SPRING_2015, only({"soon": "FUTURE_REF"})),
    case("a_present_condition_under_a_future_clause_lies_ahead",
         "We will be amazed if the jury is still out on Friday, a lawyer said.",
         SPRING_2015, {"Friday": "2015-03-27"}),
    # under a present main clause the condition keeps its present
    case("a_present_condition_under_a_future_clause_lies_ahead/2",
         "We are amazed if the jury is still out on Friday, a lawyer said.",
         SPRING_2015, {"Friday": "2015-03-20"}),
    case("a_day_in_an_aside_closed_before_the_verb_gives_a_later_clock_no_day",
         ("The old course record, 2:41 at Harlow on 12 May 2011, was beaten at 10:15 BST by a "
          "club runner."),
         dt.date(2015, 7, 4), {"10:15 BST": "2015-07-04T10:15+01:00"}),
    # a relative clause after the day still takes it
    case("a_day_in_an_aside_closed_before_the_verb_gives_a_later_clock_no_day/2",
         "Rovers face Saturday's trip to Brackley, which kicks off at 3 p.m.",
         SPRING_2015, {"3 p.m.": "2015-03-28T15:00"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round39_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_fortnightly_repeats_every_two_weeks(tag):
    found = {t.text: (t.type, t.value) for t in tag("Garden waste goes fortnightly.", SPRING_2015)}
    assert found == {"fortnightly": ("SET", "P2W")}


def test_a_modifier_before_a_clock_and_its_day_is_the_whole_expressions(tag):
    found = {t.text: (t.value, t.mod) for t in tag("The road stays closed until at least "
                                                   "9 p.m. Friday.", SPRING_2015)}
    assert found == {"at least 9 p.m. Friday": ("2015-03-27T21:00", "EQUAL_OR_MORE")}
