"""Categories of errors of blind round 39 (fictional sentences, not the round's text).

Each test pins one general rule: a label after "call it" whose last noun the parser read as
a verb ("‘the Dunmore curse’" with "curse" a present-tense verb whose subject is "Dunmore").
"""

from __future__ import annotations

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


def test_label_whose_last_noun_reads_as_a_verb_is_a_name(nlp):
    doc = _misparsed_label(nlp)
    assert is_name("the Dunmore curse", doc[4:7])


def test_definite_phrase_with_a_clause_of_its_own_is_a_verdict(nlp):
    doc = nlp("Fans called it ‘the worst day this club has had’ after the defeat.")
    quote = doc[4:11]
    assert quote.text == "the worst day this club has had"
    assert not is_name(quote.text, quote)
