"""Round 21's categories: a "when" clause on a date tells its tense ("reopen on Monday, when
markets in Orlan will be shut" lies ahead though the parser hangs the date under a past verb);
an act a past vote performs ("voted to authorize a strike in June") is done, not planned; what
is sold for a date ("has stopped selling tickets for travel after Friday") is for days ahead;
an adjective between count and unit ("three tough years") and a bare "days before a ...
deadline" after a noun are durations (rules ``duration-number-straight-unit`` and
``duration-for-units`` in ``generator/rules/temporal_durations.yaml``).

Each case pins the step behind a fix (``sidelong.py``, ``tense.py``) with its counter-case.
Every sentence is invented (fictional people, companies and places).
"""

from __future__ import annotations

import datetime as dt

import pytest
from temporal_helpers import ABSENT, case, check, values_by_text

FRI_FEB_2016 = dt.date(2016, 2, 12)
WED_AUG_1997 = dt.date(1997, 8, 6)
WED_MAR_2025 = dt.date(2025, 3, 12)


CASES = [
    case("a_when_clause_in_the_future_puts_the_day_ahead",
         ("Varlish markets, closed this week for a holiday, reopen on Monday, when banks in "
          "Orlan will be shut for Founders' Day."),
         FRI_FEB_2016, {"Monday": "2016-02-15"}),
    case("a_when_clause_in_the_past_keeps_the_day_gone_by",
         "Brosk shares fell on Monday, when the mill in Orlan was shut by a fire.",
         FRI_FEB_2016, {"Monday": "2016-02-08"}),
    case("a_present_when_clause_leaves_the_day_to_the_main_verb",
         "Trading in Orlan resumed on Monday, when the banks reopen after the holiday.",
         FRI_FEB_2016, {"Monday": "2016-02-08"}),
    case("a_vote_that_authorizes_tells_when_it_did",
         ("The Orlan nurses have worked without a contract since May 1996 and voted to "
          "authorize a strike in June."),
         WED_AUG_1997, {"June": "1997-06"}),
    case("a_vote_to_strike_still_plans_the_strike",
         "The Orlan nurses voted to strike in June.",
         WED_AUG_1997, {"June": "1998-06"}),
    case("tickets_sold_for_travel_after_a_day_look_ahead",
         "Varla Air said it has stopped selling tickets for travel after Friday.",
         WED_AUG_1997, {"Friday": "1997-08-08"}),
    case("an_adjective_inside_a_count_of_years",
         '"We have had three tough years," said Orlan\'s mayor.',
         WED_AUG_1997, {"three tough years": "P3Y"}),
    case("days_before_a_deadline_after_a_noun",
         ("The council sent the plan to the Orlan Senate days before a midnight Friday "
          "deadline."),
         WED_MAR_2025, {"days": "PXD"}),
    case("the_days_before_stay_untagged_as_a_length",
         "In the days before the vote, talks in Orlan stalled.",
         WED_MAR_2025, {"days": ABSENT}),
]


@pytest.mark.parametrize("text, published, expected", CASES)
def test_round21_cases(tag, text, published, expected):
    check(tag, text, published, expected)


def test_selling_shares_after_a_day_keeps_the_past(tag):
    text = "Varla Air said it has stopped selling shares after Friday's slump began on Friday."
    assert values_by_text(tag, text, WED_AUG_1997).get("Friday") != "1997-08-08"
