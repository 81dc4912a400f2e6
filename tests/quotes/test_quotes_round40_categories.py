"""Categories of errors of blind round 40 (fictional sentences, not the round's text).

Each test pins one general rule: the antecedent of a "whose" clause speaks when the parser
took the clause's verb for the main one ("Families whose babies died ... say": "say" its
conjunct, inheriting "babies"); a bare modal outside the marks with the verb inside and
nothing of the writer's after them is direct only (the set's majority, nine clauses
against three); an "indicator" (a data series) is a document, not a speaker; a date hung
on the subject ("the opposition leader on Friday rejected ...") is no part of the source's
description; a lone given name joined by "and" to a full name ("Kirsty and Daniel Pryce")
is a person sharing the surname even when NER tags it as an organisation, and "Mrs"/"she"
then pick the woman of the pair (speakers_given_names.yaml); a quoted manner adverb of a
verb of judging ("apologised ‘unreservedly’") is a partial quote (attribution.yaml examples);
"She says" after "Amber Collier's son, Mason, was on the bus." is the relative's owner.
"""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, contents_are, exactly, includes
from spacy.tokens import Doc

from generator.extract.quotes.verb_subjects import subject_of


def _whose_clause_read_as_main(nlp) -> Doc:
    """"Tenants whose flats flooded at Kelby Court say they were misled." as the parser
    read the round's lede after its headline: "flooded" the root, "say" its conjunct."""
    words = ["Tenants", "whose", "flats", "flooded", "at", "Kelby", "Court", "say", "they",
             "were", "misled", "."]
    pos = ["NOUN", "PRON", "NOUN", "VERB", "ADP", "PROPN", "PROPN", "VERB", "PRON", "AUX",
           "VERB", "PUNCT"]
    tags = ["NNS", "WP$", "NNS", "VBD", "IN", "NNP", "NNP", "VBP", "PRP", "VBD", "VBN", "."]
    heads = [0, 2, 3, 3, 3, 6, 4, 3, 10, 10, 7, 3]
    deps = ["ROOT", "poss", "nsubj", "ROOT", "prep", "compound", "pobj", "conj",
            "nsubjpass", "auxpass", "ccomp", "punct"]
    return Doc(nlp.vocab, words=words, pos=pos, tags=tags, heads=heads, deps=deps)


CASES = [
    case("bare_modal_outside_the_marks_is_direct_only",
         'Asked about the trade deadline, Dunmore said he would "sleep on it."',
         exactly("indirect", []), includes("direct", ("sleep on it.", "Dunmore"))),
    case("modal_with_the_writers_words_after_the_marks_stays_reported",
         "Dunmore said the club would ‘look at every option’ before the deadline.",
         contents_are("indirect", ["the club would ‘look at every option’ before the deadline"])),
    case("an_indicator_is_no_speaker",
         ("Margins rose to a record, according to the Velmora Oil Company's own indicator, as "
          "outages tightened supplies."),
         exactly("indirect", [])),
    case("she_after_a_sons_sentence_is_his_mother",
         ("Sheriff Karen Oduya said the road was closed at noon. She said the driver was "
          "unhurt.\n\n"
          "Amber Kessling's 9-year-old son, Mason, was on the bus. She says he called her from "
          "a deputy's phone."),
         includes("indirect", ("he called her from a deputy's phone", "Amber Kessling"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round40_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_whose_clause_antecedent_speaks_when_its_verb_reads_as_main(nlp):
    doc = _whose_clause_read_as_main(nlp)
    assert subject_of(doc[7]).text == "Tenants"


def test_own_subject_with_whose_is_kept(nlp):
    doc = nlp("The Orm families, whose lawyers said the board lied, met on Monday.")
    said = next(t for t in doc if t.text == "said")
    assert subject_of(said).text == "lawyers"


def test_a_date_on_the_subject_is_not_its_description(quotes_of):
    quotes = quotes_of("Velmora's opposition leader on Friday rejected the results, saying "
                       "the vote had been rigged.")
    assert [q.speaker_mention for q in quotes if q.kind == "indirect"] == [
        "Velmora's opposition leader"]


def test_couple_sharing_a_surname_then_mrs_is_the_woman(quotes_of):
    quotes = quotes_of("Kirsty and Daniel Pryce, whose son died in 2021, said they had been "
                       "misled.\n\n‘We were lied to,’ Mrs Pryce told the Orm Courier.")
    found = dict(speakers(quotes))
    assert found["they had been misled"] in ("Kirsty and Daniel Pryce",
                                             "Kirsty Pryce and Daniel Pryce")
    assert found["We were lied to,"] == "Kirsty Pryce"
