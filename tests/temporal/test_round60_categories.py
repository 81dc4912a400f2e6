"""Categories of error the dates round 60 (``blindset/blindset60.txt``, held out in session 22)
showed, one case per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check

#: A Thursday in August.
AUGUST = dt.date(2003, 8, 14)
#: A Wednesday in March, Ash Wednesday.
ASH_WEDNESDAY = dt.date(2028, 3, 1)
#: A Sunday in April.
APRIL = dt.date(2015, 4, 26)


CASES = [
    # the Catholic feast of Aug. 15 named in full, "the" inside
    case("the_feast_of_the_assumption_is_august_15",
         "Orsk town hall will close on the Feast of the Assumption.",
         AUGUST, {"the Feast of the Assumption": "2003-08-15"}),
    # "the Assumption" alone is no day (a church's or a painting's name)
    case("the_feast_of_the_assumption_is_august_15/2",
         "The Vell choir sang in the Church of the Assumption.",
         AUGUST, {"the Assumption": ABSENT}),
    # Shrove Tuesday's British name, 47 days before Easter
    case("pancake_day_is_shrove_tuesday",
         "The Orsk fair fell this time on Pancake Day.",
         ASH_WEDNESDAY, {"Pancake Day": "2028-02-29"}),
    # the same day's other name
    case("pancake_day_is_shrove_tuesday/2",
         "The Orsk fair fell this time on Shrove Tuesday.",
         ASH_WEDNESDAY, {"Shrove Tuesday": "2028-02-29"}),
    # a day named once for what happened on it is that day, whenever it is told
    case("black_wednesday_is_sterlings_day",
         "Vell dealers still speak of Black Wednesday.",
         dt.date(2012, 9, 14), {"Black Wednesday": "1992-09-16"}),
    # a plain weekday beside it keeps its own reading
    case("black_wednesday_is_sterlings_day/2",
         "Vell dealers met on Wednesday.",
         dt.date(2012, 9, 14), {"Wednesday": "2012-09-12"}),
    # a fiscal year named in words that opens on a day of its own named year names the
    # story's years by the year they begin in, and its halves and quarters with them
    case("a_fiscal_year_opening_in_its_named_year_is_named_by_its_start",
         ("Kisaragi Denki said first-quarter profit fell and kept its forecast for fiscal 2011, "
          "the year that began on April 1. It will report first-half results on Oct. 28."),
         dt.date(2011, 7, 29), {"first-quarter": "FY2011-Q1", "fiscal 2011": "FY2011",
                                "first-half": "FY2011-H1"}),
    # "the year" apposed to the named fiscal year is that year, and leaves the reading of the
    # story's fiscal calendar as it was
    case("the_year_apposed_to_a_fiscal_year_is_that_year",
         ("Kisaragi Denki said first-quarter profit fell and kept its forecast for fiscal 2011, "
          "the year that began on April 1."),
         dt.date(2011, 7, 29), {"the year": "FY2011", "first-quarter": "FY2011-Q1"}),
    # with no fiscal year named before it, "the year that began" is not tagged so
    case("the_year_apposed_to_a_fiscal_year_is_that_year/2",
         "Kisaragi Denki said sales rose in 2011, the year that began with a quake.",
         dt.date(2011, 7, 29), {"the year": ABSENT}),
    # one opening in the year before its name is named by the year it ends in
    case("a_fiscal_year_opening_in_its_named_year_is_named_by_its_start/2",
         ("Tarrow Systems forecast slower growth in fiscal 2007, which began July 1. It will "
          "report first-half results on Jan. 25."),
         dt.date(2006, 7, 20), {"fiscal 2007": "FY2007", "first-half": "FY2007-H1"}),
    # a bare half after a fiscal year a figure is compared with is the half of the year told
    case("a_half_after_a_compared_year_is_the_told_years",
         ("Kisaragi Denki expects profit of 24 billion yen for the full year ending March 31, "
          "2012, up from 19.6 billion yen in fiscal 2010, with most of it earned in the "
          "second half."),
         dt.date(2011, 7, 29), {"the full year": "FY2012", "fiscal 2010": "FY2010",
                                "the second half": "FY2012-H2"}),
    # with no figure compared, the half is the last named year's
    case("a_half_after_a_compared_year_is_the_told_years/2",
         ("Kisaragi Denki expects profit for the full year ending March 31, 2012, though it "
          "lost money in fiscal 2010, most of it in the second half."),
         dt.date(2011, 7, 29), {"the second half": "FY2010-H2"}),
    # a year-less day closing a range of year-less days comes after its start, whatever the
    # tense of the order around it
    case("a_range_ends_after_its_start",
         ("To meet a council order that large users in Vell cut water use by 15 percent from "
          "July 1 through Sept. 22, its farms now irrigate at night."),
         dt.date(2011, 7, 29), {"July 1": "2011-07-01", "Sept. 22": "2011-09-22"}),
    # a year told after the range is read there
    case("a_range_ends_after_its_start/2",
         "The Vell farms cut water use from July 1 through Sept. 22 last year.",
         dt.date(2011, 7, 29), {"Sept. 22": "2010-09-22"}),
    # a stretch "gone ... without" something is a length of its unit
    case("days_gone_without_are_a_length",
         "Many Orsk pensioners had gone days without a visit.",
         AUGUST, {"days": "PXD"}),
    # "gone" with no "without" after the unit names no length
    case("days_gone_without_are_a_length/2",
         "Many Orsk pensioners said their best days had gone.",
         AUGUST, {"days": ABSENT}),
    # "overnight" joined to a weekday is that weekday's night, one expression
    case("overnight_before_a_weekday_is_its_night",
         "Orsk negotiators worked overnight Friday into Saturday.",
         dt.date(2021, 11, 14), {"overnight Friday": "2021-11-12TNI", "Friday": ABSENT}),
    # "overnight on Friday" keeps two
    case("overnight_before_a_weekday_is_its_night/2",
         "Orsk negotiators worked overnight on Friday.",
         dt.date(2021, 11, 14), {"Friday": "2021-11-12", "overnight Friday": ABSENT}),
    # a bare month after "until" in the past is its nearest occurrence, the one still to come
    # when it is near
    case("a_month_until_in_the_past_is_the_nearest",
         "Half of the Orsk doctors were away until September.",
         AUGUST, {"September": "2003-09"}),
    # one nearer gone by stays gone by
    case("a_month_until_in_the_past_is_the_nearest/2",
         "The Orsk clinic was shut until May.",
         AUGUST, {"May": "2003-05"}),
    # an end already after its start keeps its own reading
    case("a_range_ends_after_its_start/3",
         "The first Orsk ferry crossing has been moved from May 14 to July 2.",
         dt.date(2027, 3, 4), {"July 2": "2027-07-02"}),
    # "the next days" with no count is the coming days, no length
    case("the_next_days_without_a_count_is_the_future",
         "Engineers warned that the Vell dam could leak over the next days.",
         APRIL, {"the next days": "FUTURE_REF"}),
    # with a count it stays a length
    case("the_next_days_without_a_count_is_the_future/2",
         "Engineers warned that the Vell dam could leak over the next few days.",
         APRIL, {"the next few days": "PXD"}),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_round60_category(tag, text, published, expected):
    check(tag, text, published, expected)


def test_a_year_after_an_amount_glued_to_its_unit_is_a_rate(tag):
    # "$100bn" is one token: its "bn" makes it an amount, so "a year" is a rate
    found = {t.text: (t.type, t.value) for t in tag(
        "Orsk promised $100bn a year in grants.", AUGUST)}
    assert found == {"a year": ("SET", "P1Y")}


def test_a_year_after_a_plain_noun_stays_a_length(tag):
    # a glued number with no amount unit ("4x4") is no amount
    found = {t.text: (t.type, t.value) for t in tag(
        "Vell drove the 4x4 a year before selling it.", AUGUST)}
    assert found.get("a year", ("DURATION", "P1Y"))[0] == "DURATION"
