"""The preposition a date is the object of: several context steps ask what a date hangs on
("asked for a break *in* the autumn", "put back *to* March", "raises fees *from* September")."""

from __future__ import annotations

__all__ = ["date_preposition"]


def date_preposition(doc, start: int, end: int):
    """The preposition whose object the date ``doc.text[start:end]`` is ("in" of "in the
    autumn"); None when the date is no prepositional object or its characters make no tokens."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or span.root.dep_ != "pobj":
        return None
    return span.root.head
