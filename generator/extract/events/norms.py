"""Norms of a time of year: a date on the subject of a present "be" that an adjective of
``rules.norm_adjectives`` makes a norm ("*The average high* in the city *in early October* is
26C", round 57) says what is usual then, no happening: it makes no event (``dating.no_event``)."""

from __future__ import annotations

from generator.extract.events.rules import EventRules


def norm_of_period(span, rules: EventRules) -> bool:
    """Whether the date (a spaCy span) hangs, through one preposition, from the subject of a
    present-tense "be" that one of ``rules.norm_adjectives`` describes."""
    root = span.root
    preposition = root.head
    noun = preposition.head
    verb = noun.head
    return root.dep_ == "pobj" and preposition.dep_ == "prep" and noun.dep_ == "nsubj" \
        and verb.lemma_ == "be" and verb.tag_ in ("VBZ", "VBP") \
        and any(c.dep_ == "amod" and c.lower_ in rules.norm_adjectives for c in noun.children)
