"""A past verb in a time clause under "would" tells of a time still ahead (blind round 25).

"Sakura declined to give a forecast, saying it would do so once the supply of parts became
clearer, probably by late June" (said in May): reported speech shifts the "once" clause's
present ("once the supply becomes clearer") into the simple past, but it still lies after the
saying, ahead of the "would" it hangs on. A date the parser hung on that past verb takes the
tense of the verb above it ("would do" -> future), not the simple past of "became". A time
clause under a plain past verb ("closed the plant once the supply became short in June")
keeps its past, and so does a clause under "after", which tells the cause ("would strike after
talks broke down on Monday"). Never imports spaCy: it only walks token attributes.
"""

from __future__ import annotations

__all__ = ["governing_verb_of_time_clause"]

#: Conjunctions that open a clause telling when the main clause will happen. Not "after":
#: "said they would strike on Oct. 23 after talks broke down late on Monday" gives the cause,
#: a real past (event blind round 14); nor "when", as often a past occasion.
_TIME_MARKS = frozenset({"once", "until", "till", "before"})
#: The modal of the future in the past.
_WOULD = frozenset({"would", "'d"})


def governing_verb_of_time_clause(verb):
    """The verb whose tense a date on ``verb`` follows: the "would" verb a backshifted time
    clause hangs on, else ``verb`` itself.

    Args:
        verb: the verb the date hangs on ("became" in "would do so once ... became clearer,
            probably by late June").

    Returns:
        ``verb.head`` for a simple past verb in an adverbial clause opened by a time
        conjunction under a verb with "would"; otherwise ``verb``.
    """
    if verb.tag_ != "VBD" or verb.dep_ != "advcl" or verb.head.i == verb.i:
        return verb
    if not any(child.dep_ == "mark" and child.lower_ in _TIME_MARKS for child in verb.children):
        return verb
    head = verb.head
    if any(child.dep_ == "aux" and child.lower_ in _WOULD for child in head.children):
        return head
    return verb
