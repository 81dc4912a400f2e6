"""Round 46: a sentence the parser left without a main verb, its subject read as a bare noun
with a relative clause and the real main verb hung under that clause ("Ticket holders *who
cannot make the new dates* can claim refunds from Wednesday": "holders" the root, "the new
dates" taken for the subject of "claim")."""

from __future__ import annotations

__all__ = ["rootless_subject"]

#: Pronouns that head such a subject as a noun does (round 61: "*Those* who cannot make the
#: new date can transfer their entry ... until Monday").
DEMONSTRATIVES = ("those",)


def rootless_subject(verb):
    """The noun a sentence opens with when the parser made it the root and hung ``verb``, a
    modal clause, under its relative clause, taking the relative verb's object for its
    subject; else None."""
    relative = verb.head
    noun = relative.head
    if verb.dep_ != "ccomp" or relative.dep_ != "relcl" or noun.dep_ != "ROOT" \
            or noun.pos_ not in ("NOUN", "PROPN") and noun.lower_ not in DEMONSTRATIVES \
            or noun.i > relative.i \
            or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children) \
            or any(c.dep_ in ("dobj", "attr") for c in relative.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return noun if subject is not None and relative.i < subject.i < verb.i else None
