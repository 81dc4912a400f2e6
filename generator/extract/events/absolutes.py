"""Absolute clauses: a participle with a subject of its own after "with", hung on the clause it
goes with ("Outpatient clinics will move in from April 20, *with chemotherapy day care following
in May*", round 57). The participle has no tense of its own: it is part of the timetable, or the
forecast, the clause it hangs from tells, so its status is that clause's (``status``)."""

from __future__ import annotations


def absolute_owner(verb):
    """The verb a "with" absolute hangs from, when ``verb`` is its participle, else None.

    The parser takes a second absolute joined by "and" for a conjunct of the verb itself, its
    participle hung on the noun ("with the prosecution going first on Monday *and the three
    defence teams taking* the rest of that week": "teams" a conjunct of "follow"); that
    participle is an absolute of the same verb too."""
    if verb.tag_ != "VBG":
        return None
    head = verb.head
    if verb.dep_ == "pcomp" and head.lower_ == "with" and head.i < verb.i \
            and any(c.dep_ == "nsubj" for c in verb.children):
        owner = head.head
    elif verb.dep_ == "acl" and head.dep_ == "conj" and head.i < verb.i \
            and head.pos_ in ("NOUN", "PROPN") and head.head.pos_ in ("VERB", "AUX") \
            and any(getattr(absolute_owner(p), "i", None) == head.head.i
                    for w in head.head.children
                    if w.dep_ == "prep" and w.lower_ == "with" and w.i < head.i
                    for p in w.children):
        owner = head.head
    else:
        return None
    return owner if owner.pos_ in ("VERB", "AUX") and owner.i < verb.i else None
