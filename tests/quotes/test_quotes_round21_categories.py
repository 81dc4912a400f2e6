"""Categories that unseen AP, Reuters, AFP, BBC, NYT, Guardian sport, Canadian Press and Times
of India copy (blind round 21) showed to be general, each on a short fictional text of its
own: sports epithets for a person named before ("the Portuguese", "the teenager" by the age
the article gave, "the TEAM manager" for the person whose side "X's TEAM" is, "The
44-year-old added" that the parser reads as an adjective of the verb), partial
quotes after "described X as" and "thanked X for", and a news agency's correspondent who
reports. Two things round 21 counts that the set's conventions do not are pinned the other
way: a document ("an agreed statement of facts") is a source, not a speaker, and a clause
with the tense and its last words outside the marks ("had “stopped playing” after the
break") is the writer's report (rounds 9-17 count it so)."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import NO_QUOTES, case, check, exactly

from generator.extract.quotes.lexicon import load_lexicon
from generator.extract.quotes.roles import age_range

pytestmark = pytest.mark.model


CASES = [
    case("a_nationality_tagged_as_a_plural_is_the_person_named_before",
         ("Orrby 1-0 Kestrel City\n\n"
          "Kestrel City's head coach, Rafael Costa, said the pitch had been too dry.\n\n"
          "“We did not deserve to lose,” the Portuguese said. “But we did not score.”"),
         exactly("direct", [
             ("We did not deserve to lose,", "Rafael Costa"),
             ("But we did not score.", "Rafael Costa"),
         ])),
    case("an_age_epithet_is_the_person_of_that_age_not_the_last_speaker",
         ("Substitute Lio Hart, 18, scored the winner with his first touch.\n\n"
          "“He has worked so hard for this,” coach Ada Brook said. “He deserved it.”\n\n"
          "The teenager, who joined from the academy in May, said it was the best day of his "
          "life."),
         exactly("indirect", [("it was the best day of his life", "Lio Hart")])),
    case("the_team_manager_is_the_person_whose_side_it_is",
         ("Tomas Vidal's Orrby have now won three matches in a row.\n\n"
          "The Orrby manager, calm after a tense week, admitted the pressure had told. “We "
          "stayed patient,” the 48-year-old said."),
         exactly("indirect", [("the pressure had told", "Tomas Vidal")]),
         exactly("direct", [("We stayed patient,", "Tomas Vidal")])),
    case("a_news_agencys_correspondent_reports",
         ("In Orsk, one of the worst-hit towns, whole streets were still under water on "
          "Tuesday, an AFP correspondent reported."),
         exactly("indirect", [
             (
                 ("In Orsk, one of the worst-hit towns, whole streets were still under water "
                  "on Tuesday"),
                 "AFP correspondent",
             ),
         ])),
    case("a_document_after_according_to_stays_a_source",
         ("According to an agreed statement of facts, he billed the town for 300 hours he "
          "never worked."),
         NO_QUOTES),
    case("an_age_epithet_the_parser_read_as_an_adjective_still_reports",
         ("Coach Ada Brook said the team was tired. The 52-year-old added that two players "
          "were injured."),
         exactly("indirect", [
             ("the team was tired", "Ada Brook"),
             ("two players were injured", "Ada Brook"),
         ])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round21_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_age_ranges_of_epithets(nlp):
    lex = load_lexicon()
    doc = nlp("The 48-year-old said so, and the teenager agreed.")
    assert age_range(doc[5], lex) == (48, 48)  # "old" of "48-year-old"
    assert age_range(doc[11], lex) == (13, 19)
    assert age_range(doc[6], lex) is None


@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("Councillor Ines Varga described the decision as “foolish” and said she would vote "
     "against it.", "foolish", "Ines Varga"),
    ("Mayor Ola Brenn thanked the crews for “holding the line” and said the road would reopen.",
     "holding the line", "Ola Brenn"),
])
def test_partial_quotes_after_described_as_and_thanked_for(quotes_of, text, content, speaker):
    assert speakers(quotes_of(text), "direct")[0] == (content, speaker)


def test_the_tense_and_last_words_outside_the_marks_leave_the_writers_report(quotes_of):
    text = "Coach Ada Brook conceded that her players had “stopped running” after the break."
    found = quotes_of(text)
    assert [q.kind for q in found] == ["indirect", "direct"]
