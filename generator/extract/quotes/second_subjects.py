"""An apposition the parser made a second subject of the cue.

"A spokesperson for Sleep and Memory, the journal that published the paper, said": the
parser may hang the definite noun phrase set off by commas after the subject's phrase on
the verb as a subject of its own, nearer the verb than the real one; it describes what the
subject's phrase ends with, and the subject before it speaks (round 91).
"""

from __future__ import annotations

from spacy.tokens import Token


def apposition_read_as_subject(subject: Token, subjects: list[Token]) -> bool:
    """Whether ``subject`` is such an apposition of another of ``subjects``: a noun with
    "the", opening right after a comma that closes the other subject's phrase, itself
    closed by a comma right before the verb."""
    doc, verb = subject.doc, subject.head
    start, end = subject.left_edge.i, subject.right_edge.i
    comma = end if doc[end].text == "," else end + 1  # the parser may hang it on the phrase
    if subject.pos_ != "NOUN" or start < 2 or doc[start - 1].text != "," \
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children) \
            or comma + 1 != verb.i or doc[comma].text != ",":
        return False
    return any(other.i < subject.i and other.right_edge.i == start - 2 for other in subjects)
