"""Perfect tenses of the clause above a date, read from the spaCy parse.

A present perfect takes no definite past time, so a year-less date under it is a target or a
limit; a past perfect tells of a plan dropped or a deadline gone by. :mod:`tense` asks
:func:`past_perfect` of single verbs; the tagger's steps ask the ``in_*`` questions of a span.
Never imports spaCy: it only walks token attributes of a ``Doc`` it is given.
"""

from __future__ import annotations

from generator.extract.temporal.tense_words import FUTURE_GOVERNORS

__all__ = ["elided_past", "governing_verb", "in_past_perfect", "in_plan_gone_by",
           "in_plan_made_before", "in_present_perfect", "past_perfect"]

#: How many heads a walk up the parse climbs before it gives up.
_MAX_HOPS = 8


def in_present_perfect(doc, start: int, end: int) -> bool:
    """True when the verb governing ``start:end`` is in the present perfect.

    The present perfect takes no definite past time ("*has been pushed back on Feb. 15"), so
    a year-less date in such a clause is a target or a limit ("has been pushed back to March
    18", "the deadline, originally Feb. 15, has been moved"), and the tense says nothing about
    which way it lies.
    """
    verb = governing_verb(doc, start, end)
    if verb is None:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {aux.lower_ for aux in auxes}
    modal = any(aux.tag_ == "MD" for aux in auxes)  # "could have raised" looks back
    return verb.tag_ == "VBN" and bool(words & {"has", "have", "'ve"}) and not modal


def elided_past(token) -> bool:
    """True for a preposition the parser gave the "did" of an elided verb: "Labour is expected
    to abstain, as it did in September" (round 55) hangs "did" on "in", so the month is the
    one gone by, not the expecting's."""
    return token.pos_ == "ADP" and any(c.dep_ == "aux" and c.tag_ == "VBD"
                                       for c in token.children)


def in_past_perfect(doc, start: int, end: int) -> bool:
    """True when the verb governing ``start:end`` is in the past perfect ("had worked")."""
    verb = governing_verb(doc, start, end)
    return verb is not None and verb.tag_ == "VBN" and past_perfect(verb)


def governing_verb(doc, start: int, end: int):
    """The nearest verb above the expression at ``start:end`` in the parse, or None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(_MAX_HOPS):
        if not (span.start <= token.i < span.end) and token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def in_plan_gone_by(doc, start: int, end: int) -> bool:
    """True for the date of a plan told in the past perfect: "had been due to lift off on
    Monday", "had been scheduled to open on Thursday" (the plan was dropped, before or on
    its day)."""
    verb = governing_verb(doc, start, end)
    if verb is not None and _due_in_past_perfect(verb):
        return True
    if verb is None or verb.tag_ != "VB" or verb.head.i == verb.i:
        return False
    head = verb.head
    perfect = past_perfect(head) or (head.dep_ == "acomp" and past_perfect(head.head))
    return head.lemma_.lower() in FUTURE_GOVERNORS and perfect


def _due_in_past_perfect(verb) -> bool:
    """True for "had been" with "due" beside it, where the parser hung the date: "a cooling-off
    period had been due to end at 12:01 a.m. on Friday" ("Friday" on "been")."""
    return (verb.lemma_.lower() == "be" and past_perfect(verb)
            and any(child.dep_ == "acomp" and child.lemma_.lower() in FUTURE_GOVERNORS
                    for child in verb.children))


def in_plan_made_before(doc, start: int, end: int) -> bool:
    """True for a date under a plan verb in the past perfect: "had scheduled overtime until
    Memorial Day", "had planned shifts through June" (made before the story, for any time)."""
    verb = governing_verb(doc, start, end)
    return (verb is not None and verb.tag_ == "VBN" and past_perfect(verb)
            and verb.lemma_.lower() in FUTURE_GOVERNORS)


def past_perfect(verb) -> bool:
    """True for "had been scheduled": a plan told in the past perfect was for a time gone by."""
    return any(child.dep_ == "aux" and child.lower_ in ("had", "'d") for child in verb.children)
