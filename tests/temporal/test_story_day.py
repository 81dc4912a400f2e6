"""Times told without their day, and the other error categories of blind round 5.

Every sentence here is invented (fictional firms, towns and people); each test names the
behaviour it pins, so a regression points at its rule.
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, ends, includes, last, starts, texts_listed, values_listed

THURSDAY = dt.date(2019, 3, 14)


CASES = [
    case("past_clock_many_sentences_after_the_lead_is_on_the_story_day",
         ("Brenvale Foods announced on Wednesday that it will close two bakeries by the end "
          "of 2020. It lost money in 2018. A new plant will open in 2021. "
          "The figures were released at 4:05 p.m. EDT, after the close of trading."),
         THURSDAY, last(("4:05 p.m. EDT", "2019-03-13T16:05-04:00"))),
    case("past_perfect_plan_is_on_the_story_day",
         ("Kessa Aerospace postponed its launch on Wednesday. "
          "The launch had been scheduled for 6:45 p.m. local time."),
         THURSDAY, last(("6:45 p.m.", "2019-03-13T18:45"))),
    case("future_clock_far_from_the_lead_stays_on_the_publication_day",
         ("Brenvale Foods announced on Wednesday that it will close two bakeries. "
          "It lost money in 2018. Its chief will speak at 3 p.m."),
         THURSDAY, last(("3 p.m.", "2019-03-14T15:00"))),
    case("part_of_the_day_far_from_a_flashback_day_is_on_the_story_day",
         ("Markets in Asia recovered today. The index fell on Monday after a downgrade "
          "late Friday. It is now down for the year. "
          "The Nikkei closed lower after falling 4% in the morning."),
         dt.date(2011, 8, 9), last(("the morning", "2011-08-09TMO"))),
    case("part_of_the_day_takes_the_day_later_in_its_sentence",
         ("Clerks expect to finish by Nov. 18. Clerks counted through the night and "
          "posted results at 7 p.m. Thursday."),
         dt.date(2024, 11, 8), includes(("the night", "2024-11-07TNI"))),
    case("a_year_less_fiscal_quarter_takes_the_fiscal_year_named_after_it",
         ("The delay will not hurt results for its fiscal second quarter, which ends Dec. 31. "
          "The company expects sales of $2 billion in fiscal 2004."),
         dt.date(2003, 11, 19), starts([("fiscal second quarter", "FY2004-Q2")])),
    case("a_british_financial_year_is_named_by_the_year_it_ends_in",
         "Northway carried 6.2 million passengers in the 1991-92 financial year.",
         THURSDAY, [("the 1991-92 financial year", "FY1992")]),
    case("current_on_a_thing_is_no_timex_but_on_a_state_it_is",
         "Buyers of the current version get the upgrade free.",
         THURSDAY, []),
    case("current_on_a_thing_is_no_timex_but_on_a_state_it_is/2",
         "The current crisis will pass.",
         THURSDAY, [("current", "PRESENT_REF")]),
    case("now_in_a_changed_plan_is_no_timex",
         "The plant, begun three years ago, will now open in 2028.",
         THURSDAY, texts_listed(["three years ago", "2028"])),
    case("now_in_a_changed_plan_is_no_timex/2",
         "The index is now down 15%.",
         THURSDAY, includes(("now", "PRESENT_REF"))),
    case("of_the_year_stays_inside_the_first_months",
         "Sales of the car fell 22 percent in the first four months of the year.",
         THURSDAY, [("the first four months of the year", "P4M")]),
    case("kick_off_still_to_come_is_on_the_match_day_named_before",
         "Rovers face Calder Town away on Saturday. The match kicks off at 3 p.m.",
         dt.date(2025, 10, 20), last(("3 p.m.", "2025-10-25T15:00"))),
    case("past_clock_and_its_utc_twin_are_on_the_crash_day",
         ("A jet crashed on landing on Saturday, killing two passengers. It touched down "
          "short of the runway at 11:28 a.m. local time (18:28 UTC)."),
         dt.date(2013, 7, 8),
         ends([("11:28 a.m.", "2013-07-06T11:28"), ("18:28 UTC", "2013-07-06T18:28Z")])),
    case("a_weekday_named_again_in_a_quote_keeps_its_date",
         ('Harwick play Redmoor on Tuesday. Kick-off is at 19:45 GMT. Doyle said: '
          '"We go again on Tuesday night."'),
         dt.date(2016, 11, 28), last(("Tuesday night", "2016-11-29TNI"))),
    case("a_weekday_in_a_past_clause_is_its_own_day",
         ("The board met on Saturday night. Meikle takes charge for Saturday's trip to "
          "Brackley."),
         dt.date(2025, 11, 24), values_listed(["2025-11-22TNI", "2025-11-29"])),
    case("a_range_ending_in_the_same_year_is_left_alone",
         "The castle opens on weekends from mid-September until the end of the year.",
         dt.date(2025, 6, 10), last(("the end of the year", "2025"))),
    # round 6: a Friday report of Thursday's trading
    case("earlier_this_week_does_not_bring_the_story_to_the_present",
         ("Shares in Norland fell on Wednesday. Earlier this week, the Kuro index had risen "
          "for three days. In Vessa, the market lost 2% by the close at 4 p.m. EDT."),
         THURSDAY, last(("4 p.m. EDT", "2019-03-13T16:00-04:00"))),
    case("the_day_a_market_ended_is_the_story_day",
         ("Markets fell on Wednesday after the bank said on Tuesday it would act. "
          "The Kuro index ended the day down 1.7%."),
         THURSDAY, last(("the day", "2019-03-13"))),
    # round 6: the work was done before the launch it made possible
    case("a_night_in_the_past_perfect_is_the_night_before_the_story_day",
         ("A Tarn 2 rocket lifted off from Vessa at 06:40 UTC on Wednesday. "
          "Technicians had worked through the night to replace a faulty valve."),
         THURSDAY, last(("the night", "2019-03-12TNI"))),
    case("daytime_after_a_night_in_its_sentence_is_the_next_day",
         ("Gales on Tuesday night knocked out power in Elmbridge, and crews had "
          "most homes back on line by late afternoon."),
         THURSDAY,
         includes(("late afternoon", "2019-03-13TAF"), ("Tuesday night", "2019-03-12TNI"))),
    case("daytime_after_a_night_still_to_come_stays_on_its_day",
         "Fans will queue on Saturday night and enter in the morning.",
         THURSDAY, includes(("the morning", "2019-03-16TMO"))),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_story_day_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_every_quarter_is_three_months(tag):
    found = tag("Dunmore Mills pays a dividend every quarter.", THURSDAY)
    assert [(t.type, t.value) for t in found] == [("SET", "P3M")]
