"""Categories of errors of blind round 39 (fictional sentences, not the round's text).

Each test pins one general rule: a label after "call it" whose last noun the parser read as
a verb ("‘the Dunmore curse’" with "curse" a present-tense verb whose subject is "Dunmore");
"the company" after a company the sentence before introduced with an apposition ("Shares in
X, the country's largest steelmaker, fell"), over a body that spoke earlier; a name given in
full by its apposition ("Parvel, the online insurance company, said") over a headline entity
NER ran over a comma ("... Parvel Clients, Company Says"), and that headline's "Company" is
the body's company.
"""

from __future__ import annotations

import pytest
from devscore import speakers
from quotes_helpers import case, check, exactly, includes
from spacy.tokens import Doc

from generator.extract.quotes.terms import is_name


def _misparsed_label(nlp) -> Doc:
    """"fans call it ‘the Dunmore curse’" as the parser sometimes reads it: "curse" a
    verb (VBP) with "Dunmore" its subject, the parse the round's own sentence got."""
    words = ["fans", "call", "it", "‘", "the", "Dunmore", "curse", "’"]
    tags = ["NNS", "VBP", "PRP", "``", "DT", "NNP", "VBP", "''"]
    heads = [1, 1, 1, 6, 5, 6, 1, 6]
    deps = ["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "oprd", "punct"]
    return Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=deps)


CASES = [
    case("the_company_is_the_one_just_introduced_as_a_steelmaker",
         ("The Northern Trade Council said last week that imports of cheap steel had risen by "
          "a third.\n\n"
          "Shares in Brask Metals, the region's largest steelmaker, fell 2.1% in Orlen. The "
          "company said it would cut output at two plants."),
         includes("indirect", ("it would cut output at two plants", "Brask Metals"))),
    case("another_source_is_written_as_its_specific_apposition",
         ("One resident said the shooting began at dawn.\n\n"
          "Another witness, a bus conductor, said he had seen soldiers on the bridge."),
         includes("indirect", ("he had seen soldiers on the bridge", "bus conductor"))),
    case("quoted_verb_of_judging_is_its_subjects_words",
         "The Tarn Coast Union “firmly rejected” the proposal in a statement on Monday.",
         exactly("direct", [("firmly rejected", "Tarn Coast Union")])),
]


@pytest.mark.parametrize("text, checks", CASES)
def test_quotes_round39_cases(quotes_of, text, checks):
    check(quotes_of, text, checks)


def test_label_whose_last_noun_reads_as_a_verb_is_a_name(nlp):
    doc = _misparsed_label(nlp)
    assert is_name("the Dunmore curse", doc[4:7])


def test_definite_phrase_with_a_clause_of_its_own_is_a_verdict(nlp):
    doc = nlp("Fans called it ‘the worst day this club has had’ after the defeat.")
    quote = doc[4:11]
    assert quote.text == "the worst day this club has had"
    assert not is_name(quote.text, quote)


def test_apposition_names_the_company_over_a_title_case_headline_entity(quotes_of):
    text = ("Thieves Copied Files of 3 Million Parvel Clients, Company Says\n\n"
            "By Ines Morland\n\n"
            "Parvel, the online insurance company, said on Monday that thieves had copied "
            "the files of about 3 million clients.\n\n"
            "The company said the attackers had used a stolen password.")
    found = speakers(quotes_of(text), "indirect")
    assert ("the attackers had used a stolen password", "Parvel") in found
    assert all(speaker == "Parvel" for _, speaker in found), found
