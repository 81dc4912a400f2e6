"""Categories of error the dates round 49 (``blindset/blindset49.txt``, held out in session 17)
showed, one test per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values_by_text

#: A Friday in February of a leap year.
FRIDAY = dt.date(2024, 2, 23)


CASES = [
    case("leap_day_named_and_its_kinds",
         ("The Orsk council will mark leap day with free entry to the museum from 10am to 4pm. "
          "Forty babies were born in the county on the last leap day."),
         FRIDAY,
         {
          "leap day": "2024-02-29",
          "10am": "2024-02-29T10:00",
          "the last leap day": "2020-02-29",
         }),
    case("leap_day_named_and_its_kinds/2",
         ("A leap day comes round every four years, and the leap day confuses old software. "
          "The next leap day falls on February 29, 2028."),
         FRIDAY, [("every four years", "P4Y"), ("February 29, 2028", "2028-02-29")]),
    case("leap_day_named_and_its_kinds/3",
         "Vell crews will work a New Year's Eve shift.",
         FRIDAY, {"New Year's Eve": "2024-12-31"}),
    case("weekday_before_a_plural_part_of_the_day_is_a_habit",
         ("The Vell choir, which usually rehearses on Tuesday evenings, will sing on Tuesday "
          "evening instead."),
         FRIDAY, [("Tuesday evenings", "XXXX-WXX-2TEV"), ("Tuesday evening", "2024-02-27TEV")]),
    case("a_length_earlier_each_year_is_a_length",
         "The Orsk harvest fair moves about 11 days earlier each year.",
         FRIDAY, [("about 11 days", "P11D"), ("each year", "P1Y")]),
    case("a_length_earlier_each_year_is_a_length/2",
         "The fair opened on March 3, 2023. About 11 days earlier, the rains came.",
         FRIDAY, {"About 11 days earlier": "2023-02-20"}),
    case("hawaii_time_has_its_offset",
         "The Vell observatory sent its alert at 3:14 pm Hawaii time on Christmas Day.",
         dt.date(2024, 12, 27), {"3:14 pm Hawaii time": "2024-12-25T15:14-10:00"}),
    case("expected_date_set_off_in_a_future_clause_lies_ahead",
         "The Vell festival will end with a lantern parade, expected on Jan. 19.",
         dt.date(2024, 12, 18), {"Jan. 19": "2025-01-19"}),
    case("expected_date_set_off_in_a_future_clause_lies_ahead/2",
         "The Vell vote, expected on Jan. 19, was held a week late.",
         dt.date(2024, 12, 18), {"Jan. 19": "2024-01-19"}),
    case("a_clock_timeline_of_a_happening_dated_among_other_days",
         ("ORSK (AFP) - The death toll from the landslide and floods that hit the Vell valley "
          "on Sunday passed 300 on Monday, officials said.\n"
          "The huge landslide struck the upper valley at 6:10 am local time (0010 GMT), the "
          "worst since 1987. In Tarsk, the river rose around 9:00 am (0300 GMT). Relief "
          "flights will begin on Tuesday."),
         dt.date(2026, 3, 9),
         {
          "6:10 am": "2026-03-08T06:10",
          "0010 GMT": "2026-03-08T00:10Z",
          "around 9:00 am": "2026-03-08T09:00",
          "0300 GMT": "2026-03-08T03:00Z",
         }),
    # a subject that echoes nothing dated keeps the story's day
    case("a_clock_timeline_of_a_happening_dated_among_other_days/2",
         ("The death toll from the floods that hit the Vell valley on Sunday passed 300 on "
          "Monday. The committee met at 6:10 am."),
         dt.date(2026, 3, 9), {"6:10 am": "2026-03-09T06:10"}),
    # events notes, session 17 item 6, and round 49's contract
    case("the_start_of_a_term_just_agreed_lies_ahead",
         ("Orsk umpires voted to accept a three-year deal on Saturday. It raises match fees by "
          "18 percent from September."),
         dt.date(2027, 1, 18), {"September": "2027-09"}),
    case("the_start_of_a_term_just_agreed_lies_ahead/2",
         "Vell Rail signed a 10-year contract to haul grain for a miller, starting in March.",
         dt.date(2026, 8, 22), {"March": "2027-03"}),
    case("the_start_of_a_term_just_agreed_lies_ahead/3",
         "Orsk sales rose 4 percent from September.",
         dt.date(2027, 1, 18), {"September": "2026-09"}),
    case("the_start_of_a_term_just_agreed_lies_ahead/4",
         "Vell prices have risen from September.",
         dt.date(2027, 1, 18), {"September": "2026-09"}),
    # events notes, session 17 item 2
    case("that_weekend_is_the_weekend_of_the_date_named_last",
         ("An open day at the Orsk clinic, planned for March 20, has been cancelled because "
          "staff will be training on new equipment that weekend."),
         dt.date(2027, 2, 16), {"that weekend": "2027-W11-WE"}),
    case("a_from_of_origin_is_no_term",
         "The Orsk figures are from June 17.",
         dt.date(2025, 12, 10), {"June 17": "2025-06-17"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round49_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_coming_weekdays_of_a_clause_ahead_and_of_open_or_close(tag):
    found = values_by_text(tag, "Savers have five days left before the new Vell crown becomes "
                                "their currency on Sunday, and banks said on Tuesday that queues "
                                "had formed.", dt.date(2024, 6, 26))
    assert found["Sunday"] == "2024-06-30"
    assert found["Tuesday"] == "2024-06-25"
    for text in ("Orsk schools, where about a third of pupils ride buses, close for the "
                 "holidays on Tuesday and reopen on Jan. 6.",
                 "Orsk libraries close for the holidays on Tuesday and reopen on Jan. 6."):
        assert values_by_text(tag, text, dt.date(2024, 12, 20))["Tuesday"] == "2024-12-24"
