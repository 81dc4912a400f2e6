"""Times told without their day, and the other error categories of blind round 5.

Every sentence here is invented (fictional firms, towns and people); each test names the
behaviour it pins, so a regression points at its rule.
"""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values

THURSDAY = dt.date(2019, 3, 14)


def test_past_clock_many_sentences_after_the_lead_is_on_the_story_day(tag):
    text = ("Brenvale Foods announced on Wednesday that it will close two bakeries by the end "
            "of 2020. It lost money in 2018. A new plant will open in 2021. "
            "The figures were released at 4:05 p.m. EDT, after the close of trading.")
    assert values(tag, text, THURSDAY)[-1] == ("4:05 p.m. EDT", "2019-03-13T16:05-04:00")


def test_past_perfect_plan_is_on_the_story_day(tag):
    text = ("Kessa Aerospace postponed its launch on Wednesday. "
            "The launch had been scheduled for 6:45 p.m. local time.")
    assert values(tag, text, THURSDAY)[-1] == ("6:45 p.m.", "2019-03-13T18:45")


def test_future_clock_far_from_the_lead_stays_on_the_publication_day(tag):
    text = ("Brenvale Foods announced on Wednesday that it will close two bakeries. "
            "It lost money in 2018. Its chief will speak at 3 p.m.")
    assert values(tag, text, THURSDAY)[-1] == ("3 p.m.", "2019-03-14T15:00")


def test_part_of_the_day_far_from_a_flashback_day_is_on_the_story_day(tag):
    text = ("Markets in Asia recovered today. The index fell on Monday after a downgrade "
            "late Friday. It is now down for the year. "
            "The Nikkei closed lower after falling 4% in the morning.")
    assert values(tag, text, dt.date(2011, 8, 9))[-1] == ("the morning", "2011-08-09TMO")


def test_part_of_the_day_takes_the_day_later_in_its_sentence(tag):
    text = ("Clerks expect to finish by Nov. 18. Clerks counted through the night and "
            "posted results at 7 p.m. Thursday.")
    found = values(tag, text, dt.date(2024, 11, 8))
    assert ("the night", "2024-11-07TNI") in found


def test_a_year_less_fiscal_quarter_takes_the_fiscal_year_named_after_it(tag):
    text = ("The delay will not hurt results for its fiscal second quarter, which ends Dec. 31. "
            "The company expects sales of $2 billion in fiscal 2004.")
    assert values(tag, text, dt.date(2003, 11, 19))[0] == ("fiscal second quarter",
                                                             "FY2004-Q2")


def test_a_british_financial_year_is_named_by_the_year_it_ends_in(tag):
    found = values(tag, "Northway carried 6.2 million passengers in the 1991-92 financial year.",
                   THURSDAY)
    assert found == [("the 1991-92 financial year", "FY1992")]


def test_every_quarter_is_three_months(tag):
    found = tag("Dunmore Mills pays a dividend every quarter.", THURSDAY)
    assert [(t.type, t.value) for t in found] == [("SET", "P3M")]


def test_current_on_a_thing_is_no_timex_but_on_a_state_it_is(tag):
    assert values(tag, "Buyers of the current version get the upgrade free.", THURSDAY) == []
    assert values(tag, "The current crisis will pass.", THURSDAY) == [("current", "PRESENT_REF")]


def test_now_in_a_changed_plan_is_no_timex(tag):
    found = values(tag, "The plant, begun three years ago, will now open in 2028.", THURSDAY)
    assert [text for text, _ in found] == ["three years ago", "2028"]
    assert ("now", "PRESENT_REF") in values(tag, "The index is now down 15%.", THURSDAY)


def test_of_the_year_stays_inside_the_first_months(tag):
    found = values(tag, "Sales of the car fell 22 percent in the first four months of the year.",
                   THURSDAY)
    assert found == [("the first four months of the year", "P4M")]


def test_kick_off_still_to_come_is_on_the_match_day_named_before(tag):
    text = "Rovers face Calder Town away on Saturday. The match kicks off at 3 p.m."
    assert values(tag, text, dt.date(2025, 10, 20))[-1] == ("3 p.m.", "2025-10-25T15:00")


def test_past_clock_and_its_utc_twin_are_on_the_crash_day(tag):
    text = ("A jet crashed on landing on Saturday, killing two passengers. It touched down "
            "short of the runway at 11:28 a.m. local time (18:28 UTC).")
    found = values(tag, text, dt.date(2013, 7, 8))
    assert found[-2:] == [("11:28 a.m.", "2013-07-06T11:28"), ("18:28 UTC", "2013-07-06T18:28Z")]


def test_a_weekday_named_again_in_a_quote_keeps_its_date(tag):
    text = ('Harwick play Redmoor on Tuesday. Kick-off is at 19:45 GMT. Doyle said: '
            '"We go again on Tuesday night."')
    assert values(tag, text, dt.date(2016, 11, 28))[-1] == ("Tuesday night", "2016-11-29TNI")


def test_a_weekday_in_a_past_clause_is_its_own_day(tag):
    text = ("The board met on Saturday night. Meikle takes charge for Saturday's trip to "
            "Brackley.")
    found = values(tag, text, dt.date(2025, 11, 24))
    assert [v for _, v in found] == ["2025-11-22TNI", "2025-11-29"]


def test_a_range_ending_in_the_same_year_is_left_alone(tag):
    text = "The castle opens on weekends from mid-September until the end of the year."
    assert values(tag, text, dt.date(2025, 6, 10))[-1] == ("the end of the year", "2025")


def test_earlier_this_week_does_not_bring_the_story_to_the_present(tag):
    # round 6: a Friday report of Thursday's trading
    text = ("Shares in Norland fell on Wednesday. Earlier this week, the Kuro index had risen "
            "for three days. In Vessa, the market lost 2% by the close at 4 p.m. EDT.")
    assert values(tag, text, THURSDAY)[-1] == ("4 p.m. EDT", "2019-03-13T16:00-04:00")


def test_the_day_a_market_ended_is_the_story_day(tag):
    text = ("Markets fell on Wednesday after the bank said on Tuesday it would act. "
            "The Kuro index ended the day down 1.7%.")
    assert values(tag, text, THURSDAY)[-1] == ("the day", "2019-03-13")


def test_a_night_in_the_past_perfect_is_the_night_before_the_story_day(tag):
    # round 6: the work was done before the launch it made possible
    text = ("A Tarn 2 rocket lifted off from Vessa at 06:40 UTC on Wednesday. "
            "Technicians had worked through the night to replace a faulty valve.")
    assert values(tag, text, THURSDAY)[-1] == ("the night", "2019-03-12TNI")


def test_daytime_after_a_night_in_its_sentence_is_the_next_day(tag):
    found = values(tag, "Gales on Tuesday night knocked out power in Elmbridge, and crews had "
                        "most homes back on line by late afternoon.", THURSDAY)
    assert ("late afternoon", "2019-03-13TAF") in found
    assert ("Tuesday night", "2019-03-12TNI") in found


def test_daytime_after_a_night_still_to_come_stays_on_its_day(tag):
    found = values(tag, "Fans will queue on Saturday night and enter in the morning.", THURSDAY)
    assert ("the morning", "2019-03-16TMO") in found
