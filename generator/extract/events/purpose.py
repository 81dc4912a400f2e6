"""Round 54: a bare gerund of purpose after "for" on a verb that acts on an object ("Corvane
will take Reactor 1 offline *for refuelling* in the second quarter of 2027"): the date the
parser hung on the gerund dates the act it is the purpose of (the reactor goes offline then),
not a happening of the gerund's own ("Corvane refuels"). A gerund with an object of its own
("voted *for building* a school in 2027") keeps its date."""

from __future__ import annotations

__all__ = ["purpose_owner"]


def purpose_owner(verb):
    """The verb a subjectless, objectless gerund after "for" is the purpose of, when that verb
    has an object and no date of its own hangs on it, else ``verb``."""
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "for" \
            or prep.dep_ != "prep" or prep.head.i == prep.i:
        return verb
    if any(c.dep_ in ("nsubj", "dobj", "attr", "prt") for c in verb.children):
        return verb
    owner = prep.head
    if owner.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in owner.children):
        return verb
    dated = any(t.ent_type_ in ("DATE", "TIME") for c in owner.children
                if c.dep_ in ("prep", "npadvmod") and c.i != prep.i for t in c.subtree)
    return verb if dated else owner
