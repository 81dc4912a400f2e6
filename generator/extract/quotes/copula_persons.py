"""A person a sentence introduces as what its subject is (round 101).

"One of the renters on the analyst’s spreadsheet was Denise Abernathy, a 44-year-old home
health aide. In 2019 she was turned down ... a city she said she has never visited": the
chain of "she" starts at the woman the copula names, though she is no subject ("One" is).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token


def person_named_by_copula(sentence: Span, is_person: Callable[[Token], bool]) -> Token | None:
    """The person's name that is the complement of the main verb "be" of ``sentence``
    ("One of the renters was Denise Abernathy"); None for any other shape."""
    root = sentence.root
    if root.lemma_ != "be":
        return None
    return next((c for c in root.children if c.dep_ == "attr" and c.pos_ == "PROPN"
                 and is_person(c)), None)


def led_by_passive_pronoun(sentence: Span) -> bool:
    """Whether the sentence's main subject is a passive he or she ("In 2019 she was turned
    down for three apartments"): like an active one, it continues whoever the text was about
    (:func:`.antecedents.led_by_pronoun`)."""
    return any(t.dep_ == "nsubjpass" and t.head.dep_ == "ROOT" and t.lower_ in ("he", "she")
               for t in sentence)
