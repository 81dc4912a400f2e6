"""The day a saying is dated by, which no year-long comparison counts back from (round 31).

"Americans bought 15.1 million new cars in 1994 ..., automakers said Tuesday. Sales rose 8.6
percent from the previous year" (January 1995): "Tuesday" dates the saying, not the sales, so
"the previous year" counts back from 1994 (1993), not from the Tuesday's year. A day a happening
is told on ("The plant opened on March 3, 2004. The following year ...") still anchors.
Never imports spaCy: it only walks token attributes of a ``Doc`` it is given.
"""

from __future__ import annotations

from generator.extract.temporal.tense_words import SAYING_VERBS

__all__ = ["dates_a_saying", "dates_a_statement"]


def dates_a_saying(doc, start: int, end: int, verbs: frozenset | set = SAYING_VERBS) -> bool:
    """True when the expression at ``start:end`` hangs on a verb of saying ("said Tuesday",
    "announced on Monday"), directly or through "on"; "reported a profit for 2023" names what
    was reported on, not when."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    head = span.root.head
    if head.i != span.root.i and head.dep_ == "prep" and head.lower_ == "on":
        head = head.head
    elif span.root.dep_ not in ("npadvmod", "tmod", "obl"):
        return False
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in verbs


#: Verbs that only tell what someone said: the day they are dated by is the telling's.
_TELLING = frozenset({"say", "tell"})


def dates_a_statement(doc, start: int, end: int) -> bool:
    """True for the day a plain statement is dated by ("broke ground last week ..., the company
    said on Wednesday", event round 31, told on a Thursday): the day of the telling, which takes
    no week from the happening told ("last week"); "reported on Tuesday" may still be a
    happening of that week."""
    return dates_a_saying(doc, start, end, _TELLING)
