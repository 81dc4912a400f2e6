"""A past participle set off by commas after a noun: "shut its plant, opened in 1964, by the
autumn" (round 35).

The parser often hangs such a participle on the clause's verb as an adverbial clause and puts
what follows its closing comma ("by the autumn") under it. The aside's year belongs to the
aside alone (:func:`lending.relative_clause`) and a date after the closing comma takes the main
verb's tense, not the participle's (:mod:`tense`). Never imports spaCy: it only walks token
attributes.
"""

from __future__ import annotations

__all__ = ["aside_end", "participle_aside"]


def participle_aside(doc, token) -> bool:
    """True for a past participle the parser made an adverbial clause, set off by a comma
    right after a noun ("its Burton plant, opened in 1964,")."""
    return (token.dep_ == "advcl" and token.tag_ == "VBN" and token.i > 1
            and doc[token.i - 1].text == "," and doc[token.i - 2].pos_ in ("NOUN", "PROPN"))


def aside_end(token) -> int:
    """Index of the token that closes the aside: its comma, else the end of its subtree."""
    sub = list(token.subtree)
    return next((t.i for t in sub if t.text == "," and t.i > token.i), sub[-1].i + 1)
