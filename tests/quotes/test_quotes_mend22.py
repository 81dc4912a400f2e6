"""Mending session 22: one rule for the newsroom's note about the article. The headline's
short name is the lede's subject past any note that boilerplate.yaml's correction-notice
rule calls one (a correction, a clarification, an update whose label holds a clock time),
not only past "This article has been updated"."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, first

pytestmark = pytest.mark.model

_STORY = ('Velby cancels Karsk talk citing "security concerns"\n\n'
          'By Ana Reed, News Editor\n'
          'February 12, 2020\n\n'
          '{note}\n\n'
          'Velby University canceled a talk by the blogger Tomas Karsk on Thursday '
          'night after students signed a petition.\n\n'
          'The Velby Student Union said it welcomed the decision.\n\n'
          'The Velby Debating Society called the cancellation "a heckler\'s veto."')

CASES = [
    case("a_correction_note_above_the_lede",
         _STORY.format(note='Correction, Feb. 13: An earlier version of this article misstated '
                            'the day of the talk.'),
         first("direct", ("security concerns", "Velby University"))),
    case("a_clarification_note_above_the_lede",
         _STORY.format(note='Clarification: A previous version of this story said the petition '
                            'had 300 names.'),
         first("direct", ("security concerns", "Velby University"))),
    case("an_update_note_whose_label_holds_a_clock_time",
         _STORY.format(note='Update, 9:05 a.m.: This story was revised to add the union\'s '
                            'statement.'),
         first("direct", ("security concerns", "Velby University"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_mend22_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
