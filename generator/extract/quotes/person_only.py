"""He and she stand for persons: antecedent candidates that name an organisation.

The candidate lists of :mod:`.pronouns` come partly from the parse (the subject of the
sentence before, a name in this one) and partly from the resolver's history, where a body
NER missed ("NHS Dunmere said he was stable") may stand as a person. A personal pronoun
never refers back to a body, so such a candidate is passed over (round 94).
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract.quotes.lexicon import Lexicon, fold_name

#: A word of initials ("NHS", "BBC"): persons' names carry none (Roman numerals aside).
_INITIALS = re.compile(r"[A-Z]{2,}")
_NUMERALS = re.compile(r"[IVX]+")


def names_an_organisation(name: str, lex: Lexicon) -> bool:
    """Whether the candidate ``name`` is a body rather than a person: a proper name led by
    a word of initials ("NHS Dunmere", which NER missed and the resolver took for a
    person); not a title before a given name ("TD Niall Gorman") nor a role ("EA
    spokesperson", a person)."""
    words = name.split()
    if len(words) < 2 or any(w[:1].islower() for w in words):
        return False
    first = words[0]
    return bool(_INITIALS.fullmatch(first)) and not _NUMERALS.fullmatch(first) \
        and first.lower() not in lex.titles and fold_name(words[1]) not in lex.pronoun_of_given_name


def outside_fronted_participle(tokens: list[Token]) -> list[Token]:
    """``tokens`` less those of a fronted participle clause with no subject of its own:
    its understood subject is the main clause's he or she, so a name inside it is someone
    else ("Asked whether Marlowe would close plants, he said": not Marlowe, round 94).
    The tagger may read the participle as a past tense ("Asked" VBD), subjectless all the
    same."""
    fronted = {t.i for t in tokens if t.dep_ == "advcl" and t.tag_ in ("VBN", "VBG", "VBD")
               and t.i < t.head.i and not any(c.dep_ in ("nsubj", "nsubjpass")
                                              for c in t.children)
               and t.left_edge.i == t.sent.start}
    if not fronted:
        return tokens
    inside = {d.i for t in tokens if t.i in fronted for d in t.subtree}
    return [t for t in tokens if t.i not in inside]


def body_reports_on_pronoun(sentence: Span, lex: Lexicon) -> bool:
    """"NHS Dunmere said he was stable.": a body reporting on a he or she, the person the
    sentence before named; a next "he said" goes on about that person, like a sentence led
    by the pronoun (round 94)."""
    root = sentence.root
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subject is None or root.lemma_.casefold() not in lex.reporting_lemmas:
        return False
    words = " ".join(t.text for t in subject.subtree)
    if not (subject.ent_type_ == "ORG" or subject.lower_ in lex.org_nouns
            or names_an_organisation(words, lex)):
        return False
    return any(g.dep_ == "nsubj" and g.lower_ in ("he", "she")
               for c in root.children if c.dep_ == "ccomp" for g in c.children)
