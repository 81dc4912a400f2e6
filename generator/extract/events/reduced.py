"""Reduced relatives the parser read as clauses: a present participle right after its noun,
taken for the verb of a reported clause whose subject the noun is, with the modal clause that
follows as its object ("forecasters warned that *the heatwave gripping* southern Spain *would
last* well into September", round 57: "Spain" read as the subject of "would last"). The noun
before the participle is the modal verb's subject (``subjects.find_subject``)."""

from __future__ import annotations


def participle_subject(verb):
    """The noun a present participle read as a clause verb describes, when ``verb`` is the
    modal clause the parser hung on that participle with the participle's object for its
    subject, else None."""
    head = verb.head
    if verb.dep_ != "ccomp" or head.i >= verb.i or head.tag_ != "VBG" \
            or any(c.dep_ in ("aux", "auxpass") for c in head.children) \
            or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return None
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    noun = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if own is None or noun is None or noun.pos_ != "NOUN" or noun.i != head.i - 1 \
            or not head.i < own.i < verb.i:
        return None
    return noun
