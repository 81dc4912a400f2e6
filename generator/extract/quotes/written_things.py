"""Words written on a thing, which "read" introduces: no speech.

"Visitors left flowers and handwritten cards ... One, signed by a second-grade class, read:
"We will miss you Kesi."": "read" reports words only with an issued document as its subject
("the club statement read", reporting_verbs.yaml ``document-reading``); with any other thing
as subject (a card, a sign, a banner: the set's "signs reading "..."" are no quotes) the
quote after it is the thing's text, which no speaker says (round 83). A person who reads
("she read: ...") is left to the other rules.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quotes.cues import is_reporting_verb
from generator.extract.quotes.lexicon import Lexicon

#: Tokens that may stand between "read" and the quote's first word (colon, comma, mark).
_BETWEEN = frozenset({":", ",", '"', "“", "‘", "'", "«"})


def read_on_a_thing(quote: Span, lex: Lexicon) -> bool:
    """Whether the quote follows "read" (or "reads", "reading") whose subject is a thing
    that is no issued document (see the module docstring)."""
    doc = quote.doc
    k = quote.start - 1
    while k >= 0 and k >= quote.start - 3 and (doc[k].text in _BETWEEN or doc[k].is_space):
        k -= 1
    after = quote.end  # '"...," reads a banner tied to a farm gate' (inverted, round 85)
    while after < min(len(doc), quote.end + 3) and doc[after].text in _BETWEEN:
        after += 1
    verbs = [doc[i] for i in (k, after) if 0 <= i < len(doc)]
    return any(verb.lemma_.casefold() in lex.document_cues and verb.pos_ == "VERB"
               and not is_reporting_verb(verb, lex) and _thing_subject(verb) for verb in verbs)


def _thing_subject(verb: Token) -> bool:
    """A subject that is a common noun or a number ("One, signed by ...,"), not a person."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.pos_ in ("NOUN", "NUM") \
        and subject.ent_type_ not in ("PERSON", "ORG", "NORP")
