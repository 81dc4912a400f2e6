"""Round 51's misses (fictional people, places and firms): what ``events.yaml``'s
examples cannot show on their own, sentences with more than one date or more than one event."""

from __future__ import annotations

import datetime as dt

import pytest
from events_helpers import case, check, dated, dates_in_order, not_dated

PUBLISHED = dt.date(2027, 2, 13)  # a Saturday


CASES = [
    case("a_runoff_set_for_a_day_retells_the_runoff_told_before",
         ("Ada Quill and Pim Adler will face each other in a runoff next month. Quill won 44 "
          "percent of the vote.\n\n"
          "The runoff is set for Saturday, March 13. Early voting will run at 9 sites."),
         PUBLISHED, dated("2027-03"), not_dated("2027-03-13")),
    case("what_goes_on_sale_is_released_at_a_finer_day",
         ("The first phase opens on Tuesday, and a last batch of day tickets goes on sale in "
          "May. Organisers said the day tickets would be released on Thursday, May 6."),
         PUBLISHED, dated("2027-05"), not_dated("2027-05-06")),
    case("tickets_on_sale_are_not_a_programme_unveiled",
         ("The Orsk film festival said its programme would be unveiled next month. It will be "
          "published online on July 6, and tickets go on sale four days later."),
         dt.date(2027, 6, 9), dated("2027-07-10")),
    case("a_verb_done_there_retells_the_happening_of_the_place_told_just_before",
         ("Upper Brackwood, where 40 poles snapped, should be back on the grid early next "
          "week; director Ada Quill said crews hoped to finish there on Tuesday afternoon."),
         dt.date(2026, 11, 29), dates_in_order("2026-W49")),
]


@pytest.mark.parametrize("text, published, checks", CASES)
def test_events_round51_cases(nlp, text, published, checks):
    check(nlp, text, published, checks)
