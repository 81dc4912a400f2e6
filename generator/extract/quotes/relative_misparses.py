"""Relative clauses the parser hung on a cue as its reported clause.

"She vowed to campaign for a ballot measure next year that would write abortion rights
into the constitution": after the cue's own infinitive ("to campaign for a ballot
measure"), a clause whose subject is "that" or "which" is a relative clause on a noun of
that infinitive, not what she vowed (round 65). "He said that would be a mistake" (no
infinitive in between) keeps its demonstrative subject and stays a report.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Relative pronouns a complementizer never is the subject of.
_RELATIVE_SUBJECTS = frozenset({"that", "which"})


def relative_after_infinitive(head: Token) -> bool:
    """Whether the cue's clause ``head`` is a relative clause on a noun of the infinitive
    the cue governs before it."""
    if head.dep_ != "ccomp" or head.i < head.head.i:
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in _RELATIVE_SUBJECTS \
            or subject.i != head.left_edge.i:
        return False
    cue = head.head
    return any(c.dep_ == "xcomp" and cue.i < c.i < subject.i for c in cue.children)
