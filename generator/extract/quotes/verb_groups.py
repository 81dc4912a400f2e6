"""Where a verb's group starts: the auxiliaries and negation written right before it.

"In East Austin, Dorothy Pruitt, 84, has spent ...": a check that wants the comma right
before the verb must look before "has" (round 106); the parser hangs the auxiliaries on the
verb itself.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Dependencies of the words of a verb group before its verb ("has not been").
_GROUP_DEPS = frozenset({"aux", "auxpass", "neg"})


def verb_group_start(verb: Token) -> int:
    """Index of the first word of ``verb``'s group: its own auxiliaries and negation right
    before it ("has spent", "had not yet been"; an adverb between ends the group)."""
    doc, k = verb.doc, verb.i
    while k > 0 and doc[k - 1].dep_ in _GROUP_DEPS and doc[k - 1].head.i == verb.i:
        k -= 1
    return k
