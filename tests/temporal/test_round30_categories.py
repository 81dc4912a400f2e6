"""Round 30's categories: "the new fiscal year" in apposition to the dated day it starts on
("take effect July 1, the start of the new fiscal year", May 1999) is the year beginning that day,
named by the year it ends in (FY2000); one that began on Jan. 1 ends in the same year. A
participle joined to a passive one shares its auxiliary, so a date hung on it takes that verb's
tense ("before it is filled with rubbish and burned up in October", told in September: ahead).
A market session an indicator points to lies ahead ("Futures pointed to a steadier open on
Tuesday", told on Monday), where "pointed to weak sales on Tuesday" looks back. A year after the
story's own told in the past in an earlier sentence is a plan given up ("had been due to open in
late 2025"), which no "for the year" echoes; one told ahead still does. In a fiscal calendar,
"the quarter" and "the same quarter a year earlier" echo the quarter reported, not "the current
quarter" only forecast in a sentence before; a forecast in the echo's own sentence, or one with
no other quarter named, is still echoed.

Each case pins the step behind a fix with its counter-case. Every sentence is invented
(fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import case, check, values_by_text

WED_MAY_1999 = dt.date(1999, 5, 12)

THU_SEP_2013 = dt.date(2013, 9, 19)

MON_AUG_2019 = dt.date(2019, 8, 5)

THU_APR_2024 = dt.date(2024, 4, 25)

WED_JAN_2008 = dt.date(2008, 1, 23)

_FISCAL_FIRST = ("Tarvel Computer on Tuesday reported record profit for its fiscal first quarter, "
                 "which ended on December 29, but forecast slower growth for the current quarter. ")


CASES = [
    case("new_fiscal_year_after_the_day_it_starts_on",
         ("If the Tarvel Senate agrees, the increase would take effect July 1, the start of "
          "the new fiscal year."),
         WED_MAY_1999, {"the new fiscal year": "FY2000"}),
    case("new_fiscal_year_begun_on_new_years_day_ends_that_year",
         "The Tarvel levy took effect Jan. 1, the start of the new fiscal year.",
         WED_MAY_1999, {"the new fiscal year": "FY1999"}),
    case("participle_shares_the_present_passive_before_it",
         ("The Kestrel capsule will stay at the station for about a month before it is filled "
          "with rubbish and burned up in the atmosphere in October."),
         THU_SEP_2013, {"October": "2013-10"}),
    case("participle_shares_a_past_passive_too",
         ("The Kestrel capsule was filled with rubbish and burned up in the atmosphere in "
          "October."),
         THU_SEP_2013, {"October": "2012-10"}),
    case("open_pointed_to_lies_ahead",
         "Tarvel index futures pointed to a steadier open on Tuesday.",
         MON_AUG_2019, {"Tuesday": "2019-08-06"}),
    case("figures_pointed_to_keep_their_past",
         "Tarvel analysts pointed to weak sales on Tuesday.",
         MON_AUG_2019, {"Tuesday": "2019-07-30"}),
    case("the_year_passes_over_a_plan_given_up",
         ("The Tarvel battery plant had been due to open in late 2025. Harlan still expects "
          "operating profit of $12 billion for the year."),
         THU_APR_2024, {"the year": "2024"}),
    case("the_year_still_echoes_a_year_told_ahead",
         ("The Tarvel battery plant will open in late 2025. Harlan expects operating profit of "
          "$12 billion for the year."),
         THU_APR_2024, {"the year": "2025"}),
    case("fiscal_echo_in_the_forecasts_own_sentence_keeps_it",
         ("Tarvel Computer reported profit for its fiscal first quarter, which ended on "
          "December 29. It expects revenue to grow in the current quarter from the same "
          "quarter a year earlier."),
         WED_JAN_2008, {"the same quarter a year earlier": "FY2007-Q2"}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round30_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_fiscal_echoes_pass_over_a_quarter_only_forecast_before(tag):
    text = _FISCAL_FIRST + ("Net income rose 58%, from $1.0 billion in the same quarter a year "
                            "earlier. Tarvel sold 2.3 million computers in the quarter.")
    values = values_by_text(tag, text, WED_JAN_2008)
    assert values["the same quarter a year earlier"] == "FY2007-Q1"
    assert values["the quarter"] == "FY2008-Q1"
