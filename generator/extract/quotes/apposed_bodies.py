"""A body the lede only describes, named further down with the same noun in apposition.

"Rescuers pulled 54 people from the sea ..., a charity said." in the lede, then, three
paragraphs down, "Mare Aperto, the Spanish charity that operates the ship, said in a
statement ...": the lede's "a charity" is the body whose name the story sets off before
"the" and the same institution noun (round 77). :func:`.lede_bodies.organization_named_after`
finds a body whose name holds the noun ("a state appeals court" -> "the Fifth District
Court of Appeal"); this one, a name that does not.
"""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Token

from generator.extract.quotes.lede import lede_paragraph, paragraph_index
from generator.extract.quotes.lexicon import Lexicon
from generator.extract.quotes.phrases import mention_span
from generator.extract.quotes.token_index import indices_where

#: How many paragraphs after the lede the name may come.
_WITHIN = 4


def named_by_apposition_later(head: Token, lex: Lexicon) -> str | None:
    """The name set off before "the <same noun>" within four paragraphs after the lede,
    for an institution noun that the lede gives with "a"/"an" ("a charity"); None
    otherwise."""
    doc = head.doc
    if head.pos_ != "NOUN" or head.lemma_.casefold() not in lex.org_nouns or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return None
    here = paragraph_index(doc, head.idx)
    if here != lede_paragraph(doc):
        return None
    word = head.lower_
    for i in indices_where(doc, LOWER, lambda w: w == word):
        noun = doc[i]
        if i <= head.i or noun.dep_ != "appos":
            continue
        if paragraph_index(doc, noun.idx) > here + _WITHIN:
            return None
        name = noun.head
        if name.pos_ == "PROPN" and name.i < noun.i and doc[name.i + 1].text == "," \
                and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return mention_span(name).text
    return None
