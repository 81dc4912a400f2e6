"""The name after an office and its portfolio when NER takes portfolio and name for one
organisation ("Vice President for Student Life Gregory Amankwah said"): the parser makes
the title the subject, hangs the portfolio on its "for" and the name on the title in
apposition, with no comma between (round 97). :func:`.appositions.name_after_portfolio`
reads the parse that hangs the name on the portfolio, and
:func:`.appositions.name_after_capitalised_role` only names NER tags as persons; an
organisation's name is never apposed to a capitalised title with no comma."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.phrases import mention_span

#: Prepositions that join an office to its portfolio ("Minister for Housing").
_PORTFOLIO_PREPS = ("for", "of")


def name_apposed_after_portfolio(head: Token, lex: Lexicon) -> Token | None:
    """The last word of the name in "Vice President for Student Life Gregory Amankwah": a
    capitalised title whose portfolio ("for"/"of" and capitalised words) runs with no
    punctuation into a proper noun of at least two words apposed to the title."""
    if head.lower_ not in lex.titles or not head.text[:1].isupper():
        return None
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.i == head.i + 1
                 and c.lower_ in _PORTFOLIO_PREPS), None)
    if prep is None:
        return None
    name = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and c.i > prep.i), None)
    if name is None:
        return None
    words = head.doc[prep.i + 1 : name.i + 1]
    if any(t.pos_ != "PROPN" or not t.text[:1].isupper() for t in words):
        return None
    named = mention_span(name)
    # a portfolio of at least one word before a first name and a surname
    return name if len(named) >= 2 and named.start > prep.i + 1 else None
