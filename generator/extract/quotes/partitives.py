"""The noun a partitive apposition describes its name by.

"Hoa Binh Seafood, one of Vietnam's largest shrimp exporters," describes the company by
"exporters", not by "one": what it is one of says what kind of body the name is.

"One of them, a Sarnian diplomat who asked not to be named," describes a source of a group
by what it is; "one of them, a retired schoolteacher," after "Two jurors" only adds the
juror's trade, an aside: the speaker stays one of the group (round 96).
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


def member_described(head: Token, group: Token | None) -> Token | None:
    """The description set in apposition to "one" of a partitive ("One of them, a Sarnian
    diplomat who asked not to be named,"), which speaks for the member; None when there is
    none, or when it is a bare aside after "one of them" (a noun with no relative clause:
    "one of them, a retired schoolteacher"), which leaves the member of the group."""
    described = next((c for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN"), None)
    if described is not None and group is not None and group.lower_ == "them" and not any(
            c.dep_ in ("relcl", "acl") for c in described.children):
        return None
    return described
