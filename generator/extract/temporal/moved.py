"""A date moved to or from in reported speech: "said it had pushed back the return to October 18
from September".

Reported speech shifts the tense back: the company's own words were "we have pushed back the
return to October 18 from September", a present perfect, and both dates are targets (the new
one and the one given up), so they are the nearest occurrences, not the latest ones the past
tense would pick. A past perfect outside reported speech keeps its past reading ("had delayed
the vote to March" may tell of a March gone by). Nothing here imports spaCy: it only walks token
attributes of a ``Doc`` it is given.
"""

from __future__ import annotations

from generator.extract.temporal.perfect import past_perfect
from generator.extract.temporal.tense_words import DEADLINE_VERBS, SAYING_VERBS

__all__ = ["moved_in_reported_speech"]

#: Prepositions of the new date and of the one given up.
_MOVE_WORDS = {"to", "from", "until"}


def moved_in_reported_speech(doc, start: int, end: int) -> bool:
    """True for a date after to/from a verb of rescheduling in a past perfect reported clause.

    Args:
        doc: the parsed spaCy ``Doc``.
        start: first character of the date in ``doc.text``.
        end: character after the date.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in _MOVE_WORDS or prep.head.i == prep.i:
        return False
    verb = prep.head
    return (verb.lemma_.lower() in DEADLINE_VERBS and verb.tag_ == "VBN"
            and past_perfect(verb) and _reported(verb))


def _reported(verb) -> bool:
    """True for a clause reported by a verb of saying ("said it had pushed back")."""
    head = verb.head
    return (verb.dep_ == "ccomp" and head.i != verb.i
            and head.lemma_.lower() in SAYING_VERBS)
