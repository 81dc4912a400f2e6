"""Rounds 64-65's categories (blind set 489-504), each on a fictional text of its own: a
curly single mark after an "s" before a preposition of place or time ("‘parked like buses’
outside the depot") closes the quote, no possessive precedes "outside"; letters after a
name that the parser made its head ("Mara Quill KC told jurors ... ‘...,’ she said") are no
name, so "she" is Mara Quill and not another barrister written with the same letters;
"according to a timeline NASCAR released" (the body parsed as the head, the document an
adjective on it) cites a document, no report of the body; a Title Case title set off by
commas after the noun it names ("a 1958 show, ‘Orm: Salt and Stone’, that ...") is no quote;
"vowed to campaign for a ballot measure ... that would ..." (a relative "that" after the
cue's infinitive) is no report."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, includes

pytestmark = pytest.mark.model


CASES = [
    case("a_single_mark_after_s_before_a_preposition_closes_the_quote",
         ("Bus drivers in Tollan say the new timetable is unworkable.\n\n"
          "A driver with nine years’ service, who asked not to be named, said coaches were "
          "‘parked like buses’ outside the Tollan depot for whole mornings.\n\n"
          "‘You wait and wait, and nobody tells you anything,’ he said."),
         includes("direct", ("parked like buses", "driver")),
         includes("direct", ("You wait and wait, and nobody tells you anything,", "driver"))),
    case("a_possessive_s_before_a_noun_stays_an_apostrophe",
         "‘The drivers’ union will fight this,’ said Ana Ruel, a shop steward.",
         exactly("direct", [("The drivers’ union will fight this,", "Ana Ruel")])),
    case("letters_after_a_name_are_no_name_for_a_pronoun",
         ("Opening the case at Harlby crown court on Monday, Mara Quill KC told jurors the "
          "loans had been ‘a fiction from start to finish’.\n\n"
          "‘Mr Dace knew the money was never coming back,’ she said.\n\n"
          "Under cross-examination by the defence barrister, Tobias Reyne KC, the accountant "
          "accepted that she had kept no notes."),
         includes("direct", ("Mr Dace knew the money was never coming back,", "Mara Quill"))),
    case("a_document_a_body_released_is_no_speech_of_the_body",
         ("Rescue boats took six minutes to reach the capsized dinghy, according to a timeline "
          "FIFA released Tuesday. The sailor swam ashore."),
         exactly("indirect", [])),
    case("a_title_set_off_by_commas_after_its_noun_is_no_quote",
         ("Vell said the dealer had printed the catalogue of a 1958 show, ‘Orm: Salt and "
          "Stone’, that never opened."),
         exactly("direct", [])),
    case("a_relative_clause_after_the_cues_infinitive_is_no_report",
         ("Mayor Ina Dole vowed to campaign for a ballot measure next year that would write "
          "pay rises into law.\n\n"
          "Mayor Ina Dole said that would be a mistake."),
         exactly("indirect", [("that would be a mistake", "Ina Dole")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round64_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)
