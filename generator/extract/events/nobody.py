"""Happenings whose subject names nobody ("*Nobody* at Kennet Vale wanted Friday's ban",
"*Nothing* that happens in July will bring him back", "*No one* should be on the coast road
after dark on Sunday"): what nobody does never happens, no event. The set's gold has no event
with such a subject (its authors leave them claims: "Nobody was hurt" a statement)."""

from __future__ import annotations

from generator.extract.events.rules import EventRules

__all__ = ["nobody_does"]


def nobody_does(span, verb, rules: EventRules) -> bool:
    """Whether the dated verb's subject, or the noun a relative clause hangs on, names nobody
    (``rules.nobody_subjects``), and the date is the verb's own: on it, or the possessive of
    its object ("Nobody wanted *Friday's ban*"); "Nobody was hurt in *Tuesday's fire*" still
    dates the fire."""
    words = rules.nobody_subjects
    if verb.dep_ == "relcl" and _names_nobody(verb.head, words):
        pass  # "Nothing *that happens* in July"
    elif not any(c.dep_ in ("nsubj", "nsubjpass") and _names_nobody(c, words)
                 for c in verb.children):
        return False
    root = span.root
    holder = root.head
    if root.dep_ == "poss":
        return holder.dep_ == "dobj" and holder.head.i == verb.i
    if root.dep_ == "pobj":
        return holder.head.i == verb.i
    return holder.i == verb.i


def _names_nobody(token, words) -> bool:
    """Whether the word is one of ``words``, or "one" after the determiner "no"."""
    if token.lower_ in words:
        return True
    return token.lower_ == "one" and any(c.dep_ == "det" and c.lower_ == "no"
                                         for c in token.children)
