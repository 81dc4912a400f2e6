"""A reduced relative the parser read as the sentence's verb (round 74).

"Residents of a Worcestershire village flooded three times in four years say they are
being refused home insurance": the parser made "flooded" (a participle on "village") the
root, with "Residents" its subject, and hung "say" on it as an unlabelled dependent
("dep"). A reporting verb so hung right after the root's own adjuncts, with no subject of
its own, is the sentence's main verb, and the root's subject is its subject.
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
