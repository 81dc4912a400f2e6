"""A reduced relative the parser read as the sentence's verb (round 74).

"Residents of a Worcestershire village flooded three times in four years say they are
being refused home insurance": the parser made "flooded" (a participle on "village") the
root, with "Residents" its subject, and hung "say" on it as an unlabelled dependent
("dep"). A reporting verb so hung right after the root's own adjuncts, with no subject of
its own, is the sentence's main verb, and the root's subject is its subject.

The other way round, "The increase, agreed at a full council meeting on Wednesday night,
will add £94.12 a year to the bill": the parser made the participle set off between commas
the root and the sentence's own verb its clause; a "clause" with no subject that opens with
an auxiliary right after the closing comma is the sentence's predicate, no report (round
78).
"""

from __future__ import annotations

from spacy.tokens import Token

#: What may come between the misread participle and the real verb: its adjuncts
#: ("flooded three times in four years").
_PARTICIPLE_ADJUNCTS = frozenset({"advmod", "npadvmod", "prep", "agent", "punct"})


def subject_of_verb_after_participle(verb: Token) -> Token | None:
    """The subject of ``verb`` when the parser read the participle of a reduced relative
    on that subject as the sentence's verb (see the module's docstring); None otherwise."""
    root = verb.head
    if verb.dep_ != "dep" or root.dep_ != "ROOT" or root.tag_ not in ("VBD", "VBN") \
            or root.i >= verb.i or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    subject = next((c for c in root.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.tag_ not in ("NNS", "NNPS", "NN", "NNP"):
        return None
    between = [c for c in root.rights if c.i < verb.i]
    if any(c.dep_ not in _PARTICIPLE_ADJUNCTS for c in between) or any(
            c.dep_ in ("dobj", "aux", "auxpass") for c in root.children):
        return None  # "flooded the town": a real verb with its object
    return subject


def predicate_after_set_off_participle(head: Token) -> bool:
    """Whether the cue's clause ``head`` is the sentence's own predicate after a participle
    set off between commas right after its subject ("The increase, agreed at ..., will
    add ...": see the module)."""
    cue, doc = head.head, head.doc
    if head.dep_ != "ccomp" or head.i < cue.i or cue.tag_ not in ("VBD", "VBN") or cue.i < 2 \
            or any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in head.children):
        return False
    first = doc[head.left_edge.i]
    subject = next((c for c in cue.children if c.dep_ == "nsubj"), None)
    return first.dep_ in ("aux", "auxpass") and first.i > 0 and doc[first.i - 1].text == "," \
        and doc[cue.i - 1].text == "," and subject is not None \
        and subject.left_edge.i <= cue.i - 2 <= subject.right_edge.i


def participle_on_noun(noun: Token | None) -> Token | None:
    """The lede's verb that the parser read as a participle of its subject ("A fire swept
    through ..." -> "swept", an acl of "fire"), or of the noun of the subject's "of" phrase
    ("A hand recount of more than 41,000 ballots confirmed Wednesday that ..." ->
    "confirmed", an acl of "ballots"; round 85); None for any other shape."""
    if noun is None:
        return None
    nouns = [noun] + [p for prep in noun.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                      for p in prep.children if p.dep_ == "pobj"]
    return next((c for n in nouns for c in n.rights if c.dep_ == "acl" and c.pos_ == "VERB"
                 and c.tag_ in ("VBD", "VBN")), None)
