"""Event blind set round 16's date categories (and one of round 17): a fiscal quarter named by
its own closing day, a weekday a forecast track turns on, a bare month after a bare year in a
story that dates its months, "the summer recess" with its own date, and a month "after N
years" counted from the year before it.

Each case pins the step behind a fix, with its counter-case where the step must hold back:
"the fourth quarter, which ended on Jan. 31" names a fiscal year ending in January
(``fiscal_end.py``) and covers Nov. 1 to Jan. 31 (``fiscal_quarters.fiscal_quarter_range``);
a gerund after "before" under a clause that lies ahead lies ahead too (``tense.py``,
``SEQUEL_WORDS``); a bare month in a past clause of its own after a bare year is
the latest one once the story wrote a past month with its year (``_month_told_apart``);
"summer" in "the summer recess" names a kind of recess, not a season (check ``is_noun``, rule
``date-season``); "in March after 17 years" lies 17 years past the year it borrows
(``lapse.py``). Every sentence is invented (fictional companies, storms, towns and people).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check

#: A Thursday in March.
MARCH_2026 = dt.date(2026, 3, 5)
#: A Thursday in September.
SEPTEMBER_2026 = dt.date(2026, 9, 24)
#: A Thursday in June.
JUNE_2026 = dt.date(2026, 6, 18)
#: A Thursday in October.
OCTOBER_2026 = dt.date(2026, 10, 8)
#: A Thursday in December.
DECEMBER_2026 = dt.date(2026, 12, 3)


CASES = [
    # -- 1. a quarter's own closing day names the fiscal calendar ----------------------------------
    case("fourth_quarter_ending_in_january_is_a_fiscal_quarter",
         ("Sales at Halden & Rook stores rose 3 percent in the fourth quarter, which ended on "
          "Jan. 31, and revenue reached 2 billion dollars."),
         MARCH_2026, {"the fourth quarter": "FY2026-Q4"}),
    case("third_quarter_ending_in_october_is_counted_in_that_fiscal_year",
         "Sales at Halden & Rook stores rose 3 percent in the third quarter ended Oct. 31.",
         dt.date(2026, 11, 25), {"the third quarter": "FY2027-Q3"}),
    case("fourth_quarter_ending_in_december_stays_the_calendar_quarter",
         "Sales at Halden & Rook rose 3 percent in the fourth quarter, which ended Dec. 31.",
         dt.date(2026, 2, 5), [("the fourth quarter", "2025-Q4"), ("Dec. 31", "2025-12-31")]),
    # -- 2. a forecast track turns "before" on a day ahead ----------------------------------------
    case("weekday_a_forecast_storm_turns_on_before_lies_ahead",
         ("The storm is forecast to cross Varmland on Thursday before turning towards the "
          "coast on Friday."),
         SEPTEMBER_2026, {"Friday": "2026-09-25"}),
    case("weekday_a_storm_turned_on_before_stays_behind",
         "The storm crossed Varmland on Monday before turning towards the coast on Tuesday.",
         SEPTEMBER_2026, {"Tuesday": "2026-09-22"}),
    # -- 3. a bare month after a bare year, in a story that dates its months ----------------------
    case("bare_month_after_a_bare_year_is_the_latest_once_months_carry_years",
         ("Work on the Pellham line began in June 2019. The viaduct was finished in 2022, and "
          "test trams started running along the whole route in May."),
         OCTOBER_2026, {"May": "2026-05"}),
    case("bare_month_after_a_bare_year_borrows_it_when_no_month_carried_a_year",
         ("Work on the Pellham line began in 2019. The viaduct was finished in 2022, and test "
          "trams started running along the whole route in May."),
         OCTOBER_2026, {"May": "2022-05"}),
    # -- 4. "the summer recess" is a recess, dated by its own day ---------------------------------
    case("summer_recess_is_no_season",
         ("Ministers in Corvala hope the bill passes before the assembly breaks for the summer "
          "recess on July 23."),
         JUNE_2026, [("July 23", "2026-07-23")]),
    case("the_summer_alone_is_still_a_season",
         "The assembly in Corvala will sit through the summer and vote on July 23.",
         JUNE_2026, [("the summer", "2026-SU"), ("July 23", "2026-07-23")]),
    case("a_holiday_recess_still_tags_the_holiday",
         "Lawmakers in Corvala left for the Easter recess on Thursday.",
         dt.date(2026, 3, 27), {"Easter": "2026-04-05"}),
    # -- 5. a month "after N years" counts from the year it borrows -------------------------------
    case("month_after_n_years_lies_that_many_years_past_the_borrowed_year",
         ("The Lumen satellite was launched in 2009 and was switched off in March after 17 "
          "years in orbit."),
         DECEMBER_2026, {"March": "2026-03"}),
    case("month_after_some_days_keeps_the_borrowed_year",
         "The Lumen satellite was launched in 2009 and was switched on in March after 17 days.",
         DECEMBER_2026, {"March": "2009-03"}),
    case("lapse_past_the_publication_year_is_not_taken",
         "The Lumen satellite was launched in 2009 and went silent in March after 30 years.",
         DECEMBER_2026, {"March": "2009-03"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_events16_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_fiscal_quarter_covers_its_own_calendar_days(tag):
    text = "Sales at Halden & Rook rose 3 percent in the fourth quarter, which ended on Jan. 31."
    quarter = tag(text, MARCH_2026)[0]
    assert (quarter.value, quarter.range.start, quarter.range.end) == (
        "FY2026-Q4", dt.date(2025, 11, 1), dt.date(2026, 1, 31))
