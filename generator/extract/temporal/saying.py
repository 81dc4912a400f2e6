"""The day a saying is dated by, which no year-long comparison counts back from (round 31).

"Americans bought 15.1 million new cars in 1994 ..., automakers said Tuesday. Sales rose 8.6
percent from the previous year" (January 1995): "Tuesday" dates the saying, not the sales, so
"the previous year" counts back from 1994 (1993), not from the Tuesday's year. A day a happening
is told on ("The plant opened on March 3, 2004. The following year ...") still anchors.
Never imports spaCy: it only walks token attributes of a ``Doc`` it is given.
"""

from __future__ import annotations

from generator.extract.temporal.tense_words import SAYING_VERBS

__all__ = ["dates_a_saying"]


def dates_a_saying(doc, start: int, end: int) -> bool:
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
    return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in SAYING_VERBS
