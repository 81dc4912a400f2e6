"""Categories of error the dates round 49 (``blindset/blindset49.txt``, held out in session 17)
showed, one test per rule with its counter-case, on fictional sentences."""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values, values_by_text

#: A Friday in February of a leap year.
FRIDAY = dt.date(2024, 2, 23)


def test_leap_day_named_and_its_kinds(tag):
    found = values_by_text(tag, "The Orsk council will mark leap day with free entry to the "
                                "museum from 10am to 4pm. Forty babies were born in the county "
                                "on the last leap day.", FRIDAY)
    assert found["leap day"] == "2024-02-29"
    assert found["10am"] == "2024-02-29T10:00"
    assert found["the last leap day"] == "2020-02-29"
    found = values(tag, "A leap day comes round every four years, and the leap day confuses "
                        "old software. The next leap day falls on February 29, 2028.", FRIDAY)
    assert found == [("every four years", "P4Y"), ("February 29, 2028", "2028-02-29")]
    found = values_by_text(tag, "Vell crews will work a New Year's Eve shift.", FRIDAY)
    assert found["New Year's Eve"] == "2024-12-31"


def test_weekday_before_a_plural_part_of_the_day_is_a_habit(tag):
    found = values(tag, "The Vell choir, which usually rehearses on Tuesday evenings, will sing "
                        "on Tuesday evening instead.", FRIDAY)
    assert found == [("Tuesday evenings", "XXXX-WXX-2TEV"), ("Tuesday evening", "2024-02-27TEV")]


def test_a_length_earlier_each_year_is_a_length(tag):
    found = values(tag, "The Orsk harvest fair moves about 11 days earlier each year.", FRIDAY)
    assert found == [("about 11 days", "P11D"), ("each year", "P1Y")]
    found = values_by_text(tag, "The fair opened on March 3, 2023. About 11 days earlier, the "
                                "rains came.", FRIDAY)
    assert found["About 11 days earlier"] == "2023-02-20"


def test_hawaii_time_has_its_offset(tag):
    found = values_by_text(tag, "The Vell observatory sent its alert at 3:14 pm Hawaii time on "
                                "Christmas Day.", dt.date(2024, 12, 27))
    assert found["3:14 pm Hawaii time"] == "2024-12-25T15:14-10:00"


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


def test_expected_date_set_off_in_a_future_clause_lies_ahead(tag):
    text = "The Vell festival will end with a lantern parade, expected on Jan. 19."
    assert values_by_text(tag, text, dt.date(2024, 12, 18))["Jan. 19"] == "2025-01-19"
    text = "The Vell vote, expected on Jan. 19, was held a week late."
    assert values_by_text(tag, text, dt.date(2024, 12, 18))["Jan. 19"] == "2024-01-19"


def test_a_clock_timeline_of_a_happening_dated_among_other_days(tag):
    text = ("ORSK (AFP) - The death toll from the landslide and floods that hit the Vell valley on "
            "Sunday passed 300 on Monday, officials said.\nThe huge landslide struck the upper "
            "valley at 6:10 am local time (0010 GMT), the worst since 1987. In Tarsk, the river "
            "rose around 9:00 am (0300 GMT). Relief flights will begin on Tuesday.")
    found = values_by_text(tag, text, dt.date(2026, 3, 9))
    assert found["6:10 am"] == "2026-03-08T06:10"
    assert found["0010 GMT"] == "2026-03-08T00:10Z"
    assert found["around 9:00 am"] == "2026-03-08T09:00"
    assert found["0300 GMT"] == "2026-03-08T03:00Z"
    # a subject that echoes nothing dated keeps the story's day
    text = ("The death toll from the floods that hit the Vell valley on Sunday passed 300 on "
            "Monday. The committee met at 6:10 am.")
    assert values_by_text(tag, text, dt.date(2026, 3, 9))["6:10 am"] == "2026-03-09T06:10"


def test_the_start_of_a_term_just_agreed_lies_ahead(tag):
    # events notes, session 17 item 6, and round 49's contract
    text = ("Orsk umpires voted to accept a three-year deal on Saturday. It raises match fees by "
            "18 percent from September.")
    assert values_by_text(tag, text, dt.date(2027, 1, 18))["September"] == "2027-09"
    text = "Vell Rail signed a 10-year contract to haul grain for a miller, starting in March."
    assert values_by_text(tag, text, dt.date(2026, 8, 22))["March"] == "2027-03"
    assert values_by_text(tag, "Orsk sales rose 4 percent from September.",
                          dt.date(2027, 1, 18))["September"] == "2026-09"
    assert values_by_text(tag, "Vell prices have risen from September.",
                          dt.date(2027, 1, 18))["September"] == "2026-09"


def test_that_weekend_is_the_weekend_of_the_date_named_last(tag):
    # events notes, session 17 item 2
    text = ("An open day at the Orsk clinic, planned for March 20, has been cancelled because "
            "staff will be training on new equipment that weekend.")
    assert values_by_text(tag, text, dt.date(2027, 2, 16))["that weekend"] == "2027-W11-WE"


def test_a_from_of_origin_is_no_term(tag):
    found = values_by_text(tag, "The Orsk figures are from June 17.", dt.date(2025, 12, 10))
    assert found["June 17"] == "2025-06-17"
