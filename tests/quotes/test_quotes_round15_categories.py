"""Categories that unseen feature, obituary, press-conference, rugby and AFP copy (blind
round 15) showed to be general, each on a short fictional text of its own: a relative named
by first name whose possessive pronoun skips the man quoted just before, a relative
introduced in full and later called "her son", a place phrase the parser took for the
subject, a team's role holder, an inverted cue with a titled name NER missed, unnamed
groups and countries joined by "and", a verdict after "called her" that goes on after a
comma, and "he" after a quote of a man named by surname."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, said_by, speakers_are

pytestmark = pytest.mark.model


CASES = [
    case("her_relative_skips_the_man_quoted_just_before",
         ('Dr. Ada Vennick is the only vet in Orm. "I stay because someone has to," she '
          "says.\n\n"
          "Dr. Ivo Brandt, who teaches at Orm College, says such cases are common. Pay is low, "
          "he says.\n\n"
          '"She is what we show our students," Brandt says. "The trouble is the pay."\n\n'
          "Her husband, Tobin, a retired teacher, answers the phone. He says he never plans "
          "dinners."),
         said_by("indirect", "he never plans dinners", "Tobin Vennick")),
    case("a_relative_introduced_in_full_is_her_son_later",
         ("Lise Harrow, who read the news on Orm radio for forty years, died on Sunday. She "
          "was 80.\n\n"
          "Her son, Piet Harrow, said the cause was heart failure.\n\n"
          "She married Anders Harrow, a baker, in 1966.\n\n"
          '"She never missed a morning," her son said.'),
         said_by("direct", "She never missed a morning,", "Piet Harrow")),
    case("a_place_opening_the_subject_gives_way_to_the_person",
         ("Outside City Hall, Mara Quist, who runs a bakery on Elm Street, said she had thrown "
          'out her stock. "Nobody warned us," she said.'),
         speakers_are(None, ["Mara Quist", "Mara Quist"])),
    case("an_inverted_cue_with_a_titled_name_ner_missed",
         ('"This is a first step, and only a first step," declared UN Secretary-General Amara '
          'Loisel in a statement. "The guns must stay silent."'),
         speakers_are(None, ["Amara Loisel", "Amara Loisel"])),
    case("unnamed_groups_and_countries_joined_by_and_speak_together",
         ("Leaders and organisations around the world welcomed the truce, while warning that "
          "it remained fragile.\n\n"
          "In a joint statement, Valdria and Ostrand said they would send observers."),
         said_by("indirect", "it remained fragile", "Leaders and organisations"),
         said_by("indirect", "they would send observers", "Valdria and Ostrand")),
    case("a_verdict_after_called_her_that_goes_on_after_a_comma_is_speech",
         ('Former Gov. Ivo Sayre called her "the toughest interviewer in the state, and the '
          'fairest."'),
         exactly(None, [
             ("the toughest interviewer in the state, and the fairest.", "Ivo Sayre"),
         ])),
    case("he_after_a_quote_of_a_man_named_by_surname_is_that_man",
         ("President Tomas Vireo said he would veto the bill.\n\n"
          "The rebels were led by Rep. Arno Kessel, a lawmaker from Dunholm.\n\n"
          '"I did not come here to close hospitals," Kessel said. "Call me a rebel."\n\n'
          "He said the group had offered a compromise."),
         said_by("indirect", "the group had offered a compromise", "Arno Kessel")),
    case("a_place_speaks_when_the_name_is_inside_a_clause_of_it",
         "Valdria, whose president, Ilse Farrow, met the envoy, said it would send troops.",
         speakers_are(None, ["Valdria"])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round15_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_teams_role_holder_is_the_person_named_after_the_role(quotes_of):
    text = ("Ormsby 20-18 Tarn: late try settles it\n\n"
            "Ormsby director of rugby Dale Fenwick admitted his side had been poor.\n\n"
            "'We were sloppy,' he told BBC Radio Ormsby. 'But they never stop.'")
    found = speakers(quotes_of(text))
    assert all(speaker == "Dale Fenwick" for _, speaker in found), found
