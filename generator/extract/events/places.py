"""Gapped places: one verb, one date for each place that stands in for the subject's own ("Teachers
*in the east* will walk out on December 1, *in the west* on December 8 and *in the south* on
December 15", round 47). Each date is a happening of its own (``secondary.own_date_in_list``),
told as the subject with that place ("Teachers in the west walk out"): ``place_event``."""

from __future__ import annotations

from generator.extract.events.phrases import finish, verb_phrase

DATE_LABELS = ("DATE", "TIME")


def _dated(token) -> bool:
    return any(t.ent_type_ in DATE_LABELS for t in token.subtree)


def _day_phrases(verb) -> list:
    """The prepositions on ``verb`` whose object is a date."""
    return [c for c in verb.children if c.dep_ == "prep" and any(
        g.dep_ == "pobj" and g.ent_type_ in DATE_LABELS for g in c.children)]


def _date_end(preposition) -> int:
    doc = preposition.doc
    end = next(g for g in preposition.children if g.dep_ == "pobj").i
    while end + 1 < len(doc) and doc[end + 1].ent_type_ in DATE_LABELS:
        end += 1
    return end


def _subject(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _places(verb) -> list:
    """The place phrase (its preposition) of each date on the verb, the subject's own for the
    first, when every later date has one of the same preposition right before it; else []."""
    subject = _subject(verb)
    days = _day_phrases(verb)
    if subject is None or len(days) < 2 or days[0].i < subject.i:
        return []
    own = next((c for c in subject.children if c.dep_ == "prep" and not _dated(c)
                and c.i > subject.i), None)
    if own is None or own.right_edge.i > verb.i:
        return []
    places = [own]
    for before, day in zip(days, days[1:], strict=False):
        words = verb.doc[_date_end(before) + 1:day.i]
        place = next((t for t in words if t.lower_ == own.lower_ and t.pos_ == "ADP"), None)
        if place is None or _dated(place):
            return []
        places.append(place)
    return places


def gapped_place(span, verb):
    """The place phrase that goes with the date, when the date is one of a verb's days each with
    a place standing in for the subject's (see the module docstring); else None."""
    root = span.root
    if root.dep_ != "pobj" or root.head.head.i != verb.i:
        return None
    days = _day_phrases(verb)
    places = _places(verb)
    return places[days.index(root.head)] if places and root.head in days else None


def place_event(place, verb) -> str:
    """"Teachers in the west walk out": the subject's words before its own place phrase, the
    place, and the verb with its particle."""
    subject = _subject(verb)
    own = _places(verb)[0]
    head = verb.doc[subject.left_edge.i:own.i].text
    where = " ".join(t.text for t in place.subtree if t.ent_type_ not in DATE_LABELS)
    return finish(f"{head} {where} {verb_phrase(verb, plural=subject.tag_ in ('NNS', 'NNPS'))}")
