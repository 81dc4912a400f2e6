"""A name someone gives themselves, in marks: no quote (round 101).

"By then a user calling themselves “kr4ken” had posted a sample of the data": the handle
in marks after a form of "call" and a reflexive pronoun is the name the user goes by, as
"dubbed “...”" gives a thing its name (attribution.yaml ``naming-cue``), not words anyone
said. The two words right before the opening mark decide.
"""

from __future__ import annotations

from spacy.tokens import Span

#: Reflexive pronouns after which "call" names the subject itself.
_REFLEXIVES = frozenset({"himself", "herself", "themselves", "itself", "themself"})


def self_named(quote: Span) -> bool:
    """Whether the quote follows "calling themselves" (any form of "call", any reflexive)."""
    doc = quote.doc
    k = quote.start - 1
    while k >= 0 and (doc[k].is_punct or doc[k].is_space):
        k -= 1
    return k >= 1 and doc[k].lower_ in _REFLEXIVES and doc[k - 1].lemma_.casefold() == "call"
