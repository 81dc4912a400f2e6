"""Round 24's categories: a start participle under a present verb looks ahead ("raises ...,
starting in July" said in December is the coming July); a frequency adjective on people
("hourly workers") says how they are paid and is no timex, while one on an amount ("hourly
wages") stays a length; a market that "closes for the year" tells of no date; "today" dating a
participle that describes a kind ("most rockets flying today") is the present, while "companies
reporting today" is the story's day; "the same period last year" after a fiscal quarter is that
fiscal quarter a year back, not a month named further back; the year of a figure compared with
("down from 74,900 in October 2004") lends itself to no season after it.

Each case pins the check behind a fix (``tense._starting_ahead``, ``compared``, ``yearlend``,
``not_pay_basis``, the rule ``rel-the-year``'s look-behind, ``in_generic_relative``) with its
counter-case.
Every sentence is invented (fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

from temporal_helpers import values_by_text

MON_NOV_2005 = dt.date(2005, 11, 1)
MON_SEP_2008 = dt.date(2008, 9, 29)
MON_DEC_1992 = dt.date(1992, 12, 28)


def test_hourly_workers_are_not_a_timex(tag):
    text = "The Dunmore plant employs about 3,200 hourly workers."
    assert "hourly" not in values_by_text(tag, text, MON_NOV_2005)


def test_hourly_wages_keep_their_length(tag):
    text = "Average hourly wages at the Dunmore plant rose 3%."
    assert values_by_text(tag, text, MON_NOV_2005)["hourly"] == "PT1H"


def test_a_market_closing_for_the_year_tells_of_no_date(tag):
    text = "The Osaka exchange closes for the year on Wednesday."
    found = values_by_text(tag, text, MON_DEC_1992)
    assert "the year" not in found
    assert found["Wednesday"] == "1992-12-30"


def test_a_profit_for_the_year_is_still_the_year(tag):
    text = "Brenmoor lost money in 1991 and expects a profit for the year."
    assert values_by_text(tag, text, MON_DEC_1992)["the year"] == "1991"


def test_today_on_a_kind_is_the_present(tag):
    text = "A Kestrel launch costs half the price of most rockets flying today."
    assert values_by_text(tag, text, MON_SEP_2008)["today"] == "PRESENT_REF"


def test_today_on_particular_companies_is_the_story_day(tag):
    text = "Companies reporting results today include Arden Mills."
    assert values_by_text(tag, text, MON_SEP_2008)["today"] == "2008-09-29"


THU_DEC_2019 = dt.date(2019, 12, 19)


def test_starting_under_a_present_plan_looks_ahead(tag):
    text = "The bill lifts the county's share of road costs over five years, starting in July."
    assert values_by_text(tag, text, THU_DEC_2019)["July"] == "2020-07"


def test_starting_under_a_past_verb_looks_back(tag):
    text = "Orders at Velmont Tools fell sharply, starting in July."
    assert values_by_text(tag, text, THU_DEC_2019)["July"] == "2019-07"


MON_DEC_1992_FY = dt.date(1992, 12, 28)


def test_the_same_period_after_a_fiscal_quarter_is_that_quarter_a_year_back(tag):
    text = ("Tavona, whose business year ends on March 31, earned 8 billion yen in the six "
            "months to September. It will report results for the third quarter of its business "
            "year in late January. Analysts expect profit in the quarter to double from the "
            "same period last year.")
    found = values_by_text(tag, text, MON_DEC_1992_FY)
    assert found["the quarter"] == "FY1993-Q3"
    assert found["the same period last year"] == "FY1992-Q3"


def test_the_same_period_after_a_calendar_month_keeps_the_month(tag):
    text = "Tavona's sales rose in November from the same period last year."
    assert values_by_text(tag, text, MON_DEC_1992_FY)["the same period last year"] == "1991-11"


TUE_NOV_2005 = dt.date(2005, 11, 1)


def test_the_year_of_a_compared_figure_lends_nothing(tag):
    text = ("Harwell Motors sold 61,200 cars last month, down from 74,900 in October 2004, as "
            "buyers who had rushed in during its discount drive in the summer stayed away.")
    assert values_by_text(tag, text, TUE_NOV_2005)["the summer"] == "2005-SU"


def test_a_year_told_of_still_lends_itself(tag):
    text = "Harwell Motors opened a Leeds plant in October 2004 and hired 300 staff in the summer."
    assert values_by_text(tag, text, TUE_NOV_2005)["the summer"] == "2004-SU"
