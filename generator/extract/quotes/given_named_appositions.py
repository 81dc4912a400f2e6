"""A person's full name set off after a post NER took for an organisation (round 101).

"Harlan’s managing partner, Bradley Kettering, said:": NER may tag the apposed name an
organisation (a firm's people are often named like firms), and a post such as "managing
partner" is no title the lexicon knows, so the role would stand as the speaker. A name of
two words or more set off by a comma after a lower-case noun, whose first word is a known
given name (speakers.yaml's given names), is the person holding that post.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.appositions import set_off
from generator.extract.quotes.lexicon import Lexicon, fold_name


def given_named_apposition(head: Token, lex: Lexicon) -> Token | None:
    """The head of the name set off after ``head`` ("partner") that opens with a known
    given name ("Bradley Kettering"); None for any other shape ("its partner, Velmar
    Bank,": no given name)."""
    if head.pos_ != "NOUN" or not head.text.islower():
        return None
    for child in head.rights:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or not set_off(head, child):
            continue
        first = child.left_edge
        if first.i < child.i and first.pos_ == "PROPN" \
                and all(t.pos_ == "PROPN" for t in head.doc[first.i : child.i + 1]) \
                and fold_name(first.text) in lex.pronoun_of_given_name:
            return child
    return None
