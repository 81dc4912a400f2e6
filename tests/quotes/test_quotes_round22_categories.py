"""Categories that unseen Xinhua, AP, Reuters, Bloomberg, Irish Times, ABC, Al Jazeera and
college-sports copy (blind round 22) showed to be general, each on a short fictional text
of its own: the voice of a person ("a spokeswoman for Ms Walsh" speaks as "Petra Walsh
spokeswoman", the set's flipped form for a voice of someone), a voice of the story's
organisation named by its kind alone ("a company spokesperson"), an acronym opening a
standfirst ("UN says ...") that is its subject, not a dateline, and stands for the body
the article names in full ("the United Nations"), a bare plural in the headline ("...,
sources say") that is the group the body describes ("sources close to the company"),
and "..., the people said, asking not to be identified" where the parser makes the
participle the root of the sentence and the cue a parataxis of it (built by hand: the
tagger's choice depends on the article around the sentence)."""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, first, last, speakers_are
from spacy.tokens import Doc

from generator.extract.quotes.clauses import reported_clause
from generator.extract.quotes.lexicon import load_lexicon

pytestmark = pytest.mark.model


def _hand_parsed(nlp) -> Doc:
    """"Tarn Mills is weighing a sale of its unit, the people said, asking not to be
    named." as the parser read the round's sentence: "asking" the root, "said" its
    parataxis, the report hung on the first noun."""
    words = ["Tarn", "Mills", "is", "weighing", "a", "sale", "of", "its", "unit", ",", "the",
             "people", "said", ",", "asking", "not", "to", "be", "named", "."]
    heads = [1, 14, 3, 1, 5, 3, 5, 8, 6, 12, 11, 12, 14, 14, 14, 18, 18, 18, 14, 14]
    deps = ["compound", "nsubj", "aux", "relcl", "det", "dobj", "prep", "poss", "pobj",
            "punct", "det", "nsubj", "parataxis", "punct", "ROOT", "neg", "aux", "auxpass",
            "xcomp", "punct"]
    tags = ["NNP", "NNP", "VBZ", "VBG", "DT", "NN", "IN", "PRP$", "NN", ",", "DT", "NNS",
            "VBD", ",", "VBG", "RB", "TO", "VB", "VBN", "."]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "DET", "NOUN", "ADP", "PRON", "NOUN", "PUNCT",
           "DET", "NOUN", "VERB", "PUNCT", "VERB", "PART", "PART", "AUX", "VERB", "PUNCT"]
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


CASES = [
    case("a_voice_for_a_titled_person_speaks_as_that_persons_voice",
         ("Labour Minister Petra Walsh said the closures were a blow. A spokeswoman for Ms "
          "Walsh said she would meet union leaders on Friday."),
         last("indirect", ("she would meet union leaders on Friday", "Petra Walsh spokeswoman"))),
    case("a_voice_for_a_place_or_thing_keeps_its_affiliation",
         "Velmora Ferries cut the route. A spokeswoman for the port said it was sorry.",
         exactly("indirect", [("it was sorry", "spokeswoman for the port")])),
    case("a_company_spokesperson_speaks_for_the_company_of_the_story",
         ("OSLEN, May 4 (Reuters) - Brightwater Foods Inc said on Monday it would close two "
          "plants in Varnia.\n\n"
          '"We are working with staff to find them roles at our other sites," a company '
          "spokesperson said."),
         exactly("direct", [
             (
                 "We are working with staff to find them roles at our other sites,",
                 "Brightwater Foods Inc spokesperson",
             ),
         ])),
    case("a_participle_after_a_cue_with_its_own_clause_is_still_no_report",
         "Asked about the sale, the people said it would close soon, asking not to be named.",
         exactly("indirect", [("it would close soon", "people")])),
    case("an_acronym_opening_a_standfirst_is_its_subject_not_a_dateline",
         ("Ferries stranded at Orm as storm nears\n\n"
          "UN says ferries carrying grain to Velka have been waiting in port for nearly two "
          "days.\n\n"
          "More than 40 ferries are stranded in the port of Orm, the United Nations has said."),
         exactly("indirect", [
             (
                 "ferries carrying grain to Velka have been waiting in port for nearly two days",
                 "United Nations",
             ),
             ("More than 40 ferries are stranded in the port of Orm", "United Nations"),
         ])),
    case("an_upper_case_place_set_off_by_punctuation_is_still_a_dateline",
         "ORM (Reuters) - Velka Ports said on Monday that the crossings would resume.",
         exactly("indirect", [("the crossings would resume", "Velka Ports")])),
    case("a_given_name_makes_a_conjunct_ner_took_for_an_organisation_a_person",
         "Councillors Tomas Reyd and Aoife Marrin said on Monday that the plan would fail.",
         speakers_are("indirect", ["Tomas Reyd and Aoife Marrin"])),
    case("a_counted_group_the_next_paragraphs_do_not_name_stays_as_written",
         ("Council split over bypass plan\n\n"
          "The council is under pressure after two Independent councillors said they would "
          "vote against the bypass.\n\n"
          "Mayor Tomas Reyd said the vote would go ahead."),
         first("indirect", ("they would vote against the bypass", "Independent councillors"))),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round22_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_a_cue_the_parser_hung_on_the_participle_after_it_reports_the_words_before(nlp):
    doc = _hand_parsed(nlp)
    clause = reported_clause(doc[12], load_lexicon())
    assert clause is not None
    assert " ".join(t.text for t in clause[1]) == "Tarn Mills is weighing a sale of its unit"


@pytest.mark.parametrize(("names", "expected"), [
    (["the United Nations", "Reuters"], {"UN": "United Nations"}),
    (["Bank of Orm"], {"BO": "Bank of Orm"}),
    (["Velka Ports", "Velka Power"], {}),  # shared initials stand for neither
    (["Velka Ports Authority of the North"], {"VPAN": "Velka Ports Authority of the North"}),
    (["Port of Velka operations"], {}),  # a lower-case word that links nothing
])
def test_initials_of_the_organisations_the_article_names(names, expected):
    from generator.extract.quotes.names import Name
    from generator.extract.quotes.organization_names import initials_of_named

    assert initials_of_named([Name(0, tuple(n.split()), n) for n in names]) == expected


def test_a_bare_plural_in_the_headline_is_the_group_the_body_describes(quotes_of):
    text = ("Velka Power set to shut Orm plant early, sources say\n\n"
            "OSLEN (Reuters) - Velka Power plans to close its Orm coal plant two years early, "
            "two sources close to the company told Reuters.")
    found = speakers(quotes_of(text), "indirect")
    assert found[0] == ("Velka Power set to shut Orm plant early", "sources close to the company")
    assert [speaker for _, speaker in found] == ["sources close to the company"] * 2


def test_a_group_the_lede_counts_is_the_persons_who_speak_together_next(quotes_of):
    text = ("Council split over bypass plan\n\n"
            "The council is under pressure after two Independent councillors said they would "
            "vote against the bypass.\n\n"
            "Councillors Tomas Reyd and Ines Marrin said in a joint statement that the plan "
            "was rushed.\n\n"
            "\"We cannot back a road nobody asked for,\" the statement said.")
    found = quotes_of(text)
    assert {speaker for _, speaker in speakers(found)} == {"Tomas Reyd and Ines Marrin"}
