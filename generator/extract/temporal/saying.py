"""The day a saying is dated by, which no year-long comparison counts back from (round 31).

"Americans bought 15.1 million new cars in 1994 ..., automakers said Tuesday. Sales rose 8.6
percent from the previous year" (January 1995): "Tuesday" dates the saying, not the sales, so
"the previous year" counts back from 1994 (1993), not from the Tuesday's year. A day a happening
is told on ("The plant opened on March 3, 2004. The following year ...") still anchors.
Never imports spaCy: it only walks token attributes of a ``Doc`` it is given.
"""

from __future__ import annotations

from generator.extract.temporal.tense_words import SAYING_VERBS

__all__ = ["dates_a_saying", "dates_a_statement", "report_before_its_speaker"]


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


def report_before_its_speaker(verb, span):
    """The reported clause a date the parser hung on a verb of saying belongs to, when the date
    stands after that clause and before the saying's subject: "The museum will open its summer
    exhibition, \"Salt and Sail\", on Saturday, the museum said on Tuesday" (events round 38,
    ev220) dates the opening, not the saying, which has its own day after it. Else None.

    Args:
        verb: The verb the date hangs on.
        span: The date's tokens.
    """
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in SAYING_VERBS:
        return None
    subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ in ("nsubj", "nsubjpass")),
                   None)  # the nearest: the parser may make a quoted title a subject too
    report = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < span.start), None)
    if subject is None or report is None or not span.end <= subject.left_edge.i:
        return None
    return report
