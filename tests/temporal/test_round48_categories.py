"""Categories of error the dates round 48 (``blindset/blindset48.txt``) showed, one test per rule
with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values, values_by_text

#: A Sunday in December.
SUNDAY = dt.date(2016, 12, 18)


CASES = [
    case("named_days_from_tables_and_no_event_names",
         ("Hanukkah falls on Christmas Day this year, and the Vell Christmas market closes on "
          "Christmas Eve."),
         SUNDAY,
         [
             ("Hanukkah", "2016-12-25"),
             ("Christmas Day", "2016-12-25"),
             ("this year", "2016"),
             ("Christmas Eve", "2016-12-24"),
         ]),
    case("named_days_from_tables_and_no_event_names/2",
         ("Orsk brokers trade a half-day on Lunar New Year's Eve, and city offices close on "
          "Emancipation Day."),
         dt.date(2016, 2, 1),
         {"Lunar New Year's Eve": "2016-02-07", "Emancipation Day": "2016-04-16"}),
    case("named_days_from_tables_and_no_event_names/3",
         "The Vell levy falls due on Leap Day.",
         dt.date(2027, 6, 1), {"Leap Day": "2028-02-29"}),
    case("half_a_century_and_chile_time",
         "Vell ignored the rule for half a century. Totality began at 16:38 CLT.",
         SUNDAY, {"half a century": "P50Y", "16:38 CLT": "2016-12-18T16:38-04:00"}),
    case("a_bound_of_a_habit_s_span_does_not_date_its_clocks",
         ("Both Vell markets will be open from noon to 8 p.m. daily, and the stalls will stay "
          "until Dec. 28."),
         SUNDAY, {"noon": "XXXX-XX-XXT12:00"}),
    case("a_bound_of_a_habit_s_span_does_not_date_its_clocks/2",
         "A lantern will be lit each evening at 5 p.m. from Dec. 20 to Dec. 27.",
         SUNDAY, {"5 p.m.": "XXXX-XX-XXT17:00"}),
    case("a_bound_of_a_habit_s_span_does_not_date_its_clocks/3",
         "Food can be left at the Orsk hall every Tuesday from 4 p.m. to 7 p.m. until Dec. 27.",
         SUNDAY, {"4 p.m.": "XXXX-XX-XXT16:00"}),
    case("a_bound_of_a_habit_s_span_does_not_date_its_clocks/4",
         "The Vell choir sings at 5 p.m. on Dec. 20 and each evening after.",
         SUNDAY, {"5 p.m.": "2016-12-20T17:00"}),
    case("a_year_described_by_the_clause_after_it_is_no_date",
         "This is the last year the Vell fair comes so early.",
         SUNDAY, []),
    case("a_year_described_by_the_clause_after_it_is_no_date/2",
         "Vell profit fell in the last year.",
         SUNDAY, {"the last year": "2015"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round48_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_the_year_to_its_closing_day_sets_the_fiscal_calendar(tag):
    text = ("Vell Air said pretax profit rose 12 percent in the year to March 31, but warned "
            "that costs would squeeze margins in the current year. \"The first half looks good. "
            "The second half will be harder,\" its chairman said.")
    found = values_by_text(tag, text, dt.date(2019, 5, 21))
    assert found["the year"] == "FY2019"
    assert found["the current year"] == "FY2020"
    assert found["The first half"] == "FY2020-H1"
    assert found["The second half"] == "FY2020-H2"
    found = values_by_text(tag, "Vell Air's profit rose in the year to Dec. 31.",
                           dt.date(2019, 5, 21))
    assert not found["the year"].startswith("FY")


def test_a_weekday_as_a_kind_a_revised_forecast_s_now_and_a_compared_length(tag):
    found = values(tag, "The Vell fair closes on Christmas Day, a Sunday.", SUNDAY)
    assert found == [("Christmas Day", "2016-12-25")]
    found = values_by_text(tag, "In a Wednesday media event, Vell unveiled a phone.", SUNDAY)
    assert found["Wednesday"] == "2016-12-14"
    found = values_by_text(tag, "The Orsk river is now expected to crest on Tuesday, a day later "
                                "and nearly 2 feet higher than forecasters predicted.", SUNDAY)
    assert "now" not in found and found["a day"] == "P1D"
    found = values_by_text(tag, "Deliveries are now due to begin in March.", SUNDAY)
    assert found["now"] == "PRESENT_REF"
    found = values_by_text(tag, "Vell lost 9 million yen, against a profit a year earlier and "
                                "was larger than forecast.", SUNDAY)
    assert "a year earlier" in found
