"""Round 83's categories (blind set 641-648), each on a fictional text of its own: a
speaker's request joined after a quoted clause ('posted that the colony "should never have
been moved ..." and called for the seals to be returned') is no word of the report, which
stays a direct quote only, and a report whose verb is outside the marks ends before it
(generator/rules/speaker_acts.yaml); an unnamed person ("a", a noun, a "who" clause) that
the parser hung on the sentence's opening phrase is the cue's subject ("At X, where ..., a
senior nurse in the clinic, who asked not to be named, said"), and the "she" after it; the
"she" of "One of them shared a letter ... in which she told a manager that ..." is one of
the group named before ("former nurse"); a headline's bare noun the tagger read as a verb
opens the report ("after keepers say barn heat failed"); a headline word in single marks
ending in "s'" closes its quote when no other mark on the line can ("over pay and 'endless'
rotas"), where "bosses' pay" stays a possessive; and the words a card "read:" are no speech
(a statement that "read" still speaks)."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, first

pytestmark = pytest.mark.model


def _contents(quotes, kind):
    return [q.content for q in quotes if q.kind == kind]


CASES = [
    case("a_request_after_a_clause_cut_short",
         ("The Carrow Anglers' Club said 12 swans had died on the lake this winter and called "
          "for tighter checks on the outflow."),
         exactly("indirect", [
             ("12 swans had died on the lake this winter", "Carrow Anglers' Club"),
         ])),
    case("an_unnamed_speaker_hung_on_the_opening_phrase",
         ("At Dunmore College in Leeds, where managers announced 80 job cuts in March, a "
          'senior nurse in the clinic, who asked not to be named, said staff had been "running '
          'on empty" for months.\n\n'
          '"Half my ward has left," she said.'),
         exactly("indirect", [('staff had been "running on empty" for months', "senior nurse")]),
         exactly("direct", [
             ("running on empty", "senior nurse"),
             ("Half my ward has left,", "senior nurse"),
         ])),
    case("the_who_clause_hung_after_the_phrase",
         ("In Carvel, a town of 9,000 where the mill closed in 2019, a retired teacher, who "
          'asked that her name not be used, said the school "was the last thing we had."'),
         exactly("direct", [("was the last thing we had.", "retired teacher")])),
    case("one_of_a_group_who_shared_a_text",
         ("Dr. Ada Morrow said the heating had failed.\n\n"
          "The two former nurses, who left the clinic last year, said they had warned managers "
          "about the heating.\n\n"
          "One of them shared a letter, seen by the Courier, in which she told a manager that "
          '"nobody listens."'),
         exactly("direct", [("nobody listens.", "former nurse")])),
    case("a_named_sharer_still_writes",
         ("Dr. Ada Morrow said the heating had failed.\n\n"
          'Tom Reyes shared a letter in which he wrote that "nobody listens."'),
         exactly("direct", [("nobody listens.", "Tom Reyes")])),
    case("a_headline_noun_read_as_a_verb",
         ("Wisconsin city orders inquiry into elephant's death after keepers say barn heat "
          "failed\n\n"
          "The city ordered an inquiry on Monday."),
         exactly("indirect", [("barn heat failed", "keepers")])),
    case("a_headline_word_in_single_marks_ending_in_s",
         ("Nurses balloted over pay and 'endless' rotas\n\n"
          "Nurses at 40 trusts will be balloted on strike action, the Royal College of Nursing "
          "has announced.\n\n"
          "“We are working rotas that are endless, and nobody is listening,” said Ada Morrow, "
          "a ward sister."),
         first("direct", ("endless", "Ada Morrow"))),
    case("a_card_that_read_is_no_speech",
         ("Mourners left candles and cards outside the station on Sunday. One, signed by a "
          'Year 4 class, read: "We will never forget you, Mr Hale."'),
         exactly("direct", [])),
    case("a_statement_still_reads",
         ('The club statement read: "This decision has not been taken lightly, and we thank '
          'our fans."'),
         exactly("direct", [
             (
                 "This decision has not been taken lightly, and we thank our fans.",
                 "club statement",
             ),
         ])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round83_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_the_speaker_acts_examples(quotes_of):
    from generator.extract.quotes.conjoined_acts import SpeakerActsFile
    from generator.rulefiles import load_rule_file

    rules = load_rule_file("speaker_acts.yaml", SpeakerActsFile)
    assert rules.examples and rules.not_
    for example in [*rules.examples, *rules.not_]:
        quotes = quotes_of(example.text)
        assert _contents(quotes, "direct") == example.direct, example.text
        assert _contents(quotes, "indirect") == example.indirect, example.text


def test_a_whose_clause_hung_inside_the_phrase(quotes_of):
    quotes = quotes_of("Outside the courthouse in Tarrow, where the jury sat for six weeks, an "
                       "elderly neighbour of the accused, whose house faces the scene, said she "
                       "had heard \"a terrible bang\" that night.")
    assert [q.speaker for q in quotes] == ["elderly neighbour of the accused"] * 2


def test_a_plural_possessive_stays_one(quotes_of):
    quotes = quotes_of("Union slams bosses' pay as 'obscene'\n\n"
                       "The union said bosses' pay was “obscene”.")
    assert [q.content for q in quotes if q.kind == "direct"] == ["obscene", "obscene"]
