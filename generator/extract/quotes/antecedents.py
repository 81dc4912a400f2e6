"""Shapes of the sentences around a pronoun that decide its antecedent (split out of
:mod:`.pronouns`): a request for an act is no report, a sentence led by he or she goes
on about whoever the text was about, and a body's noun set off by a name names no person.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quotes.lexicon import Lexicon


def asks_for_an_act(verb: Token) -> bool:
    """"She asks a volunteer to call them": a request for an act (an object and an
    infinitive, no clause) is narration, not a report of speech."""
    infinitive = any(t.tag_ == "TO" and t.head.tag_ == "VB" for t in verb.subtree
                     if t.i > verb.i)  # the parser may hang it on the object
    return infinitive and not any(c.dep_ in ("ccomp", "parataxis") for c in verb.children)


def led_by_pronoun(sentence: Span) -> bool:
    """Whether the sentence's main subject is he or she: it continues whoever the text was
    about, so names in its subordinate clauses are no antecedents."""
    return any(t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.lower_ in ("he", "she")
               for t in sentence)


def names_a_body(subject: Token, lex: Lexicon) -> bool:
    """"The transport secretary, X, told MPs the operator, Meridian Trains, had informed
    ...": a subject whose head is an institution's noun ("operator", "company", "union")
    names an organisation in apposition, never the person a later "she said" refers to,
    whatever the tagger made of the name (round 43)."""
    return subject.lower_ in lex.org_nouns and subject.pos_ == "NOUN"
