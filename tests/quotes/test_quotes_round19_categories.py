"""Categories that unseen AP, Reuters, court, BBC, Guardian, sport, AFP and local copy (blind
round 19) showed to be general, each on a short fictional text of its own: "for his part"
is an aside the parser may take for a subject, "a copy seen by" an outlet is a source and
no speaker, "according to X, whose spokesman Y said that ..." keeps the clause before the
phrase for X; and, on the parse the blind copy got, a role noun made a second subject
before a name ("added his neighbour X"), a singular person noun titling a name NER tagged
a place ("Union official X"), a lone capitalised modifier opening a sentence that NER made
an organisation ("Underlying"), and a company the parser joined to the dateline."""

from __future__ import annotations

import pytest
from quotes_helpers import case, check, exactly, said_by
from spacy.tokens import Doc

from generator.extract.quotes.cues import cue_subject
from generator.extract.quotes.lexicon import load_lexicon
from generator.extract.quotes.names import collect_names, collect_titled_names
from generator.extract.quotes.organization_names import collect_evident_organizations

pytestmark = pytest.mark.model


# The parser's misreadings below come and go with the words around them, so these tests pin
# the parse the blind copy got (heads, labels, tags and entities as the model gave them).


def _parsed(nlp, words, heads, deps, tags, pos, ents=None):
    """A Doc with a fixed parse: ``heads`` are absolute token indices."""
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=[w.lower() for w in words], ents=ents)


CASES = [
    case("for_his_part_is_an_aside_not_a_subject",
         ("The mayor of Elka, Jan Visk, for his part estimated that the flood warnings had "
          'been "too late", and demanded an inquiry.'),
         said_by("indirect", 'the flood warnings had been "too late"', "Jan Visk")),
    case("a_copy_seen_by_an_outlet_is_no_speaker",
         ("Staff were told in an internal memo that the depot would close in March, according "
          "to a copy seen by the Orm Courier."),
         exactly("indirect", [])),
    case("according_to_a_body_whose_spokesman_said_keeps_both_reports",
         ("Some 2,500 line workers have been mobilised, according to the network operator "
          "Volta Sud, whose spokesman Ivo Ranc said that 70% of homes should have power again "
          "by Sunday evening."),
         said_by("indirect", "Some 2,500 line workers have been mobilised", "Volta Sud"),
         said_by("indirect", "70% of homes should have power again by Sunday evening", ("Ivo "
                                                                                        "Ranc"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round19_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_role_noun_made_a_second_subject_leaves_the_name_speaking(nlp):
    # "“...,” added his neighbour Ada Morrow, 70, sitting ...": neighbour and Morrow both
    # subjects of "added"
    words = ["added", "his", "neighbour", "Ada", "Morrow", ",", "70", ",", "sitting", "."]
    doc = _parsed(nlp, words, [0, 2, 0, 4, 0, 4, 4, 4, 0, 0],
                  ["ROOT", "poss", "nsubj", "compound", "nsubj", "punct", "appos", "punct",
                   "advcl", "punct"],
                  ["VBD", "PRP$", "NN", "NNP", "NNP", ",", "CD", ",", "VBG", "."],
                  ["VERB", "PRON", "NOUN", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "VERB",
                   "PUNCT"], ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    assert cue_subject(doc[0], load_lexicon()).text == "Morrow"


def test_a_person_noun_before_a_name_titles_it_whatever_ner_says(nlp):
    # "Union official Clara Nkosi said ...", the name tagged as a place
    words = ["Union", "official", "Clara", "Nkosi", "said", "it", "helped", "."]
    doc = _parsed(nlp, words, [1, 3, 3, 4, 4, 6, 4, 4],
                  ["compound", "compound", "compound", "nsubj", "ROOT", "nsubj", "ccomp",
                   "punct"], ["NNP", "NN", "NNP", "NNP", "VBD", "PRP", "VBD", "."],
                  ["PROPN", "NOUN", "PROPN", "PROPN", "VERB", "PRON", "VERB", "PUNCT"],
                  ["O", "O", "B-GPE", "I-GPE", "O", "O", "O", "O"])
    assert [n.text for n in collect_titled_names(doc, load_lexicon())] == ["Clara Nkosi"]


def test_a_capitalised_modifier_opening_a_sentence_is_no_organisation(nlp):
    words = ["Underlying", "profit", "fell", ",", "the", "company", "said", "."]
    doc = _parsed(nlp, words, [1, 2, 6, 6, 5, 6, 6, 6],
                  ["amod", "nsubj", "ccomp", "punct", "det", "nsubj", "ROOT", "punct"],
                  ["VBG", "NN", "VBD", ",", "DT", "NN", "VBD", "."],
                  ["VERB", "NOUN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
                  ["B-ORG", "O", "O", "O", "O", "O", "O", "O"])
    assert collect_names(doc, ("ORG",)) == []


def test_a_company_joined_to_the_dateline_is_an_organisation(nlp):
    # "VELM - Orvik Group, the grocer, halved ...": the parser made the company a conjunct
    # of the dateline's place and the place the subject
    words = ["VELM", "-", "Orvik", "Group", ",", "the", "grocer", ",", "halved", "it", "."]
    doc = _parsed(nlp, words, [8, 0, 3, 0, 3, 6, 3, 3, 8, 8, 8],
                  ["nsubj", "punct", "compound", "conj", "punct", "det", "appos", "punct",
                   "ROOT", "dobj", "punct"],
                  ["NNP", ":", "NNP", "NNP", ",", "DT", "NN", ",", "VBD", "PRP", "."],
                  ["PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB",
                   "PRON", "PUNCT"])
    names = collect_evident_organizations(doc, load_lexicon())
    assert [n.text for n in names] == ["Orvik Group"]
