"""Reported clauses the parser hung on a noun: a predicate on its subject, a that-clause
on the cue's setting.

In "said the league's refusal to replay the match was “unfair on the players”" the parser
may read "refusal" as the object of "said" and the quoted adjective as an ``acl`` of it,
with "was" as that modifier's auxiliary. A finite "be" never heads a noun's modifier (a
relative clause has its own subject or pronoun, a participle none), so the noun is the
subject of a reported clause and the cue governs the quote through it (round 93).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Tags of a finite verb form ("was", "is", "are").
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


def predicate_hung_on_noun(noun: Token, below: Token | None) -> bool:
    """Whether ``below``, the word under ``noun`` on the way up from a quote, is a clause's
    predicate misread as the noun's modifier: an ``acl`` with a finite "be" auxiliary and
    no subject of its own."""
    if below is None or below.dep_ != "acl" or below.head.i != noun.i:
        return False
    children = list(below.children)
    return any(c.dep_ in ("aux", "auxpass") and c.lemma_ == "be" and c.tag_ in _FINITE
               and c.i < below.i for c in children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in children)


def clause_hung_on_object(child: Token) -> bool:
    """"said the league's refusal ... was “unfair”": the cue's object noun bearing such a
    predicate is the subject of the reported clause, its subtree the clause."""
    return child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN") and any(
        predicate_hung_on_noun(child, c) for c in child.children if c.i > child.i)


def that_clause_on_setting(child: Token, cue: Token) -> bool:
    """"said in a statement that its inspector had checked ...": the parser hung the
    reported that-clause (``child``) on the noun of the cue's setting phrase, whose
    preposition depends on the cue, instead of on the cue."""
    setting = child.head
    return child.dep_ in ("acl", "relcl") and setting.dep_ == "pobj" \
        and setting.head.head.i == cue.i and setting.head.dep_ == "prep" \
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children)
