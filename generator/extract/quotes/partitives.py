"""The noun a partitive apposition describes its name by.

"Hoa Binh Seafood, one of Vietnam's largest shrimp exporters," describes the company by
"exporters", not by "one": what it is one of says what kind of body the name is.
"""

from __future__ import annotations

from spacy.tokens import Token


def described_noun(appos: Token) -> Token:
    """The noun of "one of the largest exporters" (its object after "of") for an
    apposition headed by "one"; the apposition itself otherwise."""
    if appos.lower_ != "one":
        return appos
    of = next((c for c in appos.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return noun if noun is not None else appos
